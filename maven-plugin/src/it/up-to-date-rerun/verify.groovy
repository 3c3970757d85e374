// Before the second invocation every file in the output directory was set to 2000-01-01 (profile touch-old).
// An up-to-date run touches nothing, so every mtime must still be exactly that.
final long OLD = 946684800000L
def log = new File(basedir, 'build.log').text
assert log.contains('exo-bindings [default]: up to date (') : 'second run was not up to date'
def out = new File(basedir, 'target/generated-sources/exo-bindings')
def files = []
out.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.size() >= 5 : "expected generated files and the record, got ${files}"
assert files.any { it.name == 'default.fingerprint' }
def touched = files.findAll { it.lastModified() != OLD }
assert touched.isEmpty() : "files rewritten by an up-to-date run: ${touched}"
// and no temporary files left behind
assert !files.any { it.name.endsWith('.tmp') }
return true
