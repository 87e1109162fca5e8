// The control port's Lync commands (lync-get, lync-set-state, lync-set-active, lync-mirror-install,
// lync-mirror-state): the pool and its stores as the shell sees them.
#pragma once

#include "lab/world/fault.h"

#include <QJsonObject>

namespace pchatlab {

class World;

class LyncControl
{
public:
    explicit LyncControl(World& world);

    // The caller holds the world's mutex. Every request names the "cmdlet" it serves so that the fault can
    // strike it; validation happens here, under that lock, so that a rejected change leaves the pool
    // untouched.
    QJsonObject handle(const QString& command, const QJsonObject& request);

private:
    // A fault of this kind (shell-cmdlet-fails, shell-hangs) strikes the cmdlet.
    bool strikes(FaultKind kind, const QString& cmdlet) const;
    QJsonObject poolReply() const;
    QJsonObject setState(const QJsonObject& request);
    QJsonObject setActive(const QJsonObject& request);

    World& m_world;
};

} // namespace pchatlab
