EXEC master.dbo.xp_fileexist N'\\FS01\PChatLogShip\mgc_failback.bak';
