// The audit trail of real runs: a complete walk leaves a folder that verifies and holds no password; a run
// whose process is killed in the middle of the restore is resumed by a new wizard at the right step.
#include "backend/audit/auditverifier.h"
#include "backend/audit/journal.h"
#include "backend/log/logging.h"
#include "backend/process/stoprequest.h"
#include "backend/run/procedure.h"
#include "backend/run/stepinfo.h"
#include "eventually.h"
#include "labprocess.h"
#include "reporthtml.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <iostream>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using pchat::test::ReportHtml;
using pchat::test::WizardDriver;
using namespace pchat;

namespace {

QString onlyRunFolder(const QString& root)
{
    const QStringList runs = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    EXPECT_EQ(runs.size(), 1) << runs.join(u',').toStdString();
    return runs.isEmpty() ? QString() : QDir(root).filePath(runs.constFirst());
}

// The PNG chunks that carry text: a screenshot must have none (no text layer where a secret could hide).
QStringList pngTextChunks(const QByteArray& png)
{
    QStringList found;
    for (qsizetype at = 8; at + 8 <= png.size();) {
        const quint32 length = (quint8(png[at]) << 24) | (quint8(png[at + 1]) << 16) |
                               (quint8(png[at + 2]) << 8) | quint8(png[at + 3]);
        const QByteArray type = png.mid(at + 4, 4);
        if (type == "tEXt" || type == "zTXt" || type == "iTXt")
            found << QString::fromLatin1(type);
        at += 12 + qsizetype(length);
    }
    return found;
}

// Clicks the button with this objectName in the next modal dialog that opens.
void clickInNextDialog(const QString& buttonName)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttonName] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (auto* button = dialog->findChild<QAbstractButton*>(buttonName)) {
            QTest::mouseClick(button, Qt::LeftButton);
            timer->deleteLater();
        }
    });
    timer->start();
}

} // namespace

TEST(AuditedRun, CompleteTrainingRunVerifiesAndHoldsNoPassword)
{
    QTemporaryDir root;
    // For a look at the screenshots and the report: PCHAT_KEEP_AUDIT=1 keeps the folder and prints it.
    if (qEnvironmentVariableIsSet("PCHAT_KEEP_AUDIT")) {
        root.setAutoRemove(false);
        std::cout << "audit root: " << root.path().toStdString() << std::endl;
    }
    WizardDriver driver;
    driver.wizard().setAuditRoot(root.path());
    driver.wizard().setTrainingMode(true);
    driver.confirmAssumptions();
    driver.next();
    const QString folder = onlyRunFolder(root.path());
    ASSERT_FALSE(folder.isEmpty());
    // Typed by keyboard as the operator does; it must reach no file of the run.
    const QString password = QString::fromLatin1(LabProcess::password());
    driver.retype(QStringLiteral("backupInstancePassword"), password);
    driver.retype(QStringLiteral("primaryInstancePassword"), password);
    driver.walkTo(QStringLiteral("summaryPage"));
    if (testing::Test::HasFatalFailure())
        return;
    // The Summary page closes the run and shows the anchor for the change ticket before the window goes.
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("closeRunButton")), Qt::LeftButton);
    auto* finalHash = driver.find<QLineEdit>(QStringLiteral("finalHash"));
    ASSERT_NE(finalHash, nullptr);
    PCHAT_TRY_VERIFY(finalHash->isVisible() && finalHash->text().size() == 64, 60000);
    EXPECT_FALSE(driver.wizard().button(QWizard::BackButton)->isEnabled()) << "a closed run cannot go back";
    QTest::mouseClick(driver.find<QPushButton>(QStringLiteral("copyFinalHashButton")), Qt::LeftButton);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), finalHash->text());
    EXPECT_TRUE(driver.find<QLabel>(QStringLiteral("finalHashNote"))
                    ->text()
                    .contains(QLatin1String("--expect-hash")));
    const QString shownHash = finalHash->text();
    QTest::mouseClick(driver.wizard().button(QWizard::FinishButton), Qt::LeftButton);
    PCHAT_TRY_VERIFY(!driver.wizard().isVisible(), 60000);

    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    ASSERT_TRUE(verified.ok) << verified.message.toStdString();
    EXPECT_EQ(verified.finalHash, shownHash) << "Finish recorded nothing after the shown hash";
    const ReportHtml report(folder);
    const QString& html = report.text();
    ASSERT_FALSE(html.isEmpty()) << "no report.html";
    EXPECT_TRUE(html.contains(verified.finalHash)) << "the report names the journal's final hash";
    EXPECT_TRUE(html.contains(QLatin1String("TRAINING")));
    for (const pchat::ProcedureStep& step : pchat::Procedure::failback().actions())
        EXPECT_TRUE(html.contains(step.title().toHtmlEscaped())) << step.number();
    // The cover names the operator the journal records, and Preflight says how it ended.
    QFile journal(QDir(folder).filePath(QStringLiteral("journal.jsonl")));
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    const QString operatorName =
        QJsonDocument::fromJson(journal.readLine()).object().value(QLatin1String("operator")).toString();
    ASSERT_FALSE(operatorName.isEmpty());
    EXPECT_TRUE(
        html.contains(QStringLiteral("<td valign=\"top\">%1</td>").arg(operatorName.toHtmlEscaped())));
    const QString preflightSection = report.section(QStringLiteral("preflight"), QStringLiteral("step1"));
    ASSERT_FALSE(preflightSection.isEmpty());
    EXPECT_TRUE(preflightSection.contains(QStringLiteral("Outcome: Done")))
        << preflightSection.left(600).toStdString();
    EXPECT_TRUE(preflightSection.contains(QStringLiteral("What was checked")));
    EXPECT_TRUE(QFileInfo(QDir(folder).filePath(QStringLiteral("report.pdf"))).size() > 10000);
    EXPECT_GE(verified.screenshotCount, 20);
    EXPECT_GE(verified.scriptCount, 7);

    const QList<QJsonObject> events = WizardDriver::journalEvents(folder);
    QSet<QString> pages;
    QSet<int> stepsDone;
    bool typedConfirmation = false;
    for (const QJsonObject& event : events) {
        EXPECT_EQ(event.value("mode").toString(), QStringLiteral("training"));
        const QJsonObject details = event.value("details").toObject();
        if (event.value("kind") == QLatin1String("page-entered"))
            pages.insert(details.value("page").toString());
        if (event.value("kind") == QLatin1String("step-state") &&
            (details.value("status") == QLatin1String("done") ||
             details.value("status") == QLatin1String("already-done")))
            stepsDone.insert(event.value("step").toInt());
        if (event.value("kind") == QLatin1String("confirmation") &&
            details.value("what") == QLatin1String("typed"))
            typedConfirmation = true;
    }
    for (int step = 1; step <= 7; ++step) {
        EXPECT_TRUE(pages.contains(QStringLiteral("step%1").arg(step))) << step;
        EXPECT_TRUE(stepsDone.contains(step)) << step;
    }
    EXPECT_TRUE(typedConfirmation);
    EXPECT_EQ(events.constFirst().value("kind").toString(), QStringLiteral("run-started"));
    EXPECT_EQ(events.constLast().value("kind").toString(), QStringLiteral("run-finished"));
    EXPECT_EQ(events.constLast().value("details").toObject().value("result").toString(),
              QStringLiteral("success"));

    // The password appears in no file of the audit folder (as UTF-8 or UTF-16), in no screenshot's text
    // chunks, and not in the log.
    // Info lines reach the file within a second; everything written so far is read.
    Logging::logger()->flush();
    QStringList files{Logging::logFilePath()};
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    const QByteArray utf16(reinterpret_cast<const char*>(password.utf16()), password.size() * 2);
    for (const QString& path : files) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray content = file.readAll();
        EXPECT_FALSE(content.contains(password.toUtf8())) << path.toStdString();
        EXPECT_FALSE(content.contains(utf16)) << path.toStdString();
        if (path.endsWith(QLatin1String(".png"))) {
            EXPECT_TRUE(pngTextChunks(content).isEmpty()) << path.toStdString();
        }
    }
}

namespace {

const char* childVariable = "PCHAT_RESUME_CHILD";

QMap<QString, int> labPorts(const LabProcess& lab)
{
    QMap<QString, int> ports;
    const Plan file = WizardDriver::examplePlanFile();
    for (const InstanceSettings* instance : {&file.backupInstance, &file.primaryInstance})
        ports.insert(instance->name, lab.port(instance->name));
    return ports;
}

} // namespace

// Not a test of its own: the process that AuditedRun.KilledInTheRestoreResumesThere starts and kills.
TEST(ResumeChild, WalksIntoTheRestoreUntilKilled)
{
    if (!qEnvironmentVariableIsSet(childVariable))
        GTEST_SKIP() << "runs only as the child process of AuditedRun.KilledInTheRestoreResumesThere";
    const QJsonObject setup = QJsonDocument::fromJson(qgetenv(childVariable)).object();
    QMap<QString, int> ports;
    const QJsonObject portsJson = setup.value("ports").toObject();
    for (auto it = portsJson.begin(); it != portsJson.end(); ++it)
        ports.insert(it.key(), it.value().toInt());
    WizardDriver driver(WizardDriver::planForLab(ports, setup.value("control").toInt()));
    driver.wizard().setAuditRoot(setup.value("root").toString());
    driver.confirmAssumptions();
    driver.walkTo(QStringLiteral("restorePage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    auto* page = qobject_cast<StepPage*>(driver.wizard().currentPage());
    PCHAT_TRY_VERIFY(!page->isBusy(), 20000);
    driver.retype(QStringLiteral("confirmDatabase"), driver.wizard().plan().mgcDatabase);
    driver.retype(QStringLiteral("confirmInstance"), driver.wizard().plan().primaryInstance.name);
    auto* run = driver.find<QPushButton>(QStringLiteral("runButton"));
    PCHAT_TRY_VERIFY(run->isEnabled(), 20000);
    WizardDriver::answerNextMessageBox();
    // As the program's main does: a stop signal records the interruption, then ends the event loop.
    StopRequest stopRequest;
    if (setup.value("stopOnSignal").toBool())
        driver.wizard().stopOn(&stopRequest);
    QTest::mouseClick(run, Qt::LeftButton);
    if (setup.value("stopOnSignal").toBool()) {
        QTimer::singleShot(120000, [] { QCoreApplication::exit(1); });
        const int code = QCoreApplication::exec();
        std::cout.flush();
        std::_Exit(code);
    }
    // The parent kills this process while the restore runs.
    QTest::qWait(120000);
    FAIL() << "the parent did not kill this process";
}

namespace {

// Starts the child (ResumeChild) on the lab and waits until its restore of mgc has started and runs; the lab
// is slowed down once the child reaches the restore page, so that what the parent does lands in the middle of
// it. Returns the child's audit folder, or an empty string after a test failure.
QString childInTheRestore(LabProcess& lab, const QTemporaryDir& root, bool stopOnSignal, QProcess& child)
{
    QJsonObject ports;
    const QMap<QString, int> portMap = labPorts(lab);
    for (auto it = portMap.begin(); it != portMap.end(); ++it)
        ports.insert(it.key(), it.value());
    const QJsonObject setup{{"root", root.path()},
                            {"ports", ports},
                            {"control", lab.controlPort()},
                            {"stopOnSignal", stopOnSignal}};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(childVariable),
                       QString::fromUtf8(QJsonDocument(setup).toJson(QJsonDocument::Compact)));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--gtest_filter=ResumeChild.*")});
    if (!child.waitForStarted()) {
        ADD_FAILURE() << "the child did not start";
        return {};
    }
    QString folder;
    bool slowed = false;
    bool restoring = false;
    qint64 timelineMark = 0;
    QElapsedTimer clock;
    clock.start();
    while (!restoring && clock.elapsed() < 120000 && child.state() == QProcess::Running) {
        QTest::qWait(50);
        const QStringList runs = QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        if (runs.isEmpty())
            continue;
        folder = QDir(root.path()).filePath(runs.constFirst());
        for (const QJsonObject& event : WizardDriver::journalEvents(folder)) {
            if (event.value("step").toInt() != 4)
                continue;
            if (!slowed && event.value("kind") == QLatin1String("page-entered")) {
                lab.control().setSpeed(4);
                slowed = true;
            }
            if (event.value("kind") == QLatin1String("command-started") &&
                event.value("details").toObject().value("text").toString().contains(
                    QLatin1String("RESTORE DATABASE"))) {
                restoring = true;
                timelineMark = lab.control().progressTimelineMark();
            }
        }
    }
    if (!restoring) {
        ADD_FAILURE() << "the child never started the restore: " << child.readAll().toStdString();
        return {};
    }
    // The restore has reported progress: what the parent does now lands in the middle of it.
    if (!QTest::qWaitFor(
            [&] {
                return !lab.control().progressTimeline(timelineMark).isEmpty() ||
                       child.state() != QProcess::Running;
            },
            30000)) {
        ADD_FAILURE() << "the child's restore reported no progress in 30 s";
        return {};
    }
    if (child.state() != QProcess::Running) {
        ADD_FAILURE() << "the child ended in the restore: " << child.readAll().toStdString();
        return {};
    }
    return folder;
}

} // namespace

TEST(AuditedRun, KilledInTheRestoreResumesThere)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir root;
    QProcess child;
    const QString folder = childInTheRestore(lab, root, false, child);
    ASSERT_FALSE(folder.isEmpty());
    child.kill(); // SIGKILL: no closing event, no cleanup, as after a crash or a power cut
    ASSERT_TRUE(child.waitForFinished(10000));
    lab.control().setSpeed(400);
    const QList<QJsonObject> before = WizardDriver::journalEvents(folder);
    ASSERT_FALSE(before.isEmpty());
    EXPECT_NE(before.constLast().value("kind").toString(), QStringLiteral("run-finished"));
    for (const QJsonObject& event : before) {
        // Killed in the middle: the journal knows the restore started and never saw it end.
        ASSERT_FALSE(event.value("kind") == QLatin1String("step-state") && event.value("step").toInt() == 4 &&
                     event.value("details").toObject().value("status") == QLatin1String("done"))
            << "the restore ended before the kill; slow the lab down further";
    }

    // A new wizard on the same audit root offers the run and continues it.
    WizardDriver driver(WizardDriver::planForLab(labPorts(lab), lab.controlPort()));
    driver.wizard().setAuditRoot(root.path());
    clickInNextDialog(QStringLiteral("resumeButton"));
    driver.wizard().offerResume();
    ASSERT_EQ(driver.currentPageName(), QStringLiteral("environmentPage"));
    // The journal holds no password: the operator types them again.
    EXPECT_TRUE(driver.wizard().plan().backupInstance.password.isEmpty());
    driver.retype(QStringLiteral("backupInstancePassword"), QString::fromLatin1(LabProcess::password()));
    driver.retype(QStringLiteral("primaryInstancePassword"), QString::fromLatin1(LabProcess::password()));
    driver.next();
    // Preflight and the recorded steps are passed by the wizard itself once the servers confirm them;
    // warnings are acknowledged as the operator would.
    PCHAT_TRY_VERIFY(
        [&] {
            if (auto* acknowledge = driver.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
                acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
                QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
            return driver.currentPageName() == QLatin1String("restorePage");
        }(),
        60000);
    auto* restorePage = qobject_cast<StepPage*>(driver.wizard().currentPage());
    PCHAT_TRY_VERIFY(!restorePage->isBusy(), 20000);
    const StepStatus status = restorePage->stepObject()->status();
    EXPECT_TRUE(status == StepStatus::Ready)
        << "the interrupted restore must be offered again, status " << int(status);
    // The page shows what the server says about the interrupted restore.
    auto* findings = driver.find<QTableWidget>(QStringLiteral("stepFindings"));
    ASSERT_NE(findings, nullptr);
    QStringList cells;
    for (int row = 0; row < findings->rowCount(); ++row)
        cells << findings->item(row, 1)->text();
    EXPECT_TRUE(cells.join(u'|').contains(QLatin1String("RESTORING"))) << cells.join(u'|').toStdString();
    for (int id = FailbackWizard::ClearActiveServersPageId; id < FailbackWizard::RestorePageId; ++id) {
        auto* done = qobject_cast<StepPage*>(driver.wizard().page(id));
        EXPECT_TRUE(done->isRecordedDone()) << id;
    }
    driver.walkTo(QStringLiteral("summaryPage"));
    if (testing::Test::HasFatalFailure())
        return;
    QTest::mouseClick(driver.wizard().button(QWizard::FinishButton), Qt::LeftButton);
    PCHAT_TRY_VERIFY(!driver.wizard().isVisible(), 60000);

    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    EXPECT_TRUE(verified.ok) << verified.message.toStdString();
    const QList<QJsonObject> events = WizardDriver::journalEvents(folder);
    int started = 0, resumed = 0, restoreDone = 0;
    for (const QJsonObject& event : events) {
        started += event.value("kind") == QLatin1String("run-started");
        resumed += event.value("kind") == QLatin1String("run-resumed");
        restoreDone += event.value("kind") == QLatin1String("step-state") &&
                       event.value("step").toInt() == 4 &&
                       event.value("details").toObject().value("status") == QLatin1String("done");
    }
    EXPECT_EQ(started, 1);
    EXPECT_EQ(resumed, 1);
    EXPECT_EQ(restoreDone, 1);
    EXPECT_EQ(events.constLast().value("kind").toString(), QStringLiteral("run-finished"));
}

#ifdef Q_OS_UNIX
TEST(AuditedRun, TerminatedInTheRestoreRecordsTheInterruptionAndVerifies)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    QTemporaryDir root;
    QProcess child;
    const QString folder = childInTheRestore(lab, root, true, child);
    ASSERT_FALSE(folder.isEmpty());
    child.terminate(); // SIGTERM, as a service manager or "kill" sends it
    ASSERT_TRUE(child.waitForFinished(20000)) << child.readAll().toStdString();
    lab.control().setSpeed(400);
    EXPECT_EQ(child.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(child.exitCode(), 128 + 15) << child.readAll().toStdString();

    const QList<QJsonObject> events = WizardDriver::journalEvents(folder);
    ASSERT_FALSE(events.isEmpty());
    const QJsonObject last = events.constLast();
    EXPECT_EQ(last.value("kind").toString(), QStringLiteral("run-interrupted"));
    EXPECT_EQ(last.value("details").toObject().value("reason").toString(), QStringLiteral("terminated"));
    EXPECT_EQ(last.value("details").toObject().value("page").toString(), QStringLiteral("step4"));
    // The cancelled restore reported where it stood before the run was closed.
    bool restoreEnded = false;
    for (const QJsonObject& event : events)
        restoreEnded |=
            event.value("kind") == QLatin1String("command-finished") && event.value("step").toInt() == 4;
    EXPECT_TRUE(restoreEnded);
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    EXPECT_TRUE(verified.ok) << verified.message.toStdString();
}
#endif
