import groovy.json.JsonSlurper

def md = new File(basedir, 'target/exo-bindings-diff.md')
def json = new File(basedir, 'target/exo-bindings-diff.json')
assert md.isFile() && json.isFile()
def text = md.text
def breaking = text.substring(text.indexOf('## Breaking changes'), text.indexOf('## Other changes'))
def other = text.substring(text.indexOf('## Other changes'))
assert breaking.contains('| Remove-MailContact | – | – | cmdlet removed |')
assert breaking.contains('| Get-Mailbox | Identity | Identity | mandatory changed | optional | mandatory |')
assert breaking.contains('| Set-Mailbox | RetainDeletedItemsFor | – | type changed | String | EnhancedTimeSpan |')
assert breaking.contains('| Set-Mailbox | Alias | – | parameter removed | String | – |')
assert other.contains('| New-MailContact | – | – | cmdlet added |')
// the new set names its Java builder type (named by the generator)
assert other.contains('| Get-Mailbox | – | Filter | parameter set added | – | Filter (GetMailbox.FilterSet) |')
// Filter is mandatory only in the new set: no existing entry changes
assert other.contains('| Get-Mailbox | Filter | – | parameter added | – | String |')
assert other.contains('| Set-Mailbox | HiddenFromAddressListsEnabled | – | parameter added | – | Boolean |')
assert !text.contains('| Get-Recipient |') : 'unchanged cmdlet listed'

def report = new JsonSlurper().parse(json)
assert report.breaking == 4
assert report.rows.size() == 8
assert report.summary.'cmdlet-added'.rows == 1
assert report.summary.'cmdlet-removed'.breaking == 1
assert report.summary.'set-added'.rows == 1
assert report.summary.'parameter-added'.rows == 2
assert report.summary.'parameter-added'.breaking == 0
assert report.summary.'type-changed'.breaking == 1
assert report.summary.'mandatory-changed'.breaking == 1
assert report.rows.findAll { it.cmdlet == 'Set-Mailbox' }*.parameter == ['Alias', 'HiddenFromAddressListsEnabled',
                                                                         'RetainDeletedItemsFor']

def log = new File(basedir, 'build.log').text
assert log.contains('8 change(s), 4 breaking: 1 cmdlet(s) added, 1 removed or dropped by the service')

// second invocation: a fixture against the bundled Exchange Online snapshot
def bundled = new JsonSlurper().parse(new File(basedir, 'target/bundled.json'))
assert bundled.new == 'bundled:exchange-online'
assert bundled.summary.'cmdlet-added'.rows > 800
assert new File(basedir, 'target/bundled.md').text.startsWith('# Snapshot diff: ')
assert bundled.models == null : 'no CSDL given, no model rows'

// third invocation: the same snapshots with their $metadata
def models = new JsonSlurper().parse(new File(basedir, 'target/models.json'))
assert models.breaking == 4 + 3
assert models.models.collect { "${it.type} ${it.member} ${it.kind} ${it.breaking}".toString() } == [
        'Exchange.Mailbox Alias property-added false',
        'Exchange.Mailbox DisplayName property-removed true',
        'Exchange.Mailbox ItemCount property-type-changed true',
        'Exchange.OofState Disabled enum-member-removed true',
        'Exchange.OofState Scheduled enum-member-added false']
assert new File(basedir, 'target/models.md').text.contains(
        '| Exchange.Mailbox | ItemCount | property type changed | Edm.Int32 | Edm.Int64 | yes | its getter returns another type |')
assert log.contains('; result models: 5 change(s), 3 breaking')
return true
