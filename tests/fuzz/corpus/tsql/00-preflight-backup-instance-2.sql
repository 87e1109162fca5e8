SELECT d.name, d.database_id, d.state_desc, d.recovery_model_desc, d.user_access_desc, d.is_in_standby
FROM sys.databases AS d
WHERE d.name IN (N'mgc', N'mgccomp')
ORDER BY d.name;
