Import-Module Lync
Set-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com' -PoolState Normal
Get-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com'
