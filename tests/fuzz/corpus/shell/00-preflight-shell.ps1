Import-Module Lync
Get-CsService -PersistentChatServer
Get-CsPersistentChatState
