// The Lync Server Management Shell side of the plan: steps 1, 6 and 7.
#pragma once

#include "activeserver.h"

#include <QList>
#include <QString>

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

    bool operator==(const LyncSettings&) const = default;
};

} // namespace pchat
