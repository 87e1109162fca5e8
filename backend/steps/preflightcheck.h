// The checks the Preflight page runs before anything changes: what each verifies, where, and its exact text.
#pragma once

#include "plan/plan.h"
#include "scriptpart.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pchat {

struct PreflightCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)

public:
    // Stable key for tests, logs and the audit trail, e.g. "backup.sysadmin".
    QString id;
    // What the check verifies, in the user's language.
    QString title;
    ScriptTarget target = ScriptTarget::BackupInstance;
    // The read-only T-SQL or PowerShell it runs.
    QString text;

    // Every check in the order the page shows them.
    static QList<PreflightCheck> all(const Plan& plan);
};

} // namespace pchat
