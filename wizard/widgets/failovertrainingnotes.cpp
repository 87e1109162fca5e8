#include "failovertrainingnotes.h"

namespace pchat {

TrainingNote FailoverTrainingNotes::forStep(StepId step)
{
    switch (step) {
    case StepId::FailoverApplyLogs:
        return applyLogs();
    case StepId::FailoverBringOnline:
        return bringOnline();
    default:
        break;
    }
    return {};
}

TrainingNote FailoverTrainingNotes::applyLogs()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>Log shipping kept the backup <code>mgc</code> RESTORING and fed it the primary's log backups "
           "one after another. When the primary data center went down, some backups were restored, some "
           "only copied, some still on the share. Every one of them that the database lacks is restored now, "
           "oldest first, <b>WITH NORECOVERY</b>, so that the database can take the next one.</p>") +
        tr("<p>A log backup covers an LSN range: <code>FirstLSN</code> up to <code>LastLSN</code>. The "
           "database knows where its next roll forward starts (<code>redo_start_lsn</code> in "
           "<code>sys.master_files</code>); SQL Server restores a backup only if that LSN lies in its range. "
           "The wizard reads every file's header, sorts them by LSN, skips what the database has, and finds "
           "a gap before it restores anything.</p>");
    note.whatYouWouldSee = tr(
        "<p>In SSMS: Tasks &gt; Restore &gt; Transaction Log, once per file, with \"RESTORE WITH "
        "NORECOVERY\". In a query window:</p><pre>RESTORE HEADERONLY FROM DISK = N'E:\\PChatLSCopy\\"
        "mgc_20261204150000.trn';\nRESTORE LOG [mgc] FROM DISK = N'E:\\PChatLSCopy\\mgc_20261204150000.trn'"
        "\nWITH FILE = 1, NORECOVERY, STATS = 10;</pre><p>Each restore reports \"Processed n pages\", its "
        "percent steps and \"RESTORE LOG successfully processed\". The database stays RESTORING.</p>");
    note.whatCanGoWrong = {
        {tr("Msg 4305: \"The log in this backup set begins at LSN x, which is too recent to apply to the "
            "database. An earlier log backup that includes LSN y can be restored.\""),
         tr("A log backup between y and x is missing: look for it on the share, in the primary's backup "
            "folder or in another copy. Without it the database can only be brought online at y; what the "
            "primary wrote after it is lost.")},
        {tr("Msg 4326: \"The log in this backup set terminates at LSN x, which is too early to apply to the "
            "database.\""),
         tr("The database has this backup already (the restore job got there first). Nothing is lost; the "
            "wizard skips it.")},
        {tr("Msg 3117: \"The log or differential backup cannot be restored because no files are ready to "
            "rollforward.\""),
         tr("The database was recovered (RESTORE WITH RECOVERY, or someone brought it online): no log backup "
            "can be restored any more. The failover goes on with step 4's state.")},
        {tr("Msg 3101: \"Exclusive access could not be obtained because the database is in use.\""),
         tr("A session uses mgc (in STANDBY mode it is readable): end it, then run the step again.")},
    };
    return note;
}

TrainingNote FailoverTrainingNotes::bringOnline()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>With every log backup restored, <code>RESTORE DATABASE [mgc] WITH RECOVERY</code> ends the "
           "restore sequence: uncommitted transactions are rolled back and the database comes ONLINE. From "
           "then on no further log backup can be restored into it, so this is a commit page: you type the "
           "database and the instance.</p>") +
        tr("<p>The <b>recovery point</b> is the end of the last log backup restored. What the primary wrote "
           "after it (the rest of its log, never backed up) is lost: the page and the report state that "
           "point, so that users can be told which messages to post again. mgccomp is not failed over.</p>");
    note.whatYouWouldSee =
        tr("<p>The procedure says: run <code>sp_who2</code>, end the sessions in mgc with <code>KILL</code>, "
           "then recover:</p><pre>EXEC sp_who2;\nKILL 57;\nRESTORE DATABASE [mgc] WITH RECOVERY;\nSELECT "
           "state_desc FROM sys.databases WHERE name = N'mgc';</pre><p>The last query shows ONLINE.</p>");
    note.whatCanGoWrong = {
        {tr("Msg 3101: \"Exclusive access could not be obtained because the database is in use.\""),
         tr("A session holds mgc, or came back after KILL: an application reconnects. Stop it on its host "
            "(the page shows host and program), end the session, and run the step again.")},
        {tr("Msg 6106: \"Process ID n is not an active process ID.\""),
         tr("The session ended by itself meanwhile; nothing to do.")},
        {tr("Msg 3153 (on a database that is ONLINE already): \"The database is already fully recovered.\""),
         tr("The step was done before; the wizard reports it as already done.")},
    };
    return note;
}

} // namespace pchat
