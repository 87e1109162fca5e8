SELECT CAST(SERVERPROPERTY('ServerName') AS nvarchar(128)) AS server_name,
       CAST(SERVERPROPERTY('MachineName') AS nvarchar(128)) AS machine_name,
       CAST(SERVERPROPERTY('ProductVersion') AS nvarchar(128)) AS product_version,
       CAST(SERVERPROPERTY('ProductLevel') AS nvarchar(128)) AS product_level,
       CAST(SERVERPROPERTY('Edition') AS nvarchar(128)) AS edition,
       IS_SRVROLEMEMBER('sysadmin') AS is_sysadmin,
       SUSER_SNAME() AS login_name,
       @@SPID AS spid;
