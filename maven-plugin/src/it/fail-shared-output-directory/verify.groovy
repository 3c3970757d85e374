// The first execution generates; the second, writing into the same directory, fails before touching anything.
def log = new File(basedir, 'build.log').text
assert log =~ /exo-bindings \[exo-read\]: 2 cmdlets, /
assert log =~ /The output directory .*generated-sources.exo-bindings is also used by execution\(s\) \[exo-read\] .*Fix: give execution 'exo-write' its own <outputDirectory>/
assert new File(basedir, 'target/generated-sources/exo-bindings/com/example/exo/GetMailbox.java').isFile()
assert !(log =~ /(?m)^\s+at dev\.exobindings\./) : 'stack trace in the log'
return true
