#include "logchainscript.h"

#include "sqlquote.h"

namespace pchat {

namespace {

struct HeaderColumn
{
    const char* name;
    const char* type;
    int sinceMajor;
};

// RESTORE HEADERONLY's result set in order, as the documentation lists it with the version each column came
// in.
const HeaderColumn headerColumnList[] = {
    {"BackupName", "nvarchar(128)", 10},
    {"BackupDescription", "nvarchar(255)", 10},
    {"BackupType", "smallint", 10},
    {"ExpirationDate", "datetime", 10},
    {"Compressed", "bit", 10},
    {"Position", "smallint", 10},
    {"DeviceType", "tinyint", 10},
    {"UserName", "nvarchar(128)", 10},
    {"ServerName", "nvarchar(128)", 10},
    {"DatabaseName", "nvarchar(128)", 10},
    {"DatabaseVersion", "int", 10},
    {"DatabaseCreationDate", "datetime", 10},
    {"BackupSize", "numeric(20,0)", 10},
    {"FirstLSN", "numeric(25,0)", 10},
    {"LastLSN", "numeric(25,0)", 10},
    {"CheckpointLSN", "numeric(25,0)", 10},
    {"DatabaseBackupLSN", "numeric(25,0)", 10},
    {"BackupStartDate", "datetime", 10},
    {"BackupFinishDate", "datetime", 10},
    {"SortOrder", "smallint", 10},
    {"CodePage", "smallint", 10},
    {"UnicodeLocaleId", "int", 10},
    {"UnicodeComparisonStyle", "int", 10},
    {"CompatibilityLevel", "tinyint", 10},
    {"SoftwareVendorId", "int", 10},
    {"SoftwareVersionMajor", "int", 10},
    {"SoftwareVersionMinor", "int", 10},
    {"SoftwareVersionBuild", "int", 10},
    {"MachineName", "nvarchar(128)", 10},
    {"Flags", "int", 10},
    {"BindingID", "uniqueidentifier", 10},
    {"RecoveryForkID", "uniqueidentifier", 10},
    {"Collation", "nvarchar(128)", 10},
    {"FamilyGUID", "uniqueidentifier", 10},
    {"HasBulkLoggedData", "bit", 10},
    {"IsSnapshot", "bit", 10},
    {"IsReadOnly", "bit", 10},
    {"IsSingleUser", "bit", 10},
    {"HasBackupChecksums", "bit", 10},
    {"IsDamaged", "bit", 10},
    {"BeginsLogChain", "bit", 10},
    {"HasIncompleteMetaData", "bit", 10},
    {"IsForceOffline", "bit", 10},
    {"IsCopyOnly", "bit", 10},
    {"FirstRecoveryForkID", "uniqueidentifier", 10},
    {"ForkPointLSN", "numeric(25,0)", 10},
    {"RecoveryModel", "nvarchar(60)", 10},
    {"DifferentialBaseLSN", "numeric(25,0)", 10},
    {"DifferentialBaseGUID", "uniqueidentifier", 10},
    {"BackupTypeDescription", "nvarchar(60)", 10},
    {"BackupSetGUID", "uniqueidentifier", 10},
    {"CompressedBackupSize", "bigint", 10},
    {"Containment", "tinyint", 11},
    {"KeyAlgorithm", "nvarchar(32)", 12},
    {"EncryptorThumbprint", "varbinary(20)", 12},
    {"EncryptorType", "nvarchar(32)", 12},
    {"LastValidRestoreTime", "datetime", 16},
    {"TimeZone", "nvarchar(32)", 16},
    {"CompressionAlgorithm", "nvarchar(32)", 16},
};

// Joins items with ", " into lines of at most about 100 characters, each after indent.
QString wrapped(const QStringList& items, const QString& indent)
{
    QString out;
    QString line;
    for (const QString& item : items) {
        const QString piece = line.isEmpty() ? item : QStringLiteral(", ") + item;
        if (!line.isEmpty() && indent.size() + line.size() + piece.size() > 100) {
            out += indent + line + QStringLiteral(",\n");
            line = item;
        } else {
            line += piece;
        }
    }
    return out + indent + line;
}

QString withBackslash(const QString& folder)
{
    return folder.endsWith(u'\\') ? folder : folder + u'\\';
}

} // namespace

QString LogChainScript::headerColumnDefinitions()
{
    QStringList definitions;
    for (const HeaderColumn& column : headerColumnList)
        definitions << QStringLiteral("%1 %2").arg(QLatin1String(column.name), QLatin1String(column.type));
    return wrapped(definitions, QStringLiteral("    "));
}

QStringList LogChainScript::headerColumns(int majorVersion)
{
    QStringList names;
    for (const HeaderColumn& column : headerColumnList) {
        if (column.sinceMajor <= std::max(majorVersion, 10))
            names << QLatin1String(column.name);
    }
    return names;
}

QString LogChainScript::applyLogBackups(const QString& database, const QStringList& folders, int statsPercent)
{
    if (folders.isEmpty())
        return {};
    QString sql =
        QStringLiteral(
            "SET NOCOUNT ON;\n"
            "DECLARE @database sysname = %1;\n"
            "DECLARE @version nvarchar(128) = CONVERT(nvarchar(128), SERVERPROPERTY(N'ProductVersion'));\n"
            "DECLARE @major int = CAST(LEFT(@version, CHARINDEX(N'.', @version) - 1) AS int);\n"
            "DECLARE @files TABLE (name nvarchar(260) NOT NULL, path nvarchar(520) NOT NULL);\n"
            "DECLARE @listing TABLE (subdirectory nvarchar(260) NOT NULL, depth int NOT NULL, "
            "is_file int NOT NULL);\n")
            .arg(SqlQuote::literal(database));
    // The folder names go in as literals; xp_dirtree's names are data the script only compares and joins.
    for (const QString& folder : folders) {
        sql +=
            QStringLiteral(
                "\nDELETE FROM @listing;\n"
                "INSERT INTO @listing (subdirectory, depth, is_file) EXEC master.sys.xp_dirtree %1, 1, 1;\n"
                "INSERT INTO @files (name, path)\n"
                "SELECT l.subdirectory, %2 + l.subdirectory\n"
                "FROM @listing AS l LEFT JOIN @files AS f ON f.name = l.subdirectory\n"
                "WHERE l.is_file = 1 AND f.name IS NULL AND RIGHT(l.subdirectory, 4) = N'.trn'\n"
                "  AND LEFT(l.subdirectory, LEN(@database) + 1) = @database + N'_';\n")
                .arg(SqlQuote::literal(folder), SqlQuote::literal(withBackslash(folder)));
    }
    QString readHeader;
    const struct
    {
        const char* condition;
        int major;
    } versions[] = {
        {"IF @major >= 16", 16}, {"ELSE IF @major >= 12", 12}, {"ELSE IF @major = 11", 11}, {"ELSE", 10}};
    for (const auto& version : versions) {
        readHeader +=
            QStringLiteral("    %1\n        INSERT INTO @header (\n%2)\n        EXEC (@headerSql);\n")
                .arg(QLatin1String(version.condition),
                     wrapped(headerColumns(version.major), QStringLiteral("            ")));
    }
    sql +=
        QStringLiteral(
            "\nDECLARE @header TABLE (\n%1);\n"
            "DECLARE @name nvarchar(260) = N'', @path nvarchar(520), @headerSql nvarchar(max),\n"
            "        @position int, @first numeric(25,0), @last numeric(25,0), @redo numeric(25,0),\n"
            "        @firstText nvarchar(30), @redoText nvarchar(30), @found int = 0, @applied int = 0;\n"
            "WHILE 1 = 1\n"
            "BEGIN\n"
            "    SELECT TOP (1) @name = name, @path = path FROM @files WHERE name > @name ORDER BY name;\n"
            "    IF @@ROWCOUNT = 0 BREAK;\n"
            "    SET @found = @found + 1;\n"
            "    DELETE FROM @header;\n"
            "    SET @headerSql = N'RESTORE HEADERONLY FROM DISK = N''' + REPLACE(@path, N'''', N'''''') + "
            "N'''';\n"
            "%2"
            "    IF @@ERROR <> 0\n"
            "    BEGIN\n"
            "        RAISERROR(N'Stopped: cannot read the header of %s.', 16, 1, @path);\n"
            "        RETURN;\n"
            "    END\n"
            "    SET @position = 0;\n"
            "    WHILE 1 = 1\n"
            "    BEGIN\n"
            "        SELECT TOP (1) @position = Position, @first = FirstLSN, @last = LastLSN FROM @header\n"
            "        WHERE BackupType = 2 AND Position > @position ORDER BY Position;\n"
            "        IF @@ROWCOUNT = 0 BREAK;\n"
            "        SET @redo = NULL;\n"
            "        SELECT @redo = MIN(redo_start_lsn) FROM sys.master_files\n"
            "        WHERE database_id = DB_ID(@database) AND type_desc = N'ROWS';\n"
            "        IF @redo IS NULL\n"
            "        BEGIN\n"
            "            RAISERROR(N'Stopped: %s is not restoring, so no log backup can be applied to it.', "
            "16, 1, @database);\n"
            "            RETURN;\n"
            "        END\n"
            "        SET @redoText = CONVERT(nvarchar(30), @redo);\n"
            "        SET @firstText = CONVERT(nvarchar(30), @first);\n"
            "        IF @last <= @redo\n"
            "        BEGIN\n"
            "            RAISERROR(N'Skipped %s (backup set %d): %s has it already.', 0, 1, @path, "
            "@position, "
            "@database) WITH NOWAIT;\n"
            "            CONTINUE;\n"
            "        END\n"
            "        IF @first > @redo\n"
            "        BEGIN\n"
            "            RAISERROR(N'Stopped at a gap in the log chain: %s needs the log backup that "
            "contains "
            "LSN %s, but the next one, %s, begins at LSN %s. Find the missing log backup, put it in the "
            "copy folder and run this script again.', 16, 1, @database, @redoText, @path, @firstText);\n"
            "            RETURN;\n"
            "        END\n"
            "        RAISERROR(N'Restoring %s (backup set %d) ...', 0, 1, @path, @position) WITH NOWAIT;\n"
            "        RESTORE LOG @database FROM DISK = @path WITH FILE = @position, NORECOVERY, STATS = %3;\n"
            "        IF @@ERROR <> 0\n"
            "        BEGIN\n"
            "            RAISERROR(N'Stopped: the restore of %s failed; the messages above say why.', 16, 1, "
            "@path);\n"
            "            RETURN;\n"
            "        END\n"
            "        SET @applied = @applied + 1;\n"
            "    END\n"
            "END\n"
            "RAISERROR(N'%d log backup file(s) found, %d backup set(s) restored. Step 4 brings %s online.', "
            "0, 1, @found, @applied, @database) WITH NOWAIT;")
            .arg(headerColumnDefinitions(), readHeader, QString::number(statsPercent));
    return sql;
}

} // namespace pchat
