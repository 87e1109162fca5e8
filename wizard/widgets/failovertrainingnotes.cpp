#include "failovertrainingnotes.h"

namespace pchat {

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

TrainingNote FailoverTrainingNotes::poolState()
{
    TrainingNote note;
    note.whatAndWhy = tr(
        "<p>With mgc online on the backup instance, the pool is told to use it:</p>"
        "<pre>Set-CsPersistentChatState `\n  -Identity 'PersistentChatServer:pchat.contoso.com' `\n"
        "  -PoolState FailedOver</pre>"
        "<p><b>FailedOver</b>: the pool uses the backup databases defined in the topology; the mgc backup "
        "database now serves as the primary database. The wizard then runs "
        "<code>Get-CsPersistentChatState</code> and counts the step done only when the pool reads "
        "FailedOver. The failback's last step is the same command with <code>-PoolState Normal</code>.</p>");
    note.whatYouWouldSee =
        tr("<p><code>Set-CsPersistentChatState</code> writes nothing on success. "
           "<code>Get-CsPersistentChatState -Identity 'PersistentChatServer:pchat.contoso.com'</code> then "
           "shows:</p><pre>Identity  : PersistentChatServer:pchat.contoso.com\nPoolState : FailedOver</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Set-CsPersistentChatState : Management object not found for identity \"service: "
            "pchat.contoso.com\".</i>"),
         tr("The shell does not know that form of the identity. Click Read pools and double-click the "
            "pool.")},
        {tr("The pool is already FailedOver when the page opens."),
         tr("The wizard shows the step as already done and runs nothing.")},
        {tr("The pool reads FailedOver, but clients cannot post: mgc on the backup instance is still "
            "RESTORING."),
         tr("Step 4 (RESTORE DATABASE ... WITH RECOVERY) has not run or failed: go back and bring mgc "
            "online.")},
    };
    return note;
}

TrainingNote FailoverTrainingNotes::installMirror()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>The new primary mgc has no mirror yet. <code>Install-CsMirrorDatabase</code> establishes it, "
           "once per database type: <code>PersistentChat</code> (mgc) and "
           "<code>PersistentChatCompliance</code> "
           "(mgccomp). <code>-SqlServerFqdn</code> and <code>-SqlInstanceName</code> name the "
           "<b>principal</b> "
           "(the backup instance); the mirror is the one Topology Builder defines for the backup store, "
           "PCSQL02M\\PCHAT in the lab, not the mirror the primary had. The databases are exported to "
           "<code>-FileShare</code> and imported on the mirror.</p>") +
        tr("<p>This leaves exactly the mirroring that the failback's step 2 removes. A database already "
           "mirrored to that mirror is skipped, so a second run changes nothing.</p>");
    note.whatYouWouldSee =
        tr("<p><code>Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com</code> per database:</p>"
           "<pre>DatabaseName               : mgc\nStateOnPrimary             : Principal\n"
           "StateOnMirror              : Mirror\nMirroringStatusOnPrimary   : Synchronized\n"
           "MirroringStatusOnSecondary : Synchronized</pre>") +
        tr("<p><b>SSMS Object Explorer</b> on PCSQL02\\PCHAT: <code>mgc (Principal, Synchronized)</code>; "
           "database properties, page <b>Mirroring</b>: the mirror server "
           "TCP://pcsql02m.contoso.com:5022.</p>");
    note.whatCanGoWrong = {
        {tr("<i>Install-CsMirrorDatabase : Command execution failed: Cannot connect to SQL Server "
            "\"PCSQL02M.contoso.com\\PCHAT\".</i>"),
         tr("The mirror instance does not answer: start its SQL Server service, check the firewall (1433 "
            "and the mirroring endpoint 5022), then run the step again. The step installs only what is "
            "missing.")},
        {tr("<i>Command execution failed: Database mgc already exists. Use -DropExistingDatabasesOnMirror to "
            "replace it.</i>"),
         tr("An old copy lies on the mirror. If it is not needed, tick \"Drop existing databases on the "
            "mirror\" and run again.")},
        {tr("<i>Cannot access the file share ...</i>"),
         tr("Give the SQL Server service accounts of the principal and the mirror read and write permissions "
            "on the share.")},
    };
    return note;
}

TrainingNote FailoverTrainingNotes::setActiveServers()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>The servers of the lost data center are still the active servers. The servers of the backup "
           "data center replace them:</p><pre>Set-CsPersistentChatActiveServer `\n"
           "  -Identity 'PChatServerCollection' `\n"
           "  -ActiveServers @{Replace='PCHAT03.contoso.com','PCHAT04.contoso.com'}</pre>") +
        tr("<p><b>Important</b> (the procedure): all active servers must be located within the same data "
           "center as the new primary database, or in a data center that has a low-latency, high-bandwidth "
           "connection to it. The wizard refuses a server that the plan places in the primary data "
           "center.</p>");
    note.whatYouWouldSee =
        tr("<p>The cmdlet writes nothing on success, and no Get- cmdlet reads the list back: the Persistent "
           "Chat clients connect again through the servers listed. At this point the failover is "
           "complete.</p>");
    note.whatCanGoWrong = {
        {tr("A server of the primary data center is in the list."),
         tr("The plan check names it: remove it. It would serve users across the WAN from the new primary "
            "database.")},
        {tr("<i>Set-CsPersistentChatActiveServer : ... is not a Persistent Chat server of this pool.</i>"),
         tr("Check the FQDN against Get-CsService -PersistentChatServer and correct it.")},
    };
    return note;
}

} // namespace pchat
