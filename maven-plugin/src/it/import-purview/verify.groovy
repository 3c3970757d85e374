import groovy.json.JsonSlurper

// 1: the snapshot, with the header exactly as configured
def snapshot = new JsonSlurper().parse(new File(basedir, 'target/purview.json'))
assert snapshot.header.name == 'purview'
assert snapshot.header.product == 'security-compliance'
assert snapshot.header.captureDate == '2026-07-24'
assert snapshot.header.sources.size() == 1
assert snapshot.header.sources[0].kind == 'catalog'
assert snapshot.header.sources[0].path == 'spec/catalog/Purview-catalog.json'
assert snapshot.cmdlets*.name == ['Add-ComplianceCaseMember', 'Add-RoleGroupMember', 'Cancel-SensitiveInformationScan',
                                  'Check-PurviewConfig']
assert snapshot.cmdlets.every { it.product == 'security-compliance' }
assert new File(basedir, 'target/purview.merge-report.txt').isFile()

def log = new File(basedir, 'build.log').text
assert log.contains('exo-bindings import: 4 cmdlets')
// 2: a catalog handed to generate
assert log.contains('this is a module catalog, not a snapshot')
assert log.contains('import it with mvn exo-bindings:import')
// 3: the diff reports were written, then the build failed on the breaking rows
def report = new JsonSlurper().parse(new File(basedir, 'target/exo-bindings-diff.json'))
assert report.breaking == 4
assert log.contains('4 breaking change(s) between')
assert log.contains('failOnBreaking')
assert !(log =~ /(?m)^\s+at dev\.exobindings\./) : 'stack trace in the log'
return true
