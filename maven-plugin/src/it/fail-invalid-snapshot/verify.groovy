// The build must fail with a message that says what to fix, without a stack trace of the plugin.
def log = new File(basedir, 'build.log').text
assert log =~ /Invalid snapshot .*invalid\.json: \$\.cmdlets\[1\]/ : 'message should name the file and the JSON path'
assert log.contains('verb')
assert !(log =~ /(?m)^\s+at dev\.exobindings\./) : 'stack trace in the log'
assert !log.contains('\tat org.apache.maven') : 'stack trace in the log'
return true
