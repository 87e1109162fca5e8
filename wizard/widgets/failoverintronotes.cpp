#include "failoverintronotes.h"

#include "trainingnotes.h"

namespace pchat {

// From Microsoft's failover procedure (TechNet JJ204772) and its notes; names of the training lab.

TrainingNote FailoverIntroNotes::welcome()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>The primary data center is lost: its SQL Server instances do not answer and the Persistent "
           "Chat "
           "pool is down. The failover lets the backup data center serve the pool: log shipping of "
           "<code>mgc</code> is removed on the backup instance, the last log backups are copied and applied, "
           "mgc is brought online, the pool is set to <b>FailedOver</b>, the new primary mgc is mirrored, "
           "and "
           "the servers of the backup data center become the active servers.</p>") +
        tr("<p><b>mgccomp is not failed over.</b> Only mgc is log-shipped; the compliance database's "
           "contents "
           "are transient, and the procedure leaves the compliance adapter's output to the administrator: "
           "compliance data not yet processed by the adapter before the disaster must be recovered from the "
           "adapter's own output, not from this failover.</p>");
    note.whatYouWouldSee = tr(
        "<p><b>SSMS</b> on the backup instance PCSQL02\\PCHAT: <code>mgc (Restoring...)</code>, the "
        "log-shipping secondary. Connecting to PCSQL01\\PCHAT fails. <b>Lync Server Management Shell</b>, "
        "<code>Get-CsPersistentChatState</code>: <code>PoolState : Normal</code> (the pool still points at "
        "the lost primary).</p>");
    note.whatCanGoWrong = {
        {tr("The primary instance answers."),
         tr("Then the primary data center is not lost. Preflight warns; a failover loses what the primary "
            "wrote after its last log backup. Stop and clarify before you go on.")},
        {tr("mgc on the backup instance is ONLINE."),
         tr("Preflight says whether it was failed over already or never log-shipped; in the second case the "
            "plan names the wrong backup instance.")},
    };
    return note;
}

TrainingNote FailoverIntroNotes::preflight()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>Preflight reads, and changes nothing. For the failover it expects the primary instance "
           "<b>not</b> to answer and says so as a finding. It checks the backup instance and its login, SQL "
           "Server Agent and its account's access to the share and the copy folder, that mgc is RESTORING or "
           "STANDBY, and that the log backups in the copy folder and the share continue mgc's chain.</p>");
    note.whatYouWouldSee = tr(
        "<p>In SSMS: <code>EXEC master.sys.xp_dirtree N'\\\\FS01\\PChatLogShip', 1, 1;</code> lists the log "
        "backups, <code>RESTORE HEADERONLY</code> shows each one's FirstLSN and LastLSN; each backup's "
        "FirstLSN must not be later than the previous one's LastLSN.</p>");
    note.whatCanGoWrong = {
        {tr("<i>Gap in the log chain</i>: a log backup is missing."),
         tr("Find the missing file (the primary's backup folder, a file backup of the share) and put it into "
            "the share. Without it mgc can only be brought online at the gap, and what came after is lost.")},
        {tr("The share is not visible to the backup instance."),
         tr("Grant the SQL Server Agent account of the backup instance read access to the share.")},
    };
    return note;
}

TrainingNote FailoverIntroNotes::environment()
{
    TrainingNote note = TrainingNotes::environmentTools();
    note.whatAndWhy =
        tr("<p>This page names everything the failover touches. The <b>backup instance</b> (lab: "
           "PCSQL02\\PCHAT) holds the log-shipped copy of mgc that becomes the new primary database; the "
           "<b>primary instance</b> (lab: PCSQL01\\PCHAT) is the lost one, which the wizard only checks "
           "for not answering. Enter the names as <code>SELECT @@SERVERNAME</code> returns them.</p>") +
        tr("<p>Steps 2 and 3 read the log backups from the <b>log-shipping share</b> (lab: "
           "<code>\\\\FS01\\PChatLogShip</code>) and the <b>copy folder</b> (lab: "
           "<code>E:\\PChatLSCopy</code>), as the backup instance's service account sees them. The "
           "<b>Failover</b> tab holds what only the failover reads: the server and instance of the new "
           "primary and of its mirror (lab: PCSQL02M\\PCHAT) for <code>Install-CsMirrorDatabase</code>, "
           "its file share, and the active servers of the backup data center.</p>");
    return note;
}

TrainingNote FailoverIntroNotes::summary()
{
    TrainingNote note;
    note.whatAndWhy =
        tr("<p>After step 7 the pool runs in the backup data center: the backup instance serves mgc "
           "ONLINE, mirrored to the backup data center's mirror instance, the pool is <b>FailedOver</b>, "
           "and the active servers are those of the backup data center. What the primary wrote after the "
           "last log backup that step 3 applied is lost; the report names that recovery point. mgccomp "
           "was not failed over.</p>") +
        tr("<p>Once the primary data center is rebuilt, the failback returns the pool to it. The table lists "
           "each step, where it runs and its state. <b>Export scripts</b> writes the procedure as scripts, "
           "one file per step in run order, each naming the instance or shell it must run on.</p>");
    note.whatYouWouldSee =
        tr("<p>A check after the failover: <code>Get-CsPersistentChatState</code> shows <code>PoolState : "
           "FailedOver</code>, and <code>Get-CsDatabaseMirrorState</code> shows mgc with the backup "
           "instance as principal. In SSMS the backup instance shows <code>mgc (Principal, "
           "Synchronized)</code>; it has no log-shipping jobs for mgc any more.</p>");
    note.whatCanGoWrong = {
        TrainingNotes::exportPitfall(),
        {tr("The primary instance answers again before its data center was rebuilt."),
         tr("Do not let it serve the pool: its mgc is older than the backup's now. The failback starts "
            "from rebuilt primary databases, as Topology Builder creates them.")},
    };
    return note;
}

} // namespace pchat
