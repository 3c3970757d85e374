def log = new File(basedir, 'build.log').text
assert log.contains('exo-bindings [default]: skipped (exo-bindings.skip=true), no sources added')
// the would-be output directory holds a file that does not compile: compile succeeded, so no root was added
assert new File(basedir, 'src/not-a-source-root/com/example/exo/Broken.java').isFile()
assert !new File(basedir, 'target/generated-sources/exo-bindings').exists()
assert !new File(basedir, 'target/classes/com/example/exo').exists()
assert !log.contains('cmdlets, ')

// help goal through the goal prefix, with parameter details: every goal and every user-set parameter
['capture', 'diff', 'generate', 'help', 'import', 'translate'].each { goal ->
    assert log.contains("exo-bindings:${goal}") : "help lacks goal ${goal}" }
[// generate
 'snapshot', 'bundledSnapshot', 'packageName', 'includes', 'excludes', 'outputDirectory', 'skip', 'csdl',
 // diff
 'oldSnapshot', 'newSnapshot', 'oldCsdl', 'newCsdl', 'markdownReport', 'jsonReport', 'failOnBreaking',
 // import
 'catalog', 'docs', 'moduleTraits', 'name', 'output', 'product', 'sources', 'captureDate',
 // translate
 'line', 'script', 'failOnProblem',
 // capture
 'tenant', 'clientId', 'certificate', 'cloud', 'endpoint', 'service', 'snapshotName', 'docsSnapshot', 'captureDirectory'
].each { name -> assert log =~ /(?m)^    ${name}( \(|\r?$)/ : "help lacks ${name}" }
assert log.contains('User property: exo-bindings.skip')
return true
