#include "labcontrol.h"

#include <limits>
#include <QHostAddress>
#include <QJsonDocument>
#include <QTcpSocket>

namespace pchat {

namespace {

QJsonObject command(const char* name)
{
    return {{QStringLiteral("cmd"), QString::fromLatin1(name)}};
}

QJsonObject command(const char* name, const char* key, const QJsonValue& value)
{
    QJsonObject request = command(name);
    request.insert(QString::fromLatin1(key), value);
    return request;
}

QJsonObject withRange(QJsonObject request, qint64 since, int limit)
{
    request.insert(QStringLiteral("since"), since);
    if (limit >= 0)
        request.insert(QStringLiteral("limit"), limit);
    return request;
}

// A reply to a ranged request: its entries under key; last (if given) gets the newest entry's number.
QJsonArray entriesOf(const QJsonObject& reply, const char* key, qint64* last)
{
    if (last)
        *last = qint64(reply.value(QLatin1String("last")).toDouble());
    return reply.value(QLatin1String(key)).toArray();
}

// "since" past every entry: the reply carries only the newest entry's number.
constexpr qint64 afterEverything = std::numeric_limits<qint64>::max() / 2;

} // namespace

QString LabControl::token()
{
    return qEnvironmentVariable("PCHAT_LAB_CONTROL_TOKEN");
}

QJsonObject LabControl::resetRequest()
{
    return command("reset");
}

QJsonObject LabControl::resetRequest(const QString& builtInScenario)
{
    return command("reset", "scenario", builtInScenario);
}

QJsonObject LabControl::pingRequest()
{
    return command("ping");
}
QJsonObject LabControl::faultsRequest()
{
    return command("faults");
}
QJsonObject LabControl::poolRequest()
{
    return command("pool");
}
QJsonObject LabControl::instancesRequest()
{
    return command("instances");
}
QJsonObject LabControl::scenarioRequest()
{
    return command("scenario");
}
QJsonObject LabControl::lyncGetRequest()
{
    return command("lync-get");
}

QJsonObject LabControl::faultAddRequest(const QString& name)
{
    return command("fault-add", "name", name);
}

QJsonObject LabControl::faultClearRequest(const QString& name)
{
    return command("fault-clear", "name", name);
}

QJsonObject LabControl::speedRequest(double speed)
{
    return command("speed", "value", speed);
}

QJsonObject LabControl::executedRequest(qint64 since, int limit)
{
    return withRange(command("executed"), since, limit);
}

QJsonObject LabControl::progressTimelineRequest(qint64 since, int limit)
{
    return withRange(command("progress-timeline"), since, limit);
}

QJsonObject LabControl::lyncSetStateRequest(const QString& state)
{
    return command("lync-set-state", "state", state);
}

QJsonObject LabControl::lyncClearActiveRequest()
{
    return command("lync-set-active", "clear", true);
}

QJsonObject LabControl::disasterRequest()
{
    return command("disaster");
}

QJsonObject LabControl::rebuildPrimaryRequest()
{
    return command("rebuild-primary");
}

QByteArray LabControl::encode(const QJsonObject& request)
{
    QJsonObject withToken = request;
    if (!withToken.contains(QLatin1String("token")))
        withToken.insert(QStringLiteral("token"), token());
    return QJsonDocument(withToken).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject LabControl::send(const QJsonObject& request, int timeoutMs) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(m_port));
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(encode(request));
    socket.flush();
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs))
            return {};
    }
    return QJsonDocument::fromJson(socket.readLine()).object();
}

QStringList LabControl::faults() const
{
    QStringList names;
    for (const QJsonValue& name : send(faultsRequest()).value(QLatin1String("faults")).toArray())
        names << name.toString();
    return names;
}

QJsonArray LabControl::executed(qint64 since, qint64* last, int limit) const
{
    return entriesOf(send(executedRequest(since, limit)), "entries", last);
}

qint64 LabControl::executedMark() const
{
    qint64 last = 0;
    executed(afterEverything, &last);
    return last;
}

QJsonArray LabControl::progressTimeline(qint64 since, qint64* last, int limit) const
{
    return entriesOf(send(progressTimelineRequest(since, limit)), "changes", last);
}

qint64 LabControl::progressTimelineMark() const
{
    qint64 last = 0;
    progressTimeline(0, &last, 0);
    return last;
}

} // namespace pchat
