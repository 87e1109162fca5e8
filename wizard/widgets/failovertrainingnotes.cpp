#include "failovertrainingnotes.h"

namespace pchat {

TrainingNote FailoverTrainingNotes::forStep(StepId step)
{
    switch (step) {
    case StepId::FailoverPoolState:
        return poolState();
    case StepId::FailoverInstallMirror:
        return installMirror();
    case StepId::FailoverSetActiveServers:
        return setActiveServers();
    default:
        break;
    }
    return {};
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
