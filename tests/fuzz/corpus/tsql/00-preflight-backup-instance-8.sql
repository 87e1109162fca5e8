SELECT f.name, f.type_desc, f.physical_name, CAST(f.size AS bigint) * 8 / 1024 AS size_mb
FROM sys.master_files AS f
WHERE f.database_id = DB_ID(N'mgc');
