// includes Get-*, excludes *-Recipient: only Get-Mailbox is generated (and compiles).
def out = new File(basedir, 'target/generated-sources/exo-bindings/com/example/exo')
assert new File(out, 'GetMailbox.java').isFile()
assert !new File(out, 'GetRecipient.java').exists() : 'excluded cmdlet was generated'
assert !new File(out, 'SetMailbox.java').exists() : 'cmdlet outside the includes was generated'
assert !new File(out, 'RemoveMailContact.java').exists()
assert new File(basedir, 'target/classes/com/example/exo/GetMailbox.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /exo-bindings \[default\]: 1 cmdlets, \d+ parameters from .*small-v1\.json into com\.example\.exo/
return true
