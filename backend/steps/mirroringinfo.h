// The mirroring of one database as sys.database_mirroring shows it (step 2's page lists one per database).
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct MirroringInfo
{
    QString database;
    // False when the instance has no database of that name.
    bool exists = false;
    // mirroring_guid IS NOT NULL
    bool mirrored = false;
    QString role;            // PRINCIPAL, MIRROR
    QString state;           // SYNCHRONIZED, SUSPENDED, DISCONNECTED ...
    QString partnerName;     // TCP://host:port
    QString partnerInstance; // the partner's instance name
    QString witnessName;     // empty without a witness

    bool operator==(const MirroringInfo&) const = default;
};

using MirroringInfos = QList<MirroringInfo>;

} // namespace pchat
