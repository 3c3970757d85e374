// Both executions write into the same directory: the POM shows it, so the first one fails before writing anything.
def log = new File(basedir, 'build.log').text
assert !(log =~ /exo-bindings \[exo-read\]: 2 cmdlets, /) : 'generated before the check'
assert log =~ /The output directory .*generated-sources.exo-bindings is also used by execution\(s\) \[exo-write\] in this POM\. Fix: give execution 'exo-read' its own <outputDirectory>/
assert !new File(basedir, 'target/generated-sources/exo-bindings/com/example/exo/GetMailbox.java').exists()
assert !(log =~ /(?m)^\s+at dev\.exobindings\./) : 'stack trace in the log'
return true
