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
// The README's example line quotes this run's counts: keep them equal.
def readme = new File(basedir, '../../../README.md').text
def example = (readme =~ /exo-bindings \[default\]: (\d+) cmdlets \(\d+ client-side cmdlets not generated\), (\d+) parameters from bundled:exchange-online into com\.example\.exo: (\d+) files written/)
assert example.find() : 'maven-plugin/README.md has no example summary line'
def actual = (summary[0] =~ /: (\d+) cmdlets \(\d+ client-side cmdlets not generated\), (\d+) parameters .*: (\d+) files written/)
assert actual.find()
assert [example.group(1), example.group(2), example.group(3)] == [actual.group(1), actual.group(2), actual.group(3)] :
        "README example says ${example.group(0)}, the run says ${summary[0]}"
def exampleNotes = (readme =~ /exo-bindings \[default\]: (\d+) note\(s\)/)
assert exampleNotes.find()
def upToDate = log.readLines().findAll { it.contains('exo-bindings [default]: up to date (bundled:exchange-online') }
assert upToDate.size() == 1 : 'second invocation was not up to date'

// The bundled snapshot leaves the user nothing to act on: no WARNING, one INFO line naming the notes file.
def warningLines = log.readLines().findAll { it.startsWith('[WARNING]') && it.contains('exo-bindings') }
assert warningLines.isEmpty() : "warnings the user cannot act on: ${warningLines}"
def notesLines = log.readLines().findAll { it.contains('exo-bindings [default]: ') && it.contains(' note(s) ') }
assert notesLines.size() == 1 : "expected one notes line, got ${notesLines}"
def notes = new File(basedir, 'target/generated-sources/exo-bindings/.exo-bindings/default.notes.txt')
assert notesLines[0].contains(notes.name) && notes.isFile()
def noted = (notesLines[0] =~ /: (\d+) note\(s\)/)[0][1] as int
assert notes.readLines().size() == noted : "the line says ${noted} notes, the file lists ${notes.readLines().size()}"
assert exampleNotes.group(1) as int == noted : "README example says ${exampleNotes.group(1)} notes, the run ${noted}"

def record = new File(basedir, 'target/generated-sources/exo-bindings/.exo-bindings/default.fingerprint')
assert record.isFile()
def classes = out.listFiles().findAll { it.name.endsWith('.java') }.size()
assert classes >= 858 : "only ${classes} classes"
println "full generation: ${summary[0]}"
println "re-run: ${upToDate[0]}"
return true
