// The Persistent Chat cmdlets the lab shell models (Get-CsService, Get-/Set-CsPersistentChatState,
// Set-CsPersistentChatActiveServer): parameter binding as PowerShell does it, the pool through the lab.
#pragma once

#include "lab/shell/cmdlethost.h"

namespace pchatlab {

class PersistentChatCmdlets
{
public:
    explicit PersistentChatCmdlets(CmdletHost& host)
        : m_host(host)
    {
    }

    // The cmdlet's name as the module spells it, or empty when the family has no such cmdlet.
    static QString canonicalName(const QString& name);
    // Runs a cmdlet of the family, named as canonicalName() returned it.
    bool run(const QString& canonical, const PowerShellStatement& statement);

private:
    bool getService(const PowerShellStatement& statement);
    bool getState(const PowerShellStatement& statement);
    bool setState(const PowerShellStatement& statement);
    bool setActiveServers(const PowerShellStatement& statement);

    CmdletHost& m_host;
};

} // namespace pchatlab
