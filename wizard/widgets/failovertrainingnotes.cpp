#include "failovertrainingnotes.h"

namespace pchat {

TrainingNote FailoverTrainingNotes::forStep(StepId step)
{
    switch (step) {
    case StepId::FailoverRemoveLogShipping:
        return removeLogShipping();
    case StepId::FailoverCopyBackups:
        return copyBackups();
    case StepId::FailoverApplyLogs:
        return applyLogs();
    case StepId::FailoverBringOnline:
        return bringOnline();
    default:
        return {};
    }
}

TrainingNote FailoverTrainingNotes::removeLogShipping()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>Until the disaster the backup mgc was log shipping's <b>secondary</b>: the Agent's copy job "
           "copied each log backup from the share to the copy folder, the restore job applied it WITH "
           "NORECOVERY. The primary data center is gone, so those jobs have nothing more to do, and they "
           "must "
           "not touch mgc once it is brought online. The procedure removes log shipping first, on the backup "
           "instance: <code>exec sp_delete_log_shipping_secondary_database mgc</code>.</p>") +
        tr("<p>The procedure deletes the secondary's rows in msdb and, with the last secondary database of "
           "the primary, the copy and restore jobs. The database itself stays RESTORING (or STANDBY). "
           "Afterwards msdb no longer knows the <b>last copied</b> and <b>last restored</b> file: the wizard "
           "reads them from <code>log_shipping_monitor_secondary</code> before the removal and keeps them on "
           "the page, in the audit trail and in the report. Steps 2 and 3 start from them.</p>");
    note.whatYouWouldSee =
        tr("<p><b>SSMS:</b> the report <i>Transaction Log Shipping Status</i> on the backup instance shows "
           "<i>Last Copied File</i> and <i>Last Restored File</i>; the database's Properties page "
           "<i>Transaction Log Shipping</i> on the primary would remove the secondary with <b>Remove</b>, "
           "but the primary is unreachable. Under SQL Server Agent &gt; Jobs the jobs "
           "<code>LSCopy_…</code> and <code>LSRestore_…</code> disappear; <code>LSAlert_…</code> stays.</p>"
           "<pre>SELECT last_copied_file, last_restored_file\nFROM msdb.dbo.log_shipping_monitor_secondary\n"
           "WHERE secondary_database = N'mgc';</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Msg 32014: Database mgc does not exist as log shipping secondary.</i>"),
         tr("Log shipping is already removed, by an earlier run or by hand. Nothing to do: the wizard reads "
            "msdb first and shows the step as done; what log shipping knew is then gone from msdb.")},
        {tr("<i>Msg 229: The EXECUTE permission was denied on the object "
            "'sp_delete_log_shipping_secondary_database'.</i>"),
         tr("Only members of sysadmin may run it. Connect with a sysadmin login and Retry.")},
    };
    return note;
}

TrainingNote FailoverTrainingNotes::copyBackups()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>When the primary data center went down, some log backups were already on the share but the "
           "copy job had not copied them yet. Every one of them holds transactions the backup mgc does not "
           "have: step 3 must apply them all, in sequence. The wizard lists the database's "
           "<code>&lt;db&gt;_&lt;yyyyMMddHHmmss&gt;.trn</code> files on the share that the copy folder "
           "lacks, "
           "as the backup instance's service account sees both folders.</p>") +
        tr("<p>The procedure says to copy them into the copy folder. Since the secondary's SQL Server Agent "
           "account must read the share anyway (the procedure's IMPORTANT note), restoring them directly "
           "from "
           "the share is just as good and saves the copy: choose one. The choice is recorded, and step 3 "
           "reads "
           "the files where it says.</p>");
    note.whatYouWouldSee =
        tr("<p><b>Explorer</b> on the backup server: the share and the copy folder side by side, the newest "
           "files only on the share. The wizard shows a ready command, e.g.</p>"
           "<pre>robocopy '\\\\FS01\\PChatLogShip' 'E:\\PChatLSCopy' 'mgc_20260504130500.trn' /COPY:DAT /R:2 "
           "/W:5 /NP</pre><p>robocopy ends with exit code 1 when it copied files; 8 and above mean a "
           "failure. Verify lists both folders again.</p>");
    note.whatCanGoWrong = {
        {tr("The share lists no files, and reading one gives <i>Msg 3201: Cannot open backup device "
            "'\\\\FS01\\PChatLogShip\\…'. Operating system error 5(Access is denied.)</i>"),
         tr("xp_dirtree lists a folder it cannot read as empty, without an error; the wizard then reads a "
            "file "
            "there to get SQL Server's reason. The SQL Server service account and the Agent account of the "
            "backup instance need Read on the share (share and folder permissions). Grant it, then "
            "Re-check.")},
        {tr("After robocopy, Verify still lists files as not copied."),
         tr("robocopy ran as an account that cannot read the share or write the copy folder (exit code 8 or "
            "more), or into another folder. Check its output and the folder names, then run it again.")},
    };
    return note;
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
