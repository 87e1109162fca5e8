#include "traininglab.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/process/childlifetime.h"
#include "labcontrol.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QUuid>

namespace pchat {

namespace {

#ifdef Q_OS_WIN
const QString labExecutable = QStringLiteral("pchat-lab.exe");
#else
const QString labExecutable = QStringLiteral("pchat-lab");
#endif

// A lab on loopback answers in milliseconds; a reset waits for running requests to end.
constexpr int controlTimeoutMs = 5000;
constexpr int resetTimeoutMs = 30000;
constexpr int startTimeoutMs = 20000;
constexpr qsizetype stderrTailBytes = 4096;

QJsonObject failure(const QString& error)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
}

QString machineOf(const QString& instanceName)
{
    return instanceName.section(u'\\', 0, 0);
}

QJsonObject databaseOf(const QJsonObject& instance, const QString& name)
{
    for (const QJsonValue& value : instance.value(QLatin1String("databases")).toArray()) {
        const QJsonObject database = value.toObject();
        if (database.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return database;
    }
    return {};
}

QJsonObject instanceNamed(const QJsonArray& instances, const QString& name)
{
    for (const QJsonValue& value : instances) {
        const QJsonObject instance = value.toObject();
        if (instance.value(QLatin1String("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return instance;
    }
    return {};
}

// The instance that serves mgc since the failover: the mirroring principal of mgc, else the instance with
// the largest ONLINE mgc.
QString findBackupInstance(const QJsonArray& instances, const QString& mgc)
{
    QString largest;
    double largestSize = -1;
    for (const QJsonValue& value : instances) {
        const QJsonObject instance = value.toObject();
        const QJsonObject database = databaseOf(instance, mgc);
        if (database.isEmpty())
            continue;
        const QString name = instance.value(QLatin1String("name")).toString();
        const QString role =
            database.value(QLatin1String("mirroring")).toObject().value(QLatin1String("role")).toString();
        if (role.compare(QLatin1String("PRINCIPAL"), Qt::CaseInsensitive) == 0)
            return name;
        const QString state = database.value(QLatin1String("state")).toString(QStringLiteral("ONLINE"));
        const double size = database.value(QLatin1String("sizeMB")).toDouble(64);
        if (state.compare(QLatin1String("ONLINE"), Qt::CaseInsensitive) == 0 && size > largestSize) {
            largest = name;
            largestSize = size;
        }
    }
    return largest;
}

// The rebuilt primary: an instance in another data center that holds mgc (Topology Builder created it),
// else any instance in another data center.
QString findPrimaryInstance(const QJsonArray& instances, const QString& backup, const QString& mgc)
{
    const QString backupDataCenter =
        instanceNamed(instances, backup).value(QLatin1String("dataCenter")).toString();
    QString fallback;
    for (const QJsonValue& value : instances) {
        const QJsonObject instance = value.toObject();
        const QString name = instance.value(QLatin1String("name")).toString();
        if (name.compare(backup, Qt::CaseInsensitive) == 0 ||
            instance.value(QLatin1String("dataCenter")).toString() == backupDataCenter)
            continue;
        if (!databaseOf(instance, mgc).isEmpty())
            return name;
        if (fallback.isEmpty())
            fallback = name;
    }
    return fallback;
}

} // namespace

TrainingLab::TrainingLab(QObject* parent)
    : QObject(parent)
{
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        fail(tr("The training lab did not report its ports within %1 s. Look at the lab's messages below, "
                "then start training mode again.")
                 .arg(startTimeoutMs / 1000) +
             labErrorOutput());
    });
}

TrainingLab::~TrainingLab()
{
    stopProcess();
}

QString TrainingLab::findLabProgram()
{
    const QString here = QCoreApplication::applicationDirPath();
    // Installed next to pchat-failback, or the build tree's build/lab beside build/app.
    for (const QString& candidate : {QDir(here).filePath(labExecutable),
                                     QDir(here).filePath(QStringLiteral("../lab/") + labExecutable)}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(labExecutable);
}

void TrainingLab::start()
{
    if (m_starting || m_started)
        return;
    stopProcess();
    m_ports.clear();
    m_scenario = {};
    m_stdoutBuffer.clear();
    m_stderrTail.clear();
    m_starting = true;

    m_resolvedProgram = m_labProgram.isEmpty() ? findLabProgram() : m_labProgram;
    const QFileInfo program(m_resolvedProgram);
    if (m_resolvedProgram.isEmpty() || !program.isFile() || !program.isExecutable()) {
        const QString message =
            m_labProgram.isEmpty()
                ? tr("The training lab program %1 was not found next to pchat-failback (%2), in the build "
                     "tree (../lab) or on the PATH. Build it (cmake --build build --target pchat-lab) or "
                     "install it next to pchat-failback, then start training mode again.")
                      .arg(labExecutable, QDir::toNativeSeparators(QCoreApplication::applicationDirPath()))
                : tr("The training lab program %1 does not exist or cannot be run. Check the path, then "
                     "start training mode again.")
                      .arg(QDir::toNativeSeparators(m_labProgram));
        // Queued, so that the caller hears it like any other outcome of start().
        QMetaObject::invokeMethod(
            this, [this, message] { fail(message); }, Qt::QueuedConnection);
        return;
    }
    QStringList arguments{QStringLiteral("--any-port")};
    if (!m_scenarioFile.isEmpty()) {
        const QFileInfo scenario(m_scenarioFile);
        if (!scenario.isFile() || !scenario.isReadable()) {
            const QString message = tr("The scenario file %1 does not exist or cannot be read. Check the "
                                       "path given with --scenario, or leave it out for the built-in "
                                       "scenario.")
                                        .arg(QDir::toNativeSeparators(scenario.absoluteFilePath()));
            QMetaObject::invokeMethod(
                this, [this, message] { fail(message); }, Qt::QueuedConnection);
            return;
        }
        arguments << QStringLiteral("--scenario") << scenario.absoluteFilePath();
    } else if (!m_builtInScenario.isEmpty()) {
        arguments << QStringLiteral("--scenario") << m_builtInScenario;
        if (m_disasterStruck)
            arguments << QStringLiteral("--disaster");
    }
    if (m_speed > 0)
        arguments << QStringLiteral("--speed") << QString::number(m_speed);
    for (const QString& fault : std::as_const(m_startFaults))
        arguments << QStringLiteral("--fault") << fault;

    // The lab answers its control port only with this token; the shells this process starts inherit it too.
    if (qEnvironmentVariableIsEmpty("PCHAT_LAB_CONTROL_TOKEN"))
        qputenv("PCHAT_LAB_CONTROL_TOKEN", QUuid::createUuid().toRfc4122().toHex());
    m_process = new QProcess(this);
    m_process->setProgram(m_resolvedProgram);
    m_process->setArguments(arguments);
    // The lab must not outlive the wizard, even when the wizard is killed (which runs no destructor).
    ChildLifetime::tieToThisProcess(m_process);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &TrainingLab::readOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail.append(m_process->readAllStandardError());
        if (m_stderrTail.size() > stderrTailBytes)
            m_stderrTail = m_stderrTail.right(stderrTailBytes);
    });
    connect(m_process, &QProcess::errorOccurred, this, &TrainingLab::onProcessError);
    connect(m_process, &QProcess::finished, this, &TrainingLab::onProcessFinished);
    Logging::logger()->info("training lab: starting {} {}", m_resolvedProgram, arguments.join(u' '));
    m_startTimeout.start(startTimeoutMs);
    m_process->start();
}

void TrainingLab::readOutput()
{
    m_stdoutBuffer.append(m_process->readAllStandardOutput());
    while (true) {
        const qsizetype end = m_stdoutBuffer.indexOf('\n');
        if (end < 0)
            break;
        const QString line = QString::fromUtf8(m_stdoutBuffer.left(end)).trimmed();
        m_stdoutBuffer.remove(0, end + 1);
        // "PCSQL01\PCHAT 127.0.0.1,14331" per instance, then "control 127.0.0.1,14330".
        const qsizetype space = line.lastIndexOf(u' ');
        if (space <= 0)
            continue;
        const QString name = line.left(space).toLower();
        const int port = line.mid(space + 1).section(u',', 1).toInt();
        if (port <= 0)
            continue;
        m_ports.insert(name, port);
        if (name != u"control" || !m_starting)
            continue;
        // The lab is listening; its scenario tells the names, accounts and passwords of the plan.
        control(LabControl::scenarioRequest(), this, [this](const QJsonObject& reply) {
            if (!m_starting)
                return;
            if (!reply.value(QLatin1String("ok")).toBool() ||
                !reply.value(QLatin1String("scenario")).isObject()) {
                fail(tr("The training lab did not hand out its scenario (%1). The pchat-lab program may "
                        "be "
                        "older than pchat-failback: build both from the same sources.")
                         .arg(reply.value(QLatin1String("error")).toString()));
                return;
            }
            m_scenario = reply.value(QLatin1String("scenario")).toObject();
            m_starting = false;
            m_started = true;
            m_startTimeout.stop();
            OperatorLog::info(
                QT_TRANSLATE_NOOP("OperatorLog",
                                  "Training lab started: scenario \"%1\", %2 SQL Server instances."),
                {m_scenario.value(QLatin1String("name")).toString(), QString::number(m_ports.size() - 1)});
            Q_EMIT started();
        });
    }
}

void TrainingLab::onProcessError(QProcess::ProcessError error)
{
    // A crash or an exit is reported by finished(); only a start that never happened ends here.
    if (error == QProcess::FailedToStart)
        fail(tr("The training lab %1 could not be started: %2. Check that the file is a program this "
                "computer can run, then start training mode again.")
                 .arg(QDir::toNativeSeparators(m_resolvedProgram), m_process->errorString()));
}

void TrainingLab::onProcessFinished(int exitCode, QProcess::ExitStatus status)
{
    const QString how = status == QProcess::CrashExit ? tr("it crashed") : tr("exit code %1").arg(exitCode);
    if (m_starting) {
        fail(tr("The training lab ended before it was ready (%1). Check the scenario file, then start "
                "training mode again.")
                 .arg(how) +
             labErrorOutput());
    } else if (m_started) {
        fail(tr("The training lab ended while the wizard uses it (%1). Start training mode again; the lab "
                "starts from the scenario's beginning.")
                 .arg(how) +
             labErrorOutput());
    }
}

QString TrainingLab::labErrorOutput() const
{
    const QString text = QString::fromUtf8(m_stderrTail).trimmed();
    return text.isEmpty() ? QString() : QStringLiteral("\n\n") + text;
}

void TrainingLab::fail(const QString& message)
{
    m_starting = false;
    m_started = false;
    m_startTimeout.stop();
    stopProcess();
    OperatorLog::warn(QT_TRANSLATE_NOOP("OperatorLog", "Training lab: %1"), {message});
    Q_EMIT failed(message);
}

void TrainingLab::stopProcess()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        // SIGTERM lets the lab cancel its sessions and end within a few hundred milliseconds; a lab that
        // does not is killed. This runs when training ends, not while the operator works.
        process->terminate();
        if (!process->waitForFinished(2000)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
    process->deleteLater();
}

QString TrainingLab::agentAccount(const QString& instanceName) const
{
    return instanceNamed(m_scenario.value(QLatin1String("instances")).toArray(), instanceName)
        .value(QLatin1String("agentAccount"))
        .toString(QStringLiteral("NT Service\\SQLSERVERAGENT"));
}

QString TrainingLab::serviceAccount(const QString& instanceName) const
{
    // The lab's default when the scenario names none (scenarioloader.cpp).
    return instanceNamed(m_scenario.value(QLatin1String("instances")).toArray(), instanceName)
        .value(QLatin1String("serviceAccount"))
        .toString(QStringLiteral("NT Service\\MSSQLSERVER"));
}

Plan TrainingLab::trainingPlan() const
{
    Plan plan;
    const QJsonArray instances = m_scenario.value(QLatin1String("instances")).toArray();
    const QString saPassword = m_scenario.value(QLatin1String("saPassword")).toString();
    // A scenario may name the two instances; otherwise they follow from the state right after the failover.
    const QJsonObject roles = m_scenario.value(QLatin1String("training")).toObject();
    // Before the disaster (the failover's start) log shipping names both: the secondary is the backup.
    const QJsonObject logShipping = m_scenario.value(QLatin1String("logShipping")).toObject();
    QString backup = roles.value(QLatin1String("backupInstance"))
                         .toString(logShipping.value(QLatin1String("secondary")).toString());
    if (backup.isEmpty())
        backup = findBackupInstance(instances, plan.mgcDatabase);
    QString primary = roles.value(QLatin1String("primaryInstance"))
                          .toString(logShipping.value(QLatin1String("primary")).toString());
    if (primary.isEmpty())
        primary = findPrimaryInstance(instances, backup, plan.mgcDatabase);

    const auto fill = [this, &instances, &saPassword](InstanceSettings& settings, const QString& name) {
        const QJsonObject instance = instanceNamed(instances, name);
        settings.name = instance.value(QLatin1String("name")).toString(name);
        settings.address = QStringLiteral("127.0.0.1,%1").arg(port(name));
        settings.authentication = Authentication::SqlLogin;
        settings.login = QStringLiteral("sa");
        settings.password = saPassword;
        // The first sysadmin login of the instance, "sa" when it has one.
        bool found = false;
        for (const QJsonValue& value : instance.value(QLatin1String("logins")).toArray()) {
            const QJsonObject login = value.toObject();
            if (!login.value(QLatin1String("sysadmin")).toBool() ||
                login.value(QLatin1String("disabled")).toBool())
                continue;
            const QString loginName = login.value(QLatin1String("name")).toString();
            if (!found || loginName.compare(QLatin1String("sa"), Qt::CaseInsensitive) == 0) {
                settings.login = loginName;
                settings.password = login.value(QLatin1String("password")).toString(saPassword);
                found = true;
            }
        }
        // The lab speaks TDS without TLS, as FreeTDS reaches it.
        settings.odbcDriver = QStringLiteral("FreeTDS");
        settings.encryption = Encryption::Optional;
        settings.trustServerCertificate = false;
        settings.loginTimeoutSeconds = 15;
    };
    fill(plan.backupInstance, backup);
    fill(plan.primaryInstance, primary);

    const QString backupMachine = machineOf(backup);
    for (const QJsonValue& value :
         m_scenario.value(QLatin1String("fileSystem")).toObject().value(QLatin1String("folders")).toArray()) {
        const QJsonObject folder = value.toObject();
        const QString path = folder.value(QLatin1String("path")).toString();
        if (path.startsWith(QLatin1String("\\\\"))) {
            if (plan.backup.shareFolder.isEmpty())
                plan.backup.shareFolder = path;
        } else if (folder.value(QLatin1String("host"))
                       .toString()
                       .compare(backupMachine, Qt::CaseInsensitive) == 0) {
            if (plan.logShipping.copyDestinationFolder.isEmpty())
                plan.logShipping.copyDestinationFolder = path;
        }
    }
    plan.backup.description = QStringLiteral("Persistent Chat failback: mgc from the backup instance");
    plan.logShipping.backupNetworkPath = plan.backup.shareFolder;

    const QJsonObject lync = m_scenario.value(QLatin1String("lync")).toObject();
    plan.lync.poolIdentity =
        QStringLiteral("PersistentChatServer:") + lync.value(QLatin1String("pool")).toString();
    plan.lync.primaryDataCenter =
        instanceNamed(instances, primary).value(QLatin1String("dataCenter")).toString();
    for (const QJsonValue& value : lync.value(QLatin1String("servers")).toArray()) {
        const QJsonObject server = value.toObject();
        const QString dataCenter = server.value(QLatin1String("dataCenter")).toString();
        if (dataCenter == plan.lync.primaryDataCenter)
            plan.lync.activeServers.append({server.value(QLatin1String("fqdn")).toString(), dataCenter});
    }
    fillFailover(plan, backup);
    // The lab's shell stands in for the Lync Server Management Shell.
    plan.lync.shellProgram = m_resolvedProgram;
    plan.lync.shellArguments = {QStringLiteral("shell"), QStringLiteral("--control"),
                                QString::number(controlPort())};
    plan.applyDerivedDefaults(QDate::currentDate());
    return plan;
}

void TrainingLab::fillFailover(Plan& plan, const QString& backup) const
{
    const QJsonArray instances = m_scenario.value(QLatin1String("instances")).toArray();
    const QString domain = m_scenario.value(QLatin1String("domain")).toString();
    const auto fqdnOf = [&domain](const QString& instanceName) {
        return domain.isEmpty() ? machineOf(instanceName) : machineOf(instanceName) + u'.' + domain;
    };
    const QJsonObject backupInstance = instanceNamed(instances, backup);
    const QString mirror = backupInstance.value(QLatin1String("mirror")).toString();
    plan.failover.backupServerFqdn = fqdnOf(backup);
    if (!mirror.isEmpty()) {
        plan.failover.mirrorServerFqdn = fqdnOf(mirror);
        plan.failover.mirrorInstanceName = mirror.section(u'\\', 1);
    }
    // The share both instances' service accounts reach: the log-shipping share.
    plan.failover.fileShare = plan.backup.shareFolder;
    // The lab's secondary reads the share, so that an unattended training failover runs without a copy by
    // hand.
    plan.failover.restoreFromShare = true;
    const QString backupDataCenter = backupInstance.value(QLatin1String("dataCenter")).toString();
    for (const QJsonValue& value :
         m_scenario.value(QLatin1String("lync")).toObject().value(QLatin1String("servers")).toArray()) {
        const QJsonObject server = value.toObject();
        if (server.value(QLatin1String("dataCenter")).toString() == backupDataCenter)
            plan.failover.activeServers << server.value(QLatin1String("fqdn")).toString();
    }
}

void TrainingLab::control(const QJsonObject& request, QObject* context, Reply callback)
{
    const QString command = request.value(QLatin1String("cmd")).toString();
    // Only the command and the fault name: a reply (the scenario) may hold passwords.
    Logging::logger()->info("training lab control: {} {}", command,
                            request.value(QLatin1String("name")).toString());
    const bool hasContext = context != nullptr;
    const QPointer<QObject> guard(context);
    auto* socket = new QTcpSocket(this);
    auto* timeout = new QTimer(socket);
    timeout->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    const auto finish = [socket, answered, hasContext, guard, callback](const QJsonObject& reply) {
        if (*answered)
            return;
        *answered = true;
        socket->disconnect();
        socket->abort();
        socket->deleteLater();
        if (callback && (!hasContext || guard))
            callback(reply);
    };
    connect(socket, &QTcpSocket::connected, socket,
            [socket, request] { socket->write(LabControl::encode(request)); });
    connect(socket, &QTcpSocket::readyRead, socket, [socket, finish] {
        if (!socket->canReadLine())
            return;
        const QJsonDocument reply = QJsonDocument::fromJson(socket->readLine());
        finish(reply.isObject() ? reply.object() : failure(tr("the lab's answer is not a JSON object")));
    });
    connect(socket, &QTcpSocket::errorOccurred, socket,
            [socket, finish](QAbstractSocket::SocketError) { finish(failure(socket->errorString())); });
    const int limitMs = command == u"reset" ? resetTimeoutMs : controlTimeoutMs;
    connect(timeout, &QTimer::timeout, socket,
            [finish, limitMs] { finish(failure(tr("no answer within %1 s").arg(limitMs / 1000))); });
    if (controlPort() <= 0) {
        QMetaObject::invokeMethod(
            socket, [finish] { finish(failure(tr("the training lab is not running"))); },
            Qt::QueuedConnection);
        return;
    }
    timeout->start(limitMs);
    socket->connectToHost(QHostAddress(QHostAddress::LocalHost), quint16(controlPort()));
}

void TrainingLab::addFault(const QString& name, QObject* context, Reply callback)
{
    control(LabControl::faultAddRequest(name), context, std::move(callback));
}

void TrainingLab::clearFault(const QString& name, QObject* context, Reply callback)
{
    control(LabControl::faultClearRequest(name), context, std::move(callback));
}

void TrainingLab::clearFaults(QObject* context, Reply callback)
{
    clearFault(QStringLiteral("*"), context, std::move(callback));
}

void TrainingLab::reset(QObject* context, Reply callback)
{
    control(LabControl::resetRequest(), context, std::move(callback));
}

void TrainingLab::resetTo(const QString& builtInScenario, QObject* context, Reply callback)
{
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    control(LabControl::resetRequest(builtInScenario), this,
            [this, builtInScenario, guard, hasContext, callback](const QJsonObject& reset) {
                const auto answer = [guard, hasContext, callback](const QJsonObject& reply) {
                    if (callback && (!hasContext || guard))
                        callback(reply);
                };
                if (!reset.value(QLatin1String("ok")).toBool()) {
                    answer(reset);
                    return;
                }
                // A start again (Retry after a failure) starts where the lab is now.
                m_builtInScenario = builtInScenario;
                m_disasterStruck = false;
                // The plan, the drills and the texts follow the scenario the lab now serves.
                control(LabControl::scenarioRequest(), this, [this, reset, answer](const QJsonObject& reply) {
                    if (!reply.value(QLatin1String("scenario")).isObject()) {
                        answer(reply);
                        return;
                    }
                    m_scenario = reply.value(QLatin1String("scenario")).toObject();
                    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog",
                                                        "Training lab switched to the scenario "
                                                        "\"%1\"."),
                                      {m_scenario.value(QLatin1String("name")).toString()});
                    answer(reset);
                });
            });
}

QString TrainingLab::builtInScenarioFor(const QString& procedure)
{
    return procedure == QLatin1String("failover") ? QStringLiteral("normal-with-log-shipping")
                                                  : QStringLiteral("default-scenario");
}

void TrainingLab::setProcedure(const QString& procedure, bool disasterStruck)
{
    const bool failover = procedure == QLatin1String("failover");
    m_builtInScenario = failover ? builtInScenarioFor(procedure) : QString();
    m_disasterStruck = failover && disasterStruck;
}

QString TrainingLab::scenarioText(const QString& key, const QString& language) const
{
    const QJsonValue value = m_scenario.value(key);
    if (value.isObject()) {
        const QJsonObject texts = value.toObject();
        for (const QString& choice : {language, QStringLiteral("en")})
            if (const QString text = texts.value(choice).toString(); !text.isEmpty())
                return text;
    }
    if (value.isString())
        return value.toString();
    return key == QStringLiteral("title") ? m_scenario.value(QLatin1String("name")).toString() : QString();
}

} // namespace pchat
