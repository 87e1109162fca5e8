#include "lab/tsql/sqlmessages.h"

#include <map>

namespace pchatlab {

namespace {

struct Entry
{
    int severity;
    int state; // the state the lab raises it with unless the caller names another
    const char* text;
    bool abortsBatch;
};

// Texts from SQL Server's sys.messages (language 1033) as the documentation lists them, placeholders
// renumbered for QString::arg (%1, %2 ... in order). docs/lab-messages.md cites the documentation row of
// every entry and says why an entry differs from it; tests/lab/messagecatalogtest.cpp holds the two together.
const std::map<int, Entry>& table()
{
    static const std::map<int, Entry> t = {
        {102, {15, 1, "Incorrect syntax near '%1'.", true}},
        {105, {15, 1, "Unclosed quotation mark after the character string '%1'.", true}},
        {107,
         {15, 1, "The column prefix '%1' does not match with a table name or alias name used in the query.",
          true}},
        // The documentation says 15; a wrong ORDER BY position is a compile error that ends the batch.
        {108,
         {15, 1, "The ORDER BY position number %1 is out of range of the number of items in the select list.",
          true}},
        {113, {15, 1, "Missing end comment mark '*/'.", true}},
        {119,
         {15, 1,
          "Must pass parameter number %1 and subsequent parameters as '@name = value'. After the form "
          "'@name = value' has been used, all subsequent parameters must be passed in the form '@name = "
          "value'.",
          false}},
        {134,
         {15, 1,
          "The variable name '%1' has already been declared. Variable names must be unique within a query "
          "batch or stored procedure.",
          true}},
        {137, {15, 1, "Must declare the scalar variable \"%1\".", true}},
        {141,
         {15, 1,
          "A SELECT statement that assigns a value to a variable must not be combined with data-retrieval "
          "operations.",
          true}},
        {147,
         {15, 1,
          "An aggregate may not appear in the WHERE clause unless it is in a subquery contained in a HAVING "
          "clause or a select list, and the column being aggregated is an outer reference.",
          true}},
        {155, {15, 1, "'%1' is not a recognized %2 option.", true}},
        {156, {15, 1, "Incorrect syntax near the keyword '%1'.", true}},
        {174, {15, 1, "The %1 function requires %2 argument(s).", true}},
        // The parser's guard against statements that would exhaust its stack (see ParseDepthGuard).
        {191,
         {15, 1,
          "Some part of your SQL statement is nested too deeply. Rewrite the query or break it up into "
          "smaller queries.",
          true}},
        {195, {15, 1, "'%1' is not a recognized %2.", true}},
        {201, {16, 4, "Procedure or function '%1' expects parameter '%2', which was not supplied.", false}},
        {207, {16, 1, "Invalid column name '%1'.", true}},
        {208, {16, 1, "Invalid object name '%1'.", true}},
        {209, {16, 1, "Ambiguous column name '%1'.", true}},
        // Ends every level of the call chain, not only the innermost (see Interpreter::runStatements).
        {213, {16, 1, "Column name or number of supplied values does not match table definition.", false}},
        {217,
         {16, 1, "Maximum stored procedure, function, trigger, or view nesting level exceeded (limit %1).",
          true}},
        {241, {16, 1, "Conversion failed when converting date and/or time from character string.", false}},
        {243, {16, 1, "Type %1 is not a defined system type.", true}},
        {245, {16, 1, "Conversion failed when converting the %1 value '%2' to data type %3.", false}},
        {259, {16, 1, "Ad hoc updates to system catalogs are not allowed.", false}},
        {263, {16, 1, "Must specify table to select from.", true}},
        {512,
         {16, 1,
          "Subquery returned more than 1 value. This is not permitted when the subquery follows =, !=, <, <= "
          ", >, >= or when the subquery is used as an expression.",
          false}},
        {515,
         {16, 2,
          "Cannot insert the value NULL into column '%1', table '%2'; column does not allow nulls. %3 fails.",
          false}},
        {911, {16, 1, "Database '%1' does not exist. Make sure that the name is entered correctly.", false}},
        {921, {14, 1, "Database '%1' has not been recovered yet. Wait and try again.", false}},
        {924, {14, 1, "Database '%1' is already open and can only have one user at a time.", false}},
        {927, {14, 1, "Database '%1' cannot be opened. It is in the middle of a restore.", false}},
        {942, {14, 4, "Database '%1' cannot be opened because it is offline.", false}},
        {1087, {15, 2, "Must declare the table variable \"%1\".", true}},
        {1416, {16, 1, "Database \"%1\" is not configured for database mirroring.", false}},
        {1418,
         {16, 1,
          "The server network address \"%1\" can not be reached or does not exist. Check the network address "
          "name and that the ports for the local and remote endpoints are operational.",
          false}},
        {2740,
         {16, 1,
          "SET LANGUAGE failed because '%1' is not an official language name or a language alias on this "
          "SQL Server.",
          false}},
        {2812, {16, 62, "Could not find stored procedure '%1'.", false}},
        {3013, {16, 1, "%1 is terminating abnormally.", false}},
        {3014, {10, 1, "%1 successfully processed %2 pages in %3 seconds (%4 MB/sec).", false}},
        {3021, {16, 1, "Cannot perform a backup or restore operation within a transaction.", false}},
        {3101, {16, 1, "Exclusive access could not be obtained because the database is in use.", false}},
        {3102,
         {16, 1,
          "%1 cannot process database '%2' because it is in use by this session. It is recommended that the "
          "master database be used when performing this operation.",
          false}},
        // The text of SQL Server 2012 (11.0), the version the scenarios claim: availability groups came
        // with it, and so did the second half of the sentence (the documentation table keeps the older one).
        {3104,
         {16, 1,
          "RESTORE cannot operate on database '%1' because it is configured for database mirroring or has "
          "joined an availability group. If you intend to restore the database, use ALTER DATABASE to remove "
          "mirroring or to remove the database from its availability group.",
          false}},
        {3117,
         {16, 1,
          "The log or differential backup cannot be restored because no files are ready to rollforward.",
          false}},
        {3119,
         {16, 1,
          "Problems were identified while planning for the RESTORE statement. Previous messages provide "
          "details.",
          false}},
        {3135,
         {16, 1,
          "The backup set in file '%1' was created by %2 and cannot be used for this restore operation.",
          false}},
        {3141,
         {16, 1,
          "The database to be restored was named '%1'. Reissue the statement using the WITH REPLACE option "
          "to "
          "overwrite the '%2' database.",
          false}},
        {3143, {16, 1, "The data set on device '%1' is not a SQL Server backup set.", false}},
        {3147, {16, 1, "Backup and restore operations are not allowed on database tempdb.", false}},
        {3153, {16, 1, "The database is already fully recovered.", false}},
        {3154,
         {16, 1, "The backup set holds a backup of a database other than the existing '%1' database.",
          false}},
        {3156,
         {16, 3,
          "File '%1' cannot be restored to '%2'. Use WITH MOVE to identify a valid location for the file.",
          false}},
        {3159,
         {16, 1,
          "The tail of the log for the database \"%1\" has not been backed up. Use BACKUP LOG WITH "
          "NORECOVERY to backup the log if it contains work you do not want to lose. Use the WITH REPLACE "
          "or WITH STOPAT clause of the RESTORE statement to just overwrite the contents of the log.",
          false}},
        {3169,
         {16, 1,
          "The database was backed up on a server running version %1. That version is incompatible with this "
          "server, which is running version %2. Either restore the database on a server that supports the "
          "backup, or use a backup that is compatible with this server.",
          false}},
        {3183,
         {16, 1, "RESTORE detected an error on page (%1:%2) in database \"%3\" as read from the backup set.",
          false}},
        {3201, {16, 2, "Cannot open backup device '%1'. Operating system error %2.", false}},
        {3202, {16, 1, "Write on \"%1\" failed: %2", false}},
        {3203, {16, 1, "Read on \"%1\" failed: %2", false}},
        {3211, {10, 1, "%1 percent processed.", false}},
        {3234,
         {16, 2,
          "Logical file '%1' is not part of database '%2'. Use RESTORE FILELISTONLY to list the logical file "
          "names.",
          false}},
        {3241,
         {16, 0,
          "The media family on device '%1' is incorrectly formed. SQL Server cannot process this media "
          "family.",
          false}},
        {3257,
         {16, 1,
          "There is insufficient free space on disk volume '%1' to create the database. The database "
          "requires %2 additional free bytes, while only %3 bytes are available.",
          false}},
        {3262, {10, 1, "The backup set on file %1 is valid.", false}},
        {3902, {16, 1, "The COMMIT TRANSACTION request has no corresponding BEGIN TRANSACTION.", false}},
        {3903, {16, 1, "The ROLLBACK TRANSACTION request has no corresponding BEGIN TRANSACTION.", false}},
        {4035, {10, 1, "Processed %1 pages for database '%2', file '%3' on file %4.", false}},
        {4038, {16, 1, "Cannot find file ID %1 on device '%2'.", false}},
        {4060, {11, 1, "Cannot open database \"%1\" requested by the login. The login failed.", false}},
        {4064, {11, 1, "Cannot open user default database. Login failed.", false}},
        {4208,
         {16, 1,
          "The statement %1 is not allowed while the recovery model is SIMPLE. Use BACKUP DATABASE or change "
          "the recovery model using ALTER DATABASE.",
          false}},
        {4214, {16, 1, "BACKUP LOG cannot be performed because there is no current database backup.", false}},
        {4305,
         {16, 1,
          "The log in this backup set begins at LSN %1, which is too recent to apply to the database. An "
          "earlier log backup that includes LSN %2 can be restored.",
          false}},
        {4326,
         {16, 1,
          "The log in this backup set terminates at LSN %1, which is too early to apply to the database. A "
          "more recent log backup that includes LSN %2 can be restored.",
          false}},
        {5011,
         {14, 5,
          "User does not have permission to alter database '%1', the database does not exist, or the "
          "database is not in a state that allows access checks.",
          false}},
        {5052, {16, 1, "%1 is not permitted while a database is in the %2 state.", false}},
        {5060,
         {10, 1, "Nonqualified transactions are being rolled back. Estimated rollback completion: %1%.",
          false}},
        {5064,
         {16, 1,
          "Changes to the state or options of database '%1' cannot be made at this time. The database is in "
          "single-user mode, and a user is currently connected to it.",
          false}},
        {5069, {16, 1, "ALTER DATABASE statement failed.", false}},
        {5070,
         {16, 2, "Database state cannot be changed while other users are using the database '%1'", false}},
        {5133,
         {16, 1, "Directory lookup for the file \"%1\" failed with the operating system error %2.", false}},
        {5701, {10, 1, "Changed database context to '%1'.", false}},
        {5703, {10, 1, "Changed language setting to %1.", false}},
        {6104, {16, 1, "Cannot use KILL to kill your own process.", false}},
        {6106, {16, 2, "Process ID %1 is not an active process ID.", false}},
        {6107, {14, 1, "Only user processes can be killed.", false}},
        {8114, {16, 5, "Error converting data type %1 to %2.", false}},
        {8134, {16, 1, "Divide by zero error encountered.", false}},
        {8144, {16, 2, "Procedure or function %1 has too many arguments specified.", false}},
        {8145, {16, 2, "%1 is not a parameter for procedure %2.", false}},
        {8164, {16, 1, "An INSERT EXEC statement cannot be nested.", false}},
        {8169,
         {16, 2, "Conversion failed when converting from a character string to uniqueidentifier.", false}},
        {8178,
         {16, 1, "The parameterized query '%1' expects the parameter '%2', which was not supplied.", false}},
        {8179, {16, 1, "Could not find prepared statement with handle %1.", false}},
        // sys.messages says 10; sp_start_job raises it with RAISERROR(14243, 0, 1, ...), and severity 0 is
        // what a client receives.
        {14243, {0, 1, "Job '%1' started successfully.", false}},
        {14262, {16, 1, "The specified %1 ('%2') does not exist.", false}},
        {15010,
         {16, 1,
          "The database '%1' does not exist. Supply a valid database name. To see available databases, use "
          "sys.databases.",
          false}},
        {15247, {16, 1, "User does not have permission to perform this action.", false}},
        // sp_cursorfetch on a handle the session does not hold (the documentation's severity: 10).
        {16950, {10, 2, "The variable '%1' does not currently have a cursor allocated to it.", false}},
        // The template is 'Login failed for user '%.*ls'.%.*ls%.*ls': the reason and the client address
        // follow in newer versions; SQL Server 2012 sends the client only the first sentence.
        {18456, {14, 1, "Login failed for user '%1'.", false}},
        // Not in the documentation's tables: msdb's sp_start_job (and the other Agent procedures) raise it
        // when the Agent service is stopped; public material quotes it as "SQLServerAgent is not currently
        // running so it cannot be notified of this action. (Microsoft SQL Server, Error: 22022)",
        // severity 16.
        {22022,
         {16, 1, "SQLServerAgent is not currently running so it cannot be notified of this action.", false}},
        {32009, {16, 1, "A log shipping primary entry already exists for database %1.", false}},
        {32010, {16, 1, "Database %1 does not exist as log shipping primary.", false}},
        {32012, {16, 1, "Secondary %1.%2 already exists for primary %3.", false}},
        {32014, {16, 1, "Database %1 does not exist as log shipping secondary.", false}},
        {32015,
         {16, 1, "The primary database %1 cannot have SIMPLE recovery for log shipping to work properly.",
          false}},
        {32022,
         {16, 1,
          "Cannot add a log shipping job with name %1. A job with same name already exists in the system and "
          "this job does not belong to log shipping category.",
          false}},
        {32023,
         {16, 1,
          "An entry for primary server %1, primary database %2 does not exist on this secondary. Register "
          "the "
          "primary first.",
          false}},
        {32024, {16, 1, "An entry for primary server %1, primary database %2 already exists.", false}},
        // RAISERROR with a message text instead of a number: SQL Server raises it as 50000 with that text.
        {50000, {16, 1, "%1", false}},
    };
    return t;
}

} // namespace

SqlError SqlMessages::error(int number, const QStringList& args, int state)
{
    return SqlError(number, severity(number), state < 0 ? SqlMessages::state(number) : state,
                    text(number, args), abortsBatch(number));
}

QString SqlMessages::text(int number, const QStringList& args)
{
    const QString s = templateText(number);
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

int SqlMessages::state(int number)
{
    const auto& t = table();
    auto it = t.find(number);
    return it == t.end() ? 1 : it->second.state;
}

QList<int> SqlMessages::numbers()
{
    QList<int> out;
    for (const auto& [number, entry] : table())
        out.append(number);
    return out;
}

QString SqlMessages::templateText(int number)
{
    const auto& t = table();
    auto it = t.find(number);
    // A number without an entry is a bug of the lab; the catalog test keeps every raised number listed.
    return it == t.end() ? QStringLiteral("Message %1").arg(number) : QString::fromUtf8(it->second.text);
}

bool SqlMessages::abortsBatch(int number)
{
    const auto& t = table();
    auto it = t.find(number);
    return it != t.end() && it->second.abortsBatch;
}

} // namespace pchatlab
