// The client of pchat-lab's control port (lab/shell/controlserver.cpp): one typed call per request, the token
// inside.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pchat {

class LabControl
{
public:
    explicit LabControl(int port = 0)
        : m_port(port)
    {
    }

    int port() const { return m_port; }
    // The token the lab was given (PCHAT_LAB_CONTROL_TOKEN, inherited by the shells it serves).
    static QString token();

    // The protocol's requests, for send() and for clients that send them asynchronously (TrainingLab).
    static QJsonObject resetRequest();
    // Back to the start of another built-in scenario (lab/scenario/scenarioloader.cpp), which the next
    // reset returns to as well; it must serve the same instances.
    static QJsonObject resetRequest(const QString& builtInScenario);
    static QJsonObject pingRequest();
    static QJsonObject faultAddRequest(const QString& name);
    // "*" clears every fault.
    static QJsonObject faultClearRequest(const QString& name);
    static QJsonObject faultsRequest();
    static QJsonObject speedRequest(double speed);
    static QJsonObject poolRequest();
    static QJsonObject instancesRequest();
    static QJsonObject scenarioRequest();
    // limit < 0: the lab's default.
    static QJsonObject executedRequest(qint64 since, int limit = -1);
    static QJsonObject progressTimelineRequest(qint64 since, int limit = -1);
    static QJsonObject lyncGetRequest();
    static QJsonObject lyncSetStateRequest(const QString& state);
    static QJsonObject lyncClearActiveRequest();
    // The trainer's events of a scenario with a disaster (normal-with-log-shipping).
    static QJsonObject disasterRequest();
    static QJsonObject rebuildPrimaryRequest();
    // The request as one line on the wire, with the token unless the request carries one of its own (a test
    // of refused tokens does).
    static QByteArray encode(const QJsonObject& request);

    // Blocking calls, for tests and tools (never on a UI thread): the reply, or an empty object when the lab
    // does not answer within the time.
    QJsonObject send(const QJsonObject& request, int timeoutMs = 5000) const;
    // Whether the lab answered {"ok": true}.
    bool sendOk(const QJsonObject& request, int timeoutMs = 5000) const
    {
        return send(request, timeoutMs).value(QLatin1String("ok")).toBool();
    }
    // Back to the scenario's start (and its start faults); waits for running requests to end.
    QJsonObject reset() const { return send(resetRequest(), 30000); }
    QJsonObject resetTo(const QString& builtInScenario) const
    {
        return send(resetRequest(builtInScenario), 30000);
    }
    bool ping() const { return sendOk(pingRequest()); }
    bool addFault(const QString& name) const { return sendOk(faultAddRequest(name)); }
    bool clearFault(const QString& name) const { return sendOk(faultClearRequest(name)); }
    bool clearFaults() const { return clearFault(QStringLiteral("*")); }
    bool setSpeed(double speed) const { return sendOk(speedRequest(speed)); }
    QStringList faults() const;
    // {identity, state, activeServers} of the pool.
    QJsonObject pool() const { return send(poolRequest()); }
    QString poolState() const { return pool().value(QLatin1String("state")).toString(); }
    // The Lync shell's view of the pool (lync-get's "pool": fqdn, identity, state, servers, activeServers).
    QJsonObject lyncPool() const { return send(lyncGetRequest()).value(QLatin1String("pool")).toObject(); }
    bool setPoolState(const QString& state) const { return sendOk(lyncSetStateRequest(state)); }
    bool clearActiveServers() const { return sendOk(lyncClearActiveRequest()); }
    // The primary data center stops at once (its instances refuse connections, log shipping stops with
    // backups left to copy and to restore); the reply names the instances that are down.
    QJsonObject disaster() const { return send(disasterRequest()); }
    // The primary data center's instances come back with fresh databases, as Topology Builder creates them.
    QJsonObject rebuildPrimary() const { return send(rebuildPrimaryRequest()); }
    // The scenario document the lab serves.
    QJsonObject scenario() const
    {
        return send(scenarioRequest()).value(QLatin1String("scenario")).toObject();
    }
    // What the instances and the shell ran after entry `since`; *last: the newest entry's number.
    QJsonArray executed(qint64 since, qint64* last = nullptr, int limit = -1) const;
    // The number of the newest executed entry, to read what runs from now on.
    qint64 executedMark() const;
    // When each BACKUP/RESTORE changed percent_complete after change `since`; *last as for executed().
    QJsonArray progressTimeline(qint64 since, qint64* last = nullptr, int limit = -1) const;
    qint64 progressTimelineMark() const;

private:
    int m_port = 0;
};

} // namespace pchat
