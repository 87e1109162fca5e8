#include "lab/shell/lynccontrol.h"

#include "lab/shell/mirrorcontrol.h"
#include "lab/world/world.h"

#include <QJsonArray>

namespace pchatlab {

namespace {

QJsonObject failure(const QString& error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray())
        list.append(v.toString());
    return list;
}

} // namespace

LyncControl::LyncControl(World& world)
    : m_world(world)
{
}

bool LyncControl::strikes(FaultKind kind, const QString& cmdlet) const
{
    // "shell-cmdlet-fails" makes every Lync cmdlet fail; "shell-cmdlet-fails:<Cmdlet-Name>" only that one,
    // Import-Module included, so that a training can show a missing module. shell-hangs alike.
    const bool isImport = cmdlet.compare(QLatin1String("Import-Module"), Qt::CaseInsensitive) == 0;
    for (const Fault& fault : m_world.faults(kind)) {
        if (fault.targets(cmdlet) || (fault.target().isEmpty() && !isImport))
            return true;
    }
    return false;
}

QJsonObject LyncControl::poolReply() const
{
    const LyncPool& pool = m_world.pool();
    QJsonArray servers;
    for (const LyncServer& s : pool.servers)
        servers.append(
            QJsonObject{{QStringLiteral("fqdn"), s.fqdn}, {QStringLiteral("dataCenter"), s.dataCenter}});
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("pool"),
             QJsonObject{{QStringLiteral("fqdn"), pool.fqdn},
                         {QStringLiteral("identity"), pool.identity()},
                         {QStringLiteral("state"), pool.state},
                         {QStringLiteral("servers"), servers},
                         {QStringLiteral("activeServers"), QJsonArray::fromStringList(pool.activeServers)}}}};
}

QJsonObject LyncControl::handle(const QString& command, const QJsonObject& request)
{
    const QString cmdlet = request.value(QLatin1String("cmdlet")).toString();
    if (!cmdlet.isEmpty() && strikes(FaultKind::ShellCmdletFails, cmdlet)) {
        QJsonObject reply = failure(QStringLiteral("fault"));
        reply.insert(QStringLiteral("fault"), Fault::kindName(FaultKind::ShellCmdletFails));
        return reply;
    }
    // The shell itself waits (CmdletHost): the control port must keep serving the trainer meanwhile.
    if (!cmdlet.isEmpty() && strikes(FaultKind::ShellHangs, cmdlet))
        return failure(QStringLiteral("hangs"));
    if (command == u"lync-get")
        return poolReply();
    if (command == u"lync-set-state")
        return setState(request);
    if (command == u"lync-set-active")
        return setActive(request);
    if (command == u"lync-mirror-install")
        return MirrorControl(m_world).install(request);
    if (command == u"lync-mirror-state")
        return MirrorControl(m_world).state(request);
    return failure(QStringLiteral("unknown command"));
}

QJsonObject LyncControl::setState(const QJsonObject& request)
{
    const QString state = request.value(QLatin1String("state")).toString();
    for (const char* known : {"Normal", "FailedOver"}) {
        if (state.compare(QLatin1String(known), Qt::CaseInsensitive) == 0) {
            m_world.pool().state = QLatin1String(known);
            return poolReply();
        }
    }
    return failure(QStringLiteral("bad-state"));
}

QJsonObject LyncControl::setActive(const QJsonObject& request)
{
    LyncPool& pool = m_world.pool();
    // Servers are matched without regard to case and stored as the topology spells them.
    const auto canonical = [&pool](const QString& fqdn) -> QString {
        for (const LyncServer& s : pool.servers) {
            if (s.fqdn.compare(fqdn, Qt::CaseInsensitive) == 0)
                return s.fqdn;
        }
        return {};
    };
    const QStringList add = stringList(request.value(QLatin1String("add")));
    const QStringList remove = stringList(request.value(QLatin1String("remove")));
    const bool replacing = request.contains(QLatin1String("replace"));
    const QStringList replace = stringList(request.value(QLatin1String("replace")));
    for (const QStringList* list : {&add, &remove, &replace}) {
        for (const QString& fqdn : *list) {
            if (canonical(fqdn).isEmpty()) {
                QJsonObject reply = failure(QStringLiteral("not-in-pool"));
                reply.insert(QStringLiteral("server"), fqdn);
                reply.insert(QStringLiteral("pool"), pool.fqdn);
                return reply;
            }
        }
    }

    QStringList active = pool.activeServers;
    if (request.value(QLatin1String("clear")).toBool())
        active.clear();
    if (request.value(QLatin1String("swap")).toBool()) {
        QStringList swapped;
        for (const LyncServer& s : pool.servers) {
            if (!active.contains(s.fqdn, Qt::CaseInsensitive))
                swapped.append(s.fqdn);
        }
        active = swapped;
    }
    if (replacing)
        active.clear();
    for (const QString& fqdn : remove)
        active.removeIf([&](const QString& a) { return a.compare(fqdn, Qt::CaseInsensitive) == 0; });
    for (const QString& fqdn : replacing ? replace : add) {
        const QString name = canonical(fqdn);
        if (!active.contains(name, Qt::CaseInsensitive))
            active.append(name);
    }
    pool.activeServers = active;
    return poolReply();
}

} // namespace pchatlab
