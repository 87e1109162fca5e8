#include "matrixwalk.h"

#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/run/procedure.h"
#include "eventually.h"
#include "faultmatrixresults.h"
#include "labprocess.h"
#include "wizard/pages/steppage.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

QString phaseLetter(Phase phase)
{
    switch (phase) {
    case Phase::Before:
        return QStringLiteral("B");
    case Phase::During:
        return QStringLiteral("D");
    case Phase::After:
        return QStringLiteral("A");
    }
    return {};
}

QString pageOf(MatrixProcedure procedure, int step)
{
    // Preflight (step 0) follows Welcome and Environment.
    return WizardDriver::pageNames(procedure == MatrixProcedure::Failover ? Procedure::failover()
                                                                          : Procedure::failback())
        .value(2 + step);
}

// The lab of the walk made last: the rows of one process run one after the other.
LabProcess* currentLab = nullptr;
// The link to the lab's shell that the plan of the walk made last names.
QString currentShellLink;

bool linkShell(bool present)
{
    QFile::remove(currentShellLink);
    return !present || QFile::link(QStringLiteral(PCHAT_LAB_EXE), currentShellLink);
}

bool labCommand(const QJsonObject& request)
{
    return currentLab && currentLab->control().sendOk(request);
}

// Clicks Yes in a confirmation box that opens within the next seconds (only step 2 asks one), and gives up
// then, so that no late box of another page is answered by accident.
void answerConfirmationSoon()
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    auto* clock = new QElapsedTimer;
    clock->start();
    QObject::connect(timer, &QTimer::timeout, timer, [timer, clock] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            if (QAbstractButton* yes = box->button(QMessageBox::Yes))
                QTest::mouseClick(yes, Qt::LeftButton);
        } else if (clock->elapsed() < 3000) {
            return;
        }
        delete clock;
        timer->deleteLater();
    });
    timer->start();
}

} // namespace

bool MatrixWalk::labFault(const char* command, const QString& name)
{
    const bool clear = qstrcmp(command, "fault-clear") == 0;
    if (name == shellProgramMissing || (clear && name == QLatin1String("*") && !currentShellLink.isEmpty())) {
        if (!linkShell(clear))
            return false;
        if (name != QLatin1String("*"))
            return true;
    }
    return labCommand(qstrcmp(command, "fault-clear") == 0 ? LabControl::faultClearRequest(name)
                                                           : LabControl::faultAddRequest(name));
}

bool MatrixWalk::labSpeed(double speed)
{
    return labCommand(LabControl::speedRequest(speed));
}

LabProcess& MatrixWalk::failoverLab()
{
    static LabProcess process({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping"),
                               QStringLiteral("--speed"), QStringLiteral("400")});
    return process;
}

MatrixWalk::MatrixWalk(const QString& row, MatrixProcedure procedure, const RowPlan& rowPlan)
    : m_row(row)
    , m_procedure(procedure)
{
    const bool failover = procedure == MatrixProcedure::Failover;
    currentLab = failover ? &failoverLab() : &WizardDriver::lab();
    currentShellLink = m_shellFolder.filePath(QStringLiteral("pchat-lab-shell"));
    EXPECT_TRUE(currentLab->started());
    // The lab as the scenario starts it: a walk never inherits the state of the one before.
    EXPECT_TRUE(labCommand(LabControl::resetRequest()));
    EXPECT_TRUE(labFault("fault-clear", QStringLiteral("*")));
    EXPECT_TRUE(labSpeed(normalSpeed()));
    if (failover) {
        // The failover's start: the primary data center is gone.
        EXPECT_TRUE(labCommand(LabControl::disasterRequest()));
        QMap<QString, int> ports;
        for (const char* instance : {"PCSQL01\\PCHAT", "PCSQL02\\PCHAT"})
            ports.insert(QString::fromLatin1(instance), currentLab->port(QString::fromLatin1(instance)));
        m_driver = std::make_unique<WizardDriver>(WizardDriver::planForLab(ports, currentLab->controlPort()),
                                                  Procedure::failover());
    } else {
        m_driver = std::make_unique<WizardDriver>();
    }
    Plan plan = m_driver->wizard().plan();
    plan.lync.shellProgram = currentShellLink;
    if (rowPlan.shellTimeoutSeconds > 0)
        plan.lync.shellTimeoutSeconds = rowPlan.shellTimeoutSeconds;
    m_driver->wizard().setPlan(plan);
    m_driver->wizard().setAuditRoot(m_root.path());
    m_driver->confirmAssumptions();
}

QString MatrixWalk::folder() const
{
    const QStringList runs = QDir(m_root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return runs.size() == 1 ? QDir(m_root.path()).filePath(runs.constFirst()) : QString();
}

void MatrixWalk::expectAuditVerifies(const std::string& where)
{
    ASSERT_NE(m_driver->wizard().auditTrail(), nullptr);
    m_driver->wizard().auditTrail()->flush();
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder());
    EXPECT_EQ(verified.problem, AuditVerifier::VerifyResult::NotClosed)
        << where << ": " << verified.message.toStdString();
}

void MatrixWalk::runCell(const Cell& cell)
{
    const std::string where = QStringLiteral("%1 at %2 (%3)")
                                  .arg(cell.fault, pageOf(m_procedure, cell.step), phaseLetter(cell.phase))
                                  .toStdString();
    SCOPED_TRACE(where);
    walkToStep(cell.step);
    if (testing::Test::HasFatalFailure())
        return;
    const int failuresBefore = failureCount();
    bool endedDone = false;
    if (cell.step == 0)
        runPreflightCell(cell, where);
    else
        runStepCell(cell, where, &endedDone);
    const bool clean = !testing::Test::HasFatalFailure() && failureCount() == failuresBefore;
    const QString verdict = cell.handled ? (clean ? QStringLiteral("ok:") : QStringLiteral("ERR:"))
                            : endedDone  ? QStringLiteral("BUG:")
                            : clean      ? QStringLiteral("failed:")
                                         : QStringLiteral("ERR:");
    FaultMatrixResults::recordCell(m_row, cell.step, verdict + phaseLetter(cell.phase));
}

double MatrixWalk::normalSpeed() const
{
    // The failover's lab at speed 1: its copy and restore jobs would otherwise copy and restore the backups
    // that steps 2 and 3 are for while the walk clicks (they are gone after step 1).
    return m_procedure == MatrixProcedure::Failover ? 1 : 400;
}

int MatrixWalk::failureCount()
{
    const testing::TestResult* result = testing::UnitTest::GetInstance()->current_test_info()->result();
    int failed = 0;
    for (int i = 0; i < result->total_part_count(); ++i)
        failed += result->GetTestPartResult(i).failed() ? 1 : 0;
    return failed;
}

void MatrixWalk::runPreflightCell(const Cell& cell, const std::string& where)
{
    WizardDriver& d = *m_driver;
    auto* recheck = d.find<QPushButton>(QStringLiteral("runChecksButton"));
    ASSERT_NE(recheck, nullptr);
    PCHAT_TRY_VERIFY(recheck->isEnabled(), 60000);
    const Plan typed = d.wizard().plan();
    d.wizard().auditTrail()->flush();
    const qsizetype eventsBefore = WizardDriver::journalEvents(folder()).size();

    ASSERT_TRUE(labFault("fault-add", cell.fault));
    QTest::mouseClick(recheck, Qt::LeftButton);
    PCHAT_TRY_VERIFY(!recheck->isEnabled(), 5000);
    PCHAT_TRY_VERIFY(recheck->isEnabled(), 90000);

    auto* table = d.find<QTableWidget>(QStringLiteral("preflightChecks"));
    ASSERT_NE(table, nullptr);
    int failed = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 2)->text() != QStringLiteral("Fail"))
            continue;
        ++failed;
        EXPECT_FALSE(table->item(row, 3)->text().isEmpty()) << "a failed check says what it found";
        EXPECT_FALSE(table->item(row, 4)->text().isEmpty()) << "a failed check has a remedy";
    }
    EXPECT_GE(failed, 1) << "no check failed";
    EXPECT_FALSE(d.nextButton()->isEnabled()) << "a failed check blocks Next";
    EXPECT_EQ(d.wizard().plan(), typed) << "the plan the operator typed changed";

    expectAuditVerifies(where);
    const QList<QJsonObject> events = WizardDriver::journalEvents(folder());
    int recorded = 0;
    for (qsizetype i = eventsBefore; i < events.size(); ++i) {
        const QJsonObject details = events.at(i).value(QLatin1String("details")).toObject();
        if (events.at(i).value(QLatin1String("kind")) == QLatin1String("check-result") &&
            details.value(QLatin1String("result")) == QLatin1String("failed") &&
            !details.value(QLatin1String("detail")).toString().isEmpty())
            ++recorded;
    }
    EXPECT_EQ(recorded, failed) << "each failed check is in the journal with what it found";

    ASSERT_TRUE(labFault("fault-clear", cell.fault));
    QTest::mouseClick(recheck, Qt::LeftButton);
    PCHAT_TRY_VERIFY(!recheck->isEnabled(), 5000);
    PCHAT_TRY_VERIFY(recheck->isEnabled(), 90000);
    auto* acknowledge = d.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
    if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
        QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
    EXPECT_TRUE(d.nextButton()->isEnabled())
        << "Re-check after clearing the fault: "
        << d.find<QLabel>(QStringLiteral("preflightSummary"))->text().toStdString();
}

QMap<QString, QString> MatrixWalk::typeOnPage(int step)
{
    const Plan& plan = m_driver->wizard().plan();
    QMap<QString, QString> typed;
    if (m_procedure == MatrixProcedure::Failover) {
        if (step == 2) // restore from the share: nothing to copy by hand for the retry
            typed.insert(QStringLiteral("shareChoice"), QStringLiteral("checked"));
        if (step == 4) {
            typed.insert(QStringLiteral("confirmOnlineDatabase"), plan.mgcDatabase);
            typed.insert(QStringLiteral("confirmOnlineInstance"), plan.backupInstance.name.toLower());
        }
        if (step == 5)
            typed.insert(QStringLiteral("poolIdentityFailover5"),
                         QStringLiteral("PersistentChatServer:PCHAT.contoso.com"));
        step = -1; // the failback's pages below are not there
    }
    switch (step) {
    case 3:
        typed.insert(QStringLiteral("backupDescription"),
                     QStringLiteral("Fault matrix: typed before the fault (Ümlaut)"));
        break;
    case 4:
        typed.insert(QStringLiteral("confirmDatabase"), plan.mgcDatabase);
        typed.insert(QStringLiteral("confirmInstance"), plan.primaryInstance.name.toLower());
        break;
    case 5:
        typed.insert(QStringLiteral("backupJobName"), QStringLiteral("LSBackup_mgc_FaultMatrix"));
        typed.insert(QStringLiteral("confirmSecondaryDatabase"), plan.mgcDatabase);
        typed.insert(QStringLiteral("confirmSecondaryInstance"), plan.backupInstance.name);
        break;
    case 7:
        typed.insert(QStringLiteral("poolIdentityStep7"),
                     QStringLiteral("PersistentChatServer:PCHAT.contoso.com"));
        break;
    default:
        break;
    }
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (it.value() != QLatin1String("checked")) {
            m_driver->retype(it.key(), it.value());
            continue;
        }
        auto* button = m_driver->find<QAbstractButton>(it.key());
        if (!button || button->isChecked())
            continue;
        EXPECT_TRUE(QTest::qWaitFor([button] { return button->isEnabled(); }, 30000))
            << it.key().toStdString();
        // On the indicator, as the operator would (the centre may lie past the label).
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }
    return typed;
}

void MatrixWalk::expectTypedKept(const QMap<QString, QString>& typed, const Plan& plan, const char* when)
{
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (it.value() == QLatin1String("checked")) {
            auto* button = m_driver->find<QAbstractButton>(it.key());
            ASSERT_NE(button, nullptr) << it.key().toStdString();
            EXPECT_TRUE(button->isChecked()) << it.key().toStdString() << " " << when;
            continue;
        }
        auto* edit = m_driver->find<QLineEdit>(it.key());
        ASSERT_NE(edit, nullptr) << it.key().toStdString();
        EXPECT_EQ(edit->text(), it.value()) << it.key().toStdString() << " " << when;
    }
    EXPECT_EQ(m_driver->wizard().plan(), plan) << "the plan the operator typed changed " << when;
}

void MatrixWalk::clickRun(StepPage* page, const QString& faultWhileRunning)
{
    auto* run = m_driver->find<QPushButton>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([run] { return run->isEnabled(); }, 20000)) << "Run stays disabled";
    if (!faultWhileRunning.isEmpty()) {
        ASSERT_TRUE(labSpeed(10));
    }
    // The run starts once the audit trail has the confirmation on disk: until then the status is still
    // the one of the run before (Failed, for a retry).
    FailbackStep* step = page->stepObject();
    auto started = std::make_shared<bool>(false);
    const QMetaObject::Connection watch =
        QObject::connect(step, &FailbackStep::statusChanged, step, [started](StepStatus status) {
            *started = *started || status == StepStatus::Running;
        });
    answerConfirmationSoon();
    QTest::mouseClick(run, Qt::LeftButton);
    if (!faultWhileRunning.isEmpty()) {
        auto* bar = m_driver->find<QProgressBar>(QStringLiteral("stepProgress"));
        PCHAT_TRY_VERIFY(bar->value() > 0 || (*started && !page->isBusy()), 60000);
        EXPECT_TRUE(page->isBusy()) << "the step ended before its main action showed progress";
        ASSERT_TRUE(labFault("fault-add", faultWhileRunning));
        labSpeed(normalSpeed());
    }
    PCHAT_TRY_VERIFY(*started && !page->isBusy(), 120000);
    QObject::disconnect(watch);
}

void MatrixWalk::runStepCell(const Cell& cell, const std::string& where, bool* endedDone)
{
    WizardDriver& d = *m_driver;
    auto* page = qobject_cast<StepPage*>(d.wizard().currentPage());
    ASSERT_NE(page, nullptr);
    FailbackStep* step = page->stepObject();
    ASSERT_NE(step, nullptr);
    PCHAT_TRY_VERIFY(!page->isBusy(), 30000);
    ASSERT_EQ(step->status(), StepStatus::Ready) << step->outcome().summary.toStdString();
    const QMap<QString, QString> typed = typeOnPage(cell.step);
    if (!cell.untick.isEmpty()) {
        auto* box = d.find<QCheckBox>(cell.untick);
        ASSERT_NE(box, nullptr) << cell.untick.toStdString();
        if (box->isChecked())
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
        ASSERT_FALSE(box->isChecked());
    }
    const Plan plan = d.wizard().plan();
    d.wizard().auditTrail()->flush();
    const qsizetype eventsBefore = WizardDriver::journalEvents(folder()).size();

    if (cell.inject == Inject::BeforeRun) {
        ASSERT_TRUE(labFault("fault-add", cell.fault));
    }
    clickRun(page, cell.inject == Inject::WhileRunning ? cell.fault : QString());
    if (testing::Test::HasFatalFailure())
        return;

    const StepOutcome outcome = step->outcome();
    const StepStatus status = step->status();
    *endedDone = status == StepStatus::Done || status == StepStatus::AlreadyDone;
    if (cell.handled) {
        EXPECT_TRUE(*endedDone) << "the option on the page handles the fault, yet the step ended "
                                << AuditTrail::statusName(int(status)).toStdString() << ": "
                                << outcome.summary.toStdString();
        *endedDone = false;
        expectTypedKept(typed, plan, "after the run");
        expectAuditVerifies(where);
        ASSERT_TRUE(labFault("fault-clear", cell.fault));
        return;
    }
    EXPECT_TRUE(status == StepStatus::Failed || status == StepStatus::Cancelled)
        << "the step ended " << AuditTrail::statusName(int(status)).toStdString()
        << " under the fault: " << outcome.summary.toStdString();
    if (*endedDone) {
        // Found as a bug: nothing to retry. The fault is cleared for the cells after this one.
        labFault("fault-clear", cell.fault);
        return;
    }
    const QString shown = d.find<QLabel>(QStringLiteral("stepOutcome"))->text();
    EXPECT_FALSE(outcome.summary.isEmpty());
    EXPECT_TRUE(shown.contains(outcome.summary)) << shown.toStdString();
    EXPECT_FALSE(outcome.remedy.isEmpty()) << "no remedy for: " << outcome.summary.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("What to do: ") + outcome.remedy)) << shown.toStdString();
    EXPECT_FALSE(d.wizard().button(QWizard::NextButton)->isEnabled() &&
                 d.wizard().button(QWizard::NextButton)->isVisible())
        << "Next is open after a failed step";
    EXPECT_FALSE(d.wizard().button(QWizard::CommitButton)->isEnabled() &&
                 d.wizard().button(QWizard::CommitButton)->isVisible())
        << "Commit is open after a failed step";
    EXPECT_EQ(d.find<QPushButton>(QStringLiteral("runButton"))->text(), QStringLiteral("Retry"));
    expectTypedKept(typed, plan, "after the failure");

    expectAuditVerifies(where);
    const QList<QJsonObject> events = WizardDriver::journalEvents(folder());
    bool recorded = false;
    for (qsizetype i = eventsBefore; i < events.size(); ++i) {
        const QJsonObject& event = events.at(i);
        const QJsonObject details = event.value(QLatin1String("details")).toObject();
        if (event.value(QLatin1String("kind")) != QLatin1String("step-state") ||
            event.value(QLatin1String("step")).toInt() != cell.step)
            continue;
        const QString recordedStatus = details.value(QLatin1String("status")).toString();
        EXPECT_NE(recordedStatus, QStringLiteral("done")) << "the journal records the step done";
        if (recordedStatus != QLatin1String("failed") && recordedStatus != QLatin1String("cancelled"))
            continue;
        recorded = true;
        EXPECT_EQ(details.value(QLatin1String("summary")).toString(), outcome.summary);
        EXPECT_EQ(details.value(QLatin1String("remedy")).toString(), outcome.remedy);
        EXPECT_EQ(details.value(QLatin1String("error")).toObject().value(QLatin1String("text")).toString(),
                  outcome.error.text);
    }
    EXPECT_TRUE(recorded) << "no failed step-state event for step " << cell.step;

    // The retry, once the fault is cleared. Where the remedy is to read the state again first (Run stays
    // closed over what the failure found, such as a session to end), the operator clicks Re-check.
    ASSERT_TRUE(labFault("fault-clear", cell.fault));
    auto* run = d.find<QPushButton>(QStringLiteral("runButton"));
    auto* recheck = d.find<QPushButton>(QStringLiteral("inspectButton"));
    if (!run->isEnabled() && recheck && recheck->isEnabled()) {
        QTest::mouseClick(recheck, Qt::LeftButton);
        PCHAT_TRY_VERIFY(!page->isBusy() && step->status() != StepStatus::Failed, 30000);
    }
    clickRun(page);
    if (testing::Test::HasFatalFailure())
        return;
    EXPECT_TRUE(step->status() == StepStatus::Done || step->status() == StepStatus::AlreadyDone)
        << "the retry ended " << AuditTrail::statusName(int(step->status())).toStdString() << ": "
        << step->outcome().summary.toStdString() << " " << step->outcome().error.text.toStdString();
    expectTypedKept(typed, plan, "after the retry");
}

void MatrixWalk::walkToStep(int step)
{
    if (m_procedure == MatrixProcedure::Failover)
        walkFailoverTo(pageOf(m_procedure, step));
    else
        m_driver->walkTo(pageOf(m_procedure, step));
}

void MatrixWalk::walkFailoverTo(const QString& pageName)
{
    WizardDriver& d = *m_driver;
    for (int guard = 0; guard < 20 && d.currentPageName() != pageName; ++guard) {
        if (d.currentPageName() == QLatin1String("preflightPage")) {
            // The primary data center's absence is a finding to acknowledge, not a failure.
            auto* acknowledge = d.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
            PCHAT_TRY_VERIFY(d.nextButton()->isEnabled() || (acknowledge && acknowledge->isVisible()), 60000);
            if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
                QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
        }
        auto* page = qobject_cast<StepPage*>(d.wizard().currentPage());
        if (page && page->stepObject()) {
            PCHAT_TRY_VERIFY(!page->isBusy(), 30000);
            const StepStatus status = page->stepObject()->status();
            if (status != StepStatus::Done && status != StepStatus::AlreadyDone) {
                typeOnPage(Procedure::failover().find(page->step())->number());
                d.runCurrentStep();
            }
        }
        if (!testing::Test::HasFatalFailure())
            d.next();
        if (testing::Test::HasFatalFailure())
            return;
    }
    ASSERT_EQ(d.currentPageName(), pageName);
}

void MatrixWalk::runRow(const QString& row, const QList<QList<Cell>>& walks, MatrixProcedure procedure,
                        const RowPlan& rowPlan)
{
    for (const QList<Cell>& cells : walks) {
        MatrixWalk walk(row, procedure, rowPlan);
        for (const Cell& cell : cells) {
            walk.runCell(cell);
            if (testing::Test::HasFatalFailure())
                break;
        }
        if (testing::Test::HasFatalFailure())
            break;
    }
    FaultMatrixResults::writeRow(row);
}
