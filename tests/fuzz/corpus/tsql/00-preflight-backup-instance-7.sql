EXEC master.dbo.xp_fileexist N'E:\PChatLSCopy';
