#include "lab/shell/controlserver.h"

#include "lab/scenario/datacenteroutage.h"
#include "lab/scenario/scenarioloader.h"
#include "lab/shell/lynccontrol.h"
#include "lab/world/world.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace pchatlab {

namespace {

// How long a reset waits for running requests to notice that their session was killed.
constexpr qint64 resetWaitMs = 10000;

} // namespace

ControlServer::ControlServer(World& world, QObject* parent)
    : QObject(parent)
    , m_world(world)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ControlServer::onNewConnection);
}

bool ControlServer::listen(quint16 port)
{
    return m_server->listen(QHostAddress::LocalHost, port);
}

quint16 ControlServer::port() const
{
    return m_server->serverPort();
}

void ControlServer::onNewConnection()
{
    while (QTcpSocket* s = m_server->nextPendingConnection()) {
        s->setParent(this);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }
}

void ControlServer::onReadyRead(QTcpSocket* socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(1 << 20).trimmed();
        if (line.isEmpty())
            continue;
        socket->write(handle(line) + '\n');
    }
    if (socket->bytesAvailable() > (1 << 20))
        socket->abort();
}

QByteArray ControlServer::handle(const QByteArray& line)
{
    const QJsonObject req = QJsonDocument::fromJson(line).object();
    if (!m_token.isEmpty() && req.value(QLatin1String("token")).toString() != m_token)
        return QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                         {QStringLiteral("error"), QStringLiteral("unauthorized")}})
            .toJson(QJsonDocument::Compact);
    const QString cmd = req.value(QLatin1String("cmd")).toString();
    if (cmd == u"reset")
        return QJsonDocument(reset(req.value(QLatin1String("scenario")).toString()))
            .toJson(QJsonDocument::Compact);
    QJsonObject reply{{QStringLiteral("ok"), true}};
    std::lock_guard lock(m_world.mutex());
    if (cmd == u"ping") {
        reply.insert(QStringLiteral("pong"), true);
    } else if (cmd == u"fault-add" || cmd == u"fault-clear") {
        const QString name = req.value(QLatin1String("name")).toString();
        const std::optional<Fault> fault = Fault::parse(name);
        if (cmd == u"fault-clear" && (name == u"*" || name.compare(u"all", Qt::CaseInsensitive) == 0))
            m_world.clearFaults();
        else if (!fault)
            // A misspelt fault would otherwise be switched on and strike nothing: the drill would test
            // nothing.
            return QJsonDocument(
                       QJsonObject{{QStringLiteral("ok"), false},
                                   {QStringLiteral("error"), QStringLiteral("unknown-fault")},
                                   {QStringLiteral("known"), QJsonArray::fromStringList(Fault::catalog())}})
                .toJson(QJsonDocument::Compact);
        else if (cmd == u"fault-add")
            m_world.addFault(*fault);
        else
            m_world.removeFault(*fault);
        // instance-unreachable opens or closes a listener.
        if (m_availabilityChanged)
            m_availabilityChanged();
    } else if (cmd == u"disaster" || cmd == u"rebuild-primary") {
        // The trainer's events: the primary data center stops at once, or comes back rebuilt.
        QString error;
        const bool done = cmd == u"disaster" ? DataCenterOutage::strike(m_world, &error)
                                             : DataCenterOutage::rebuild(m_world, &error);
        if (!done)
            return QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}})
                .toJson(QJsonDocument::Compact);
        if (m_availabilityChanged)
            m_availabilityChanged();
        QJsonArray down;
        for (const auto& i : m_world.instances()) {
            if (i->down)
                down.append(i->serverName());
        }
        reply.insert(QStringLiteral("down"), down);
    } else if (cmd == u"faults") {
        reply.insert(QStringLiteral("faults"), QJsonArray::fromStringList(m_world.faultNames()));
    } else if (cmd == u"speed") {
        m_world.setSpeed(req.value(QLatin1String("value")).toDouble(1));
    } else if (cmd == u"pool") {
        const LyncPool& p = m_world.pool();
        reply.insert(QStringLiteral("identity"), p.identity());
        reply.insert(QStringLiteral("state"), p.state);
        reply.insert(QStringLiteral("activeServers"), QJsonArray::fromStringList(p.activeServers));
    } else if (cmd == u"instances") {
        QJsonArray arr;
        for (const auto& i : m_world.instances())
            arr.append(QJsonObject{{QStringLiteral("name"), i->serverName()},
                                   {QStringLiteral("port"), i->port},
                                   {QStringLiteral("dataCenter"), i->dataCenter},
                                   {QStringLiteral("down"), i->down}});
        reply.insert(QStringLiteral("instances"), arr);
    } else if (cmd == u"scenario") {
        // The document the world was built from (and returns to on reset), so that a client such as the
        // wizard's training mode can fill its inputs from the same names, accounts and passwords.
        reply.insert(QStringLiteral("scenario"),
                     QJsonDocument::fromJson(m_world.scenarioDocument()).object());
        QStringList startFaults;
        for (const Fault& f : m_world.startFaults())
            startFaults << f.name();
        reply.insert(QStringLiteral("startFaults"), QJsonArray::fromStringList(startFaults));
    } else if (cmd == u"executed") {
        // {"since": N, "limit": M}: what the instances and the shell ran after entry N (see ExecutedLog). N
        // is read as a whole number or not at all: casting a double such as 1e300 to qint64 is undefined.
        qint64 last = 0;
        reply.insert(QStringLiteral("entries"),
                     m_world.executedLog().since(req.value(QLatin1String("since")).toInteger(0),
                                                 qsizetype(req.value(QLatin1String("limit")).toInt(5000)),
                                                 &last));
        reply.insert(QStringLiteral("last"), last);
    } else if (cmd == u"progress-timeline") {
        // {"since": N, "limit": M}: when each BACKUP/RESTORE changed percent_complete (see ProgressTimeline),
        // and the lab's clock now, on the monotonic clock the client shares.
        qint64 last = 0;
        reply.insert(QStringLiteral("changes"),
                     m_world.progressTimeline().since(
                         req.value(QLatin1String("since")).toInteger(0),
                         qsizetype(req.value(QLatin1String("limit")).toInt(20000)), &last));
        reply.insert(QStringLiteral("last"), last);
        reply.insert(QStringLiteral("nowNs"), QString::number(ProgressTimeline::nowNs()));
    } else if (cmd == u"shell-executed") {
        // The shell simulator reports each statement it runs (it is a separate process).
        QStringList args;
        for (const QJsonValue& a : req.value(QLatin1String("args")).toArray())
            args << a.toString();
        m_world.executedLog().append(
            {0, QStringLiteral("shell"), 0,
             req.value(QLatin1String("kind")).toString(QStringLiteral("shell-statement")),
             req.value(QLatin1String("text")).toString(), req.value(QLatin1String("object")).toString(),
             args});
    } else if (cmd.startsWith(u"lync-")) {
        // lync-get, lync-set-state, lync-set-active, lync-mirror-*: the Lync shell simulator's view of the
        // pool and its stores.
        if (cmd != u"lync-get") {
            QStringList args;
            for (auto it = req.begin(); it != req.end(); ++it) {
                if (it.key() == u"cmd")
                    continue;
                const QJsonValue v = it.value();
                args << it.key() + u'=' +
                            (v.isArray() ? QString::fromUtf8(
                                               QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                         : v.toVariant().toString());
            }
            m_world.executedLog().append({0, QStringLiteral("shell"), 0, QStringLiteral("lync"), cmd,
                                          req.value(QLatin1String("cmdlet")).toString(), args});
        }
        reply = LyncControl(m_world).handle(cmd, req);
    } else {
        reply = {{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("unknown command")}};
    }
    return QJsonDocument(reply).toJson(QJsonDocument::Compact);
}

QJsonObject ControlServer::reset(const QString& builtInScenario)
{
    // Only a built-in scenario: a client of the port must not make the lab read files by name.
    const QByteArray document =
        builtInScenario.isEmpty() ? QByteArray() : ScenarioLoader::builtIn(builtInScenario);
    if (!builtInScenario.isEmpty() && document.isEmpty())
        return {{QStringLiteral("ok"), false},
                {QStringLiteral("error"), QStringLiteral("unknown-scenario")},
                {QStringLiteral("known"), QJsonArray::fromStringList(ScenarioLoader::builtInNames())}};
    // Every session is killed, and the state is replaced only at a moment when, under the lock, no request
    // runs: a request running across the reset would write into the new state (an interrupted BACKUP
    // leaves its damaged file behind when it ends, for example).
    QElapsedTimer waited;
    waited.start();
    std::unique_lock lock(m_world.mutex());
    while (true) {
        bool running = false;
        for (const auto& instance : m_world.instances()) {
            for (const auto& session : std::as_const(instance->sessions)) {
                session->killed = true;
                session->cancel = true;
                running = running || session->runsClientRequest();
            }
        }
        if (!running)
            break;
        if (waited.elapsed() > resetWaitMs)
            return {{QStringLiteral("ok"), false},
                    {QStringLiteral("error"),
                     QStringLiteral("requests still running after %1 ms").arg(resetWaitMs)}};
        lock.unlock();
        QThread::msleep(10);
        lock.lock();
    }
    World fresh;
    QString error;
    if (!ScenarioLoader::load(document.isEmpty() ? m_world.scenarioDocument() : document, fresh, &error))
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
    // The listeners belong to the instances: another scenario must serve exactly the same ones.
    if (!document.isEmpty()) {
        QStringList running;
        QStringList wanted;
        for (const auto& instance : m_world.instances())
            running << instance->serverName().toLower();
        for (const auto& instance : fresh.instances())
            wanted << instance->serverName().toLower();
        running.sort();
        wanted.sort();
        if (running != wanted)
            return {{QStringLiteral("ok"), false},
                    {QStringLiteral("error"),
                     QStringLiteral("the scenario %1 serves other instances than the running one")
                         .arg(builtInScenario)}};
        m_world.setScenarioDocument(document);
    }
    m_world.resetFrom(fresh);
    if (m_availabilityChanged)
        m_availabilityChanged();
    return {{QStringLiteral("ok"), true},
            {QStringLiteral("reset"), true},
            {QStringLiteral("faults"), QJsonArray::fromStringList(m_world.faultNames())}};
}

} // namespace pchatlab
