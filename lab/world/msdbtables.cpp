#include "lab/world/msdbtables.h"

#include "lab/agent/agenttables.h"
#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/execcontext.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

std::optional<Table> MsdbTables::lookup(ExecContext& ctx, const QString& name)
{
    if (name == u"backupset")
        return backupSet(ctx);
    if (name == u"backupmediafamily")
        return backupMediaFamily(ctx);
    if (name == u"restorehistory")
        return restoreHistory(ctx);
    return AgentTables::lookup(ctx, name);
}

Table MsdbTables::backupSet(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("backup_set_id"), kInt);
    t.addColumn(QStringLiteral("backup_set_uuid"), {SqlTypeKind::UniqueIdentifier});
    t.addColumn(QStringLiteral("media_set_id"), kInt);
    t.addColumn(QStringLiteral("position"), kInt);
    t.addColumn(QStringLiteral("name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("description"), SqlType::nvarchar(255));
    t.addColumn(QStringLiteral("user_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("backup_start_date"), kDate);
    t.addColumn(QStringLiteral("backup_finish_date"), kDate);
    t.addColumn(QStringLiteral("type"), SqlType::nvarchar(1));
    t.addColumn(QStringLiteral("first_lsn"), kLsn);
    t.addColumn(QStringLiteral("last_lsn"), kLsn);
    t.addColumn(QStringLiteral("checkpoint_lsn"), kLsn);
    t.addColumn(QStringLiteral("database_backup_lsn"), kLsn);
    t.addColumn(QStringLiteral("database_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("server_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("machine_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("recovery_model"), SqlType::nvarchar(60));
    t.addColumn(QStringLiteral("backup_size"), kSize);
    t.addColumn(QStringLiteral("compressed_backup_size"), kSize);
    t.addColumn(QStringLiteral("is_copy_only"), {SqlTypeKind::Bit});
    t.addColumn(QStringLiteral("has_backup_checksums"), {SqlTypeKind::Bit});
    for (const BackupHistory& h : ctx.instance().backupHistory) {
        const BackupSet& b = h.set;
        t.addRow({i(h.backupSetId),
                  SqlValue::fromGuid(b.guid),
                  i(h.mediaSetId),
                  i(b.position),
                  s(b.name),
                  s(b.description, 255),
                  s(b.userName),
                  SqlValue::fromDateTime(b.start),
                  SqlValue::fromDateTime(b.finish),
                  s(b.type == 2 ? QStringLiteral("L") : QStringLiteral("D"), 1),
                  num(b.firstLsn),
                  num(b.lastLsn),
                  num(b.checkpointLsn),
                  num(b.databaseBackupLsn),
                  s(b.databaseName),
                  s(b.serverName),
                  s(b.machineName),
                  s(b.recoveryModel, 60),
                  num(b.backupSize, kSize),
                  num(b.compressedSize, kSize),
                  SqlValue::fromBit(b.copyOnly),
                  SqlValue::fromBit(b.checksums)});
    }
    return t;
}

Table MsdbTables::backupMediaFamily(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("media_set_id"), kInt);
    t.addColumn(QStringLiteral("family_sequence_number"), kTiny);
    t.addColumn(QStringLiteral("media_family_id"), {SqlTypeKind::UniqueIdentifier});
    t.addColumn(QStringLiteral("logical_device_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("physical_device_name"), SqlType::nvarchar(260));
    t.addColumn(QStringLiteral("device_type"), kTiny);
    for (const BackupHistory& h : ctx.instance().backupHistory)
        t.addRow({i(h.mediaSetId), i(1, kTiny), SqlValue::fromGuid(h.set.familyGuid),
                  SqlValue::null(SqlType::nvarchar(128)), s(h.device, 260), i(2, kTiny)});
    return t;
}

Table MsdbTables::restoreHistory(ExecContext& ctx)
{
    Table t;
    t.addColumn(QStringLiteral("restore_history_id"), kInt);
    t.addColumn(QStringLiteral("restore_date"), kDate);
    t.addColumn(QStringLiteral("destination_database_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("user_name"), SqlType::nvarchar(128));
    t.addColumn(QStringLiteral("backup_set_id"), kInt);
    t.addColumn(QStringLiteral("restore_type"), SqlType::nvarchar(1));
    t.addColumn(QStringLiteral("replace"), {SqlTypeKind::Bit});
    t.addColumn(QStringLiteral("recovery"), {SqlTypeKind::Bit});
    for (const RestoreHistory& r : ctx.instance().restoreHistory)
        t.addRow({i(r.id), SqlValue::fromDateTime(r.date), s(r.destinationDatabase), s(r.userName),
                  i(r.backupSetId), s(QString(r.type), 1), SqlValue::fromBit(r.replace),
                  SqlValue::fromBit(r.recovery)});
    return t;
}

} // namespace pchatlab
