SELECT s.session_id, s.login_name, s.host_name, s.program_name
FROM sys.dm_exec_sessions AS s
WHERE s.database_id = DB_ID(N'mgc') AND s.session_id <> @@SPID;
