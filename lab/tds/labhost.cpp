#include "lab/tds/labhost.h"

#include "lab/agent/agentscheduler.h"
#include "lab/shell/controlserver.h"
#include "lab/tds/tdsserver.h"
#include "lab/world/world.h"

#include <QUuid>

namespace pchatlab {

LabHost::LabHost(World& world, QObject* parent)
    : QObject(parent)
    , m_world(world)
{
    // One thread per running request: a BACKUP waiting on the clock must not hold up other sessions.
    m_pool.setMaxThreadCount(512);
    m_pool.setExpiryTimeout(30000);
}

LabHost::~LabHost()
{
    // Cancel whatever still runs so that the workers end quickly.
    {
        std::lock_guard lock(m_world.mutex());
        for (const auto& i : m_world.instances()) {
            for (const auto& s : i->sessions)
                s->cancel = true;
        }
    }
    m_pool.waitForDone(5000);
    qDeleteAll(m_servers);
    m_servers.clear();
}

bool LabHost::start(QString* error)
{
    for (const auto& inst : m_world.instances()) {
        auto* server = new TdsServer(m_world, inst, m_pool, this);
        if (!server->listen(quint16(inst->port))) {
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1 for %2")
                         .arg(QString::number(inst->port), inst->serverName());
            delete server;
            return false;
        }
        inst->port = server->port();
        m_servers.append(server);
    }
    m_control = new ControlServer(m_world, this);
    // The parent hands the token down; a lab started by hand makes one and prints it (describe()).
    m_controlToken = qEnvironmentVariable("PCHAT_LAB_CONTROL_TOKEN");
    if (m_controlToken.isEmpty()) {
        m_controlToken = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());
        m_printToken = true;
    }
    m_control->setToken(m_controlToken);
    m_control->setAvailabilityChanged([this] {
        for (TdsServer* server : std::as_const(m_servers))
            server->syncAvailability();
    });
    if (!m_control->listen(quint16(m_world.controlPort()))) {
        *error = QStringLiteral("cannot listen on control port %1").arg(m_world.controlPort());
        return false;
    }
    m_world.setControlPort(m_control->port());
    // Instances that start down (pchat-lab --disaster) have their port, but refuse connections.
    for (TdsServer* server : std::as_const(m_servers))
        server->syncAvailability();
    new AgentScheduler(m_world, this);
    return true;
}

QStringList LabHost::describe() const
{
    QStringList out;
    for (const auto& inst : m_world.instances())
        out.append(QStringLiteral("%1 127.0.0.1,%2").arg(inst->serverName(), QString::number(inst->port)));
    out.append(QStringLiteral("control 127.0.0.1,%1").arg(controlPort()));
    if (m_printToken)
        out.append(QStringLiteral("control-token %1 (set PCHAT_LAB_CONTROL_TOKEN to it for pchat-lab shell)")
                       .arg(m_controlToken));
    return out;
}

quint16 LabHost::controlPort() const
{
    return m_control ? m_control->port() : 0;
}

} // namespace pchatlab
