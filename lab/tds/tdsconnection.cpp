#include "lab/tds/tdsconnection.h"

#include "lab/tds/tdslogin7.h"
#include "lab/tds/tdsprelogin.h"
#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsresponsewriter.h"
#include "lab/tds/tdsrpcrequest.h"
#include "lab/tds/tdstypecodec.h"
#include "lab/tds/tdswriter.h"
#include "lab/tsql/interpreter.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

#include <QRegularExpression>
#include <QRunnable>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace pchatlab {

namespace {

constexpr quint32 kTds70 = 0x70000000;
constexpr quint32 kTds74 = 0x74000004;

QString firstWord(const QString& sql)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z_]+"));
    const auto m = word.match(sql);
    return m.hasMatch() ? m.captured(0).toUpper().left(16) : QStringLiteral("SELECT");
}

} // namespace

TdsConnection::TdsConnection(QTcpSocket* socket, World& world, std::shared_ptr<Instance> instance,
                             QThreadPool& pool, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_world(world)
    , m_instance(std::move(instance))
    , m_pool(pool)
{
    m_socket->setParent(this);
    m_session = std::make_shared<Session>();
    {
        std::lock_guard lock(m_world.mutex());
        m_session->spid = m_instance->nextSpid++;
        m_instance->sessions.insert(m_session->spid, m_session);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &TdsConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &TdsConnection::onDisconnected);
    m_killTimer = new QTimer(this);
    m_killTimer->setInterval(100);
    connect(m_killTimer, &QTimer::timeout, this, &TdsConnection::checkKilled);
    m_killTimer->start();
}

TdsConnection::~TdsConnection()
{
    std::lock_guard lock(m_world.mutex());
    m_instance->sessions.remove(m_session->spid);
}

void TdsConnection::checkKilled()
{
    if (m_session->killed.load() && !m_closing)
        closeConnection();
}

void TdsConnection::closeConnection()
{
    m_session->cancel = true;
    if (!m_closing) {
        m_closing = true;
        m_socket->abort();
    }
    if (!m_busy)
        deleteLater();
}

void TdsConnection::onDisconnected()
{
    closeConnection();
}

void TdsConnection::onReadyRead()
{
    if (m_closing)
        return;
    m_assembler.feed(m_socket->readAll());
    try {
        while (auto m = m_assembler.next()) {
            handleMessage(*m);
            if (m_closing)
                return;
        }
    } catch (const TdsProtocolError& e) {
        // Malformed input ends this connection only.
        if (qEnvironmentVariableIsSet("PCHAT_LAB_DEBUG"))
            qWarning("pchat-lab: closing spid %d: %s", m_session->spid, e.what());
        closeConnection();
    } catch (const SqlError&) {
        closeConnection();
    }
}

void TdsConnection::writePackets(const QByteArray& packets)
{
    if (!m_closing)
        m_socket->write(packets);
}

void TdsConnection::sendSimpleResponse(const QByteArray& tokens)
{
    // A complete one-packet message (PRELOGIN reply, ATTN acknowledgement, reply to an ignored request).
    writePackets(TdsResponseWriter::packet(tokens, true, quint16(m_session->spid), 1));
}

void TdsConnection::sendAttentionAck()
{
    m_attentionPending = false;
    m_session->cancel = false;
    sendSimpleResponse(TdsResponseWriter::doneToken(TdsTokenType::Done, TdsDoneStatusFlag::Attention,
                                                    TdsDoneCommand::None, 0));
}

void TdsConnection::handleMessage(const TdsMessage& m)
{
    if (m.packetType() == TdsPacketType::Attention) {
        if (m_busy) {
            m_attentionPending = true;
            m_session->cancel = true;
        } else {
            sendAttentionAck();
        }
        return;
    }
    switch (m_state) {
    case State::PreLogin:
        if (m.packetType() == TdsPacketType::PreLogin) {
            TdsPrelogin::parse(m.payload);
            sendSimpleResponse(TdsPrelogin::reply(m_instance->versionMajor(), m_instance->versionMinor(),
                                                  m_instance->versionBuild()));
            m_state = State::Login;
            return;
        }
        if (m.packetType() == TdsPacketType::Login7) { // some clients skip PRELOGIN
            handleLogin(m.payload);
            return;
        }
        throw TdsProtocolError("expected PRELOGIN");
    case State::Login:
        if (m.packetType() != TdsPacketType::Login7)
            throw TdsProtocolError("expected LOGIN7");
        handleLogin(m.payload);
        return;
    case State::LoggedIn:
        break;
    }
    if (m_busy)
        throw TdsProtocolError("request while another is running");
    if (m.hasStatus(TdsPacketStatus::IgnoreEvent)) {
        sendSimpleResponse(TdsResponseWriter::doneToken(TdsTokenType::Done, {}, TdsDoneCommand::None, 0));
        return;
    }
    if (m.packetType() != TdsPacketType::SqlBatch && m.packetType() != TdsPacketType::Rpc &&
        m.packetType() != TdsPacketType::TransactionManager)
        throw TdsProtocolError("unsupported request type");
    startRequest(m);
}

void TdsConnection::handleLogin(const QByteArray& payload)
{
    const TdsLogin7 login = TdsLogin7::parse(payload);
    TdsResponseWriter w([this](const QByteArray& p) { writePackets(p); }, 4096, quint16(m_session->spid),
                        m_instance->serverName());
    QString failure;
    QString database = login.database;
    int databaseError = 0; // 4060 for the database the login asked for, 4064 for its default database
    {
        std::lock_guard lock(m_world.mutex());
        const Login* l = m_instance->login(login.userName);
        const QVector<Fault> loginFaults = m_world.faults(FaultKind::LoginFails);
        const bool forcedFail = std::any_of(loginFaults.begin(), loginFaults.end(), [&](const Fault& f) {
            return f.strikes(*m_instance) || f.targets(login.userName);
        });
        if (!l || l->disabled || l->password != login.password || login.integratedSecurity || forcedFail) {
            failure = login.userName;
        } else {
            const bool useDefault = database.isEmpty();
            if (useDefault)
                database = l->defaultDatabase;
            const Database* d = m_instance->database(database);
            if (!d || d->state != u"ONLINE" || m_instance->isRecovering(database)) {
                databaseError = useDefault ? 4064 : 4060;
                failure = login.userName;
            } else {
                database = d->name;
                m_session->login = l->name;
                m_session->sysadmin = l->sysadmin;
                m_session->host = login.hostName;
                m_session->program = login.appName;
                m_session->loginTime = QDateTime::currentDateTimeUtc();
                m_session->lastBatch = m_session->loginTime;
                m_session->database = database;
                m_session->loggedIn = true;
            }
        }
    }
    if (!failure.isNull()) {
        if (qEnvironmentVariableIsSet("PCHAT_LAB_DEBUG"))
            // The length helps to tell a truncated password from a wrong one; the text never leaves the lab.
            qWarning("pchat-lab: login failed for '%s', password of %d characters (database '%s', tds %08x)",
                     qPrintable(login.userName), int(login.password.size()), qPrintable(login.database),
                     login.tdsVersion);
        if (databaseError)
            w.message(SqlMessages::error(databaseError, {database}));
        w.message(SqlMessages::error(18456, {failure}));
        w.done(DoneKind::Done, TdsDoneStatusFlag::Error, TdsDoneCommand::None, 0);
        w.finish();
        return;
    }
    m_packetSize = login.packetSize >= 512 && login.packetSize <= 32767 ? int(login.packetSize) : 4096;
    w.envChange(TdsEnvChangeType::Database, database, QStringLiteral("master"));
    w.message(SqlMessages::error(5701, {database}, 2));
    w.binaryEnvChange(TdsEnvChangeType::SqlCollation, TdsTypeCodec::collation(), {});
    w.envChange(TdsEnvChangeType::Language, QStringLiteral("us_english"), QString());
    w.message(SqlMessages::error(5703, {QStringLiteral("us_english")}, 1));
    {
        const QString prog = QStringLiteral("Microsoft SQL Server");
        TdsWriter a;
        a.token(TdsTokenType::LoginAck);
        a.u16(quint16(10 + 2 * prog.size()));
        a.u8(1); // interface: SQL_TSQL
        // The client's version up to TDS 7.4, the newest the lab speaks.
        const quint32 version =
            login.tdsVersion >= kTds74 || login.tdsVersion < kTds70 ? kTds74 : login.tdsVersion;
        a.u8(quint8(version >> 24));
        a.u8(quint8(version >> 16));
        a.u8(quint8(version >> 8));
        a.u8(quint8(version));
        a.bVarchar(prog);
        a.u8(quint8(m_instance->versionMajor()));
        a.u8(quint8(m_instance->versionMinor()));
        a.u16be(quint16(m_instance->versionBuild()));
        w.rawToken(a.take());
    }
    w.envChange(TdsEnvChangeType::PacketSize, QString::number(m_packetSize), QString::number(m_packetSize));
    w.done(DoneKind::Done, {}, TdsDoneCommand::None, 0);
    w.finish();
    m_state = State::LoggedIn;
}

void TdsConnection::startRequest(const TdsMessage& m)
{
    // Parse in the socket thread: malformed requests close the connection before any work starts.
    QString sql;
    QVector<RpcCall> calls;
    TransactionRequest tmRequest;
    const TdsPacketType type = m.packetType();
    if (type == TdsPacketType::SqlBatch) {
        sql = TdsRpcRequest::batchText(m.payload);
    } else if (type == TdsPacketType::Rpc) {
        calls = TdsRpcRequest::parse(m.payload);
    } else {
        tmRequest = TdsRpcRequest::transactionRequest(m.payload);
    }
    recordReceived(sql, calls, type);
    m_busy = true;
    m_session->cancel = false;
    TdsConnection* conn = this; // stays alive while m_busy: closeConnection() defers deletion
    auto session = m_session;
    auto instance = m_instance;
    World* world = &m_world;
    const int packetSize = m_packetSize;
    m_pool.start([conn, session, instance, world, packetSize, type, sql, calls, tmRequest]() {
        // The last packets travel in the same event as the end of the request: the client may send its next
        // request as soon as it sees EOM, and the connection must already be idle by then.
        bool finalPhase = false;
        QByteArray tail;
        auto post = [conn, &finalPhase, &tail](const QByteArray& packets) {
            if (finalPhase) {
                tail.append(packets);
                return;
            }
            QMetaObject::invokeMethod(
                conn, [conn, packets] { conn->writePackets(packets); }, Qt::QueuedConnection);
        };
        TdsResponseWriter writer(post, packetSize, quint16(session->spid), instance->serverName());
        {
            std::lock_guard lock(world->mutex());
            session->running = true;
            session->requestStart = QDateTime::currentDateTimeUtc();
            session->lastBatch = session->requestStart;
            session->command = type == TdsPacketType::SqlBatch ? firstWord(sql) : QStringLiteral("EXECUTE");
            session->percentComplete = 0;
            session->estimatedCompletionMs = 0;
            const Database* d = instance->database(session->database);
            session->requestDbId = d ? d->id : 1;
        }
        if (instance->latencyMs > 0)
            QThread::msleep(ulong(instance->latencyMs));
        Interpreter interpreter(*world, *instance, *session, writer);
        try {
            if (type == TdsPacketType::SqlBatch) {
                interpreter.runBatch(sql);
            } else if (type == TdsPacketType::Rpc) {
                QVector<ProcedureCall> procCalls;
                static const char* known[] = {nullptr,
                                              "sp_cursor",
                                              "sp_cursoropen",
                                              "sp_cursorprepare",
                                              "sp_cursorexecute",
                                              "sp_cursorprepexec",
                                              "sp_cursorunprepare",
                                              "sp_cursorfetch",
                                              "sp_cursoroption",
                                              "sp_cursorclose",
                                              "sp_executesql",
                                              "sp_prepare",
                                              "sp_execute",
                                              "sp_prepexec",
                                              "sp_prepexecrpc",
                                              "sp_unprepare"};
                for (const RpcCall& c : calls) {
                    ProcedureCall pc;
                    pc.name = c.procName.isEmpty() ? (c.procId >= 1 && c.procId <= 15
                                                          ? QLatin1String(known[c.procId])
                                                          : QStringLiteral("sp_procid_%1").arg(c.procId))
                                                   : c.procName;
                    for (const RpcParam& p : c.params)
                        pc.args.append({p.name, p.value, p.output, p.isDefault});
                    procCalls.append(pc);
                }
                interpreter.runRpc(procCalls);
            } else {
                interpreter.transactionRequest(tmRequest);
            }
        } catch (const std::exception&) {
            // Never let a bug in the model take the lab down; the response still ends properly.
        }
        finalPhase = true;
        writer.finish();
        {
            std::lock_guard lock(world->mutex());
            session->running = false;
            session->command = QStringLiteral("AWAITING COMMAND");
            session->percentComplete = 0;
            session->estimatedCompletionMs = 0;
            session->waitType.clear();
        }
        QMetaObject::invokeMethod(
            conn,
            [conn, tail] {
                conn->writePackets(tail);
                conn->requestFinished();
            },
            Qt::QueuedConnection);
    });
}

void TdsConnection::recordReceived(const QString& sql, const QVector<RpcCall>& calls, TdsPacketType type)
{
    // As received, before any parsing of the T-SQL: the executed statements are recorded by the interpreter.
    if (type == TdsPacketType::SqlBatch) {
        m_world.executedLog().append(
            {0, m_instance->serverName(), m_session->spid, QStringLiteral("batch"), sql, QString(), {}});
        return;
    }
    for (const RpcCall& call : calls) {
        QStringList args;
        for (const RpcParam& p : call.params)
            args << p.name + u'=' + (p.value.isNull() ? QStringLiteral("NULL") : p.value.toString());
        m_world.executedLog().append(
            {0, m_instance->serverName(), m_session->spid, QStringLiteral("rpc"),
             call.procName.isEmpty() ? QStringLiteral("#%1").arg(call.procId) : call.procName, QString(),
             args});
    }
}

void TdsConnection::requestFinished()
{
    m_busy = false;
    if (m_closing) {
        deleteLater();
        return;
    }
    if (m_attentionPending)
        sendAttentionAck();
    if (m_session->killed.load())
        closeConnection();
}

} // namespace pchatlab
