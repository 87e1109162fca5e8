BACKUP DATABASE [mgc] TO DISK = N'\\FS01\PChatLogShip\mgc_failback.bak'
WITH DESCRIPTION = N'Persistent Chat failback: mgc from the backup instance', NOFORMAT, INIT, NAME = N'mgc-Full Database Backup', SKIP, NOREWIND, NOUNLOAD, CHECKSUM, STATS = 10;
