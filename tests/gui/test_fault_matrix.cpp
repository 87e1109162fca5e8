// The fault matrix: every fault the lab can inject, at every step it can hit (before, during or after the
// step's main action). Each cell asserts what DESIGN.md's quality bar promises: the page shows the error with
// a remedy, the step is Failed or Cancelled and never Done, nothing the operator typed is lost, the audit
// folder verifies and records the failure with its error, and a retry once the fault is cleared completes.
// One TEST per fault (its row), so that ctest runs the rows in parallel, each process with its own lab, and a
// failure names its row; the cell is in the message. The matrix is printed at the end of every process from
// the row files that the rows write (under ctest the last process to end prints all rows).
//
// Cells that do not apply (n.a.), and why:
// - login-fails at steps 1, 6, 7: they run the Lync shell, which does not log in to SQL Server.
// - db-in-use at 2 and 3: SET PARTNER OFF and BACKUP do not need exclusive access; at 1, 6, 7: no database;
//   at Preflight: other users of mgc are normal before the failback (the restore closes them).
// - backup-drop-at at 2 and 4: no BACKUP runs there; restore-drop-at at 2 and 3: no RESTORE runs there.
// - no-space at 2: SET PARTNER OFF writes no file; at 1, 6, 7: no disk of an instance is involved.
// - share-not-writable at 4: RESTORE only reads the share; at 2: the share is not used; at Preflight:
//   xp_fileexist cannot see write access and Preflight writes nothing.
// - share-not-readable at 2: the share is not used.
// - agent-stopped at 2, 3, 4: they do not use SQL Server Agent (Preflight reports it before step 1).
// - shell-cmdlet-fails at 2 to 5: SQL steps, the shell is not used.
// - SQL faults at steps 1, 6, 7 and the shell fault at SQL steps: the step does not use that side at all.
#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/journal.h"
#include "labprocess.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <iostream>
#include <map>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

// 0 is Preflight, 1..7 the procedure's steps.
constexpr int stepCount = 8;

enum class Phase
{
    Before, // the fault is on when Run is clicked and hits the step's first action
    During, // the fault hits while the step's main action (BACKUP, RESTORE) runs
    After,  // the main action succeeds; the fault hits the verification that follows it
};

enum class Inject
{
    BeforeRun,    // switched on before Run (faults that fire by themselves at a percent count as During)
    WhileRunning, // switched on once the step's progress shows that its main action runs
};

struct Cell
{
    int step = 0;
    Phase phase = Phase::Before;
    QString fault; // the lab's fault as switched on (may name an instance or an account)
    Inject inject = Inject::BeforeRun;
    // A check box the operator unticks on the page before Run (an option that would handle the fault).
    QString untick = {};
    // The step has an option on that handles the fault: it must complete under it (no retry needed).
    bool handled = false;
};

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

QString pageOf(int step)
{
    static const QStringList pages{
        QStringLiteral("preflightPage"),        QStringLiteral("clearActiveServersPage"),
        QStringLiteral("removeMirroringPage"),  QStringLiteral("backupPage"),
        QStringLiteral("restorePage"),          QStringLiteral("logShippingPage"),
        QStringLiteral("setActiveServersPage"), QStringLiteral("poolNormalPage")};
    return pages.value(step);
}

const QString sqlAccount = QStringLiteral("CONTOSO\\svc-pchat-sql");

// ---- the row results and the printed matrix
// ----------------------------------------------------------------

QString matrixFolder()
{
    return qEnvironmentVariable("PCHAT_FAULT_MATRIX_DIR", QStringLiteral(PCHAT_FAULT_MATRIX_DIR));
}

// The row order of the printed matrix, and each row's cells that do not apply.
struct RowInfo
{
    QString fault;
    QString notApplicable; // step digits
};

const QList<RowInfo>& rowInfos()
{
    static const QList<RowInfo> rows{
        {QStringLiteral("login-fails"), QStringLiteral("167")},
        {QStringLiteral("db-in-use"), QStringLiteral("012367")},
        {QStringLiteral("backup-drop-at"), QStringLiteral("012467")},
        {QStringLiteral("restore-drop-at"), QStringLiteral("012367")},
        {QStringLiteral("no-space"), QStringLiteral("1267")},
        {QStringLiteral("share-not-readable"), QStringLiteral("1267")},
        {QStringLiteral("share-not-writable"), QStringLiteral("012467")},
        {QStringLiteral("agent-stopped"), QStringLiteral("123467")},
        {QStringLiteral("slow"), QString()},
        {QStringLiteral("shell-cmdlet-fails"), QStringLiteral("2345")},
    };
    return rows;
}

// The cells this process ran: row -> step -> outcome ("failed:B", "ok", "BUG:B" ...).
std::map<QString, std::map<int, QString>>& results()
{
    static std::map<QString, std::map<int, QString>> map;
    return map;
}

void recordCell(const QString& row, int step, const QString& outcome)
{
    QString& cell = results()[row][step];
    // Several phases at one step: "failed:B+D", or "ok:B/failed:B" when the outcomes differ.
    if (cell.isEmpty())
        cell = outcome;
    else if (cell.section(u'/', -1).section(u':', 0, 0) == outcome.section(u':', 0, 0))
        cell += u'+' + outcome.section(u':', 1);
    else
        cell += u'/' + outcome;
}

void writeRow(const QString& row)
{
    QJsonObject cells;
    for (const auto& [step, outcome] : results()[row])
        cells.insert(QString::number(step), outcome);
    QDir().mkpath(matrixFolder());
    QFile file(QDir(matrixFolder()).filePath(row + QStringLiteral(".json")));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("cells"), cells},
                                             {QStringLiteral("time"),
                                              QDateTime::currentDateTime().toString(Qt::ISODate)}})
                       .toJson(QJsonDocument::Compact));
}

class MatrixPrinter : public testing::Environment
{
public:
    void TearDown() override
    {
        // Only a process that ran rows of the matrix prints it (not the bad-input suite's).
        if (results().empty())
            return;
        for (const auto& [row, cells] : results())
            writeRow(row);
        const int width = 20;
        QString out = QStringLiteral("\nFault matrix (B before, D during, A after the step's main action; "
                                     "failed = error with remedy, step failed, audit verified, values kept, "
                                     "retry done)\n");
        out += QStringLiteral("fault").leftJustified(width);
        const QStringList headers{QStringLiteral("Preflight"),   QStringLiteral("1 clear"),
                                  QStringLiteral("2 mirroring"), QStringLiteral("3 backup"),
                                  QStringLiteral("4 restore"),   QStringLiteral("5 log ship"),
                                  QStringLiteral("6 active"),    QStringLiteral("7 normal")};
        for (const QString& header : headers)
            out += header.leftJustified(width - 4);
        out += QStringLiteral("row run at\n");
        for (const RowInfo& info : rowInfos()) {
            QFile file(QDir(matrixFolder()).filePath(info.fault + QStringLiteral(".json")));
            const QJsonObject row = file.open(QIODevice::ReadOnly)
                                        ? QJsonDocument::fromJson(file.readAll()).object()
                                        : QJsonObject();
            const QJsonObject cells = row.value(QLatin1String("cells")).toObject();
            out += info.fault.leftJustified(width);
            for (int step = 0; step < stepCount; ++step) {
                QString cell = cells.value(QString::number(step)).toString();
                if (cell.isEmpty())
                    cell = info.notApplicable.contains(QString::number(step)) ? QStringLiteral("n.a.")
                           : row.isEmpty()                                    ? QStringLiteral("not run")
                                                                              : QStringLiteral("-");
                out += cell.leftJustified(width - 4);
            }
            out += row.value(QLatin1String("time")).toString(QStringLiteral("-")) + u'\n';
        }
        std::cout << out.toStdString() << std::flush;
    }
};

[[maybe_unused]] testing::Environment* const matrixPrinter =
    testing::AddGlobalTestEnvironment(new MatrixPrinter);

// ---- the lab and the audit folder -------------------------------------------------------------------------

bool labCommand(const QJsonObject& request)
{
    return WizardDriver::lab().control().sendOk(request);
}

bool labFault(const char* command, const QString& name)
{
    return labCommand(qstrcmp(command, "fault-clear") == 0 ? LabControl::faultClearRequest(name)
                                                           : LabControl::faultAddRequest(name));
}

bool labSpeed(double speed)
{
    return labCommand(LabControl::speedRequest(speed));
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

// ---- one walk of the wizard
// --------------------------------------------------------------------------------

class MatrixWalk
{
public:
    explicit MatrixWalk(const QString& row)
        : m_row(row)
    {
        // The lab as the scenario starts it: a walk never inherits the state of the one before.
        EXPECT_TRUE(labCommand(LabControl::resetRequest()));
        EXPECT_TRUE(labFault("fault-clear", QStringLiteral("*")));
        EXPECT_TRUE(labSpeed(400));
        m_driver = std::make_unique<WizardDriver>();
        m_driver->wizard().setAuditRoot(m_root.path());
        m_driver->confirmAssumptions();
    }

    WizardDriver& driver() { return *m_driver; }

    QString folder() const
    {
        const QStringList runs = QDir(m_root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        return runs.size() == 1 ? QDir(m_root.path()).filePath(runs.constFirst()) : QString();
    }

    void walkToStep(int step) { m_driver->walkTo(pageOf(step)); }

    // The audit folder, complete up to now, verifies: every event and file intact; the run is still open, so
    // the journal is not closed yet.
    void expectAuditVerifies(const std::string& where)
    {
        ASSERT_NE(m_driver->wizard().auditTrail(), nullptr);
        m_driver->wizard().auditTrail()->flush();
        const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder());
        EXPECT_EQ(verified.problem, AuditVerifier::VerifyResult::NotClosed)
            << where << ": " << verified.message.toStdString();
    }

    void runCell(const Cell& cell)
    {
        const std::string where = QStringLiteral("%1 at %2 (%3)")
                                      .arg(cell.fault, pageOf(cell.step), phaseLetter(cell.phase))
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
        recordCell(m_row, cell.step, verdict + phaseLetter(cell.phase));
    }

private:
    static int failureCount()
    {
        const testing::TestResult* result = testing::UnitTest::GetInstance()->current_test_info()->result();
        int failed = 0;
        for (int i = 0; i < result->total_part_count(); ++i)
            failed += result->GetTestPartResult(i).failed() ? 1 : 0;
        return failed;
    }

    void runPreflightCell(const Cell& cell, const std::string& where)
    {
        WizardDriver& d = *m_driver;
        auto* recheck = d.find<QPushButton>(QStringLiteral("runChecksButton"));
        ASSERT_NE(recheck, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(recheck->isEnabled(), 60000);
        const Plan typed = d.wizard().plan();
        d.wizard().auditTrail()->flush();
        const qsizetype eventsBefore = WizardDriver::journalEvents(folder()).size();

        ASSERT_TRUE(labFault("fault-add", cell.fault));
        QTest::mouseClick(recheck, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!recheck->isEnabled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(recheck->isEnabled(), 90000);

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
        QTRY_VERIFY_WITH_TIMEOUT(!recheck->isEnabled(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(recheck->isEnabled(), 90000);
        auto* acknowledge = d.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
        if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
            QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
        EXPECT_TRUE(d.nextButton()->isEnabled())
            << "Re-check after clearing the fault: "
            << d.find<QLabel>(QStringLiteral("preflightSummary"))->text().toStdString();
    }

    // What the operator types on the page before Run: the typed confirmations the destructive steps ask
    // for, and one distinctive value where the page has a field of its own (valid, so that the retry runs).
    QMap<QString, QString> typeOnPage(int step)
    {
        const Plan& plan = m_driver->wizard().plan();
        QMap<QString, QString> typed;
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
        for (auto it = typed.cbegin(); it != typed.cend(); ++it)
            m_driver->retype(it.key(), it.value());
        return typed;
    }

    void expectTypedKept(const QMap<QString, QString>& typed, const Plan& plan, const char* when)
    {
        for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
            auto* edit = m_driver->find<QLineEdit>(it.key());
            ASSERT_NE(edit, nullptr) << it.key().toStdString();
            EXPECT_EQ(edit->text(), it.value()) << it.key().toStdString() << " " << when;
        }
        EXPECT_EQ(m_driver->wizard().plan(), plan) << "the plan the operator typed changed " << when;
    }

    // Clicks Run (or Retry) and waits until the step has ended; with a fault to inject while it runs, the lab
    // is slowed down until the step's main action shows progress, then the fault is switched on.
    void clickRun(StepPage* page, const QString& faultWhileRunning = QString())
    {
        auto* run = m_driver->find<QPushButton>(QStringLiteral("runButton"));
        ASSERT_NE(run, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 20000);
        if (!faultWhileRunning.isEmpty())
            ASSERT_TRUE(labSpeed(10));
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
            QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || (*started && !page->isBusy()), 60000);
            EXPECT_TRUE(page->isBusy()) << "the step ended before its main action showed progress";
            ASSERT_TRUE(labFault("fault-add", faultWhileRunning));
            labSpeed(400);
        }
        QTRY_VERIFY_WITH_TIMEOUT(*started && !page->isBusy(), 120000);
        QObject::disconnect(watch);
    }

    void runStepCell(const Cell& cell, const std::string& where, bool* endedDone)
    {
        WizardDriver& d = *m_driver;
        auto* page = qobject_cast<StepPage*>(d.wizard().currentPage());
        ASSERT_NE(page, nullptr);
        FailbackStep* step = page->stepObject();
        ASSERT_NE(step, nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
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

        if (cell.inject == Inject::BeforeRun)
            ASSERT_TRUE(labFault("fault-add", cell.fault));
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
            EXPECT_EQ(
                details.value(QLatin1String("error")).toObject().value(QLatin1String("text")).toString(),
                outcome.error.text);
        }
        EXPECT_TRUE(recorded) << "no failed step-state event for step " << cell.step;

        // The retry, once the fault is cleared.
        ASSERT_TRUE(labFault("fault-clear", cell.fault));
        clickRun(page);
        if (testing::Test::HasFatalFailure())
            return;
        EXPECT_TRUE(step->status() == StepStatus::Done || step->status() == StepStatus::AlreadyDone)
            << "the retry ended " << AuditTrail::statusName(int(step->status())).toStdString() << ": "
            << step->outcome().summary.toStdString() << " " << step->outcome().error.text.toStdString();
        expectTypedKept(typed, plan, "after the retry");
    }

    QString m_row;
    QTemporaryDir m_root;
    std::unique_ptr<WizardDriver> m_driver;
};

// Runs the walks of one row; each walk visits its cells in step order on a fresh wizard and a reset lab.
void runRow(const QString& row, const QList<QList<Cell>>& walks)
{
    for (const QList<Cell>& cells : walks) {
        MatrixWalk walk(row);
        for (const Cell& cell : cells) {
            walk.runCell(cell);
            if (testing::Test::HasFatalFailure())
                break;
        }
        if (testing::Test::HasFatalFailure())
            break;
    }
    writeRow(row);
}

} // namespace

TEST(FaultMatrix, LoginFails)
{
    const QString fault = QStringLiteral("login-fails");
    // During: the login fails for the connections the step opens after its main action started (the
    // verification reads the end state on a fresh one).
    runRow(fault, {{{0, Phase::Before, fault},
                    {2, Phase::Before, fault},
                    {3, Phase::Before, fault},
                    {4, Phase::Before, fault},
                    {5, Phase::Before, fault}},
                   {{3, Phase::During, fault, Inject::WhileRunning},
                    {4, Phase::During, fault, Inject::WhileRunning},
                    {5, Phase::During, fault, Inject::WhileRunning}}});
}

TEST(FaultMatrix, DbInUse)
{
    // Step 4 restores the primary's mgc; step 5 initializes the secondary's mgc (the backup instance). With
    // "Close existing connections" ticked (the plan's default, as SSMS offers it) the wizard sets SINGLE_USER
    // WITH ROLLBACK IMMEDIATE first and the restores complete; unticked, the restore fails with 3101.
    const QString primary = QStringLiteral("db-in-use:PCSQL01\\PCHAT:mgc");
    const QString secondary = QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc");
    const QString untick = QStringLiteral("closeExistingConnections");
    runRow(QStringLiteral("db-in-use"),
           {{{4, Phase::Before, primary, Inject::BeforeRun, {}, true},
             {5, Phase::Before, secondary, Inject::BeforeRun, {}, true}},
            {{4, Phase::Before, primary, Inject::BeforeRun, untick}, {5, Phase::Before, secondary}}});
}

TEST(FaultMatrix, BackupDropAt)
{
    // Step 5 makes a full backup of the primary to initialize the secondary.
    const QString fault = QStringLiteral("backup-drop-at:50");
    runRow(QStringLiteral("backup-drop-at"), {{{3, Phase::During, fault}, {5, Phase::During, fault}}});
}

TEST(FaultMatrix, RestoreDropAt)
{
    // Step 5 restores that backup on the secondary WITH NORECOVERY.
    const QString fault = QStringLiteral("restore-drop-at:50");
    runRow(QStringLiteral("restore-drop-at"), {{{4, Phase::During, fault}, {5, Phase::During, fault}}});
}

TEST(FaultMatrix, NoSpace)
{
    const QString fault = QStringLiteral("no-space");
    runRow(fault, {{{0, Phase::Before, fault},
                    {3, Phase::During, fault},
                    {4, Phase::Before, fault},
                    {5, Phase::During, fault}}});
}

TEST(FaultMatrix, ShareNotReadable)
{
    // At step 3 the backup writes the file; reading it back (VERIFYONLY, HEADERONLY) fails after it.
    const QString fault = QStringLiteral("share-not-readable:") + sqlAccount;
    runRow(QStringLiteral("share-not-readable"), {{{0, Phase::Before, fault},
                                                   {3, Phase::After, fault},
                                                   {4, Phase::Before, fault},
                                                   {5, Phase::Before, fault}}});
}

TEST(FaultMatrix, ShareNotWritable)
{
    const QString fault = QStringLiteral("share-not-writable:") + sqlAccount;
    // Not at Preflight: xp_fileexist sees whether a folder exists and can be read, not whether it can be
    // written, and Preflight writes nothing.
    runRow(QStringLiteral("share-not-writable"), {{{3, Phase::Before, fault}, {5, Phase::Before, fault}}});
}

TEST(FaultMatrix, AgentStopped)
{
    const QString fault = QStringLiteral("agent-stopped");
    runRow(fault, {{{0, Phase::Before, fault}, {5, Phase::Before, fault}}});
}

TEST(FaultMatrix, ShellCmdletFails)
{
    const QString fault = QStringLiteral("shell-cmdlet-fails");
    // After: Set-CsPersistentChatState succeeds, reading the state back with Get- fails.
    runRow(fault, {{{0, Phase::Before, fault},
                    {1, Phase::Before, fault},
                    {6, Phase::Before, fault},
                    {7, Phase::Before, fault}},
                   {{7, Phase::After, QStringLiteral("shell-cmdlet-fails:Get-CsPersistentChatState")}}});
}

TEST(FaultMatrix, SlowIsNotAFailure)
{
    // Slow answers are no fault of the procedure: every step completes, and the progress bars only move
    // forward within their range while a step runs.
    const QString row = QStringLiteral("slow");
    MatrixWalk walk(row);
    ASSERT_TRUE(labFault("fault-add", QStringLiteral("slow:40")));
    // Slow enough that the backups and restores show progress over several polls.
    ASSERT_TRUE(labSpeed(25));
    struct Track
    {
        int last = 0;
        int moves = 0;
        bool backwards = false;
        bool outOfRange = false;
        QString values;
    };
    auto tracks = std::make_shared<std::map<QProgressBar*, Track>>();
    for (QProgressBar* bar :
         walk.driver().wizard().findChildren<QProgressBar*>(QStringLiteral("stepProgress"))) {
        QObject::connect(bar, &QProgressBar::valueChanged, bar, [bar, tracks](int value) {
            Track& t = (*tracks)[bar];
            t.outOfRange = t.outOfRange || value < 0 || value > bar->maximum();
            // 0 starts a run again (Retry), and a step of two operations (step 5: backup, then restore)
            // starts again after the first reached 100 %; otherwise the bar only moves forward.
            t.backwards = t.backwards || (value != 0 && value < t.last && t.last != bar->maximum());
            t.moves += value != t.last ? 1 : 0;
            t.last = value;
            t.values += QString::number(value) + u' ';
        });
    }
    // walkTo runs every step on the way and fails the test unless each ends Done.
    walk.driver().walkTo(QStringLiteral("summaryPage"));
    labSpeed(400);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    recordCell(row, 0, QStringLiteral("ok"));
    for (int id = FailbackWizard::ClearActiveServersPageId; id <= FailbackWizard::PoolNormalPageId; ++id) {
        auto* page = qobject_cast<StepPage*>(walk.driver().wizard().page(id));
        const StepStatus status = page->stepObject()->status();
        const bool done = status == StepStatus::Done || status == StepStatus::AlreadyDone;
        EXPECT_TRUE(done) << page->objectName().toStdString();
        recordCell(row, int(page->step()), done ? QStringLiteral("ok") : QStringLiteral("ERR"));
    }
    int moving = 0;
    for (const auto& [bar, track] : *tracks) {
        QString page;
        for (QWidget* w = bar; w; w = w->parentWidget()) {
            if (qobject_cast<QWizardPage*>(w))
                page = w->objectName();
        }
        EXPECT_FALSE(track.backwards) << "the progress bar of " << page.toStdString()
                                      << " moved backwards: " << track.values.toStdString();
        EXPECT_FALSE(track.outOfRange) << "a progress bar left its range";
        moving += track.moves >= 3 ? 1 : 0;
    }
    EXPECT_GE(moving, 2) << "the backup and the restore show progress while they run";
    walk.expectAuditVerifies("slow walk");
    writeRow(row);
}
