// Who runs a failback where and how: the facts every event of a run carries and run-started records.
#pragma once

#include "journal.h"

#include <QJsonObject>
#include <QString>

namespace pchat {

struct RunInfo
{
    QString operatorName;
    QString host;
    Journal::Mode mode = Journal::Mode::Production;
    QString language;
    QString version;
    QString procedure = AuditProcedure::Default; // Procedure::name()
    QString pool;                                   // names the run folder
    QJsonObject plan;        // without passwords (PlanJson never writes them; Journal redacts them anyway)
    bool unattended = false; // --unattended: no screens, so the report explains why it has no screenshots

    // The operator's account and this computer's name, as the system reports them.
    static RunInfo current();
    // The operator's account: USERNAME/USER/LOGNAME (with USERDOMAIN), else the account the operating system
    // runs this process as; never empty.
    static QString currentOperator();
};

} // namespace pchat
