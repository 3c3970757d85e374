// The build must fail with a message that says what to fix, without a stack trace of the plugin.
def log = new File(basedir, 'build.log').text
assert log.contains("Invalid glob 'Get-[Mailbox]' in <includes>")
assert log.contains('Fix: write a cmdlet-name glob such as Get-* or *-Mailbox*')
assert !(log =~ /(?m)^\s+at dev\.exobindings\./) : 'stack trace in the log'
assert !log.contains('\tat org.apache.maven') : 'stack trace in the log'
return true
