// The failover's steps 3 and 4 clicked in FailbackWizard(Procedure::failover()) against a lab after the
// disaster, in German and in English: the chain read from the share as well, the log restores, the sessions
// and the typed confirmation of the recovery, and the recovery point on the page. Their training notes and
// drills are there in both languages. PCHAT_FAILOVER_SHOTS=DIR saves the two pages as the operator sees them.
#include "backend/run/procedure.h"
#include "backend/steps/applylogsstep.h"
#include "backend/steps/bringonlinestep.h"
#include "eventually.h"
#include "labprocess.h"
#include "translations/languageswitcher.h"
#include "wizard/failbackwizard.h"
#include "wizard/pages/steppage.h"
#include "wizard/training/drill.h"
#include "wizard/widgets/trainingnotes.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

int pageOf(const FailbackWizard& wizard, StepId step)
{
    return wizard.actionPageId(int(wizard.procedure().actionIds().indexOf(step)));
}

void shoot(QWidget& window, const QString& name)
{
    const QString dir = qEnvironmentVariable("PCHAT_FAILOVER_SHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    window.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, LanguageSwitcher::instance().current()));
}

// Clicks Run on the current page (Yes to its question) and waits for the step's end.
void runPage(FailbackWizard& wizard)
{
    auto* page = qobject_cast<StepPage*>(wizard.currentPage());
    ASSERT_NE(page, nullptr);
    auto* run = page->findChild<QPushButton*>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    PCHAT_TRY_VERIFY(run->isEnabled(), 30000);
    WizardDriver::answerNextMessageBox();
    QTest::mouseClick(run, Qt::LeftButton);
    FailbackStep* step = page->stepObject();
    PCHAT_TRY_VERIFY(!page->isBusy() && step->status() != StepStatus::Ready, 60000);
}

class FailoverSqlPages : public testing::TestWithParam<const char*>
{
protected:
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }
};

} // namespace

TEST_P(FailoverSqlPages, ApplyTheLogBackupsThenBringMgcOnline)
{
    LanguageSwitcher::instance().apply(QString::fromLatin1(GetParam()));
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping"),
                    QStringLiteral("--speed"), QStringLiteral("40")});
    ASSERT_TRUE(lab.started());
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());
    QMap<QString, int> ports;
    for (const char* name : {"PCSQL01\\PCHAT", "PCSQL02\\PCHAT"})
        ports.insert(QString::fromLatin1(name), lab.port(QString::fromLatin1(name)));
    FailbackWizard wizard(Procedure::failover());
    wizard.setPlan(WizardDriver::planForLab(ports, lab.controlPort()));
    wizard.resize(1366, 728);
    wizard.setStartId(pageOf(wizard, StepId::FailoverApplyLogs));
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    auto* applyPage = qobject_cast<StepPage*>(wizard.currentPage());
    ASSERT_NE(applyPage, nullptr);
    auto* apply = qobject_cast<ApplyLogsStep*>(applyPage->stepObject());
    ASSERT_NE(apply, nullptr);
    PCHAT_TRY_VERIFY(apply->status() == StepStatus::Ready, 30000);
    auto* fromShare = applyPage->findChild<QCheckBox*>(QStringLiteral("readFromShare"));
    ASSERT_NE(fromShare, nullptr);
    const qsizetype copied = apply->chain().toApply.size();
    fromShare->click();
    PCHAT_TRY_VERIFY(apply->status() == StepStatus::Ready && apply->readFromShare(), 30000);
    PCHAT_TRY_VERIFY(apply->chain().toApply.size() > copied, 30000);
    auto* table = applyPage->findChild<QTableWidget*>(QStringLiteral("logBackupsTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_GE(table->rowCount(), apply->chain().toApply.size());
    shoot(wizard, QStringLiteral("failover-3-before"));
    runPage(wizard);
    ASSERT_EQ(apply->status(), StepStatus::Done) << apply->outcome().summary.toStdString();
    shoot(wizard, QStringLiteral("failover-3-done"));

    wizard.next();
    auto* onlinePage = qobject_cast<StepPage*>(wizard.currentPage());
    ASSERT_NE(onlinePage, nullptr);
    auto* online = qobject_cast<BringOnlineStep*>(onlinePage->stepObject());
    ASSERT_NE(online, nullptr);
    PCHAT_TRY_VERIFY(online->status() == StepStatus::Ready, 30000);
    auto* point = onlinePage->findChild<QLabel*>(QStringLiteral("recoveryPointLabel"));
    ASSERT_NE(point, nullptr);
    EXPECT_TRUE(point->text().contains(apply->lastApplied().path)) << point->text().toStdString();
    auto* run = onlinePage->findChild<QPushButton*>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    EXPECT_FALSE(run->isEnabled()) << "the commit page waits for the typed names";
    onlinePage->findChild<QLineEdit*>(QStringLiteral("confirmOnlineDatabase"))
        ->setText(QStringLiteral("mgc"));
    onlinePage->findChild<QLineEdit*>(QStringLiteral("confirmOnlineInstance"))
        ->setText(wizard.plan().backupInstance.name.toLower());
    shoot(wizard, QStringLiteral("failover-4-before"));
    runPage(wizard);
    ASSERT_EQ(online->status(), StepStatus::Done) << online->outcome().summary.toStdString();
    EXPECT_TRUE(online->outcome().summary.contains(apply->lastApplied().path));
    shoot(wizard, QStringLiteral("failover-4-done"));
}

TEST_P(FailoverSqlPages, TrainingNotesAndDrillsOfStepsThreeAndFour)
{
    const bool german = QLatin1String(GetParam()) == QLatin1String("de");
    for (StepId step : {StepId::FailoverApplyLogs, StepId::FailoverBringOnline}) {
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        const TrainingNote english = TrainingNotes::forStep(step);
        LanguageSwitcher::instance().apply(QString::fromLatin1(GetParam()));
        const TrainingNote note = TrainingNotes::forStep(step);
        EXPECT_EQ(note.whatAndWhy != english.whatAndWhy, german);
        EXPECT_EQ(note.whatCanGoWrong.constFirst().remedy != english.whatCanGoWrong.constFirst().remedy,
                  german);
        EXPECT_FALSE(note.whatAndWhy.isEmpty());
        EXPECT_FALSE(note.whatYouWouldSee.isEmpty());
        EXPECT_GE(note.whatCanGoWrong.size(), 2);
    }
    EXPECT_TRUE(TrainingNotes::forStep(StepId::Preflight).isEmpty());
    Drill::Targets targets;
    targets.primaryInstance = QStringLiteral("PCSQL01\\PCHAT");
    targets.secondaryInstance = QStringLiteral("PCSQL02\\PCHAT");
    targets.secondaryAgentAccount = QStringLiteral("CONTOSO\\svc-agent");
    targets.database = QStringLiteral("mgc");
    QList<Drill> drills;
    for (const Drill& drill : Drill::failoverCatalog(targets)) {
        if (drill.id() == Drill::Id::LogBackupMissing || drill.id() == Drill::Id::SessionHoldsBackupMgc)
            drills << drill;
    }
    ASSERT_EQ(drills.size(), 2);
    EXPECT_EQ(drills.at(0).labFaults(), QStringList{QStringLiteral("log-backup-missing")});
    EXPECT_EQ(drills.at(1).labFaults(), QStringList{QStringLiteral("db-in-use:PCSQL02\\PCHAT:mgc")});
    for (const Drill& drill : drills) {
        EXPECT_FALSE(drill.title().isEmpty());
        EXPECT_FALSE(drill.description().isEmpty());
        EXPECT_FALSE(drill.recovery().isEmpty());
        EXPECT_FALSE(drill.fixAction().isEmpty());
    }
    EXPECT_EQ(drills.at(0).pageId(), FailbackWizard::PreflightPageId + 3);
    EXPECT_EQ(drills.at(1).pageId(), FailbackWizard::PreflightPageId + 4);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, FailoverSqlPages, testing::Values("en", "de"));
