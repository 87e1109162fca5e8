#include "failbackintronotes.h"

namespace pchat {

TrainingNote FailbackIntroNotes::welcome()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>Since the disaster the Persistent Chat pool runs <b>FailedOver</b>: the backup instance in "
           "the "
           "other data center serves the <code>mgc</code> database, mirrored to its own mirror server. The "
           "failback lets the rebuilt primary data center serve the pool again: mgc is backed up on the "
           "backup "
           "instance and restored over the primary's mgc, log shipping from the primary to the backup "
           "instance "
           "is set up again, and the pool returns to <b>Normal</b>.</p>") +
        tr("<p>The boxes are the procedure's assumptions. Microsoft's text states three of them: the primary "
           "data center has recovered from the total outage, <code>mgc</code> and <code>mgccomp</code> were "
           "rebuilt and reinstalled with Topology Builder, and no new mirror or backup servers were deployed "
           "during the failover. If one is not true, this procedure does not fit: stop and clarify before "
           "you "
           "tick. From step 1 until the pool is Normal again (step 7) users have no Persistent Chat.</p>");
    note.whatYouWouldSee =
        tr("<p>No SSMS dialog belongs to this page; this is the state the failback starts from (names of the "
           "training lab). <b>Lync Server Management Shell</b>, <code>Get-CsPersistentChatState</code>:</p>"
           "<pre>Identity  : PersistentChatServer:pchat.contoso.com\nPoolState : FailedOver</pre>") +
        tr("<p><b>SSMS Object Explorer</b> on the backup instance PCSQL02\\PCHAT: <code>mgc (Principal, "
           "Synchronized)</code> and <code>mgccomp (Principal, Synchronized)</code>; on its mirror "
           "PCSQL02M\\PCHAT the same databases as <code>(Mirror, Synchronized / Restoring...)</code>. On the "
           "rebuilt primary PCSQL01\\PCHAT, mgc and mgccomp are the small, new databases Topology Builder "
           "created.</p>");
    note.whatCanGoWrong = {
        {tr("An assumption is not true, e.g. a new mirror server was deployed during the failover, or mgc on "
            "the primary was not reinstalled with Topology Builder."),
         tr("The procedure does not cover that state. Do not tick the box: stop and agree on a plan with the "
            "owners of Lync Server and SQL Server. Every tick is written to the log.")},
        {tr("<code>Get-CsPersistentChatState</code> shows <code>PoolState : Normal</code>."),
         tr("The pool already uses its primary databases: there was no failover, or someone has already "
            "failed back. Preflight reports this as a warning; find out before you change anything.")},
        {tr("After <b>Open plan…</b> every connection fails with <i>Msg 18456: Login failed for user "
            "'sa'.</i>"),
         tr("Passwords are never written to a plan file. Type them again on the Environment page.")},
    };
    return note;
}

TrainingNote FailbackIntroNotes::preflight()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>Before step 1 changes anything, the wizard reads what it can on both instances and in the "
           "shell, and changes nothing. A missing permission is cheaper to find now than in step 3, with "
           "Persistent Chat already stopped. A failed check blocks Next; a warning must be "
           "acknowledged.</p>") +
        tr("<p>Among the checks: sysadmin on both instances; the primary at least at the backup's SQL Server "
           "version (a backup cannot be restored on an older one); database states, recovery models and "
           "mirroring roles; SQL Server Agent and its account; the share and the copy folder <b>as the "
           "service "
           "accounts see them</b>: SQL Server opens them with its service account, not with yours, so your "
           "own access in Explorer proves nothing.</p>");
    note.whatYouWouldSee = tr(
        "<p>Select a row to see its query under <b>Query or command of the selected check</b>. In SSMS you "
        "would run, for example:</p>"
        "<pre>SELECT servicename, status_desc, service_account\nFROM sys.dm_server_services;</pre>"
        "<p>with a row such as <code>SQL Server Agent (PCHAT) | Running | CONTOSO\\svc-pchat-agent</code>, "
        "and</p><pre>EXEC master.dbo.xp_fileexist N'\\\\FS01\\PChatLogShip';</pre>"
        "<p>whose columns File Exists, File is a Directory and Parent Directory Exists read 0, 1, 1 for a "
        "folder the service account reaches.</p>");
    note.whatCanGoWrong = {
        {tr("The share row fails: <i>\\\\FS01\\PChatLogShip is not visible to CONTOSO\\svc-pchat-sql "
            "(xp_fileexist: not a folder)</i>."),
         tr("Grant that service account (not your own) read and write on the share and its folder, then "
            "Re-check. Left as it is, step 3 fails with <i>Msg 3201 … Operating system error 5(Access is "
            "denied.)</i>")},
        {tr("SQL Server Agent: <i>Stopped</i>."),
         tr("Start it in SQL Server Configuration Manager, start mode Automatic. Log shipping (step 5) is "
            "nothing but Agent jobs.")},
        {tr("Recovery model <i>SIMPLE</i> for mgc on the backup instance."),
         tr("The restore in step 4 carries it to the primary, and log shipping then refuses with Msg 32015. "
            "Run "
            "<code>ALTER DATABASE [mgc] SET RECOVERY FULL;</code> on the backup instance, then Re-check.")},
        {tr("Open sessions in mgc on the primary."),
         tr("The restore in step 4 fails with Msg 3101 while they are open: stop the Persistent Chat "
            "services "
            "or close the query windows, or tick Close existing connections on the restore page.")},
    };
    return note;
}

} // namespace pchat
