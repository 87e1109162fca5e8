#include "proceduretexts.h"

#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"

namespace pchat {

ProcedureTexts ProcedureTexts::of(const Procedure& procedure)
{
    using Entry = ProcedureTexts (*)(const Procedure&);
    static const std::pair<QLatin1String, Entry> entries[] = {
        {AuditProcedure::Failback, &ProcedureTexts::failback},
        {AuditProcedure::Failover, &ProcedureTexts::failover},
    };
    for (const auto& [name, entry] : entries) {
        if (procedure.name() == name)
            return entry(procedure);
    }
    return failback(procedure);
}

ProcedureTexts ProcedureTexts::failback(const Procedure&)
{
    ProcedureTexts texts;
    texts.welcomeTitle = tr("Fail back Persistent Chat Server");
    texts.welcomeSubTitle =
        tr("Restore normal operation in the primary data center after a Persistent Chat Server failover.");
    texts.welcomeIntro = tr(
        "<p>This wizard walks you through the failback of a Lync Server 2013 / Skype for Business Server "
        "2015 Persistent Chat pool, page by page, as Microsoft's procedure describes it: clear the Active "
        "Server list, remove mirroring on the backup instance, back up mgc to the log-shipping share, "
        "restore it over the primary mgc, configure log shipping again, set the active servers, and return "
        "the pool to Normal.</p><p>Every page shows the exact T-SQL or PowerShell it stands for (Script). "
        "Check each value before you go on: the restore and the log-shipping initialization overwrite "
        "databases.</p>");
    texts.assumptions = QStringList{
        tr("The primary data center has recovered from the total outage and its servers have been rebuilt."),
        tr("The mgc and mgccomp databases in the primary data center were rebuilt and reinstalled with "
           "Topology Builder."),
        tr("No new mirror or backup servers were deployed during the failover: the only servers deployed "
           "are the backup server and its mirror."),
        tr("The pool currently runs in the FailedOver state on the backup database."),
        tr("The change is approved and the users know that Persistent Chat is unavailable during the "
           "failback.")};
    texts.preflightIntro =
        tr("Before step 1 the wizard checks everything it can without changing anything: connectivity, "
           "permissions, versions, database states, mirroring, recovery models, SQL Server Agent and its "
           "account, the share and the copy folder as each service account sees them, free space, and the "
           "pool state. A failed check blocks the failback; a warning must be acknowledged.");
    texts.preflightAcknowledge = tr("I have read the warnings and accept them for this failback.");
    texts.summarySubTitle = tr("The steps of the failback and what became of them.");
    texts.summaryIntro =
        tr("What became of each step of the failback. Finish closes the run; when it is recorded, the "
           "wizard then writes its report into the audit folder. The whole procedure can also be exported "
           "as scripts, one file per step in run order, each naming the instance or shell it must run on.");
    texts.cycleWaiting = tr("Once every step of the failback is done, the cycle can start over here.");
    texts.cycleDone =
        tr("The pool is back in the primary data center: the cycle is complete. \"Start over with the "
           "failover\" closes this run, writes its report, and opens the failover's Welcome page; the lab "
           "returns to normal operation with log shipping, ready for the next disaster.");
    texts.cycleButton = tr("&Start over with the failover");
    texts.auditFolderFailed =
        tr("The audit folder for this run cannot be created, so the failback cannot start: %1\n\nChoose "
           "another audit folder (--audit-dir or the setting) or free space, then try again.");
    texts.unfinishedTitle = tr("Unfinished failback");
    texts.resumeQuestion =
        tr("An unfinished failback run was found:\n%1\n\nContinue it? The wizard reloads its plan (you type "
           "the passwords again), reads the real state of every step on the servers and continues at the "
           "first step that is not done. Nothing that is in place is run again.");
    texts.unattendedSuccess = tr(
        "Failback complete: all 7 steps are done or were in place; %1 is back in its primary data center.");
    return texts;
}

ProcedureTexts ProcedureTexts::failover(const Procedure& procedure)
{
    ProcedureTexts texts;
    texts.welcomeTitle = tr("Fail over Persistent Chat Server");
    texts.welcomeSubTitle = tr(
        "Let the backup data center serve the Persistent Chat pool after the primary data center is lost.");
    texts.welcomeIntro = tr(
        "<p>This wizard walks you through the failover of a Lync Server 2013 / Skype for Business Server "
        "2015 Persistent Chat pool, as Microsoft's procedure describes it: remove log shipping from the "
        "backup mgc, copy and apply the log backups not yet applied, bring the backup mgc online, fail the "
        "pool over, mirror the new primary mgc, and set the active servers of the backup data "
        "center.</p><p><b>mgccomp is not failed over.</b> Its contents are transient; the compliance "
        "adapter's output is the administrator's responsibility. What the primary wrote after its last log "
        "backup is lost.</p>");
    texts.assumptions = QStringList{
        tr("The primary data center is down: its SQL Server instances and Persistent Chat servers do not "
           "answer, and it will not come back soon enough."),
        tr("mgc is log-shipped to the backup instance in the backup data center, and the share with the log "
           "backups is reachable from there."),
        tr("mgccomp is not failed over: I know that its contents are transient and that the compliance "
           "adapter's output is the administrator's responsibility."),
        tr("What the primary wrote after its last log backup is lost; the owners of Persistent Chat accept "
           "that."),
        tr("The failover is approved and the users know that Persistent Chat is unavailable until it is "
           "done.")};
    texts.preflightIntro =
        tr("Before step 1 the wizard checks everything the failover needs without changing anything: that "
           "the primary data center is down, the backup instance and its login, SQL Server Agent and its "
           "account, the share and the copy folder as the backup instance sees them, mgc as a log-shipping "
           "secondary, the log chain on the share, and the pool state. A failed check blocks the failover; "
           "a warning must be acknowledged.");
    texts.preflightAcknowledge = tr("I have read the warnings and accept them for this failover.");
    texts.summarySubTitle = tr("The steps of the failover and what became of them.");
    texts.summaryIntro =
        tr("What became of each step of the failover. Finish closes the run; when it is recorded, the "
           "wizard then writes its report into the audit folder. The whole procedure can also be exported "
           "as scripts, one file per step in run order, each naming the instance or shell it must run on.");
    texts.cycleWaiting = tr("Once every step of the failover is done, the failback can follow here.");
    texts.cycleDone = tr(
        "The pool now runs in the backup data center. In the cycle the failback comes next: the primary "
        "data center is rebuilt and the pool goes back to it. \"Go on with the failback\" closes this run, "
        "writes its report, and opens the failback's Welcome page, where Rebuild primary… brings the lab's "
        "primary data center back.");
    texts.cycleButton = tr("&Go on with the failback");
    texts.auditFolderFailed =
        tr("The audit folder for this run cannot be created, so the failover cannot start: %1\n\nChoose "
           "another audit folder (--audit-dir or the setting) or free space, then try again.");
    texts.unfinishedTitle = tr("Unfinished failover");
    texts.resumeQuestion =
        tr("An unfinished failover run was found:\n%1\n\nContinue it? The wizard reloads its plan (you type "
           "the passwords again), reads the real state of every step on the servers and continues at the "
           "first step that is not done. Nothing that is in place is run again.");
    texts.unattendedSuccess =
        tr("Failover complete: all %n step(s) are done or were in place; %1 is served by the backup data "
           "center.",
           "", int(procedure.actions().size()));
    return texts;
}

} // namespace pchat
