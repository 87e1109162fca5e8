// One problem found in a plan, tied to the field (its JSON path) that must change.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct ValidationIssue
{
    // JSON path of the field, e.g. "backupInstance.name" or "lync.activeServers[1].fqdn".
    QString field;
    // What is wrong and how to fix it, in the user's language.
    QString message;

    bool operator==(const ValidationIssue&) const = default;
};

using ValidationIssues = QList<ValidationIssue>;

} // namespace pchat
