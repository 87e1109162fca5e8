#include "failoverpreflightevaluator.h"

#include "backend/shell/shellresult.h"
#include "backend/sql/lsn.h"
#include "preflightevaluator.h"
#include "resultvalues.h"
#include "shellstep.h"

namespace pchat {

namespace {

bool same(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

PreflightResult verdict(PreflightResult::Status status, const QString& found, const QString& remedy = {})
{
    return {QString(), status, found, remedy};
}

int rowOf(const StatementResult& rows, const QString& database)
{
    for (int row = 0; row < rows.rows.size(); ++row) {
        if (same(ResultValues::text(rows.value(row, QStringLiteral("name"))), database))
            return row;
    }
    return -1;
}

// "mgc_20260504130000.trn" from a path, for a sentence.
QString fileOf(const LogBackupFile& file)
{
    return ResultValues::windowsFileName(file.path);
}

} // namespace

PreflightResult FailoverPreflightEvaluator::primaryDown(const Plan& plan, const SqlMessages& openError)
{
    const QString reason = openError.isEmpty() || openError.constFirst().text.isEmpty()
                               ? tr("no reply")
                               : openError.constFirst().text;
    return verdict(PreflightResult::Pass,
                   tr("%1 does not answer (%2): the primary data center is down, as the failover expects.")
                       .arg(plan.primaryInstance.name, reason));
}

PreflightResult FailoverPreflightEvaluator::primaryAnswers(const Plan& plan, const StatementResult& rows)
{
    const QString version = rows.rows.isEmpty()
                                ? tr("unknown")
                                : ResultValues::text(rows.value(0, QStringLiteral("product_version")));
    return verdict(
        PreflightResult::Warning,
        tr("%1 answers (SQL Server %2): the primary data center is not down.")
            .arg(plan.primaryInstance.name, version),
        tr("A failover is for a primary data center that is lost: it makes the backup instance serve the "
           "pool, "
           "and what the primary wrote after its last log backup is lost. Make sure the failover is decided "
           "(the change and the owners of Lync Server agree) before you continue; if the primary is only "
           "unreachable from some places, fix the network instead."));
}

PreflightResult FailoverPreflightEvaluator::secondaryMgc(const Plan& plan, const StatementResult& databases,
                                                         const StatementResult& history)
{
    const QString& mgc = plan.mgcDatabase;
    const QString& instance = plan.backupInstance.name;
    const int row = rowOf(databases, mgc);
    if (row < 0) {
        return verdict(PreflightResult::Fail, tr("%1 does not exist on %2").arg(mgc, instance),
                       tr("Enter the instance that receives the log shipping of %1 (the log-shipping "
                          "secondary in the backup data center) as the backup instance, and check the "
                          "database name in the plan.")
                           .arg(mgc));
    }
    const QString state = ResultValues::text(databases.value(row, QStringLiteral("state_desc")));
    const bool standby = ResultValues::flag(databases.value(row, QStringLiteral("is_in_standby")));
    const int compRow = rowOf(databases, plan.mgccompDatabase);
    // mgccomp is not failed over: its state is told, never judged.
    const QString compliance =
        compRow < 0 ? tr("%1 is not on this instance (it is not failed over)").arg(plan.mgccompDatabase)
                    : tr("%1: %2 (it is not failed over)")
                          .arg(plan.mgccompDatabase,
                               ResultValues::text(databases.value(compRow, QStringLiteral("state_desc"))));
    const QString shown = standby ? tr("STANDBY (read-only)") : state;
    const QString found = tr("%1: %2; %3").arg(mgc, shown, compliance);
    if (standby || same(state, QLatin1String("RESTORING")))
        return verdict(PreflightResult::Pass, found);
    const bool logShipped =
        !history.rows.isEmpty() &&
        (ResultValues::integer(history.value(0, QStringLiteral("log_shipping_rows"))) > 0 ||
         ResultValues::integer(history.value(0, QStringLiteral("restores"))) > 0);
    if (same(state, QLatin1String("ONLINE")) && logShipped) {
        return verdict(PreflightResult::Warning,
                       tr("%1; it was restored here and is online: it was failed over already").arg(found),
                       tr("%1 was a log-shipping secondary on %2 and has been brought online (RESTORE ... "
                          "WITH RECOVERY): "
                          "steps 1 to 4 of the failover have run, or someone recovered it by hand. No "
                          "further log backup "
                          "can be applied to it; the failover's later steps continue from here.")
                           .arg(mgc, instance));
    }
    if (same(state, QLatin1String("ONLINE"))) {
        return verdict(PreflightResult::Fail,
                       tr("%1; it was never restored here: it was never log-shipped").arg(found),
                       tr("%1 on %2 is an ordinary online database with no log shipping and no restore "
                          "history: it is not "
                          "the copy of the primary's %1. Enter the log-shipping secondary of the backup data "
                          "center as the "
                          "backup instance.")
                           .arg(mgc, instance));
    }
    return verdict(PreflightResult::Fail, found,
                   tr("%1 must be RESTORING or STANDBY (the log-shipping secondary): bring it to a state SQL "
                      "Server reports as usable (see the SQL Server error log of %2) before the failover.")
                       .arg(mgc, instance));
}

PreflightResult FailoverPreflightEvaluator::logChain(const Plan& plan, const LogChainPlan& chain, int found)
{
    const QString& mgc = plan.mgcDatabase;
    if (!chain.redoPointKnown) {
        return verdict(
            PreflightResult::Warning,
            tr("The redo point of %1 is not readable (it is online, or its files are unknown): the "
               "chain was not checked.")
                .arg(mgc),
            tr("See the row of %1 above: only a RESTORING or STANDBY database takes log backups.").arg(mgc));
    }
    if (chain.hasGap) {
        return verdict(
            PreflightResult::Fail,
            tr("Gap in the log chain of %1: no log backup holds the LSNs from %2 to %3; %n backup(s) after "
               "it "
               "cannot be restored.",
               nullptr, int(chain.afterGap.size()))
                .arg(mgc, chain.gapFromLsn, chain.gapToLsn),
            tr("Find the log backup that starts at LSN %1 (the primary's backup folder, an earlier copy, a "
               "file "
               "backup of the share) and put it into the share or the copy folder, then Re-check. Without "
               "it, "
               "step 4 can bring %2 online only at LSN %1: everything the primary wrote after it is lost.")
                .arg(chain.gapFromLsn, mgc));
    }
    if (found == 0) {
        return verdict(
            PreflightResult::Warning,
            tr("No log backup of %1 in the copy folder or the share (as the backup instance sees them).")
                .arg(mgc),
            tr("Check the rows of the share and the copy folder: xp_dirtree lists nothing for a folder the "
               "service account cannot read. If both are readable and empty, %1 has every log backup there "
               "is.")
                .arg(mgc));
    }
    QString text =
        chain.toApply.isEmpty()
            ? tr("%n log backup(s) found, every one already applied to %1.", nullptr, found).arg(mgc)
            : tr("%n log backup(s) to apply in order, %1 to %2, up to LSN %3", nullptr,
                 int(chain.toApply.size()))
                  .arg(fileOf(chain.toApply.constFirst()), fileOf(chain.toApply.constLast()), chain.nextLsn);
    if (!chain.toApply.isEmpty() && !chain.alreadyApplied.isEmpty())
        text += u' ' + tr("(%n already applied)", nullptr, int(chain.alreadyApplied.size()));
    if (!chain.invalid.isEmpty()) {
        return verdict(
            PreflightResult::Warning,
            text + u' ' + tr("%n file(s) with an unreadable header.", nullptr, int(chain.invalid.size())),
            tr("A log backup whose LSNs cannot be read is skipped; check %1 with RESTORE HEADERONLY.")
                .arg(fileOf(chain.invalid.constFirst())));
    }
    return verdict(PreflightResult::Pass, text);
}

PreflightResult FailoverPreflightEvaluator::poolNotFailedOver(const Plan& plan, const ShellResult& result)
{
    if (!result.ok)
        return verdict(PreflightResult::Fail, result.errorText(), ShellStep::remedyFor(result, plan.lync));
    return PreflightEvaluator::poolIn(plan, result, QLatin1String("Normal"), QLatin1String("FailedOver"),
                                      tr("The pool is failed over already: step 5 will find it done. Make "
                                         "sure the backup mgc serves it before you continue."));
}

} // namespace pchat
