// Import-Module in the lab shell: loads the Lync or SkypeForBusiness module (by name or manifest path), or
// fails as a missing module when the lab's cmdlet fault strikes it.
#pragma once

#include "lab/shell/cmdlethost.h"

namespace pchatlab {

class ImportModuleCmdlet
{
public:
    static const QString commandName;

    explicit ImportModuleCmdlet(CmdletHost& host)
        : m_host(host)
    {
    }

    bool run(const PowerShellStatement& statement);

private:
    CmdletHost& m_host;
};

} // namespace pchatlab
