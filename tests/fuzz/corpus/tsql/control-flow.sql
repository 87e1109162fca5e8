DECLARE @i int = 0, @name sysname = N'mgc', @msg nvarchar(200);
WHILE @i < 3 BEGIN SET @i = @i + 1; IF @i = 2 CONTINUE; PRINT CONCAT(N'step ', @i) END;
IF (@@ERROR = 0 AND @i = 3) BEGIN SELECT @msg = N'ok: ' + @name END ELSE PRINT 'no';
RAISERROR(N'%s has %d files (%I64d bytes)', 10, 1, @name, 2, 1024) WITH NOWAIT;
SELECT CASE WHEN DB_ID(@name) IS NULL THEN 0 ELSE 1 END AS present, LEN(@msg), UPPER(LEFT(@name, 2)), CAST(3.5 AS int), CONVERT(varchar(30), GETDATE(), 120);
BEGIN TRANSACTION; SELECT @@TRANCOUNT; ROLLBACK TRANSACTION;
WAITFOR DELAY '00:00:00.010';
RETURN;
