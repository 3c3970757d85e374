// Full default generation: bundled Exchange Online snapshot, default package, compiled; then an up-to-date re-run.
def log = new File(basedir, 'build.log').text
def out = new File(basedir, 'target/generated-sources/exo-bindings/dev/exobindings/it/exo')
assert out.isDirectory() : "default package dev.exobindings.it.exo (\${project.groupId}.exo) not generated"
assert new File(out, 'GetMailbox.java').isFile()
assert new File(out, 'SetMailbox.java').isFile()
assert new File(basedir, 'target/classes/dev/exobindings/it/exo/GetMailbox.class').isFile() : 'generated code did not compile'

def summary = log.readLines().findAll { it.contains('exo-bindings [default]: ') && it.contains('cmdlets') }
assert summary.size() == 1 : "expected exactly one summary line, got ${summary}"
assert summary[0] =~ /: 858 cmdlets \(35 client-side cmdlets not generated\), \d+ parameters from bundled:exchange-online into dev\.exobindings\.it\.exo: \d+ files written, 0 unchanged, 0 deleted/
def upToDate = log.readLines().findAll { it.contains('exo-bindings [default]: up to date (bundled:exchange-online') }
assert upToDate.size() == 1 : 'second invocation was not up to date'

// Warnings are aggregated: never more than 5 individual lines plus one "... more" line per run.
def warningLines = log.readLines().findAll { it.startsWith('[WARNING] exo-bindings: ') }
assert warningLines.size() <= 6 : "too many warning lines: ${warningLines.size()}"

def record = new File(basedir, 'target/generated-sources/exo-bindings/.exo-bindings/default.fingerprint')
assert record.isFile()
def classes = out.listFiles().findAll { it.name.endsWith('.java') }.size()
assert classes >= 858 : "only ${classes} classes"
println "full generation: ${summary[0]}"
println "re-run: ${upToDate[0]}"
return true
