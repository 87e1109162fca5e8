// TrainingLab against the real pchat-lab: the plan it fills reaches both instances through QODBC, faults go
// on and off, a reset returns the lab to the scenario's start, and the lab dies with a killed wizard.
#include "backend/plan/planjson.h"
#include "backend/plan/planvalidator.h"
#include "backend/sql/connectiontest.h"
#include "backend/sql/sqlsession.h"
#include "backend/training/labcontrol.h"
#include "backend/training/traininglab.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pchat;

namespace {

const QString kPrimary = QStringLiteral("PCSQL01\\PCHAT");
const QString kBackup = QStringLiteral("PCSQL02\\PCHAT");

// Starts a lab the way training mode does, from the build tree's pchat-lab, and waits for it.
std::unique_ptr<TrainingLab> startedLab(const QStringList& startFaults = {})
{
    auto lab = std::make_unique<TrainingLab>();
    lab->setLabProgram(QStringLiteral(PCHAT_LAB_EXE));
    lab->setSpeed(400);
    lab->setStartFaults(startFaults);
    QSignalSpy started(lab.get(), &TrainingLab::started);
    QSignalSpy failed(lab.get(), &TrainingLab::failed);
    lab->start();
    EXPECT_FALSE(lab->isStarted()) << "start() returns before the lab runs";
    EXPECT_TRUE(started.wait(20000)) << (failed.isEmpty()
                                             ? std::string("no signal")
                                             : failed.constFirst().at(0).toString().toStdString());
    return lab;
}

// The reply of one control request, waited for as a test may.
QJsonObject controlReply(TrainingLab& lab, const QJsonObject& request)
{
    QObject context;
    QJsonObject reply;
    bool answered = false;
    lab.control(request, &context, [&](const QJsonObject& answer) {
        reply = answer;
        answered = true;
    });
    EXPECT_FALSE(answered) << "the reply comes later, through the event loop";
    EXPECT_TRUE(QTest::qWaitFor([&] { return answered; }, 35000));
    return reply;
}

bool succeeded(TrainingLab& lab, void (TrainingLab::*method)(QObject*, TrainingLab::Reply))
{
    QObject context;
    std::optional<bool> ok;
    (lab.*method)(&context,
                  [&](const QJsonObject& reply) { ok = reply.value(QLatin1String("ok")).toBool(); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return ok.has_value(); }, 35000));
    return ok.value_or(false);
}

QStringList faultsOf(TrainingLab& lab)
{
    QStringList faults;
    for (const QJsonValue& fault :
         controlReply(lab, LabControl::faultsRequest()).value(QLatin1String("faults")).toArray())
        faults << fault.toString();
    return faults;
}

ConnectionTestResult testConnection(const InstanceSettings& instance)
{
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(instance);
    EXPECT_TRUE(finished.wait(20000));
    return finished.isEmpty() ? ConnectionTestResult{}
                              : finished.constFirst().at(0).value<ConnectionTestResult>();
}

// Runs one batch on a connection of its own and returns the first row's first column.
QString scalar(const InstanceSettings& instance, const QString& batch)
{
    SqlSession session(instance);
    QSignalSpy opened(&session, &SqlSession::opened);
    QSignalSpy finished(&session, &SqlSession::finished);
    session.open();
    if (!opened.wait(15000))
        return QStringLiteral("<not connected>");
    session.execute(batch);
    if (!finished.wait(30000))
        return QStringLiteral("<no result>");
    const BatchResult result = finished.constFirst().at(1).value<BatchResult>();
    if (!result.succeeded())
        return QStringLiteral("<failed: %1>").arg(result.firstError().text);
    for (const StatementResult& statement : result.statements) {
        if (!statement.rows.isEmpty())
            return statement.rows.constFirst().value(0).toString();
    }
    return QStringLiteral("<no rows>");
}

QString mirroringRole(const InstanceSettings& instance)
{
    return scalar(instance,
                  QStringLiteral("SELECT ISNULL(mirroring_role_desc, N'NONE') FROM sys.database_mirroring "
                                 "WHERE database_id = DB_ID(N'mgc')"));
}

#ifdef Q_OS_LINUX
// The processes whose parent is `parent`, with their command name, from /proc.
QMap<int, QString> childrenOf(qint64 parent)
{
    QMap<int, QString> children;
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent)
            children.insert(
                pid, QString::fromUtf8(text.mid(text.indexOf('(') + 1, close - text.indexOf('(') - 1)));
    }
    return children;
}

// Gone, or a zombie nobody reaps yet (a container's init may not reap): either way it no longer runs.
bool processEnded(int pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z" || text.mid(close + 2, 1) == "X";
}
#endif

} // namespace

TEST(TrainingLab, FillsThePlanFromTheScenarioAndItsInstancesAnswer)
{
    auto lab = startedLab();
    ASSERT_TRUE(lab->isStarted());
    const Plan plan = lab->trainingPlan();
    EXPECT_TRUE(PlanValidator::validate(plan).isEmpty());

    // The example plan's shape, pointed at this lab: only addresses, passwords, the shell and the failover's
    // log-backup source differ (the lab's secondary reads the share; the example keeps the procedure's copy).
    QString error;
    std::optional<Plan> expected =
        PlanJson::load(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"), &error);
    ASSERT_TRUE(expected.has_value()) << error.toStdString();
    expected->applyDerivedDefaults(QDate::currentDate());
    for (InstanceSettings* instance : {&expected->backupInstance, &expected->primaryInstance}) {
        ASSERT_GT(lab->port(instance->name), 0) << instance->name.toStdString();
        instance->address = QStringLiteral("127.0.0.1,%1").arg(lab->port(instance->name));
        instance->password = QStringLiteral("Lab-Failback-2026");
    }
    expected->failover.restoreFromShare = true;
    expected->lync.shellProgram = QStringLiteral(PCHAT_LAB_EXE);
    expected->lync.shellArguments = {QStringLiteral("shell"), QStringLiteral("--control"),
                                     QString::number(lab->controlPort())};
    EXPECT_EQ(QJsonDocument(PlanJson::toJson(plan)).toJson().toStdString(),
              QJsonDocument(PlanJson::toJson(*expected)).toJson().toStdString());
    EXPECT_TRUE(plan == *expected) << "passwords differ";
    EXPECT_EQ(lab->agentAccount(kBackup), QStringLiteral("CONTOSO\\svc-pchat-agent"));

    for (const InstanceSettings& instance : {plan.backupInstance, plan.primaryInstance}) {
        const ConnectionTestResult result = testConnection(instance);
        EXPECT_TRUE(result.connected)
            << instance.name.toStdString() << ": " << result.error.text.toStdString();
        EXPECT_EQ(result.serverName, instance.name);
        EXPECT_TRUE(result.sysadmin);
    }
}

TEST(TrainingLab, SwitchesFaultsOnAndOffWithoutWaiting)
{
    auto lab = startedLab();
    const Plan plan = lab->trainingPlan();
    QObject context;
    std::optional<bool> added;
    lab->addFault(QStringLiteral("login-fails:") + kPrimary, &context,
                  [&](const QJsonObject& reply) { added = reply.value(QLatin1String("ok")).toBool(); });
    EXPECT_FALSE(added.has_value()) << "addFault returns before the lab answers";
    ASSERT_TRUE(QTest::qWaitFor([&] { return added.has_value(); }, 10000));
    EXPECT_TRUE(*added);
    EXPECT_EQ(faultsOf(*lab), QStringList{QStringLiteral("login-fails:pcsql01\\pchat")});
    const ConnectionTestResult refused = testConnection(plan.primaryInstance);
    EXPECT_FALSE(refused.connected);
    EXPECT_EQ(refused.error.number, 18456) << refused.error.text.toStdString();
    EXPECT_TRUE(testConnection(plan.backupInstance).connected) << "the fault names the primary only";

    EXPECT_TRUE(succeeded(*lab, &TrainingLab::clearFaults));
    EXPECT_TRUE(faultsOf(*lab).isEmpty());
    EXPECT_TRUE(testConnection(plan.primaryInstance).connected);

    // A reply for a context that is gone is dropped, not delivered to a dead object.
    bool delivered = false;
    {
        QObject shortLived;
        lab->control(LabControl::pingRequest(), &shortLived, [&](const QJsonObject&) { delivered = true; });
    }
    const QJsonObject ping = controlReply(*lab, LabControl::pingRequest());
    EXPECT_TRUE(ping.value(QLatin1String("pong")).toBool());
    QTest::qWait(100);
    EXPECT_FALSE(delivered);
}

TEST(TrainingLab, ResetReturnsTheLabToTheScenarioStartWithItsStartFaults)
{
    auto lab = startedLab({QStringLiteral("slow:1")});
    const Plan plan = lab->trainingPlan();
    EXPECT_EQ(mirroringRole(plan.backupInstance), QStringLiteral("PRINCIPAL"));
    EXPECT_EQ(scalar(plan.backupInstance, QStringLiteral("ALTER DATABASE [mgc] SET PARTNER OFF; SELECT 1")),
              QStringLiteral("1"));
    EXPECT_EQ(mirroringRole(plan.backupInstance), QStringLiteral("NONE"));
    EXPECT_TRUE(controlReply(*lab, LabControl::lyncSetStateRequest(QStringLiteral("Normal")))
                    .value(QLatin1String("ok"))
                    .toBool());
    lab->addFault(QStringLiteral("agent-stopped"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return faultsOf(*lab).size() == 2; }, 5000));

    EXPECT_TRUE(succeeded(*lab, &TrainingLab::reset));
    EXPECT_EQ(mirroringRole(plan.backupInstance), QStringLiteral("PRINCIPAL"));
    const QJsonObject pool = controlReply(*lab, LabControl::poolRequest());
    EXPECT_EQ(pool.value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));
    EXPECT_EQ(faultsOf(*lab), QStringList{QStringLiteral("slow:1")}) << "the trainer's start faults stay on";
    EXPECT_EQ(lab->trainingPlan(), plan) << "same ports, same plan";
}

TEST(TrainingLab, AMissingProgramOrScenarioFailsWithTheReason)
{
    TrainingLab missingProgram;
    missingProgram.setLabProgram(QStringLiteral("/nonexistent/pchat-lab"));
    QSignalSpy programFailed(&missingProgram, &TrainingLab::failed);
    missingProgram.start();
    ASSERT_TRUE(programFailed.wait(5000));
    EXPECT_TRUE(
        programFailed.constFirst().at(0).toString().contains(QStringLiteral("/nonexistent/pchat-lab")));
    EXPECT_FALSE(missingProgram.isStarted());

    TrainingLab missingScenario;
    missingScenario.setLabProgram(QStringLiteral(PCHAT_LAB_EXE));
    missingScenario.setScenarioFile(QStringLiteral("/nonexistent/scenario.json"));
    QSignalSpy scenarioFailed(&missingScenario, &TrainingLab::failed);
    missingScenario.start();
    ASSERT_TRUE(scenarioFailed.wait(5000));
    EXPECT_TRUE(scenarioFailed.constFirst().at(0).toString().contains(QStringLiteral("scenario.json")));

    // A scenario the lab refuses: the lab's own words reach the message.
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("{\"instances\": []}");
    broken.close();
    TrainingLab refused;
    refused.setLabProgram(QStringLiteral(PCHAT_LAB_EXE));
    refused.setScenarioFile(broken.fileName());
    QSignalSpy refusedFailed(&refused, &TrainingLab::failed);
    refused.start();
    ASSERT_TRUE(refusedFailed.wait(10000));
    EXPECT_TRUE(
        refusedFailed.constFirst().at(0).toString().contains(QStringLiteral("scenario has no instances")))
        << refusedFailed.constFirst().at(0).toString().toStdString();
}

#ifdef Q_OS_LINUX
TEST(TrainingLab, TheLabEndsWhenTheWizardIsKilled)
{
    QTemporaryDir home;
    QProcess wizard;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
    wizard.setProcessEnvironment(environment);
    wizard.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    wizard.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                 {QStringLiteral("--training"), QStringLiteral("--lang"), QStringLiteral("en")});
    ASSERT_TRUE(wizard.waitForStarted(5000));

    int labPid = 0;
    QElapsedTimer clock;
    clock.start();
    while (labPid == 0 && clock.elapsed() < 20000) {
        const QMap<int, QString> children = childrenOf(wizard.processId());
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            if (it.value() == u"pchat-lab")
                labPid = it.key();
        }
        if (labPid == 0)
            QTest::qWait(50);
    }
    ASSERT_NE(labPid, 0) << "pchat-failback --training started no pchat-lab";
    // The lab is past its start and serving once it has opened its listening sockets.
    const auto hasSockets = [labPid] {
        const QDir fds(QStringLiteral("/proc/%1/fd").arg(labPid));
        for (const QFileInfo& fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
            if (fd.symLinkTarget().contains(QLatin1String("socket:")) ||
                QFile::symLinkTarget(fd.filePath()).contains(QLatin1String("socket:")))
                return true;
        }
        return false;
    };
    EXPECT_TRUE(QTest::qWaitFor(hasSockets, 10000)) << "pchat-lab " << labPid << " opened no socket";

    wizard.kill(); // SIGKILL: no destructor, no clean-up in the wizard
    ASSERT_TRUE(wizard.waitForFinished(5000));
    clock.restart();
    while (!processEnded(labPid) && clock.elapsed() < 2000)
        QTest::qWait(20);
    EXPECT_TRUE(processEnded(labPid)) << "pchat-lab " << labPid << " outlived the killed wizard";
    if (!processEnded(labPid))
        QProcess::execute(QStringLiteral("kill"), {QStringLiteral("-9"), QString::number(labPid)});
}
#endif
