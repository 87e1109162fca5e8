SET NOCOUNT ON;
DECLARE @sql nvarchar(max) = N'SELECT @n = COUNT(*) FROM sys.databases WHERE name LIKE @p', @n int;
EXEC sp_executesql @sql, N'@p sysname, @n int OUTPUT', @p = N'mgc%', @n = @n OUTPUT;
EXEC (N'USE msdb; SELECT name FROM dbo.sysjobs; EXEC (''SELECT 1'')');
EXEC @n = master.dbo.xp_fileexist N'\\FS01\PChatLogShip', @n OUTPUT;
SELECT session_id, command, percent_complete FROM sys.dm_exec_requests WHERE session_id <> @@SPID;
KILL 999;
