// The control port's mirroring commands for the shell (lync-mirror-install, lync-mirror-state): what
// Install-CsMirrorDatabase and Get-CsDatabaseMirrorState do to and read from the instances.
#pragma once

#include <QJsonObject>

namespace pchatlab {

class World;
struct Instance;

class MirrorControl
{
public:
    explicit MirrorControl(World& world)
        : m_world(world)
    {
    }

    // The caller holds the world's mutex.
    QJsonObject install(const QJsonObject& request);
    QJsonObject state(const QJsonObject& request);

    // The Persistent Chat database of a -DatabaseType value, or empty.
    static QString databaseOf(const QString& databaseType);

private:
    // The instance an FQDN and instance name address ("PCSQL02.contoso.com", "PCHAT"), or none.
    Instance* instanceAt(const QString& fqdn, const QString& instanceName);

    World& m_world;
};

} // namespace pchatlab
