# Made-up excerpt shaped like the module the service generates; only the key assignment matters here.
# The key is the public half of ../auth/test-app.p12 (modulus from 'openssl rsa -pubin -modulus').
$script:ExampleHttpTimeoutSeconds = 900
function script:Get-Example
{
    [CmdletBinding(DefaultParameterSetName='Identity')]
    param([string] $Identity)
}

$HelpFileNames = @('Microsoft.Exchange.Management-Help.xml')
$PublicKey = '<RSAKeyValue><Modulus>rlQawYaWeeTHBliHlfoBcQU6bcI+ErPKTmYVOUr+K4g/uk+BfJqmBScWesVn1KkRSZqbjmPeSozgihSJFdlU+g5HnBquiNaLgDr4UsmuPzE5CJ0Uhwtji8TfjXHg/EyLQfWRuj9iz2Heb5hqydKaCKVnPLI2jV7tiLa/ku7qsClSlV/YiAtVrIAOVZcjLARAcj8bLUrINWrtqx2FB/bbvC0xTZW0RNLzt+Gcxe8UQLOsJ8B7DfrqoXtFSwx0hBw2UHHglFC5uz6B1xLfZZUoEJ2s1EAgKuWrNxMAwzi9trK50tiligYSCFnx46E+hwagf3grelI6uFTxujellJw0hw==</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>'
$TokenProviderObjectId = '00000000-0000-0000-0000-000000000000'
Export-ModuleMember -Function @('Get-Example')
