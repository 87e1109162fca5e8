#include "logbackupchain.h"

#include "backend/sql/lsn.h"

#include <algorithm>

namespace pchat {

namespace {

constexpr int logBackupType = 2;

bool hasValidRange(const BackupSetInfo& set)
{
    return Lsn::isValid(set.firstLsn) && Lsn::isValid(set.lastLsn) &&
           Lsn::compare(set.firstLsn, set.lastLsn) <= 0;
}

} // namespace

LogChainPlan LogBackupChain::plan(const LogBackupFiles& files, const QString& redoStartLsn)
{
    LogChainPlan plan;
    if (!Lsn::isValid(redoStartLsn))
        return plan;
    plan.redoPointKnown = true;
    const QString redo = Lsn::normalized(redoStartLsn);

    LogBackupFiles candidates;
    for (const LogBackupFile& file : files) {
        if (file.set.type != logBackupType)
            plan.notLogBackups << file;
        else if (!hasValidRange(file.set))
            plan.invalid << file;
        else
            candidates << file;
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const LogBackupFile& a, const LogBackupFile& b) {
                         const int first = Lsn::compare(a.set.firstLsn, b.set.firstLsn);
                         return first != 0 ? first < 0 : Lsn::compare(a.set.lastLsn, b.set.lastLsn) < 0;
                     });

    QString next = redo;
    for (const LogBackupFile& file : std::as_const(candidates)) {
        if (plan.hasGap) {
            plan.afterGap << file;
        } else if (Lsn::compare(file.set.lastLsn, redo) <= 0) {
            plan.alreadyApplied << file;
        } else if (Lsn::compare(file.set.lastLsn, next) <= 0) {
            plan.duplicates << file;
        } else if (Lsn::compare(file.set.firstLsn, next) <= 0) {
            plan.toApply << file;
            next = Lsn::normalized(file.set.lastLsn);
        } else {
            // Sorted by FirstLSN: no later backup begins early enough either.
            plan.hasGap = true;
            plan.gapFromLsn = next;
            plan.gapToLsn = Lsn::normalized(file.set.firstLsn);
            plan.afterGap << file;
        }
    }
    plan.nextLsn = next;
    return plan;
}

} // namespace pchat
