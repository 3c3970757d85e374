// mvn exo-bindings:generate takes the configuration of the one generate execution (id 'default'): only Get-Mailbox,
// into com.example.exo; the build and a second command-line run find it up to date, and nothing conflicts.
def gen = new File(basedir, 'target/generated-sources/exo-bindings')
def out = new File(gen, 'com/example/exo')
assert new File(out, 'GetMailbox.java').isFile()
assert !new File(out, 'SetMailbox.java').exists() : 'the command line ignored the execution\'s includes'
assert !new File(out, 'GetRecipient.java').exists() : 'the command line ignored the execution\'s excludes'
assert new File(gen, '.exo-bindings/default.fingerprint').isFile()
assert !new File(gen, '.exo-bindings/default-cli.fingerprint').exists()
assert new File(basedir, 'target/classes/com/example/exo/GetMailbox.class').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains("exo-bindings [default]: run from the command line with the configuration of execution 'default'")
assert (log =~ /exo-bindings \[default\]: 1 cmdlets, \d+ parameters from .*small-v1\.json into com\.example\.exo/).count == 1
assert (log =~ /exo-bindings \[default\]: up to date/).count == 2
assert !log.contains('is also used by')
return true
