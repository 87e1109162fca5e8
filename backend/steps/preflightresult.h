// The result of one Preflight check: pass, warning (to be acknowledged) or fail (blocks Next), what was found
// and the remedy, in the user's language.
#pragma once

#include <QMetaType>
#include <QString>

namespace pchat {

struct PreflightResult
{
    enum Status
    {
        Pass,
        Warning,
        Fail,
    };

    // The check's id (PreflightCheck::id), e.g. "backup.agent".
    QString id;
    Status status = Fail;
    QString found;
    // Empty when the check passed.
    QString remedy;
};

} // namespace pchat

Q_DECLARE_METATYPE(pchat::PreflightResult)
