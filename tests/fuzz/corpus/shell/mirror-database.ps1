Import-Module Lync
Install-CsMirrorDatabase -DatabaseType PersistentChat -FileShare '\\FS01\PChatLogShip' -SqlServerFqdn PCSQL02.contoso.com -SqlInstanceName PCHAT -DropExistingDatabasesOnMirror -WhatIf
Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance -FileShare $null -SqlServerFqdn x
Install-CsMirrorDatabase -ConfiguredDatabases -ForInstance
Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com -DatabaseType PersistentChat
Get-CsDatabaseMirrorState -DatabaseType User
