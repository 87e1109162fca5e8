Import-Module SkypeForBusiness -Force
Get-CsService -PersistentChatServer -PoolFqdn "pchat.contoso.com" -LocalStore
Get-CsPersistentChatState -Identity "service:PersistentChatServer:pchat.contoso.com"; Get-CsPersistentChatState -Filter '*pchat*'
Set-CsPersistentChatState -Identity 'service:PersistentChatServer:pchat.contoso.com' -PoolState Normal -Confirm:$false -Force
Set-CsPersistentChatActiveServer -Identity global -ActiveServers @{Remove="PCHAT03.contoso.com"; Add=@('PCHAT01.contoso.com')} -Swap:$true
Set-CsPersistentChatActiveServer -Identity ‘PChatServerCollection’ –ActiveServers @{Replace=$null} # typographic quotes and dash
$true; 'text'; @("a", 'b'); ("x")
exit 3
