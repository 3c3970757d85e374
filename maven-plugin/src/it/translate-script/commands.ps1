# commands that translate (one through a variable), one that cannot
Set-Mailbox -Identity "John Woods" -EmailAddresses @{add="jw@contoso.com"}
Get-Mailbox -RecipientTypeDetails UserMailbox `
    -ResultSize Unlimited
Get-Mailbox -Identity $name
$who = "Ayla Kol"
Get-Mailbox -Identity $who
Get-Mailbox -ResultSize 10 | Select-Object DisplayName,TenantOnlyFlag
