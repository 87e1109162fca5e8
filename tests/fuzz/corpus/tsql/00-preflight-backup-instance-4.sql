SELECT servicename, status_desc, service_account, startup_type_desc
FROM sys.dm_server_services;
