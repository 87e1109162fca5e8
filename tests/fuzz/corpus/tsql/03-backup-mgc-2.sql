DECLARE @backupSetId AS int;
SELECT @backupSetId = position FROM msdb..backupset WHERE database_name = N'mgc' AND backup_set_id = (SELECT MAX(backup_set_id) FROM msdb..backupset WHERE database_name = N'mgc');
IF @backupSetId IS NULL BEGIN RAISERROR(N'Verify failed. Backup information for database ''mgc'' not found.', 16, 1) END;
RESTORE VERIFYONLY FROM DISK = N'\\FS01\PChatLogShip\mgc_failback.bak' WITH FILE = @backupSetId, NOUNLOAD, NOREWIND;
