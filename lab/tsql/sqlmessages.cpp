#include "sqlmessages.h"

#include <unordered_map>

namespace pchatlab {

namespace {

struct Entry
{
    int severity;
    const char* text;
    bool abortsBatch;
};

// Texts from SQL Server's sys.messages (language 1033); placeholders renumbered for QString::arg.
const std::unordered_map<int, Entry>& table()
{
    static const std::unordered_map<int, Entry> t = {
        {102, {15, "Incorrect syntax near '%1'.", true}},
        {103, {15, "The identifier that starts with '%1' is too long. Maximum length is 128.", true}},
        {105, {15, "Unclosed quotation mark after the character string '%1'.", true}},
        {113, {15, "Missing end comment mark '*/'.", true}},
        {107,
         {15, "The column prefix '%1' does not match with a table name or alias name used in the query.",
          true}},
        {134,
         {15,
          "The variable name '%1' has already been declared. Variable names must be unique within a query "
          "batch "
          "or stored procedure.",
          true}},
        {137, {15, "Must declare the scalar variable \"%1\".", true}},
        {155, {15, "'%1' is not a recognized datepart option.", true}},
        {156, {15, "Incorrect syntax near the keyword '%1'.", true}},
        {174, {15, "The %1 function requires %2 argument(s).", true}},
        {191,
         {15,
          "Some part of your SQL statement is nested too deeply. Rewrite the query or break it up into "
          "smaller "
          "queries.",
          true}},
        {195, {15, "'%1' is not a recognized %2.", true}},
        {201, {16, "Procedure or function '%1' expects parameter '%2', which was not supplied.", false}},
        {207, {16, "Invalid column name '%1'.", true}},
        {208, {16, "Invalid object name '%1'.", true}},
        {217,
         {16, "Maximum stored procedure, function, trigger, or view nesting level exceeded (limit %1).",
          true}},
        {209, {16, "Ambiguous column name '%1'.", true}},
        {241, {16, "Conversion failed when converting date and/or time from character string.", false}},
        {243, {16, "Type %1 is not a defined system type.", true}},
        {245, {16, "Conversion failed when converting the %1 value '%2' to data type %3.", false}},
        {911, {16, "Database '%1' does not exist. Make sure that the name is entered correctly.", false}},
        {924, {14, "Database '%1' is already open and can only have one user at a time.", false}},
        {927, {14, "Database '%1' cannot be opened. It is in the middle of a restore.", false}},
        {1416, {16, "Database \"%1\" is not configured for database mirroring.", false}},
        {2812, {16, "Could not find stored procedure '%1'.", false}},
        {3013, {16, "%1 is terminating abnormally.", false}},
        {3014, {10, "%1 successfully processed %2 pages in %3 seconds (%4 MB/sec).", false}},
        {3021, {16, "Cannot perform a backup or restore operation within a transaction.", false}},
        {3101, {16, "Exclusive access could not be obtained because the database is in use.", false}},
        {3102,
         {16,
          "%1 cannot process database '%2' because it is in use by this session. It is recommended that the "
          "master database be used when performing this operation.",
          false}},
        {3104,
         {16,
          "RESTORE cannot operate on database '%1' because it is configured for database mirroring or has "
          "joined an availability group. If you intend to restore the database, use ALTER DATABASE to remove "
          "mirroring or to remove the database from its availability group.",
          false}},
        {3117,
         {16, "The log or differential backup cannot be restored because no files are ready to rollforward.",
          false}},
        {3135,
         {16, "The backup set in file '%1' was created by %2 and cannot be used for this restore operation.",
          false}},
        {3147, {16, "Backup and restore operations are not allowed on database tempdb.", false}},
        {3153, {16, "The database is already fully recovered.", false}},
        {3154,
         {16, "The backup set holds a backup of a database other than the existing '%1' database.", false}},
        {3159,
         {16,
          "The tail of the log for the database \"%1\" has not been backed up. Use BACKUP LOG WITH "
          "NORECOVERY to backup the log if it contains work you do not want to lose. Use the WITH REPLACE "
          "or WITH STOPAT clause of the RESTORE statement to just overwrite the contents of the log.",
          false}},
        {3201, {16, "Cannot open backup device '%1'. Operating system error %2.", false}},
        {3202, {16, "Write on \"%1\" failed: %2", false}},
        {3206,
         {16,
          "Backup device '%1' does not exist. To view existing backup devices, use the sys.backup_devices "
          "catalog view. To create a new backup device use either sp_addumpdevice or SQL Server Management "
          "Studio.",
          false}},
        {3211, {10, "%1 percent processed.", false}},
        {3234,
         {16,
          "Logical file '%1' is not part of database '%2'. Use RESTORE FILELISTONLY to list the logical file "
          "names.",
          false}},
        {3241,
         {16,
          "The media family on device '%1' is incorrectly formed. SQL Server cannot process this media "
          "family.",
          false}},
        {3257,
         {16,
          "There is insufficient free space on disk volume '%1' to create the database. The database "
          "requires %2 additional free bytes, while only %3 bytes are available.",
          false}},
        {3262, {10, "The backup set on file %1 is valid.", false}},
        {3701,
         {11, "Cannot drop the %1 '%2', because it does not exist or you do not have permission.", false}},
        {3902, {16, "The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.", false}},
        {3903, {16, "The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION.", false}},
        {4035, {10, "Processed %1 pages for database '%2', file '%3' on file %4.", false}},
        {4038, {16, "Cannot find file ID %1 on device '%2'.", false}},
        {4060, {11, "Cannot open database \"%1\" requested by the login. The login failed.", false}},
        {4208,
         {16,
          "The statement BACKUP LOG is not allowed while the recovery model is SIMPLE. Use BACKUP DATABASE "
          "or change the recovery model using ALTER DATABASE.",
          false}},
        {4214, {16, "BACKUP LOG cannot be performed because there is no current database backup.", false}},
        {4305,
         {16,
          "The log in this backup set begins at LSN %1, which is too recent to apply to the database. An "
          "earlier log backup that includes LSN %2 can be restored.",
          false}},
        {4326,
         {16,
          "The log in this backup set terminates at LSN %1, which is too early to apply to the database. A "
          "more recent log backup that includes LSN %2 can be restored.",
          false}},
        {4306,
         {16,
          "The preceding restore operation did not specify WITH NORECOVERY or WITH STANDBY. Restart the "
          "restore sequence, specifying WITH NORECOVERY or WITH STANDBY for all but the final step.",
          false}},
        {5060,
         {10, "Nonqualified transactions are being rolled back. Estimated rollback completion: 100%.",
          false}},
        {5069, {16, "ALTER DATABASE statement failed.", false}},
        {5701, {10, "Changed database context to '%1'.", false}},
        {5703, {10, "Changed language setting to %1.", false}},
        {6104, {16, "Cannot use KILL to kill your own process.", false}},
        {6106, {16, "Process ID %1 is not an active process ID.", false}},
        {8114, {16, "Error converting data type %1 to %2.", false}},
        {8134, {16, "Divide by zero error encountered.", false}},
        {8144, {16, "Procedure or function %1 has too many arguments specified.", false}},
        {8145, {16, "%1 is not a parameter for procedure %2.", false}},
        {8169, {16, "Conversion failed when converting from a character string to uniqueidentifier.", false}},
        {8179, {16, "Could not find prepared statement with handle %1.", false}},
        {8178,
         {16, "The parameterized query '%1' expects the parameter '%2', which was not supplied.", false}},
        {14243, {0, "Job '%1' started successfully.", false}},
        {14262, {16, "The specified %1 ('%2') does not exist.", false}},
        {15010,
         {16,
          "The database '%1' does not exist. Supply a valid database name. To see available databases, use "
          "sys.databases.",
          false}},
        {22022,
         {16, "SQLServerAgent is not currently running so it cannot be notified of this action.", false}},
        {32009, {16, "A log shipping primary entry already exists for database %1.", false}},
        {32010, {16, "Database %1 does not exist as log shipping primary.", false}},
        {32011,
         {16,
          "Primary Database %1 has active log shipping secondary database(s). Drop the secondary database(s) "
          "first.",
          false}},
        {32012, {16, "Secondary %1.%2 already exists for primary %3.", false}},
        {32014, {16, "Database %1 does not exist as log shipping secondary.", false}},
        {32015,
         {16, "The primary database %1 cannot have SIMPLE recovery for log shipping to work properly.",
          false}},
        {32022,
         {16,
          "Cannot add a log shipping job with name %1. A job with the same name already exists in the system "
          "and this job does not belong to log shipping category.",
          false}},
        {32023,
         {16,
          "An entry for primary server %1, primary database %2 does not exist on this secondary. Register "
          "the primary first.",
          false}},
        {32024,
         {16, "An entry for primary server %1, primary database %2 already exists on this secondary.",
          false}},
        {15247, {16, "User does not have permission to perform this action.", false}},
        {18456, {14, "Login failed for user '%1'.", false}},
        {50000, {16, "%1", false}},
    };
    return t;
}

} // namespace

SqlError SqlMessages::error(int number, const QStringList& args, int state)
{
    SqlError e(number, severity(number), state, text(number, args));
    const auto& t = table();
    if (auto it = t.find(number); it != t.end() && it->second.abortsBatch)
        e = SqlError(number, it->second.severity, state, e.text(), true);
    return e;
}

QString SqlMessages::text(int number, const QStringList& args)
{
    const auto& t = table();
    auto it = t.find(number);
    QString s = it == t.end() ? QStringLiteral("Message %1").arg(number) : QString::fromUtf8(it->second.text);
    // Substitute %1..%n in one pass so that arguments containing '%' are not re-expanded.
    QString out;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('%') && i + 1 < s.size() && s[i + 1].isDigit()) {
            const int n = s[i + 1].digitValue();
            out += n >= 1 && n <= args.size() ? args[n - 1] : QString();
            ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

int SqlMessages::severity(int number)
{
    const auto& t = table();
    auto it = t.find(number);
    return it == t.end() ? 16 : it->second.severity;
}

} // namespace pchatlab
