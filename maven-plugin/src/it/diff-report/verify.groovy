import groovy.json.JsonSlurper

def md = new File(basedir, 'target/exo-bindings-diff.md')
def json = new File(basedir, 'target/exo-bindings-diff.json')
assert md.isFile() && json.isFile()
def text = md.text
assert text.contains('## Cmdlets added\n\n- New-MailContact\n')
assert text.contains('## Cmdlets removed\n\n- Remove-MailContact\n')
assert text.contains('### Get-Mailbox')
assert text.contains('| Identity | mandatory changed | Identity | optional | mandatory |')
assert text.contains('| Filter | parameter added | – | – | String |')
assert text.contains('| ResultSize | set membership changed | Filter | not a member | member (optional) |')
assert text.contains('| RetainDeletedItemsFor | type changed | – | String | EnhancedTimeSpan |')
assert text.contains('| Alias | parameter removed | – | String | – |')
assert !text.contains('### Get-Recipient') : 'unchanged cmdlet listed'

def report = new JsonSlurper().parse(json)
assert report.cmdletsAdded == ['New-MailContact']
assert report.cmdletsRemoved == ['Remove-MailContact']
assert report.cmdletsChanged*.cmdlet == ['Get-Mailbox', 'Set-Mailbox']
assert report.summary.'parameter-added' == 2
assert report.summary.'parameter-removed' == 1
assert report.summary.'type-changed' == 1
assert report.summary.'mandatory-changed' == 1
assert report.summary.'set-membership-changed' == 1
def setMailbox = report.cmdletsChanged.find { it.cmdlet == 'Set-Mailbox' }
assert setMailbox.changes*.parameter == ['Alias', 'HiddenFromAddressListsEnabled', 'RetainDeletedItemsFor']

def log = new File(basedir, 'build.log').text
assert log.contains('1 cmdlet(s) added, 1 removed, 6 parameter change(s) in 2 cmdlet(s)')

// second invocation: a fixture against the bundled Exchange Online snapshot
def bundled = new JsonSlurper().parse(new File(basedir, 'target/bundled.json'))
assert bundled.new == 'bundled:exchange-online'
assert bundled.cmdletsAdded.size() > 800
assert new File(basedir, 'target/bundled.md').text.startsWith('# Snapshot diff: ')
return true
