SELECT DB_NAME(m.database_id) AS database_name, m.mirroring_guid, m.mirroring_state_desc, m.mirroring_role_desc,
       m.mirroring_partner_name, m.mirroring_partner_instance, m.mirroring_witness_name
FROM sys.database_mirroring AS m
WHERE m.database_id IN (DB_ID(N'mgc'), DB_ID(N'mgccomp'));
