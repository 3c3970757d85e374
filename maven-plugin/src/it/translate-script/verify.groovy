def out = new File(basedir, 'target/translations.txt')
assert out.isFile()
def text = out.text
assert text.contains('exo.invoke(SetMailbox.identity("John Woods").emailAddresses(MultiValue.add("jw@contoso.com")));')
assert text.contains('import dev.exobindings.runtime.value.MultiValue;')
assert text.contains('import org.acme.mail.SetMailbox;') : 'the package of the generate execution'
assert text.contains('// body: {"CmdletInput":{"CmdletName":"Set-Mailbox","Parameters":{"Identity":"John Woods",'
        + '"EmailAddresses":{"@odata.type":"#Exchange.GenericHashTable","Add":["jw@contoso.com"]}}}}')
assert text.contains('# line 3: Get-Mailbox -RecipientTypeDetails UserMailbox')
assert text.contains('exo.invoke(GetMailbox.all().recipientTypeDetails(RecipientTypeDetails.USER_MAILBOX)'
        + '.resultSize(ResultSize.unlimited()));')
assert text.contains('// cannot translate (line 5, column 23, NOT_LITERAL): the variable $name')
// a literal the script gave a variable is used by the commands after it, and the line that gave it is named
assert text.contains('exo.invoke(GetMailbox.identity("Ayla Kol"));')
assert text.contains('// note: $who is "Ayla Kol" (assigned at line 6)')

def log = new File(basedir, 'build.log').text
assert log.contains('line 5, column 23: NOT_LITERAL')
// the console shows the imports too; a problem is a warning in the run that succeeds, an error in the one that fails
assert log.contains('  import org.acme.mail.SetMailbox;')
assert (log =~ /\[WARNING\] line 5, column 23: NOT_LITERAL/).count == 1
assert (log =~ /\[ERROR\] line 5, column 23: NOT_LITERAL/).count == 1
assert log.contains('1 of 5 command(s) cannot be translated')
// the generate execution's CSDL: its Mailbox has a property the bundled one lacks
assert text.contains('exo.invoke(GetMailbox.all().resultSize(ResultSize.of(10)).select(Mailbox.DISPLAY_NAME, '
        + 'Mailbox.TENANT_ONLY_FLAG));')
assert text.contains('import org.acme.mail.model.Mailbox;')
assert log.contains('with the CSDL ' + new File(basedir, 'tenant.metadata.xml').toPath().toAbsolutePath().normalize())
assert !log.contains('\tat dev.exobindings') : 'a user mistake must not print a stack trace'
