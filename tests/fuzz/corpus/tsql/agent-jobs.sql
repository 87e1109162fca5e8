EXEC msdb.dbo.sp_help_job @job_name = N'LSBackup_mgc';
EXEC msdb.dbo.sp_start_job @job_name = N'LSBackup_mgc';
SELECT j.name, j.enabled, h.run_status FROM msdb.dbo.sysjobs j LEFT JOIN msdb.dbo.sysjobhistory h ON h.job_id = j.job_id ORDER BY j.name;
SELECT primary_database, last_backup_file FROM msdb.dbo.log_shipping_primary_databases;
ALTER DATABASE [mgc] SET PARTNER OFF;
ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK IMMEDIATE;
RESTORE HEADERONLY FROM DISK = N'\\FS01\PChatLogShip\mgc.bak';
RESTORE FILELISTONLY FROM DISK = N'\\FS01\PChatLogShip\mgc.bak' WITH FILE = 1;
