// The build must fail with a message that says what to fix, without a stack trace of the plugin.
def log = new File(basedir, 'build.log').text
assert log.contains("Unknown bundled snapshot 'exchange-onprem' in <bundledSnapshot>. Fix: use one of exchange-online, security-compliance")
assert !(log =~ /(?m)^\s+at dev\.exobindings\./) : 'stack trace in the log'
assert !log.contains('\tat org.apache.maven') : 'stack trace in the log'
return true
