// The Lync Server Management Shell side of the plan: steps 1, 6 and 7.
#pragma once

#include "activeserver.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pchat {

enum class ShellModule
{
    Lync,
    SkypeForBusiness
};

struct LyncSettings
{
    ShellModule module = ShellModule::Lync;
    QString activeServerCollection = QStringLiteral("PChatServerCollection");
    QString poolIdentity;
    QString primaryDataCenter;
    QList<ActiveServer> activeServers;
    // How the management shell is started: a setting, so that training and tests run `pchat-lab shell` and an
    // administrator can point it at a remote-session script. The commands follow as -EncodedCommand.
    QString shellProgram = QStringLiteral("powershell.exe");
    QStringList shellArguments{QStringLiteral("-NoLogo"), QStringLiteral("-NoProfile"),
                               QStringLiteral("-NonInteractive")};
    // The shell is killed after this long (a hanging cmdlet must not hold the wizard forever).
    int shellTimeoutSeconds = 120;

    // The FQDNs of activeServers, in order: what step 6 adds to the collection.
    QStringList activeServerFqdns() const
    {
        QStringList fqdns;
        for (const ActiveServer& server : activeServers)
            fqdns << server.fqdn;
        return fqdns;
    }

    bool operator==(const LyncSettings&) const = default;
};

} // namespace pchat
