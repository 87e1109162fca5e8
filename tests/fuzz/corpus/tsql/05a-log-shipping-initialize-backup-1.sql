BACKUP DATABASE [mgc] TO DISK = N'\\FS01\PChatLogShip\mgc_logshipping_init.bak'
WITH NOFORMAT, INIT, NAME = N'mgc-Full Database Backup', SKIP, NOREWIND, NOUNLOAD, STATS = 10;
