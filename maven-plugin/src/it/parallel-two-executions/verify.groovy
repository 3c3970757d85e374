def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') && log.contains('thread count of 4') : 'build did not run with -T4'
['alpha', 'beta'].each { module ->
    def target = new File(basedir, "${module}/target")
    def read = new File(target, "generated-sources/exo-read/com/example/${module}/read")
    def write = new File(target, "generated-sources/exo-write/com/example/${module}/write")
    assert new File(read, 'GetMailbox.java').isFile()
    assert new File(read, 'GetRecipient.java').isFile()
    assert !new File(read, 'SetMailbox.java').exists()
    assert new File(write, 'SetMailbox.java').isFile()
    assert new File(write, 'RemoveMailContact.java').isFile()
    assert !new File(write, 'GetMailbox.java').exists()
    assert new File(target, 'generated-sources/exo-read/.exo-bindings/exo-read.fingerprint').isFile()
    assert new File(target, 'generated-sources/exo-write/.exo-bindings/exo-write.fingerprint').isFile()
    assert new File(target, "classes/com/example/${module}/read/GetMailbox.class").isFile()
    assert new File(target, "classes/com/example/${module}/write/SetMailbox.class").isFile()
}
// 4 generations in the first invocation, 4 up-to-date checks in the second
assert log.readLines().count { it =~ /exo-bindings \[exo-(read|write)\]: \d+ cmdlets, / } == 4
assert log.readLines().count { it =~ /exo-bindings \[exo-(read|write)\]: up to date / } == 4
return true
