// The mirroring cmdlets of the lab shell (Install-CsMirrorDatabase in its ByDatabase parameter set,
// Get-CsDatabaseMirrorState): parameter binding as PowerShell does it, the instances through the lab.
#pragma once

#include "lab/shell/cmdlethost.h"

namespace pchatlab {

class MirrorDatabaseCmdlets
{
public:
    explicit MirrorDatabaseCmdlets(CmdletHost& host)
        : m_host(host)
    {
    }

    // The cmdlet's name as the module spells it, or empty when the family has no such cmdlet.
    static QString canonicalName(const QString& name);
    bool run(const QString& canonical, const PowerShellStatement& statement);

private:
    bool install(const PowerShellStatement& statement);
    bool getState(const PowerShellStatement& statement);
    // -DatabaseType: PersistentChat or PersistentChatCompliance; writes the binding error otherwise.
    bool databaseType(const CmdletBinder& binder, const QString& cmdlet, const QString& errorIdSuffix,
                      QString* value);
    // The lab's answer, with the cmdlet's own error record for a refusal.
    std::optional<QJsonObject> request(const QJsonObject& request, const QString& cmdlet,
                                       const QString& errorIdSuffix, const PowerShellStatement& statement);

    CmdletHost& m_host;
};

} // namespace pchatlab
