Import-Module Lync
Set-CsPersistentChatActiveServer -Identity 'PChatServerCollection' -ActiveServers $Null
