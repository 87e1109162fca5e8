SELECT DISTINCT vs.volume_mount_point, vs.total_bytes / 1048576 AS total_mb, vs.available_bytes / 1048576 AS available_mb
FROM sys.master_files AS f
CROSS APPLY sys.dm_os_volume_stats(f.database_id, f.file_id) AS vs;
