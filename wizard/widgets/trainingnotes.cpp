#include "trainingnotes.h"

#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"
#include "failbackintronotes.h"
#include "failoverintronotes.h"
#include "failovertrainingnotes.h"
#include "wizard/failbackwizard.h"

namespace pchat {

// The facts come from the seed (TechNet JJ204970), its English original, the failover and log-shipping pages
// it points to, the cmdlet reference and the SQL Server notes; error numbers and remedies match what the
// wizard's steps and ErrorAdvice report, so that the trainee meets the same words on the page. Examples use
// the training lab's names (PCSQL01\PCHAT primary, PCSQL02\PCHAT backup, \\FS01\PChatLogShip).

namespace {

using NoteSource = TrainingNote (*)();

// One row per action: StepIds are unique across procedures, so the failback's and the failover's steps share
// the table.
struct StepNote
{
    StepId step;
    NoteSource note;
};

// The pages every procedure's wizard has; their notes are the procedure's own where its story differs.
struct FixedPageNote
{
    QLatin1String procedure;
    int pageId;
    NoteSource note;
};

} // namespace

TrainingNotes::Note TrainingNotes::forStep(StepId step)
{
    static const StepNote notes[] = {
        {StepId::ClearActiveServers, &TrainingNotes::clearActiveServers},
        {StepId::RemoveMirroring, &TrainingNotes::removeMirroring},
        {StepId::BackupMgc, &TrainingNotes::backup},
        {StepId::RestorePrimary, &TrainingNotes::restore},
        {StepId::LogShipping, &TrainingNotes::logShipping},
        {StepId::SetActiveServers, &TrainingNotes::setActiveServers},
        {StepId::PoolNormal, &TrainingNotes::poolNormal},
        {StepId::FailoverRemoveLogShipping, &FailoverTrainingNotes::removeLogShipping},
        {StepId::FailoverCopyBackups, &FailoverTrainingNotes::copyBackups},
        {StepId::FailoverApplyLogs, &FailoverTrainingNotes::applyLogs},
        {StepId::FailoverBringOnline, &FailoverTrainingNotes::bringOnline},
        {StepId::FailoverPoolState, &FailoverTrainingNotes::poolState},
        {StepId::FailoverInstallMirror, &FailoverTrainingNotes::installMirror},
        {StepId::FailoverSetActiveServers, &FailoverTrainingNotes::setActiveServers},
    };
    for (const StepNote& row : notes) {
        if (row.step == step)
            return row.note();
    }
    return {};
}

TrainingNotes::Note TrainingNotes::forPage(const Procedure& procedure, int pageId)
{
    const int action = pageId - FailbackWizard::actionPageId(0);
    if (action >= 0 && action < procedure.actions().size())
        return forStep(procedure.actions().at(action).id);
    // The Summary follows the procedure's last action.
    const int summaryPage = -1;
    static const FixedPageNote notes[] = {
        {AuditProcedure::Failback, FailbackWizard::WelcomePageId, &FailbackIntroNotes::welcome},
        {AuditProcedure::Failback, FailbackWizard::EnvironmentPageId, &TrainingNotes::environment},
        {AuditProcedure::Failback, FailbackWizard::PreflightPageId, &FailbackIntroNotes::preflight},
        {AuditProcedure::Failback, summaryPage, &TrainingNotes::summary},
        {AuditProcedure::Failover, FailbackWizard::WelcomePageId, &FailoverIntroNotes::welcome},
        {AuditProcedure::Failover, FailbackWizard::EnvironmentPageId, &FailoverIntroNotes::environment},
        {AuditProcedure::Failover, FailbackWizard::PreflightPageId, &FailoverIntroNotes::preflight},
        {AuditProcedure::Failover, summaryPage, &FailoverIntroNotes::summary},
    };
    if (pageId < 0)
        return {};
    const int key =
        pageId == FailbackWizard::actionPageId(int(procedure.actions().size())) ? summaryPage : pageId;
    for (const FixedPageNote& row : notes) {
        if (row.pageId == key && procedure.name() == row.procedure)
            return row.note();
    }
    return {};
}

TrainingNotes::Note TrainingNotes::forPage(int pageId)
{
    return forPage(Procedure::failback(), pageId);
}

TrainingNotes::Note TrainingNotes::environment()
{
    Note note;
    note.whatAndWhy =
        tr("<p>This page names everything the failback touches. The <b>backup instance</b> serves mgc since "
           "the failover (lab: PCSQL02\\PCHAT); the <b>primary instance</b> is the rebuilt one whose mgc "
           "step 4 "
           "overwrites (lab: PCSQL01\\PCHAT). A wrong name here means the wrong database overwritten: enter "
           "the names as <code>SELECT @@SERVERNAME</code> returns them.</p>") +
        tr("<p>The <b>log-shipping share</b> (lab: <code>\\\\FS01\\PChatLogShip</code>) is the seed's share "
           "location established for log shipping: both instances reach it, so step 3 writes the backup "
           "there "
           "and step 4 reads it. The <b>copy folder</b> (lab: <code>E:\\PChatLSCopy</code>) on the backup "
           "server receives the log backups that log shipping copies. The <b>Lync Server</b> tab holds the "
           "shell module (<code>Lync</code> for 2013, <code>SkypeForBusiness</code> for 2015), the active "
           "server collection, the pool identity and the primary data center.</p>");
    const Note tools = environmentTools();
    note.whatYouWouldSee = tools.whatYouWouldSee;
    note.whatCanGoWrong = tools.whatCanGoWrong;
    return note;
}

TrainingNotes::Note TrainingNotes::environmentTools()
{
    Note note;
    note.whatYouWouldSee =
        tr("<p><b>SSMS, Connect to Server:</b> Server type Database Engine, Server name "
           "<code>PCSQL01\\PCHAT</code>, Authentication Windows or SQL Server Authentication with Login and "
           "Password. <b>Test connection</b> here does the same and also tells whether the login is "
           "sysadmin, "
           "which every SQL step needs.</p>") +
        tr("<p><b>Lync shell:</b> <code>Get-CsService -PersistentChatServer</code> lists the Persistent Chat "
           "pools; take the identity from its output:</p>"
           "<pre>Identity : PersistentChatServer:pchat.contoso.com</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Msg 18456, Level 14: Login failed for user 'CONTOSO\\trainee'.</i>"),
         tr("Check the login and the password. A SQL Server login needs SQL Server authentication enabled on "
            "the instance (mixed mode); with Windows authentication your account needs a login on the "
            "instance, member of sysadmin.")},
        {tr("<i>Login timeout expired</i> or <i>Named Pipes Provider: Could not open a connection to SQL "
            "Server</i>."),
         tr("Check the name and port (host,port or host\\instance), that the SQL Server service runs, the "
            "firewall, and for a named instance without a port the SQL Server Browser service (UDP 1434).")},
        {tr("<i>SSL Provider: The certificate chain was issued by an authority that is not trusted.</i>"),
         tr("Install the issuing authority's certificate in this computer's trusted root store, or tick "
            "<b>Trust server certificate</b>, but only where you trust the network.")},
        {tr("Later, in the shell: <i>Management object not found for identity \"…\".</i>"),
         tr("Microsoft's pages write the pool as <code>service:pool</code>, "
            "<code>PersistentChatServer:pool</code> "
            "and even <code>\"service: pool\"</code>; the collection is <code>global</code> in the Lync 2013 "
            "examples and <code>PChatServerCollection</code> in the current documentation. Use what the "
            "shell "
            "lists.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::clearActiveServers()
{
    Note note;
    note.whatAndWhy =
        tr("<p>In the Lync Server Management Shell the step runs:</p>"
           "<pre>Set-CsPersistentChatActiveServer `\n  -Identity 'PChatServerCollection' `\n"
           "  -ActiveServers $Null</pre>"
           "<p><code>$Null</code> empties the Active Server list. Only an active server accepts new client "
           "connections; with the list empty, no Persistent Chat Server connects to the mgc and mgccomp "
           "databases during the failback, so nothing changes them while they are backed up, restored and "
           "overwritten. Users have no Persistent Chat from now until steps 6 and 7.</p>") +
        tr("<p>The seed adds an <b>IMPORTANT</b> note here: SQL Server Agent on the secondary back-end "
           "server "
           "(the backup instance) must run under a privileged account with <b>read access to the network "
           "share</b> the backups are placed in and <b>write access to the local folder</b> they are copied "
           "to. In step 5 that Agent runs the copy job, which reads the log backups from the share and "
           "writes "
           "them to the copy folder.</p>");
    note.whatYouWouldSee = tr(
        "<p>On success the cmdlet writes nothing: the shell returns to the prompt. No Get- cmdlet for the "
        "list is documented, so you read the Messages and tick <b>The cmdlet's output above shows that the "
        "Active Server list is now empty</b>. An error comes as a PowerShell error record:</p>"
        "<pre>Set-CsPersistentChatActiveServer : &lt;message&gt;\nAt line:1 char:1\n"
        "+ Set-CsPersistentChatActiveServer …\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
        "    + CategoryInfo          : …\n    + FullyQualifiedErrorId : …</pre>");
    note.whatCanGoWrong = {
        {tr("<i>The term 'Set-CsPersistentChatActiveServer' is not recognized as the name of a cmdlet, "
            "function, script file, or operable program.</i> (CommandNotFoundException)"),
         tr("The module is not loaded: the shell must import <code>Lync</code> (Lync Server 2013) or "
            "<code>SkypeForBusiness</code> (2015), chosen on the Environment page, and your account must be "
            "a "
            "member of RTCUniversalServerAdmins or CsAdministrator.")},
        {tr("<i>Import-Module : The specified module 'Lync' was not loaded because no valid module file was "
            "found in any module directory.</i>"),
         tr("The Lync Server administrative tools are not installed where the shell runs. Run the wizard on "
            "a "
            "server with them, or choose the other module.")},
        {tr("<i>Set-CsPersistentChatActiveServer : Management object not found for identity "
            "\"PChatServerCollection\".</i> (ObjectNotFound)"),
         tr("The collection identity does not fit your version: the Lync 2013 examples use "
            "<code>global</code>, "
            "the current documentation <code>PChatServerCollection</code>. Correct it on the Environment "
            "page "
            "and Retry.")},
        {tr("The step fails after the shell timeout, without an error."),
         tr("The shell waits for input, e.g. a confirmation prompt or a credential dialog. Remove the cause "
            "or "
            "raise the shell timeout in the plan.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::removeMirroring()
{
    Note note;
    note.whatAndWhy =
        tr("<p>During the failover <code>Install-CsMirrorDatabase</code> gave the backup mgc its own mirror "
           "(lab: PCSQL02M\\PCHAT). This step removes that mirroring from <b>mgc</b> and then <b>mgccomp</b> "
           "on "
           "the backup instance. mgc must be unmirrored because in step 5 it becomes the log-shipping "
           "secondary "
           "and is overwritten by a restore WITH NORECOVERY, and a mirrored database cannot be restored (Msg "
           "3104). mgccomp is neither failed over nor log-shipped, but the seed removes its mirroring "
           "too.</p>") +
        tr("<p>The wizard runs <code>ALTER DATABASE [mgc] SET PARTNER OFF;</code>, the same for mgccomp, and "
           "then checks <code>sys.database_mirroring</code>: <code>mirroring_guid</code> must be NULL. "
           "Removing "
           "mirroring ends the partnership on both partners; the former mirror copies stay RESTORING on the "
           "mirror server. A database that is already unmirrored counts as done.</p>");
    note.whatYouWouldSee =
        tr("<p><b>SSMS:</b> right-click mgc &gt; <b>Tasks</b> &gt; <b>Mirror</b> opens Database Properties "
           "on "
           "the <b>Mirroring</b> page: the server network addresses of principal, mirror and witness (e.g. "
           "<code>TCP://pcsql02m.contoso.com:5022</code>), the operating mode and the status, e.g. "
           "<i>Synchronized: the databases are fully synchronized</i>. <b>Remove Mirroring</b> asks for "
           "confirmation, and so does the wizard before Run.</p>") +
        tr("<p>Afterwards Object Explorer shows plain <code>mgc</code> on the backup instance instead of "
           "<code>mgc (Principal, Synchronized)</code>, and <code>mgc (Restoring...)</code> on the mirror "
           "server. This query then returns no rows:</p>"
           "<pre>SELECT DB_NAME(database_id), mirroring_role_desc\nFROM sys.database_mirroring\n"
           "WHERE mirroring_guid IS NOT NULL;</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Msg 1416, Level 16: Database \"mgc\" is not configured for database mirroring.</i>"),
         tr("Mirroring is already removed, by an earlier run or by hand. Nothing to do: the wizard reads the "
            "state first and shows the database as done.")},
        {tr("<i>Msg 15247: User does not have permission to perform this action.</i>"),
         tr("Removing mirroring needs ALTER on the database; the procedure uses a sysadmin login. Connect "
            "with "
            "one and Retry.")},
        {tr("The table shows the role MIRROR on the backup instance."),
         tr("The plan names the instance that holds the mirror copy (e.g. PCSQL02M) instead of the one that "
            "serves the pool. Correct the backup instance on the Environment page.")},
        {tr("<i>Msg 1418: The server network address \"TCP://…\" can not be reached or does not exist.</i>"),
         tr("This belongs to setting mirroring up (<code>SET PARTNER = 'TCP://…'</code>), not to removing "
            "it: "
            "SET PARTNER OFF does not need the partner to answer. Check the endpoint address, port and "
            "firewall, "
            "and whether mirroring should be set up at all.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::backup()
{
    Note note;
    note.whatAndWhy =
        tr("<p>A full backup of <b>mgc</b> on the backup instance: since the failover it is the only copy of "
           "everything users posted. The file goes to the log-shipping share because both instances reach "
           "it, "
           "so step 4 restores it on the primary from the same path. The Active Server list is empty (step "
           "1), "
           "so no Persistent Chat Server writes to mgc meanwhile.</p>") +
        tr("<p>The wizard runs, as SSMS would script it:</p>"
           "<pre>BACKUP DATABASE [mgc]\nTO DISK =\nN'\\\\FS01\\PChatLogShip\\mgc_failback.bak'\n"
           "WITH NOFORMAT, INIT,\n NAME = N'mgc-Full Database Backup',\n SKIP, NOREWIND, NOUNLOAD, STATS = "
           "10;"
           "</pre><p>SQL Server writes the file with <b>its service account</b> (lab: "
           "CONTOSO\\svc-pchat-sql), "
           "not with yours. Done means a new full backup in <code>msdb.dbo.backupset</code>.</p>");
    note.whatYouWouldSee =
        tr("<p><b>SSMS:</b> right-click mgc &gt; <b>Tasks</b> &gt; <b>Back Up…</b> opens <b>Back Up "
           "Database</b>: Backup type <b>Full</b>, Backup component <b>Database</b>, Backup set Name "
           "(default "
           "<code>mgc-Full Database Backup</code>) and Description; under Destination you <b>Remove</b> the "
           "default location (…\\MSSQL\\Backup\\mgc.bak) and <b>Add</b> the file on the share.</p>") +
        tr("<p>Messages while it runs:</p>"
           "<pre>10 percent processed.\n20 percent processed.\n…\n"
           "Processed 51650 pages for database 'mgc', file 'mgc' on file 1.\n"
           "Processed 2 pages for database 'mgc', file 'mgc_log' on file 1.\n"
           "BACKUP DATABASE successfully processed 51652 pages in 6.543 seconds (61.670 MB/sec).</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Msg 3201: Cannot open backup device '\\\\FS01\\PChatLogShip\\mgc_failback.bak'. Operating "
            "system "
            "error 5(Access is denied.)</i>, then <i>Msg 3013: BACKUP DATABASE is terminating "
            "abnormally.</i>"),
         tr("The SQL Server service account of the backup instance may not write to the share. Grant that "
            "account (not your own) Change on the share and Modify on the folder, then Retry. 3013 only says "
            "that the backup stopped; the message before it gives the cause.")},
        {tr("Msg 3201 with <i>Operating system error 3(The system cannot find the path specified.)</i> or "
            "<i>53(The network path was not found.)</i>"),
         tr("The share or folder name is wrong, or the server cannot reach the file server. Check the path "
            "as "
            "the server sees it (Preflight's share row).")},
        {tr("<i>Msg 3202: Write on '\\\\FS01\\PChatLogShip\\mgc_failback.bak' failed: 112(There is not "
            "enough "
            "space on the disk.)</i>"),
         tr("The share has no room for the backup. Free space, or choose another folder that both instances "
            "reach.")},
        {tr("The connection breaks during the backup (<i>Communication link failure</i>, SQLSTATE 08S01)."),
         tr("SQL Server aborts a backup whose client is gone; the file is not usable. The wizard reads the "
            "state "
            "on a new connection and marks the step failed: Retry once the network is back.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::restore()
{
    Note note;
    note.whatAndWhy =
        tr("<p>On the <b>primary</b> instance the step 3 file is restored over the mgc that Topology Builder "
           "created. <b>Overwrite the existing database (WITH REPLACE)</b> is required: that mgc is another "
           "database with the same name, and without REPLACE SQL Server refuses with Msg 3154. <b>Leave the "
           "database ready to use (RESTORE WITH RECOVERY)</b> brings it ONLINE. This is a commit page: you "
           "type "
           "the database and the instance, and the wizard cannot go back past it.</p>") +
        tr("<p>The page reads the backup sets in the file (<code>RESTORE HEADERONLY</code>), then runs:</p>"
           "<pre>RESTORE DATABASE [mgc]\nFROM DISK =\nN'\\\\FS01\\PChatLogShip\\mgc_failback.bak'\n"
           "WITH FILE = 1, NOUNLOAD, REPLACE, RECOVERY, STATS = 5;</pre>"
           "<p>Close existing connections adds <code>ALTER DATABASE [mgc] SET SINGLE_USER WITH ROLLBACK "
           "IMMEDIATE</code> before it. Done means mgc is ONLINE and <code>msdb.dbo.restorehistory</code> "
           "records the restore.</p>");
    note.whatYouWouldSee =
        tr("<p><b>SSMS:</b> right-click mgc &gt; <b>Tasks</b> &gt; <b>Restore</b> &gt; <b>Database…</b> "
           "opens "
           "<b>Restore Database</b>. <b>General</b>: <b>From device</b>, the <b>…</b> button opens "
           "<b>Specify "
           "Backup</b> (Backup media: File, <b>Add</b> the step 3 file); tick the full backup under "
           "<b>Select "
           "the backup sets to restore</b>. <b>Options</b>: <b>Overwrite the existing database (WITH "
           "REPLACE)</b> and the recovery state <b>RESTORE WITH RECOVERY</b>.</p>") +
        tr("<p>Messages while it runs:</p>"
           "<pre>5 percent processed.\n…\nProcessed 51650 pages for database 'mgc', file 'mgc' on file 1.\n"
           "RESTORE DATABASE successfully processed 51652 pages in 9.120 seconds (44.245 MB/sec).</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Msg 3101: Exclusive access could not be obtained because the database is in use.</i>, then "
            "<i>Msg 3013: RESTORE DATABASE is terminating abnormally.</i>"),
         tr("Other sessions use mgc on the primary (a Persistent Chat service, a query window). Tick "
            "<b>Close "
            "existing connections</b> or end the sessions the findings list, then Retry.")},
        {tr("<i>Msg 3104: RESTORE cannot operate on database 'mgc' because it is configured for database "
            "mirroring…</i>"),
         tr("mgc on the primary is mirrored (e.g. to PCSQL01M). Remove its mirroring first (Tasks &gt; "
            "Mirror "
            "&gt; Remove Mirroring), then Retry.")},
        {tr("<i>Msg 3156: File 'mgc' cannot be restored to 'D:\\Data\\mgc.mdf'. Use WITH MOVE to identify a "
            "valid location for the file.</i>"),
         tr("That folder does not exist on the primary. On the Options tab, under <b>Restore the database "
            "files "
            "as</b>, give each file a path in the primary's data or log folder.")},
        {tr("The connection breaks during the restore (<i>Communication link failure</i>, SQLSTATE 08S01)."),
         tr("mgc is left RESTORING, unusable. The wizard reads the state on a new connection; Retry restores "
            "it "
            "completely.")},
        {tr("Later: <i>Msg 15517: Cannot execute as the database principal because the principal \"dbo\" "
            "does "
            "not exist, this type of principal cannot be impersonated, or you do not have permission.</i>"),
         tr("After a restore onto another instance the owner recorded in master can differ from dbo inside "
            "mgc. Set a valid owner: <code>ALTER AUTHORIZATION ON DATABASE::[mgc] TO [login];</code>")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::logShipping()
{
    Note note;
    note.whatAndWhy =
        tr("<p>The primary mgc ships its transaction log to the backup instance again, as before the "
           "disaster: "
           "the backup instance becomes the <b>secondary</b>, ready for the next failover. The wizard does "
           "what the HA/DR procedure does in SSMS, in this order:</p>"
           "<ol><li><b>Initialize the secondary:</b> a full backup of the primary mgc to the share, restored "
           "on "
           "the backup instance WITH NORECOVERY. It overwrites the mgc that served the pool since the "
           "failover "
           "(its content is on the primary since step 4).</li>"
           "<li><b>Primary:</b> <code>sp_add_log_shipping_primary_database</code> creates the backup job "
           "<code>LSBackup_mgc</code>, which writes log backups to the share.</li>"
           "<li><b>Secondary:</b> <code>sp_add_log_shipping_secondary_primary</code> and "
           "<code>…_secondary_database</code> create the copy job <code>LSCopy_…_mgc</code> (share to copy "
           "folder) and the restore job <code>LSRestore_…_mgc</code> (No recovery mode).</li></ol>") +
        tr("<p>Rights: the copy job runs as the <b>SQL Server Agent account of the backup instance</b> and "
           "needs <b>read on the share</b> and <b>write on the copy folder</b>, the seed's IMPORTANT note "
           "from "
           "step 1. <b>Wait for the first log backup, copy and restore</b> runs the three jobs once and "
           "shows "
           "that a log really arrived.</p>");
    note.whatYouWouldSee =
        tr("<p><b>SSMS</b>, Database Properties of mgc, page Transaction Log Shipping: <b>Enable this as a "
           "primary database in a log shipping configuration</b>, <b>Backup Settings</b> (network path to "
           "the "
           "backup folder, backup job schedule), and under <b>Secondary server instances and databases</b> "
           "the "
           "tabs <b>Initialize Secondary Database</b>, <b>Copy Files</b> and <b>Restore Transaction "
           "Log</b>.</p>") +
        tr("<p>Afterwards SQL Server Agent &gt; Jobs lists <code>LSBackup_mgc</code> on the primary and "
           "<code>LSCopy_…</code> and <code>LSRestore_…</code> on the backup instance, where Object Explorer "
           "shows "
           "<code>mgc (Restoring...)</code>. The wizard checks the rows in "
           "<code>msdb.dbo.log_shipping_*</code> "
           "and that the jobs are enabled and scheduled.</p>");
    note.whatCanGoWrong = {
        {tr("<i>Msg 32015: The primary database mgc cannot have SIMPLE recovery for log shipping to work "
            "properly.</i>"),
         tr("The restore carried the backup instance's recovery model to the primary. Run <code>ALTER "
            "DATABASE "
            "[mgc] SET RECOVERY FULL;</code> on the primary, then run the step again.")},
        {tr("The LSCopy job fails; its history says <i>Executed as user: CONTOSO\\svc-pchat-agent. … Access "
            "to "
            "the path '\\\\FS01\\PChatLogShip\\…' is denied.</i>"),
         tr("The backup instance's SQL Server Agent account lacks read on the share or write on the copy "
            "folder. Grant that account (not yours), then start the job again.")},
        {tr("The LSBackup job fails with <i>Msg 3201 … Operating system error 5(Access is denied.)</i>"),
         tr("The primary's SQL Server service account may not write to the share. Grant it read and write.")},
        {tr("<i>Msg 22022: SQLServerAgent is not currently running so it cannot be notified of this "
            "action.</i>"),
         tr("Start SQL Server Agent on that instance (SQL Server Configuration Manager, start mode "
            "Automatic).")},
        {tr("The restore job reports <i>The file '…' is too recent to apply to the secondary database "
            "'mgc'.</i>"),
         tr("The secondary no longer continues the primary's log chain (a log backup was taken outside log "
            "shipping, or the secondary was recovered). Initialize it again: Generate a full backup and "
            "restore "
            "it.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::setActiveServers()
{
    Note note;
    note.whatAndWhy =
        tr("<p>With mgc ready on the primary and log-shipped, the pool gets its servers back:</p>"
           "<pre>Set-CsPersistentChatActiveServer `\n  -Identity 'PChatServerCollection' `\n"
           "  -ActiveServers @{Add=\n    'PCHAT01.contoso.com',\n    'PCHAT02.contoso.com'}</pre>"
           "<p><code>@{Add=…}</code> adds to the list without replacing it. Active servers accept new client "
           "connections; the others keep existing connections but accept no new ones.</p>") +
        tr("<p>The seed's <b>IMPORTANT</b> note: all active servers must be in the same data center as the "
           "new "
           "primary database, or in one with a low-latency, high-bandwidth connection to it; otherwise every "
           "request crosses the WAN. The wizard makes you acknowledge each server outside the primary data "
           "center. Run step 7 straight after: until the pool is Normal it still uses the backup databases, "
           "and the backup mgc is now a restoring log-shipping secondary.</p>");
    note.whatYouWouldSee = tr(
        "<p>On success the cmdlet writes nothing, and no Get- cmdlet reads the list back. The wizard "
        "reports <i>Added PCHAT01.contoso.com, PCHAT02.contoso.com to the active servers (output: none)</i>. "
        "<b>Command</b> shows the exact line before you run it. To see which servers belong to the pool, "
        "<code>Get-CsPool -Identity pchat.contoso.com</code> lists them under Computers.</p>");
    note.whatCanGoWrong = {
        {tr("The cmdlet refuses an FQDN with an error that names it (a typo, a short name, a server of "
            "another "
            "pool)."),
         tr("Enter the FQDNs exactly as the topology lists the pool's Persistent Chat Servers, then Retry.")},
        {tr("<i>PCHAT03.contoso.com is not in the primary data center DC1.</i>"),
         tr("Make only servers of the primary data center active. Acknowledge a server elsewhere only if its "
            "connection to the primary database is low-latency and high-bandwidth.")},
        {tr("<i>CommandNotFoundException</i>, or the module does not load."),
         tr("As in step 1: the shell must load the Lync or SkypeForBusiness module, and your account must be "
            "a member of RTCUniversalServerAdmins or CsAdministrator.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::poolNormal()
{
    Note note;
    note.whatAndWhy =
        tr("<p>The last command returns the pool to its normal state:</p>"
           "<pre>Set-CsPersistentChatState `\n  -Identity 'PersistentChatServer:pchat.contoso.com' `\n"
           "  -PoolState Normal</pre>"
           "<p><b>Normal</b>: the pool uses its primary databases; <b>FailedOver</b>: it uses the backup "
           "databases defined in the topology. Changing the pool state changes the state of every server in "
           "the pool. The wizard then runs <code>Get-CsPersistentChatState</code> and counts the step done "
           "only "
           "when the pool reads Normal.</p>") +
        tr("<p>Microsoft's pages write the identity differently: the seed <code>\"service: "
           "lyncpc.dci.discovery.com\"</code> (with a space), the failover page "
           "<code>service:atl-cs-001.litwareinc.com</code>, the cmdlet reference "
           "<code>PersistentChatServer:…</code>. Use the form that <b>Read pools "
           "(Get-CsPersistentChatState)</b> "
           "lists: double-click a pool to take it.</p>");
    note.whatYouWouldSee =
        tr("<p><code>Set-CsPersistentChatState</code> writes nothing on success. "
           "<code>Get-CsPersistentChatState "
           "-Identity 'PersistentChatServer:pchat.contoso.com'</code> then shows:</p>"
           "<pre>Identity  : PersistentChatServer:pchat.contoso.com\nPoolState : Normal</pre>");
    note.whatCanGoWrong = {
        {tr("<i>Set-CsPersistentChatState : Management object not found for identity \"service: "
            "pchat.contoso.com\".</i>"),
         tr("The shell does not know that form of the identity. Click Read pools and double-click the "
            "pool.")},
        {tr("<i>Cannot bind parameter 'PoolState'. Cannot convert value \"Norma\" …</i>"),
         tr("-PoolState accepts only Normal or FailedOver. The wizard always writes Normal; this happens "
            "when "
            "the command is typed by hand.")},
        {tr("The command ends without an error, but Get-CsPersistentChatState still shows FailedOver."),
         tr("The wizard marks the step failed. Run Set-CsPersistentChatState in the management shell "
            "yourself, "
            "read the full error record, fix the cause and Retry.")},
        {tr("The pool is already Normal when the page opens."),
         tr("The wizard shows the step as already done and runs nothing.")},
    };
    return note;
}

TrainingNotes::Note TrainingNotes::summary()
{
    Note note;
    note.whatAndWhy =
        tr("<p>After step 7 the configuration is as before the disaster: the primary instance serves mgc, "
           "log "
           "shipping runs from the primary to the backup instance, the active servers are in the primary "
           "data "
           "center, and the pool is Normal. The table lists each step, where it runs and its state. "
           "<b>Export "
           "scripts</b> writes the procedure as scripts, one file per step in run order, each naming the "
           "instance or shell it must run on: evidence for the change record, or a step to run by "
           "hand.</p>") +
        tr("<p>Not part of the seed's procedure: the former mirror copies of mgc and mgccomp stay RESTORING "
           "on "
           "the backup's mirror server, and the primary's own mirror is not set up again. If your design "
           "mirrors the primary, that is a separate change (<code>Install-CsMirrorDatabase</code>).</p>");
    note.whatYouWouldSee =
        tr("<p>A check after the failback: <code>Get-CsPersistentChatState</code> shows <code>PoolState : "
           "Normal</code>. In SSMS the primary shows mgc ONLINE and the job <code>LSBackup_mgc</code>; the "
           "backup instance shows <code>mgc (Restoring...)</code> with <code>LSCopy_…</code> and "
           "<code>LSRestore_…</code>. Right-click an instance &gt; Reports &gt; Standard Reports &gt; "
           "<b>Transaction Log Shipping Status</b> shows the last backup, copy and restore and whether a "
           "threshold was exceeded.</p>");
    note.whatCanGoWrong = {
        exportPitfall(),
        {tr("Hours later, alert 14420: <i>The log shipping primary database … has backup threshold of 60 "
            "minutes and has not performed a backup log operation for … minutes.</i>"),
         tr("LSBackup_mgc does not run or fails: check SQL Server Agent on the primary and the job's history "
            "(View History); most often the rights on the share.")},
        {tr("Alert 14421: <i>The log shipping secondary database … has restore threshold of 45 minutes and "
            "is "
            "out of sync.</i>"),
         tr("LSCopy or LSRestore fails on the backup instance: read their history; most often the Agent "
            "account's rights on the share or the copy folder.")},
    };
    return note;
}

TrainingNotes::Note::Pitfall TrainingNotes::exportPitfall()
{
    return {
        tr("<i>Nothing was exported:</i> followed by the problems."),
        tr("The plan holds values the scripts cannot be made from, or the folder cannot be written. Correct "
           "what the lines name, then Export scripts again.")};
}

} // namespace pchat
