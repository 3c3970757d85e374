// v1 generated first; then all mtimes set to 2000-01-01 and v2 generated.
final long OLD = 946684800000L
def pkg = new File(basedir, 'target/generated-sources/exo-bindings/com/example/exo')
def log = new File(basedir, 'build.log').text

assert !new File(pkg, 'RemoveMailContact.java').exists() : 'file of the removed cmdlet was not deleted'
assert new File(pkg, 'NewMailContact.java').isFile() : 'added cmdlet not generated'
assert new File(pkg, 'NewMailContact.java').lastModified() != OLD
assert new File(pkg, 'SetMailbox.java').lastModified() != OLD : 'changed cmdlet not rewritten'
assert new File(pkg, 'SetMailbox.java').text.contains('hiddenFromAddressListsEnabled')
assert new File(pkg, 'GetRecipient.java').lastModified() == OLD : 'unchanged cmdlet was rewritten'

def summaries = log.readLines().findAll { it.contains('exo-bindings [default]: ') && it.contains(' cmdlets, ') }
assert summaries.size() == 2
assert summaries[1] =~ /4 cmdlets, \d+ parameters from .*small-v2\.json .*: \d+ files written, \d+ unchanged, 1 deleted/
return true
