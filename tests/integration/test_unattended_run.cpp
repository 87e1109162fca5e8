// pchat-failback --unattended as a benchmark or a scheduled change runs it: the whole failback against a lab
// of its own with a plan file, the passwords from the environment and the confirmations in the plan; the lab
// must end failed back, the audit folder must verify, and the console must never show a password.
#include "backend/audit/auditevent.h"
#include "backend/plan/planjson.h"
#include "labendstate.h"
#include "labprocess.h"
#include "reporthtml.h"
#include "unattendedprogram.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace pchat;

namespace {

using Result = UnattendedProgram::Result;
using U = UnattendedProgram;

} // namespace

TEST(UnattendedPlan, ConfirmationsRoundTripThroughTheJsonAndAreLeftOutWhenEmpty)
{
    Plan plan;
    EXPECT_FALSE(PlanJson::toJson(plan).contains(QStringLiteral("unattended")))
        << "a wizard's plan stays as it was";
    plan.unattended.restoreDatabase = QStringLiteral("mgc");
    plan.unattended.restoreInstance = QStringLiteral("PCSQL01\\PCHAT");
    plan.unattended.logShippingDatabase = QStringLiteral("mgc");
    plan.unattended.logShippingInstance = QStringLiteral("PCSQL02\\PCHAT");
    plan.unattended.acknowledgedServers = {QStringLiteral("PCHAT03.contoso.com")};
    plan.unattended.acknowledgePreflightWarnings = true;
    const QJsonObject json = PlanJson::toJson(plan);
    EXPECT_EQ(json.value(QStringLiteral("unattended")).toObject().size(), 8);
    QStringList errors;
    EXPECT_EQ(PlanJson::fromJson(json, &errors).unattended, plan.unattended);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();

    QJsonObject wrong = json;
    wrong.insert(QStringLiteral("unattended"),
                 QJsonObject{{QStringLiteral("acknowledgedServers"), QStringLiteral("PCHAT03.contoso.com")},
                             {QStringLiteral("acknowledgePreflightWarnings"), QStringLiteral("yes")}});
    PlanJson::fromJson(wrong, &errors);
    ASSERT_EQ(errors.size(), 2) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("unattended.acknowledgedServers: ")));
    EXPECT_TRUE(errors.at(1).startsWith(QStringLiteral("unattended.acknowledgePreflightWarnings: ")));
}

TEST(UnattendedRun, FailsBackTheDefaultScenarioAndLeavesAVerifiableAuditFolder)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir dir;
    const QString audit = dir.filePath(QStringLiteral("audit"));
    QProcessEnvironment environment = U::environmentWith(U::labPassword(), U::labPassword());
    const QString shellEnvironment = dir.filePath(QStringLiteral("shell-environment.txt"));
    environment.insert(QStringLiteral("PCHAT_LAB_SHELL_ENVIRONMENT_FILE"), shellEnvironment);
    const Result result =
        U::run({QStringLiteral("--unattended"), QStringLiteral("--plan"),
                U::writePlan(dir, lab, U::fullConfirmations()), QStringLiteral("--audit-dir"), audit},
               environment);
    ASSERT_EQ(result.exitCode, 0) << result.output.toStdString();
    EXPECT_FALSE(result.output.contains(U::labPassword())) << "a password reached the console";
    // The run read the passwords and took them out of its environment before it started the shell.
    QFile printed(shellEnvironment);
    ASSERT_TRUE(printed.open(QIODevice::ReadOnly)) << "the lab shell did not print its environment";
    const QString shellSaw = QString::fromUtf8(printed.readAll());
    EXPECT_TRUE(shellSaw.contains(QLatin1String("PCHAT_LAB_SHELL_ENVIRONMENT_FILE="))) << "nothing printed";
    EXPECT_FALSE(shellSaw.contains(QLatin1String("PCHAT_BACKUP_PASSWORD"))) << shellSaw.toStdString();
    EXPECT_FALSE(shellSaw.contains(QLatin1String("PCHAT_PRIMARY_PASSWORD"))) << shellSaw.toStdString();
    EXPECT_FALSE(shellSaw.contains(U::labPassword())) << "a password reached the shell's environment";
    for (int step = 1; step <= 7; ++step)
        EXPECT_TRUE(result.output.contains(QStringLiteral("[%1/7 ").arg(step))) << "no line of step " << step;
    EXPECT_TRUE(result.output.contains(QStringLiteral("[4/7] Msg 3014: ")))
        << "the restore's completion message is printed as the server sent it";

    const QStringList differences = LabEndState::differences(lab);
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();

    const QString folder = U::runFolder(audit);
    EXPECT_EQ(U::verifyAudit(folder), 0);
    const QList<QJsonObject> events = U::journalEvents(folder);
    ASSERT_FALSE(events.isEmpty());
    const QJsonObject started = events.constFirst();
    EXPECT_EQ(started.value(QLatin1String("kind")).toString(), AuditKind::RunStarted);
    EXPECT_TRUE(
        started.value(QLatin1String("details")).toObject().value(QLatin1String("unattended")).toBool());
    EXPECT_EQ(started.value(QLatin1String("mode")).toString(), QStringLiteral("production"));
    EXPECT_TRUE(U::eventsOfKind(events, AuditKind::Screenshot).isEmpty());
    const QJsonObject last = events.constLast();
    EXPECT_EQ(last.value(QLatin1String("kind")).toString(), AuditKind::RunFinished);
    EXPECT_EQ(last.value(QLatin1String("details")).toObject().value(QLatin1String("result")).toString(),
              QStringLiteral("success"));
    for (int step : {4, 5}) {
        const QList<QJsonObject> confirmations = U::eventsOfKind(events, AuditKind::Confirmation, step);
        ASSERT_EQ(confirmations.size(), 1) << "step " << step;
        const QJsonObject details = confirmations.constFirst().value(QLatin1String("details")).toObject();
        EXPECT_TRUE(details.value(QLatin1String("accepted")).toBool()) << "step " << step;
        EXPECT_EQ(details.value(QLatin1String("source")).toString(), QStringLiteral("plan"));
    }
    EXPECT_FALSE(U::eventsOfKind(events, AuditKind::CommandStarted, 4).isEmpty());
    EXPECT_TRUE(QDir(QDir(folder).filePath(QStringLiteral("screens")))
                    .entryList(QDir::Files | QDir::NoDotAndDotDot)
                    .isEmpty());

    QFile report(QDir(folder).filePath(QStringLiteral("report.html")));
    ASSERT_TRUE(report.open(QIODevice::ReadOnly)) << "no report.html";
    EXPECT_TRUE(QString::fromUtf8(report.readAll()).contains(QStringLiteral("no screenshots were taken")));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("report.pdf"))));
}

// A shared plan must not choose which program starts: the shell in it is ignored, with a warning, and the
// cmdlets run in the shell this computer names (here --shell-program).
TEST(UnattendedRun, AShellProgramInThePlanIsIgnoredWithAWarning)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir dir;
    const QString planPath = U::writePlan(dir, lab, {});
    QJsonObject plan = U::readJson(planPath);
    QJsonObject lync = plan.value(QLatin1String("lync")).toObject();
    const QString marker = dir.filePath(QStringLiteral("the-plan-ran-this"));
    lync.insert(QStringLiteral("shellProgram"), QStringLiteral("/bin/sh"));
    lync.insert(QStringLiteral("shellArguments"),
                QJsonArray{QStringLiteral("-c"), QStringLiteral("touch '%1'").arg(marker)});
    plan.insert(QStringLiteral("lync"), lync);
    QFile file(planPath);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(plan).toJson());
    file.close();
    const Result result = U::run({QStringLiteral("--unattended"), QStringLiteral("--plan"), planPath,
                                  QStringLiteral("--audit-dir"), dir.filePath(QStringLiteral("audit"))},
                                 U::environmentWith(U::labPassword(), U::labPassword()));
    EXPECT_TRUE(
        result.output.contains(QLatin1String("lync.shellProgram, lync.shellArguments; this is ignored")))
        << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QLatin1String("[1/7 Clear the Active Server list] done")))
        << "step 1 ran in the lab's shell: " << result.output.toStdString();
    EXPECT_FALSE(QFileInfo::exists(marker)) << "the plan's program was started";
}

TEST(UnattendedRun, StopsBeforeTheRestoreWhenThePlanDoesNotConfirmIt)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir dir;
    const QString audit = dir.filePath(QStringLiteral("audit"));
    QJsonObject confirmations = U::fullConfirmations();
    confirmations.remove(QStringLiteral("restoreDatabase"));
    const Result result =
        U::run({QStringLiteral("--unattended"), QStringLiteral("--plan"),
                U::writePlan(dir, lab, confirmations), QStringLiteral("--audit-dir"), audit},
               U::environmentWith(U::labPassword(), U::labPassword()));
    EXPECT_EQ(result.exitCode, 18) << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QStringLiteral("\"unattended.restoreDatabase\" to \"mgc\"")))
        << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QStringLiteral("[3/7 Back up mgc to the log-shipping share] done")))
        << "the steps before the restore ran";

    // Nothing was restored over the primary's database.
    EXPECT_EQ(LabEndState::restoreCount(lab, QStringLiteral("PCSQL01\\PCHAT"), QStringLiteral("mgc")), 0);
    EXPECT_EQ(
        LabEndState::query(lab, QStringLiteral("PCSQL01\\PCHAT"),
                           QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'mgc'")),
        QStringLiteral("ONLINE"));

    const QString folder = U::runFolder(audit);
    EXPECT_EQ(U::verifyAudit(folder), 0);
    const QList<QJsonObject> events = U::journalEvents(folder);
    const QList<QJsonObject> asked = U::eventsOfKind(events, AuditKind::Confirmation, 4);
    ASSERT_EQ(asked.size(), 1);
    const QJsonObject details = asked.constFirst().value(QLatin1String("details")).toObject();
    EXPECT_FALSE(details.value(QLatin1String("accepted")).toBool());
    EXPECT_TRUE(details.value(QLatin1String("problem"))
                    .toString()
                    .contains(QStringLiteral("unattended.restoreDatabase")));
    // Step 4 read the backup file's sets (RESTORE HEADERONLY), but sent no restore.
    for (const QJsonObject& command : U::eventsOfKind(events, AuditKind::CommandStarted, 4)) {
        const QString text =
            command.value(QLatin1String("details")).toObject().value(QLatin1String("text")).toString();
        EXPECT_FALSE(text.contains(QStringLiteral("RESTORE DATABASE"))) << text.toStdString();
    }
    const QJsonObject last = events.constLast();
    EXPECT_EQ(last.value(QLatin1String("kind")).toString(), AuditKind::RunInterrupted);
    EXPECT_EQ(last.value(QLatin1String("details")).toObject().value(QLatin1String("reason")).toString(),
              QStringLiteral("confirmation-missing"));
    EXPECT_EQ(last.value(QLatin1String("details")).toObject().value(QLatin1String("page")).toString(),
              QStringLiteral("step4"));
}

TEST(UnattendedRun, TrainingRunsTheWholeFailbackAgainstItsOwnLab)
{
    QTemporaryDir dir;
    // The default scenario, 400 times faster, so that the 6 GB backup and restores take a moment.
    QJsonObject scenario =
        U::readJson(QStringLiteral(PCHAT_SOURCE_DIR "/resources/scenarios/default-scenario.json"));
    scenario.insert(QStringLiteral("speed"), 400);
    const QString scenarioFile = dir.filePath(QStringLiteral("scenario.json"));
    QFile out(scenarioFile);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(scenario).toJson());
    out.close();
    const QString audit = dir.filePath(QStringLiteral("audit"));

    const Result result =
        U::run({QStringLiteral("--unattended"), QStringLiteral("--training"), QStringLiteral("--scenario"),
                scenarioFile, QStringLiteral("--audit-dir"), audit},
               U::environmentWith({}, {}));
    ASSERT_EQ(result.exitCode, 0) << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QStringLiteral("TRAINING")));
    EXPECT_FALSE(result.output.contains(scenario.value(QLatin1String("saPassword")).toString()))
        << "the lab's password reached the console";
    const QString folder = U::runFolder(audit);
    EXPECT_EQ(U::verifyAudit(folder), 0);
    const QList<QJsonObject> events = U::journalEvents(folder);
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(events.constFirst().value(QLatin1String("mode")).toString(), QStringLiteral("training"));
    EXPECT_EQ(events.constLast().value(QLatin1String("kind")).toString(), AuditKind::RunFinished);
    const QList<QJsonObject> confirmations = U::eventsOfKind(events, AuditKind::Confirmation, 4);
    ASSERT_EQ(confirmations.size(), 1);
    EXPECT_EQ(confirmations.constFirst()
                  .value(QLatin1String("details"))
                  .toObject()
                  .value(QLatin1String("source"))
                  .toString(),
              QStringLiteral("training"));

    // Preflight's checks and how it ended are in the journal, as the wizard records them ...
    EXPECT_FALSE(U::eventsOfKind(events, AuditKind::CheckResult, 0).isEmpty());
    const QList<QJsonObject> preflightStates = U::eventsOfKind(events, AuditKind::StepState, 0);
    ASSERT_EQ(preflightStates.size(), 1);
    const QJsonObject preflightEnd = preflightStates.constFirst().value(QLatin1String("details")).toObject();
    EXPECT_EQ(preflightEnd.value(QLatin1String("status")).toString(), QStringLiteral("done"));
    EXPECT_EQ(preflightEnd.value(QLatin1String("passed")).toInt() +
                  preflightEnd.value(QLatin1String("warnings")).toInt(),
              U::eventsOfKind(events, AuditKind::CheckResult, 0).size());
    // ... and the report shows them and the operator the journal names.
    const pchat::test::ReportHtml report(folder);
    ASSERT_FALSE(report.text().isEmpty()) << "no report.html";
    const QString preflightSection = report.section(QStringLiteral("preflight"), QStringLiteral("step1"));
    ASSERT_FALSE(preflightSection.isEmpty());
    EXPECT_TRUE(preflightSection.contains(QStringLiteral("Outcome: Done")))
        << preflightSection.left(600).toStdString();
    EXPECT_TRUE(preflightSection.contains(QStringLiteral("What was checked")));
    EXPECT_FALSE(preflightSection.contains(QStringLiteral("Outcome: not recorded")));
    const QString operatorName = events.constFirst().value(QLatin1String("operator")).toString();
    ASSERT_FALSE(operatorName.isEmpty());
    EXPECT_TRUE(report.text().contains(
        QStringLiteral("<td valign=\"top\">%1</td>").arg(operatorName.toHtmlEscaped())))
        << "the cover names the operator";
}

TEST(UnattendedRun, AWrongPasswordStopsAtPreflightWithoutShowingIt)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir dir;
    const QString wrong = QStringLiteral("Wrong-Secret-4711");
    const Result result = U::run({QStringLiteral("--unattended"), QStringLiteral("--plan"),
                                  U::writePlan(dir, lab, U::fullConfirmations()),
                                  QStringLiteral("--audit-dir"), dir.filePath(QStringLiteral("audit"))},
                                 U::environmentWith(U::labPassword(), wrong));
    EXPECT_EQ(result.exitCode, 19) << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QStringLiteral("Login failed for user 'sa'")))
        << result.output.toStdString();
    EXPECT_FALSE(result.output.contains(wrong)) << "the wrong password reached the console";
    EXPECT_FALSE(result.output.contains(U::labPassword())) << "the right password reached the console";
    // Nothing was changed: the backup instance still mirrors.
    EXPECT_EQ(LabEndState::query(lab, QStringLiteral("PCSQL02\\PCHAT"),
                                 QStringLiteral("SELECT COUNT(*) AS v FROM sys.database_mirroring "
                                                "WHERE mirroring_guid IS NOT NULL")),
              QStringLiteral("2"));
}

TEST(UnattendedRun, AMissingPasswordIsNamedByItsVariable)
{
    LabProcess lab;
    ASSERT_TRUE(lab.started());
    QTemporaryDir dir;
    const Result result = U::run({QStringLiteral("--unattended"), QStringLiteral("--plan"),
                                  U::writePlan(dir, lab, U::fullConfirmations()),
                                  QStringLiteral("--audit-dir"), dir.filePath(QStringLiteral("audit"))},
                                 U::environmentWith(U::labPassword(), {}));
    EXPECT_EQ(result.exitCode, 7) << result.output.toStdString();
    EXPECT_TRUE(result.output.contains(QStringLiteral("PCHAT_PRIMARY_PASSWORD")))
        << result.output.toStdString();
    EXPECT_FALSE(QDir(dir.filePath(QStringLiteral("audit"))).exists())
        << "nothing started without the password";
}

#ifdef Q_OS_UNIX
TEST(UnattendedRun, CtrlCCancelsTheRunningStepAndRecordsTheInterruption)
{
    // Slow enough that the 6 GB backup of step 3 runs for seconds.
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("5")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir dir;
    const QString audit = dir.filePath(QStringLiteral("audit"));
    QProcess process;
    process.setProcessEnvironment(U::environmentWith(U::labPassword(), U::labPassword()));
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--unattended"),
                   QStringLiteral("--plan"), U::writePlan(dir, lab, U::fullConfirmations()),
                   QStringLiteral("--audit-dir"), audit, QStringLiteral("--shell-program"),
                   QStringLiteral(PCHAT_LAB_EXE), QStringLiteral("--shell-arguments"),
                   QStringLiteral("shell --control %1").arg(lab.controlPort())});
    ASSERT_TRUE(process.waitForStarted(10000));
    QString output;
    QElapsedTimer waited;
    waited.start();
    // The first progress line of the backup (the server's own messages come when the batch ends).
    const QRegularExpression backupProgress(QStringLiteral("\\[3/7 [^\\]]*\\] \\d+% "));
    while (!output.contains(backupProgress) && waited.elapsed() < 60000 &&
           process.state() == QProcess::Running) {
        process.waitForReadyRead(200);
        output += QString::fromUtf8(process.readAll());
    }
    ASSERT_TRUE(output.contains(backupProgress)) << output.toStdString();
    ::kill(pid_t(process.processId()), SIGINT);
    ASSERT_TRUE(process.waitForFinished(60000));
    output += QString::fromUtf8(process.readAll());
    EXPECT_EQ(process.exitCode(), 130) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("[3/7 Back up mgc to the log-shipping share] cancelled")))
        << output.toStdString();

    const QString folder = U::runFolder(audit);
    EXPECT_EQ(U::verifyAudit(folder), 0);
    const QList<QJsonObject> events = U::journalEvents(folder);
    const QList<QJsonObject> states = U::eventsOfKind(events, AuditKind::StepState, 3);
    ASSERT_FALSE(states.isEmpty());
    EXPECT_EQ(states.constLast()
                  .value(QLatin1String("details"))
                  .toObject()
                  .value(QLatin1String("status"))
                  .toString(),
              QStringLiteral("cancelled"));
    ASSERT_FALSE(events.isEmpty());
    const QJsonObject last = events.constLast();
    EXPECT_EQ(last.value(QLatin1String("kind")).toString(), AuditKind::RunInterrupted);
    EXPECT_EQ(last.value(QLatin1String("details")).toObject().value(QLatin1String("reason")).toString(),
              QStringLiteral("cancelled"));
    EXPECT_EQ(last.value(QLatin1String("details")).toObject().value(QLatin1String("page")).toString(),
              QStringLiteral("step3"));
    EXPECT_TRUE(U::eventsOfKind(events, AuditKind::StepState, 4).isEmpty()) << "step 4 was not started";
}
#endif
