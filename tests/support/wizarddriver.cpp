#include "wizarddriver.h"

#include "backend/audit/journal.h"
#include "backend/plan/planjson.h"
#include "eventually.h"
#include "keyboard.h"
#include "labprocess.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/steppage.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

namespace pchat::test {

WizardDriver::WizardDriver()
    : WizardDriver(examplePlan())
{
    // Every test starts at the scenario's start, also when one process runs several of them (ctest runs
    // each in a process of its own).
    const QJsonObject reply = lab().control().reset();
    EXPECT_TRUE(reply.value(QLatin1String("ok")).toBool()) << QJsonDocument(reply).toJson().toStdString();
}

WizardDriver::WizardDriver(const Plan& plan, const Procedure& procedure)
    : m_owned(std::make_unique<FailbackWizard>(procedure))
    , m_wizard(m_owned.get())
{
    m_wizard->setPlan(plan);
    show();
}

WizardDriver::WizardDriver(FailbackWizard* wizard)
    : m_wizard(wizard)
{
    show();
}

void WizardDriver::show()
{
    m_wizard->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(m_wizard));
    // Keyboard focus, cell editors and shortcuts need the window to be the active one, as on a desktop.
    m_wizard->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(m_wizard));
}

LabProcess& WizardDriver::lab()
{
    // One lab for the whole test binary, started once (a few hundred ms saved per test); each WizardDriver()
    // resets it to the scenario's start.
    // PCHAT_TEST_LAB_SPEED slows the lab down for a look at a step while it runs (pchat_page_screenshots).
    static LabProcess process(
        {QStringLiteral("--speed"), qEnvironmentVariable("PCHAT_TEST_LAB_SPEED", QStringLiteral("400"))});
    return process;
}

Plan WizardDriver::examplePlan()
{
    EXPECT_TRUE(lab().started());
    QMap<QString, int> ports;
    const Plan file = examplePlanFile();
    for (const InstanceSettings* instance : {&file.backupInstance, &file.primaryInstance})
        ports.insert(instance->name, lab().port(instance->name));
    return planForLab(ports, lab().controlPort());
}

Plan WizardDriver::planForLab(const QMap<QString, int>& ports, int controlPort)
{
    Plan plan = examplePlanFile();
    for (InstanceSettings* instance : {&plan.backupInstance, &plan.primaryInstance}) {
        instance->address = QStringLiteral("127.0.0.1,%1").arg(ports.value(instance->name));
        instance->password = QString::fromLatin1(LabProcess::password());
    }
    // The lab's shell stands in for the Lync Server Management Shell.
    plan.lync.shellProgram = QStringLiteral(PCHAT_LAB_EXE);
    plan.lync.shellArguments = {QStringLiteral("shell"), QStringLiteral("--control"),
                                QString::number(controlPort)};
    return plan;
}

QList<QJsonObject> WizardDriver::journalEvents(const QString& runFolder)
{
    QList<QJsonObject> events;
    QFile file(QDir(runFolder).filePath(Journal::fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return events;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    return events;
}

Plan WizardDriver::examplePlanFile()
{
    QString error;
    std::optional<Plan> plan =
        PlanJson::load(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"), &error);
    EXPECT_TRUE(plan.has_value()) << error.toStdString();
    Plan result = plan.value_or(Plan{});
    result.applyDerivedDefaults(QDate(2026, 11, 26));
    return result;
}

QString WizardDriver::currentPageName() const
{
    return m_wizard->currentPage() ? m_wizard->currentPage()->objectName() : QString();
}

void WizardDriver::confirmAssumptions()
{
    for (int i = 1;; ++i) {
        auto* box = find<QCheckBox>(QStringLiteral("assumption%1").arg(i));
        if (!box)
            break;
        if (!box->isChecked())
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    }
}

void WizardDriver::next()
{
    const QString before = currentPageName();
    // A commit page (the restore) shows Commit in place of Next.
    QAbstractButton* button = m_wizard->button(QWizard::CommitButton)->isVisible()
                                  ? m_wizard->button(QWizard::CommitButton)
                                  : nextButton();
    ASSERT_TRUE(button->isVisible()) << "no Next button on " << before.toStdString();
    ASSERT_TRUE(button->isEnabled()) << "Next is disabled on " << before.toStdString();
    QTest::mouseClick(button, Qt::LeftButton);
    // Leaving the Welcome page waits for the audit trail's folder, which is made on its own thread.
    QElapsedTimer waited;
    waited.start();
    while (currentPageName() == before && waited.elapsed() < 10000)
        QTest::qWait(10);
    ASSERT_NE(currentPageName(), before) << "Next did not leave " << before.toStdString();
}

void WizardDriver::answerNextMessageBox(bool yes)
{
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, yes] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        QAbstractButton* button = box->button(yes ? QMessageBox::Yes : QMessageBox::No);
        if (!button)
            button = box->button(QMessageBox::Ok);
        if (button)
            QTest::mouseClick(button, Qt::LeftButton);
        timer->deleteLater();
    });
    timer->start();
}

void WizardDriver::runCurrentStep()
{
    auto* run = find<QPushButton>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    PCHAT_TRY_VERIFY(run->isEnabled(), 20000);
    auto* page = qobject_cast<StepPage*>(m_wizard->currentPage());
    ASSERT_NE(page, nullptr);
    answerNextMessageBox();
    QTest::mouseClick(run, Qt::LeftButton);
    FailbackStep* step = page->stepObject();
    ASSERT_NE(step, nullptr);
    PCHAT_TRY_VERIFY(!page->isBusy() && step->status() != StepStatus::Ready, 60000);
    ASSERT_TRUE(step->status() == StepStatus::Done || step->status() == StepStatus::AlreadyDone)
        << currentPageName().toStdString() << ": " << step->outcome().summary.toStdString() << " "
        << step->outcome().error.text.toStdString();
}

QStringList WizardDriver::pageNames(const Procedure& procedure)
{
    const QStringList steps = &procedure == &Procedure::failover()
                                  ? QStringList{QStringLiteral("failoverRemoveLogShippingPage"),
                                                QStringLiteral("failoverCopyBackupsPage"),
                                                QStringLiteral("applyLogsPage"),
                                                QStringLiteral("bringOnlinePage"),
                                                QStringLiteral("failoverPoolStatePage"),
                                                QStringLiteral("failoverInstallMirrorPage"),
                                                QStringLiteral("failoverSetActiveServersPage")}
                                  : QStringList{QStringLiteral("clearActiveServersPage"),
                                                QStringLiteral("removeMirroringPage"),
                                                QStringLiteral("backupPage"),
                                                QStringLiteral("restorePage"),
                                                QStringLiteral("logShippingPage"),
                                                QStringLiteral("setActiveServersPage"),
                                                QStringLiteral("poolNormalPage")};
    return QStringList{QStringLiteral("welcomePage"), QStringLiteral("environmentPage"),
                       QStringLiteral("preflightPage")} +
           steps + QStringList{QStringLiteral("summaryPage")};
}

FailbackWizard* WizardDriver::chooseProcedure(WizardHost& host, const char* radio)
{
    auto* button = host.wizard()->findChild<QRadioButton*>(QString::fromLatin1(radio));
    EXPECT_NE(button, nullptr) << radio;
    if (button)
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(5, button->height() / 2));
    // The host builds the new wizard from the event loop and deletes the old one later.
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return host.wizard();
}

void WizardDriver::screenshot(QWidget* window, const QString& name)
{
    const QString folder = qEnvironmentVariable("PCHAT_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    window->resize(1366, 768);
    // The layouts settle over several passes after a resize (scroll bars appear, wrapped labels grow).
    QTest::qWait(200);
    EXPECT_TRUE(window->grab().save(QDir(folder).filePath(
        QStringLiteral("%1-%2.png").arg(name, LanguageSwitcher::instance().current()))));
}

void WizardDriver::walkTo(const QString& pageName)
{
    for (int guard = 0; guard < 20 && currentPageName() != pageName; ++guard) {
        const QString page = currentPageName();
        if (page == QStringLiteral("preflightPage")) {
            // The checks run on arrival; warnings are acknowledged as an operator would after reading them.
            auto* acknowledge = find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
            PCHAT_TRY_VERIFY(nextButton()->isEnabled() || (acknowledge && acknowledge->isVisible()), 60000);
            if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
                QTest::mouseClick(acknowledge, Qt::LeftButton, {}, QPoint(5, acknowledge->height() / 2));
        }
        auto* stepPage = qobject_cast<StepPage*>(m_wizard->currentPage());
        if (stepPage && stepPage->stepObject()) {
            // Wait for the inspection on arrival, then run the step unless it is already in place.
            PCHAT_TRY_VERIFY(!stepPage->isBusy(), 20000);
            const StepStatus status = stepPage->stepObject()->status();
            if (status != StepStatus::Done && status != StepStatus::AlreadyDone) {
                prepareRun(page);
                runCurrentStep();
                if (testing::Test::HasFatalFailure())
                    return;
            }
            if (auto* confirm = find<QCheckBox>(QStringLiteral("confirmListEmpty"));
                confirm && !confirm->isChecked())
                QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(5, confirm->height() / 2));
        }
        next();
        if (testing::Test::HasFatalFailure())
            return;
    }
    ASSERT_EQ(currentPageName(), pageName);
}

QList<std::pair<QString, QString>> WizardDriver::typedConfirmations(const QString& page) const
{
    const Plan& plan = m_wizard->plan();
    if (page == QStringLiteral("restorePage"))
        return {{QStringLiteral("confirmDatabase"), plan.mgcDatabase},
                {QStringLiteral("confirmInstance"), plan.primaryInstance.name}};
    if (page == QStringLiteral("logShippingPage"))
        return {{QStringLiteral("confirmSecondaryDatabase"), plan.mgcDatabase},
                {QStringLiteral("confirmSecondaryInstance"), plan.backupInstance.name}};
    if (page == QStringLiteral("bringOnlinePage"))
        return {{QStringLiteral("confirmOnlineDatabase"), plan.mgcDatabase},
                {QStringLiteral("confirmOnlineInstance"), plan.backupInstance.name}};
    return {};
}

StepPage* WizardDriver::openStepPage(const QString& pageName)
{
    confirmAssumptions();
    walkTo(pageName);
    auto* page = qobject_cast<StepPage*>(m_wizard->currentPage());
    if (testing::Test::HasFatalFailure() || !page) {
        ADD_FAILURE() << "the walk did not reach the step page " << pageName.toStdString();
        return nullptr;
    }
    if (!QTest::qWaitFor([page] { return !page->isBusy(); }, 30000)) {
        ADD_FAILURE() << pageName.toStdString() << " stayed busy";
        return nullptr;
    }
    return page;
}

void WizardDriver::prepareRun(const QString& page)
{
    if (page == QStringLiteral("failoverCopyBackupsPage")) {
        auto* copy = find<QRadioButton>(QStringLiteral("copyChoice"));
        auto* share = find<QRadioButton>(QStringLiteral("shareChoice"));
        ASSERT_TRUE(copy && share);
        if (!copy->isChecked() && !share->isChecked())
            QTest::mouseClick(share, Qt::LeftButton, {}, QPoint(6, share->height() / 2));
    } else if (page == QStringLiteral("bringOnlinePage")) {
        auto* endSessions = find<QCheckBox>(QStringLiteral("endSessions"));
        ASSERT_NE(endSessions, nullptr);
        if (endSessions->isEnabled() && !endSessions->isChecked())
            QTest::mouseClick(endSessions, Qt::LeftButton, {}, QPoint(5, endSessions->height() / 2));
    }
    for (const auto& [field, text] : typedConfirmations(page))
        retype(field, text);
}

void WizardDriver::retype(const QString& objectName, const QString& text)
{
    auto* edit = find<QLineEdit>(objectName);
    ASSERT_NE(edit, nullptr) << objectName.toStdString();
    Keyboard::retype(edit, text);
}

void WizardDriver::expectEveryStepDone()
{
    for (int id : m_wizard->pageIds()) {
        auto* page = qobject_cast<StepPage*>(m_wizard->page(id));
        if (!page || !page->stepObject())
            continue;
        const StepStatus status = page->stepObject()->status();
        EXPECT_TRUE(status == StepStatus::Done || status == StepStatus::AlreadyDone)
            << page->objectName().toStdString();
    }
}

} // namespace pchat::test
