// Where the audit folders of runs go: --audit-dir, else the saved setting, else a folder in the user's
// documents.
#pragma once

#include <QString>

namespace pchat {

class AuditSettings
{
public:
    // commandLineRoot wins when given (and is not saved: one run's choice).
    static QString root(const QString& commandLineRoot = {});
    static QString savedRoot();
    static void saveRoot(const QString& root);
    static QString defaultRoot();
};

} // namespace pchat
