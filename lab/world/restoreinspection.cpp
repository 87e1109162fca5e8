#include "lab/world/restoreinspection.h"

#include "lab/tsql/catalogshorthand.h"
#include "lab/tsql/execcontext.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/backupoptions.h"
#include "lab/world/world.h"

namespace pchatlab {

using namespace catalog;

SimFile& RestoreInspection::openMedia(ExecContext& ctx, QString device, const QString& command)
{
    Instance& inst = ctx.instance();
    if (!device.contains(QLatin1Char('\\')) && !device.contains(QLatin1Char('/')))
        device = inst.backupPath + QLatin1Char('\\') + device;
    SimFileSystem& fs = ctx.world().fileSystem();
    const int rc = fs.check(inst.machineName, inst.serviceAccount, device, SimFileSystem::Access::Read);
    SimFile* f = rc == 0 ? fs.file(inst.machineName, device) : nullptr;
    // A database's own data or log file read as a backup (the wrong file picked in a dialog).
    if (!f) {
        for (const Database& d : inst.databases) {
            for (const DatabaseFile& file : d.files) {
                if (file.physicalName.compare(device, Qt::CaseInsensitive) != 0)
                    continue;
                ctx.sendMessage(3143, {device});
                throw SqlMessages::error(3013, {command});
            }
        }
    }
    if (rc != 0 || !f) {
        ctx.sendMessage(3201, {device, SimFileSystem::osErrorText(rc ? rc : 2)});
        throw SqlMessages::error(3013, {command});
    }
    if (f->damaged || f->sets.isEmpty()) {
        ctx.sendMessage(3241, {device});
        throw SqlMessages::error(3013, {command});
    }
    return *f;
}

void RestoreInspection::run(const Stmt& st)
{
    const BackupOptions opt(m_ctx, st);
    const QString device = opt.devices().value(0);
    const QString command = QStringLiteral("RESTORE ") + st.target;
    SimFile& f = openMedia(m_ctx, device, command);
    const int file = opt.number("FILE", 1);
    if (st.target == u"HEADERONLY") {
        headerOnly(f);
    } else if (st.target == u"FILELISTONLY") {
        fileListOnly(f, file, device);
    } else if (st.target == u"VERIFYONLY") {
        if (file < 1 || file > f.sets.size()) {
            m_ctx.sendMessage(4038, {QString::number(file), device});
            throw SqlMessages::error(3013, {command});
        }
        m_ctx.sendMessage(3262, {QString::number(file)});
    } else {
        ResultSink& sink = m_ctx.sink();
        sink.columns({{QStringLiteral("MediaName"), SqlType::nvarchar(128)},
                      {QStringLiteral("MediaSetId"), kGuid},
                      {QStringLiteral("FamilyCount"), kInt},
                      {QStringLiteral("FamilySequenceNumber"), kInt},
                      {QStringLiteral("MediaFamilyId"), kGuid},
                      {QStringLiteral("MediaSequenceNumber"), kInt},
                      {QStringLiteral("SoftwareVendorId"), kInt}});
        sink.row({SqlValue::null(SqlType::nvarchar(128)), SqlValue::fromGuid(f.sets.first().familyGuid), i(1),
                  i(1), SqlValue::fromGuid(f.sets.first().familyGuid), i(1), i(4608)});
        sink.done(m_ctx.statementDone(), TdsDoneStatusFlag::Count, TdsDoneCommand::Select, 1);
    }
}

void RestoreInspection::headerOnly(const SimFile& f)
{
    QVector<ColumnInfo> cols = {
        {QStringLiteral("BackupName"), SqlType::nvarchar(128)},
        {QStringLiteral("BackupDescription"), SqlType::nvarchar(255)},
        {QStringLiteral("BackupType"), kSmall},
        {QStringLiteral("ExpirationDate"), kDate},
        {QStringLiteral("Compressed"), kBit},
        {QStringLiteral("Position"), kSmall},
        {QStringLiteral("DeviceType"), kTiny},
        {QStringLiteral("UserName"), SqlType::nvarchar(128)},
        {QStringLiteral("ServerName"), SqlType::nvarchar(128)},
        {QStringLiteral("DatabaseName"), SqlType::nvarchar(128)},
        {QStringLiteral("DatabaseVersion"), kInt},
        {QStringLiteral("DatabaseCreationDate"), kDate},
        {QStringLiteral("BackupSize"), SqlType::numeric(20, 0)},
        {QStringLiteral("FirstLSN"), kLsn},
        {QStringLiteral("LastLSN"), kLsn},
        {QStringLiteral("CheckpointLSN"), kLsn},
        {QStringLiteral("DatabaseBackupLSN"), kLsn},
        {QStringLiteral("BackupStartDate"), kDate},
        {QStringLiteral("BackupFinishDate"), kDate},
        {QStringLiteral("SortOrder"), kSmall},
        {QStringLiteral("CodePage"), kSmall},
        {QStringLiteral("UnicodeLocaleId"), kInt},
        {QStringLiteral("UnicodeComparisonStyle"), kInt},
        {QStringLiteral("CompatibilityLevel"), kTiny},
        {QStringLiteral("SoftwareVendorId"), kInt},
        {QStringLiteral("SoftwareVersionMajor"), kInt},
        {QStringLiteral("SoftwareVersionMinor"), kInt},
        {QStringLiteral("SoftwareVersionBuild"), kInt},
        {QStringLiteral("MachineName"), SqlType::nvarchar(128)},
        {QStringLiteral("Flags"), kInt},
        {QStringLiteral("BindingID"), kGuid},
        {QStringLiteral("RecoveryForkID"), kGuid},
        {QStringLiteral("Collation"), SqlType::nvarchar(128)},
        {QStringLiteral("FamilyGUID"), kGuid},
        {QStringLiteral("HasBulkLoggedData"), kBit},
        {QStringLiteral("IsSnapshot"), kBit},
        {QStringLiteral("IsReadOnly"), kBit},
        {QStringLiteral("IsSingleUser"), kBit},
        {QStringLiteral("HasBackupChecksums"), kBit},
        {QStringLiteral("IsDamaged"), kBit},
        {QStringLiteral("BeginsLogChain"), kBit},
        {QStringLiteral("HasIncompleteMetaData"), kBit},
        {QStringLiteral("IsForceOffline"), kBit},
        {QStringLiteral("IsCopyOnly"), kBit},
        {QStringLiteral("FirstRecoveryForkID"), kGuid},
        {QStringLiteral("ForkPointLSN"), kLsn},
        {QStringLiteral("RecoveryModel"), SqlType::nvarchar(60)},
        {QStringLiteral("DifferentialBaseLSN"), kLsn},
        {QStringLiteral("DifferentialBaseGUID"), kGuid},
        {QStringLiteral("BackupTypeDescription"), SqlType::nvarchar(60)},
        {QStringLiteral("BackupSetGUID"), kGuid},
        {QStringLiteral("CompressedBackupSize"), kBig},
    };
    // Later versions append columns (a script that reads the header with INSERT ... EXEC must match them):
    // Containment from SQL Server 2012, the backup encryption columns from 2014, three more from 2022.
    const int major = m_ctx.instance().versionMajor();
    QVector<SqlValue> appended;
    if (major >= 11) {
        cols.append({QStringLiteral("Containment"), kTiny});
        appended.append(i(0, kTiny));
    }
    if (major >= 12) {
        cols.append({QStringLiteral("KeyAlgorithm"), SqlType::nvarchar(32)});
        cols.append({QStringLiteral("EncryptorThumbprint"), SqlType{SqlTypeKind::VarBinary, 20}});
        cols.append({QStringLiteral("EncryptorType"), SqlType::nvarchar(32)});
        appended << SqlValue::null(SqlType::nvarchar(32))
                 << SqlValue::null(SqlType{SqlTypeKind::VarBinary, 20})
                 << SqlValue::null(SqlType::nvarchar(32));
    }
    if (major >= 16) {
        cols.append({QStringLiteral("LastValidRestoreTime"), kDate});
        cols.append({QStringLiteral("TimeZone"), SqlType::nvarchar(32)});
        cols.append({QStringLiteral("CompressionAlgorithm"), SqlType::nvarchar(32)});
        appended << SqlValue::null(kDate) << SqlValue::null(SqlType::nvarchar(32))
                 << SqlValue::null(SqlType::nvarchar(32));
    }
    ResultSink& sink = m_ctx.sink();
    sink.columns(cols);
    for (const BackupSet& b : f.sets) {
        const QUuid fork = QUuid::createUuidV5(b.familyGuid, QStringLiteral("fork"));
        sink.row(QVector<SqlValue>{
                     s(b.name),
                     s(b.description, 255),
                     i(b.type, kSmall),
                     SqlValue::null(kDate),
                     SqlValue::fromBit(b.compressed),
                     i(b.position, kSmall),
                     i(2, kTiny),
                     s(b.userName),
                     s(b.serverName),
                     s(b.databaseName),
                     i(706),
                     SqlValue::fromDateTime(b.start.addDays(-30)),
                     SqlValue::fromFloat(double(b.backupSize), SqlType::numeric(20, 0)),
                     num(b.firstLsn),
                     num(b.lastLsn),
                     num(b.checkpointLsn),
                     num(b.databaseBackupLsn),
                     SqlValue::fromDateTime(b.start),
                     SqlValue::fromDateTime(b.finish),
                     i(52, kSmall),
                     i(0, kSmall),
                     i(1033),
                     i(196609),
                     i(b.softwareMajor * 10, kTiny),
                     i(4608),
                     i(b.softwareMajor),
                     i(b.softwareMinor),
                     i(b.softwareBuild),
                     s(b.machineName),
                     i(512),
                     SqlValue::fromGuid(b.familyGuid),
                     SqlValue::fromGuid(fork),
                     s(QStringLiteral("SQL_Latin1_General_CP1_CI_AS")),
                     SqlValue::fromGuid(b.familyGuid),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(b.checksums),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(false),
                     SqlValue::fromBit(b.copyOnly),
                     SqlValue::fromGuid(fork),
                     SqlValue::null(kLsn),
                     s(b.recoveryModel, 60),
                     SqlValue::null(kLsn),
                     SqlValue::null(kGuid),
                     s(b.type == 2 ? QStringLiteral("Transaction Log") : QStringLiteral("Database"), 60),
                     SqlValue::fromGuid(b.guid),
                     i(b.compressedSize, kBig)} +
                 appended);
    }
    sink.done(m_ctx.statementDone(), TdsDoneStatusFlag::Count, TdsDoneCommand::Select,
              quint64(f.sets.size()));
}

void RestoreInspection::fileListOnly(const SimFile& f, int file, const QString& device)
{
    if (file < 1 || file > f.sets.size()) {
        m_ctx.sendMessage(4038, {QString::number(file), device});
        throw SqlMessages::error(3013, {QStringLiteral("RESTORE FILELIST")});
    }
    const BackupSet& b = f.sets[file - 1];
    QVector<ColumnInfo> cols = {{QStringLiteral("LogicalName"), SqlType::nvarchar(128)},
                                {QStringLiteral("PhysicalName"), SqlType::nvarchar(260)},
                                {QStringLiteral("Type"), SqlType::nvarchar(1)},
                                {QStringLiteral("FileGroupName"), SqlType::nvarchar(128)},
                                {QStringLiteral("Size"), SqlType::numeric(20, 0)},
                                {QStringLiteral("MaxSize"), SqlType::numeric(20, 0)},
                                {QStringLiteral("FileId"), kBig},
                                {QStringLiteral("CreateLSN"), kLsn},
                                {QStringLiteral("DropLSN"), kLsn},
                                {QStringLiteral("UniqueId"), kGuid},
                                {QStringLiteral("ReadOnlyLSN"), kLsn},
                                {QStringLiteral("ReadWriteLSN"), kLsn},
                                {QStringLiteral("BackupSizeInBytes"), kBig},
                                {QStringLiteral("SourceBlockSize"), kInt},
                                {QStringLiteral("FileGroupId"), kInt},
                                {QStringLiteral("LogGroupGUID"), kGuid},
                                {QStringLiteral("DifferentialBaseLSN"), kLsn},
                                {QStringLiteral("DifferentialBaseGUID"), kGuid},
                                {QStringLiteral("IsReadOnly"), kBit},
                                {QStringLiteral("IsPresent"), kBit},
                                {QStringLiteral("TDEThumbprint"), {SqlTypeKind::VarBinary, 32}}};
    ResultSink& sink = m_ctx.sink();
    sink.columns(cols);
    for (const DatabaseFile& df : b.files) {
        sink.row({s(df.logicalName),
                  s(df.physicalName, 260),
                  s(df.isLog ? QStringLiteral("L") : QStringLiteral("D"), 1),
                  df.isLog ? SqlValue::null(SqlType::nvarchar(128)) : s(QStringLiteral("PRIMARY")),
                  SqlValue::fromFloat(double(df.sizeBytes), SqlType::numeric(20, 0)),
                  SqlValue::fromFloat(35184372080640.0, SqlType::numeric(20, 0)),
                  i(df.fileId, kBig),
                  num(0),
                  num(0),
                  SqlValue::fromGuid(QUuid::createUuidV5(b.familyGuid, df.logicalName)),
                  num(0),
                  num(0),
                  i(df.isLog ? 0 : b.backupSize, kBig),
                  i(512),
                  i(df.isLog ? 0 : 1),
                  SqlValue::null(kGuid),
                  SqlValue::null(kLsn),
                  SqlValue::null(kGuid),
                  SqlValue::fromBit(false),
                  SqlValue::fromBit(true),
                  SqlValue::null({SqlTypeKind::VarBinary, 32})});
    }
    sink.done(m_ctx.statementDone(), TdsDoneStatusFlag::Count, TdsDoneCommand::Select,
              quint64(b.files.size()));
}

} // namespace pchatlab
