#include "failovertrainingnotes.h"

namespace pchat {

TrainingNote FailoverTrainingNotes::forStep(StepId step)
{
    switch (step) {
    case StepId::FailoverRemoveLogShipping:
        return removeLogShipping();
    case StepId::FailoverCopyBackups:
        return copyBackups();
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

} // namespace pchat
