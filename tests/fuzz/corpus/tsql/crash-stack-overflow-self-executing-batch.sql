DECLARE @s nvarchar(max) = N'EXEC sp_executesql @s, N''@s nvarchar(max)'', @s'; EXEC sp_executesql @s, N'@s nvarchar(max)', @s
