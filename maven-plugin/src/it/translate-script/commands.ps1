# two commands that translate, one that cannot
Set-Mailbox -Identity "John Woods" -EmailAddresses @{add="jw@contoso.com"}
Get-Mailbox -RecipientTypeDetails UserMailbox `
    -ResultSize Unlimited
Get-Mailbox -Identity $name
