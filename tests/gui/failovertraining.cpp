#include "failovertraining.h"

#include "eventually.h"
#include "labendstate.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/steppage.h"
#include "wizard/pages/welcomepage.h"
#include "wizard/training/drillcontroller.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace pchat;

FailoverTraining::FailoverTraining()
{
    m_lab.setLabProgram(QStringLiteral(PCHAT_LAB_EXE));
    m_lab.setProcedure(QStringLiteral("failover"), false);
    m_lab.setSpeed(400);
    QSignalSpy started(&m_lab, &TrainingLab::started);
    m_lab.start();
    EXPECT_TRUE(started.wait(20000));
    m_host = std::make_unique<WizardHost>(Procedure::failover(), [this](FailbackWizard& built) {
        attachTraining(built, m_lab);
        if (!m_auditRoot.isEmpty())
            built.setAuditRoot(m_auditRoot);
    });
    m_host->wizard()->setPlan(m_lab.trainingPlan());
    follow();
}

void FailoverTraining::attachTraining(FailbackWizard& wizard, TrainingLab& lab)
{
    wizard.setTrainingMode(true);
    auto* welcome = qobject_cast<WelcomePage*>(wizard.page(FailbackWizard::WelcomePageId));
    welcome->setTrainingLab(&lab);
    QObject::connect(welcome, &WelcomePage::labReset, &wizard, [&wizard, &lab] {
        wizard.setPlan(lab.trainingPlan());
        wizard.restart();
    });
}

void FailoverTraining::follow()
{
    m_driver = std::make_unique<test::WizardDriver>(m_host->wizard());
    m_welcome = qobject_cast<WelcomePage*>(wizard().page(FailbackWizard::WelcomePageId));
}

void FailoverTraining::setAuditRoot(const QString& root)
{
    m_auditRoot = root;
    wizard().setAuditRoot(root);
}

void FailoverTraining::goOnWithNextProcedure()
{
    ASSERT_EQ(m_driver->currentPageName(), QStringLiteral("summaryPage"));
    auto* button = wizard().currentPage()->findChild<QPushButton*>(QStringLiteral("nextProcedureButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isVisible());
    ASSERT_TRUE(button->isEnabled());
    QSignalSpy replaced(m_host.get(), &WizardHost::wizardReplaced);
    QTest::mouseClick(button, Qt::LeftButton);
    // The report of the closed run is written first: seconds with many screenshots.
    ASSERT_TRUE(replaced.count() > 0 || replaced.wait(60000));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    follow();
}

StepPage* FailoverTraining::stepPage()
{
    return qobject_cast<StepPage*>(wizard().currentPage());
}

void FailoverTraining::pressTrainerButton(const QString& objectName, bool yes)
{
    auto* button = m_welcome->findChild<QPushButton*>(objectName);
    ASSERT_NE(button, nullptr) << objectName.toStdString();
    ASSERT_TRUE(button->isEnabled());
    auto* result = m_welcome->findChild<QLabel*>(QStringLiteral("trainerResult"));
    result->clear();
    test::WizardDriver::answerNextMessageBox(yes);
    QTest::mouseClick(button, Qt::LeftButton);
    if (!yes) {
        // The question was answered: no request went to the lab, and the page says nothing.
        PCHAT_TRY_VERIFY(QApplication::activeModalWidget() == nullptr, 5000);
        EXPECT_TRUE(result->text().isEmpty()) << result->text().toStdString();
        return;
    }
    // First "…" while the lab works, then its answer.
    PCHAT_TRY_VERIFY(!result->text().isEmpty() && !result->text().endsWith(u'…'), 10000);
}

void FailoverTraining::chooseDrill(const QString& key)
{
    auto* combo = m_welcome->findChild<QComboBox*>(QStringLiteral("drillCombo"));
    const int index = combo->findData(key);
    ASSERT_GE(index, 1) << key.toStdString();
    combo->setCurrentIndex(index);
    ASSERT_EQ(m_welcome->drillController()->state(), DrillController::State::Armed);
}

void FailoverTraining::waitForStrikeAndRecheck()
{
    PCHAT_TRY_COMPARE(m_welcome->drillController()->state(), DrillController::State::Active, 5000);
    recheck();
}

void FailoverTraining::recheck()
{
    StepPage* page = stepPage();
    ASSERT_NE(page, nullptr);
    auto* inspect = page->findChild<QPushButton*>(QStringLiteral("inspectButton"));
    ASSERT_NE(inspect, nullptr);
    PCHAT_TRY_VERIFY(!page->isBusy() && inspect->isEnabled(), 20000);
    QTest::mouseClick(inspect, Qt::LeftButton);
    PCHAT_TRY_VERIFY(!page->isBusy() && page->stepObject()->status() != StepStatus::Inspecting &&
                         page->stepObject()->status() != StepStatus::NotInspected,
                     20000);
}

StepOutcome FailoverTraining::runExpectingFailure()
{
    StepPage* page = stepPage();
    auto* run = page->findChild<QPushButton*>(QStringLiteral("runButton"));
    EXPECT_TRUE(run->isEnabled());
    test::WizardDriver::answerNextMessageBox();
    QTest::mouseClick(run, Qt::LeftButton);
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return !page->isBusy() && page->stepObject()->status() == StepStatus::Failed; }, 60000))
        << "status " << int(page->stepObject()->status());
    return page->stepObject()->outcome();
}

void FailoverTraining::fixInTheLab()
{
    auto* fix = wizard().findChild<QPushButton*>(QStringLiteral("fixDrillButton"));
    ASSERT_NE(fix, nullptr);
    ASSERT_TRUE(fix->isVisible());
    QTest::mouseClick(fix, Qt::LeftButton);
    PCHAT_TRY_COMPARE(m_welcome->drillController()->state(), DrillController::State::Fixed, 5000);
}

void FailoverTraining::finishFailover()
{
    m_driver->walkTo(QStringLiteral("summaryPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    m_driver->expectEveryStepDone();
    const QStringList differences = failedOverDifferences();
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
}

QString FailoverTraining::query(const QString& instance, const QString& sql) const
{
    return LabEndState::query(m_lab.port(instance), sql);
}

QStringList FailoverTraining::failedOverDifferences() const
{
    QStringList differences;
    const Plan plan = m_lab.trainingPlan();
    const QString backup = plan.backupInstance.name;
    const QString state =
        query(backup, QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'mgc'"));
    if (state != QLatin1String("ONLINE"))
        differences << QStringLiteral("mgc on %1 is %2, not ONLINE").arg(backup, state);
    const QString role =
        query(backup, QStringLiteral("SELECT mirroring_role_desc AS v FROM "
                                     "sys.database_mirroring WHERE database_id = DB_ID(N'mgc')"));
    if (role != QLatin1String("PRINCIPAL"))
        differences << QStringLiteral("mgc on %1 is not the mirroring principal: %2").arg(backup, role);
    const QJsonObject pool = control().pool();
    if (pool.value(QLatin1String("state")).toString() != QLatin1String("FailedOver"))
        differences << QStringLiteral("pool state %1").arg(pool.value(QLatin1String("state")).toString());
    QStringList active;
    for (const QJsonValue& server : pool.value(QLatin1String("activeServers")).toArray())
        active << server.toString().toLower();
    QStringList expected;
    for (const QString& server : plan.failover.activeServers)
        expected << server.toLower();
    active.sort();
    expected.sort();
    if (expected.isEmpty() || active != expected)
        differences
            << QStringLiteral("active servers %1, expected %2").arg(active.join(u','), expected.join(u','));
    return differences;
}

void FailoverTraining::shot(const QString& name)
{
    test::WizardDriver::screenshot(&wizard(), name);
}
