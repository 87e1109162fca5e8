Import-Module Lync
Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers @{Add='PCHAT01.contoso.com','PCHAT02.contoso.com'}
