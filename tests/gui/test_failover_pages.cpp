// Failover steps 1 and 2 through their pages in FailbackWizard(Procedure::failover()) against the lab after
// the disaster, in English and in German: the record log shipping kept, the removal, the uncopied log backups
// with the robocopy command, and the choice to restore from the share, which the page then states.
#include "backend/run/procedure.h"
#include "backend/shell/robocopycommand.h"
#include "backend/steps/failovercopybackupsstep.h"
#include "backend/steps/failoverremovelogshippingstep.h"
#include "eventually.h"
#include "labprocess.h"
#include "translations/languageswitcher.h"
#include "wizard/failbackwizard.h"
#include "wizard/pages/steppage.h"
#include "wizard/training/drill.h"
#include "wizard/widgets/trainingnotes.h"
#include "wizarddriver.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

class FailoverPagesTest : public testing::TestWithParam<QString>
{
protected:
    void SetUp() override
    {
        LanguageSwitcher::instance().apply(GetParam());
        // Speed 1: the backup instance's copy and restore jobs do not run again while the test clicks.
        m_lab = std::make_unique<LabProcess>(QStringList{QStringLiteral("--scenario"),
                                                         QStringLiteral("normal-with-log-shipping"),
                                                         QStringLiteral("--speed"), QStringLiteral("1")});
        ASSERT_TRUE(m_lab->started());
        ASSERT_TRUE(m_lab->control().disaster().value(QLatin1String("ok")).toBool());
        QMap<QString, int> ports;
        for (const char* instance : {"PCSQL01\\PCHAT", "PCSQL02\\PCHAT"})
            ports.insert(QString::fromLatin1(instance), m_lab->port(QString::fromLatin1(instance)));
        Plan plan = WizardDriver::planForLab(ports, m_lab->controlPort());
        plan.logShipping.backupNetworkPath = QStringLiteral("\\\\FS01\\PChatLogShip");
        plan.logShipping.copyDestinationFolder = QStringLiteral("E:\\PChatLSCopy");
        m_wizard = std::make_unique<FailbackWizard>(Procedure::failover());
        m_wizard->setPlan(plan);
        m_wizard->setStartId(m_wizard->actionPageId(0));
        // The smallest admin laptop, less a taskbar: the pages must read at this size.
        m_wizard->resize(1366, 728);
        m_wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_wizard.get()));
    }

    void TearDown() override
    {
        m_wizard.reset();
        m_lab.reset();
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
    }

    template <typename T> T* find(const QString& name) const
    {
        return m_wizard->currentPage()->findChild<T*>(name);
    }

    // With PCHAT_SCREENSHOT_DIR set, the window as it is now, for a developer to look at (pagescreenshots
    // walks the failback only).
    void shoot(const char* name) const
    {
        const QString folder = qEnvironmentVariable("PCHAT_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QApplication::processEvents();
        m_wizard->grab().save(
            QStringLiteral("%1/failover-%2-%3.png").arg(folder, GetParam(), QLatin1String(name)));
    }

    // Clicks a radio button on its indicator, as the operator would (its centre may lie past the label).
    void choose(const QString& name) const
    {
        auto* button = find<QRadioButton>(name);
        ASSERT_NE(button, nullptr);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
    }

    StepPage* page() const { return qobject_cast<StepPage*>(m_wizard->currentPage()); }

    void waitIdle(StepStatus notThis) const
    {
        PCHAT_TRY_VERIFY(!page()->isBusy() && page()->stepObject()->status() != notThis &&
                             page()->stepObject()->status() != StepStatus::NotInspected,
                         60000);
    }

    void clickRun() const
    {
        auto* run = find<QPushButton>(QStringLiteral("runButton"));
        ASSERT_NE(run, nullptr);
        PCHAT_TRY_VERIFY(run->isEnabled(), 20000);
        WizardDriver::answerNextMessageBox();
        QTest::mouseClick(run, Qt::LeftButton);
        waitIdle(StepStatus::Ready);
    }

    std::unique_ptr<LabProcess> m_lab;
    std::unique_ptr<FailbackWizard> m_wizard;
};

} // namespace

TEST_P(FailoverPagesTest, RemoveLogShippingThenRestoreFromTheShare)
{
    ASSERT_EQ(m_wizard->currentPage()->objectName(), QStringLiteral("failoverRemoveLogShippingPage"));
    waitIdle(StepStatus::Inspecting);
    const auto* removal = qobject_cast<FailoverRemoveLogShippingStep*>(page()->stepObject());
    ASSERT_NE(removal, nullptr);
    ASSERT_EQ(removal->status(), StepStatus::Ready) << removal->outcome().summary.toStdString();
    const QString lastRestored = removal->record().lastRestoredFile;
    auto* restoredValue = find<QLabel>(QStringLiteral("logShippingRecord2"));
    ASSERT_NE(restoredValue, nullptr);
    EXPECT_TRUE(restoredValue->text().contains(lastRestored)) << restoredValue->text().toStdString();
    const QString titleBefore = find<QLabel>(QStringLiteral("logShippingRecordTitle"))->text();
    shoot("step1-inspected");

    clickRun();
    EXPECT_EQ(removal->status(), StepStatus::Done) << removal->outcome().summary.toStdString();
    // msdb has forgotten; the page still shows what it knew, and says so.
    EXPECT_TRUE(restoredValue->text().contains(lastRestored)) << restoredValue->text().toStdString();
    EXPECT_NE(find<QLabel>(QStringLiteral("logShippingRecordTitle"))->text(), titleBefore);
    shoot("step1-done");
    PCHAT_TRY_VERIFY(m_wizard->button(QWizard::NextButton)->isEnabled(), 5000);
    m_wizard->next();

    ASSERT_EQ(m_wizard->currentPage()->objectName(), QStringLiteral("failoverCopyBackupsPage"));
    waitIdle(StepStatus::Inspecting);
    auto* copy = qobject_cast<FailoverCopyBackupsStep*>(page()->stepObject());
    ASSERT_NE(copy, nullptr);
    ASSERT_EQ(copy->status(), StepStatus::Ready) << copy->outcome().summary.toStdString();
    auto* table = find<QTableWidget>(QStringLiteral("uncopiedTable"));
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(0, 0)->text(), copy->uncopied().at(0).name);
    // Times and sizes in the language of the page (German "04.12.26 17:30", "1,5 MB"), not ISO or C.
    const QLocale language(GetParam());
    const FailoverCopyBackupsStep::File& first = copy->uncopied().at(0);
    EXPECT_EQ(table->item(0, 1)->text(), language.toString(first.backupTime, QLocale::ShortFormat));
    ASSERT_GE(first.sizeBytes, 0);
    EXPECT_EQ(table->item(0, 2)->text(),
              language.formattedDataSize(first.sizeBytes, 1, QLocale::DataSizeTraditionalFormat));
    auto* command = find<QLineEdit>(QStringLiteral("robocopyCommand"));
    EXPECT_TRUE(command->text().startsWith(QStringLiteral("robocopy "))) << command->text().toStdString();
    EXPECT_TRUE(command->text().contains(copy->uncopied().at(1).name));
    // Run waits for the choice.
    EXPECT_FALSE(find<QPushButton>(QStringLiteral("runButton"))->isEnabled());
    const QString undecided = find<QLabel>(QStringLiteral("copyDecision"))->text();
    shoot("step2-inspected");

    choose(QStringLiteral("shareChoice"));
    EXPECT_EQ(copy->source(), LogBackupSource::Share);
    clickRun();
    EXPECT_EQ(copy->status(), StepStatus::Done) << copy->outcome().summary.toStdString();
    const QString decided = find<QLabel>(QStringLiteral("copyDecision"))->text();
    shoot("step2-done");
    EXPECT_NE(decided, undecided);
    EXPECT_TRUE(decided.contains(u'2')) << decided.toStdString();
    EXPECT_EQ(copy->uncopiedPaths().size(), 2);
    EXPECT_TRUE(m_wizard->button(QWizard::NextButton)->isEnabled());
}

TEST_P(FailoverPagesTest, TheOperatorCopiesWithTheCommandAndVerifies)
{
    // Straight to step 2: the operator may also copy before log shipping is removed.
    waitIdle(StepStatus::Inspecting);
    m_wizard->setStartId(m_wizard->actionPageId(1));
    m_wizard->restart();
    ASSERT_EQ(m_wizard->currentPage()->objectName(), QStringLiteral("failoverCopyBackupsPage"));
    waitIdle(StepStatus::Inspecting);
    auto* verify = find<QPushButton>(QStringLiteral("verifyCopiesButton"));
    EXPECT_FALSE(verify->isEnabled());
    choose(QStringLiteral("copyChoice"));
    EXPECT_TRUE(verify->isEnabled());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("copyCommandButton")), Qt::LeftButton);
    EXPECT_TRUE(QApplication::clipboard()->text().startsWith(QStringLiteral("robocopy ")));
    // Not copied yet: Verify says what is missing, with the remedy.
    QTest::mouseClick(verify, Qt::LeftButton);
    waitIdle(StepStatus::Verifying);
    EXPECT_EQ(page()->stepObject()->status(), StepStatus::Failed);
    EXPECT_FALSE(page()->stepObject()->outcome().remedy.isEmpty());
}

TEST_P(FailoverPagesTest, TheShareDrillStrikesOnStep2AndIsRecovered)
{
    Drill::Targets targets;
    targets.secondaryInstance = QStringLiteral("PCSQL02\\PCHAT");
    targets.secondaryServiceAccount = QStringLiteral("CONTOSO\\svc-pchat-sql");
    targets.database = QStringLiteral("mgc");
    const QList<Drill> drills = Drill::failoverCatalog(targets);
    const auto found = std::find_if(drills.begin(), drills.end(), [](const Drill& d) {
        return d.id() == Drill::Id::FailoverShareNotReadable;
    });
    ASSERT_NE(found, drills.end());
    const Drill& drill = *found;
    EXPECT_EQ(drill.pageId(), m_wizard->actionPageId(1));
    EXPECT_FALSE(drill.title().isEmpty());
    EXPECT_TRUE(drill.description().contains(targets.secondaryServiceAccount));
    for (const QString& fault : drill.labFaults())
        ASSERT_TRUE(m_lab->control().addFault(fault)) << fault.toStdString();

    waitIdle(StepStatus::Inspecting);
    m_wizard->setStartId(drill.pageId());
    m_wizard->restart();
    ASSERT_EQ(m_wizard->currentPage()->objectName(), QStringLiteral("failoverCopyBackupsPage"));
    waitIdle(StepStatus::Inspecting);
    const FailbackStep* step = page()->stepObject();
    ASSERT_EQ(step->status(), StepStatus::Failed);
    EXPECT_EQ(step->outcome().error.number, 3201);
    auto* outcome = find<QLabel>(QStringLiteral("stepOutcome"));
    ASSERT_NE(outcome, nullptr);
    // SQL Server's error among the findings, the summary and remedy below them.
    auto* findings = find<QTableWidget>(QStringLiteral("stepFindings"));
    ASSERT_NE(findings, nullptr);
    ASSERT_GE(findings->rowCount(), 1);
    EXPECT_TRUE(findings->item(0, 1)->text().contains(QStringLiteral("Operating system error 5")));
    EXPECT_TRUE(outcome->text().contains(step->outcome().remedy)) << outcome->text().toStdString();
    EXPECT_TRUE(outcome->text().contains(QStringLiteral("\\\\FS01\\PChatLogShip")))
        << outcome->text().toStdString();
    EXPECT_FALSE(m_wizard->button(QWizard::NextButton)->isEnabled());
    shoot("step2-share-not-readable");

    // The fix: read access granted again; Re-check lists the files.
    for (const QString& fault : drill.labFaults())
        ASSERT_TRUE(m_lab->control().clearFault(fault));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("inspectButton")), Qt::LeftButton);
    waitIdle(StepStatus::Failed);
    EXPECT_EQ(step->status(), StepStatus::Ready) << step->outcome().summary.toStdString();
    EXPECT_EQ(find<QTableWidget>(QStringLiteral("uncopiedTable"))->rowCount(), 2);
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, FailoverPagesTest,
                         testing::Values(QStringLiteral("en"), QStringLiteral("de")),
                         [](const testing::TestParamInfo<QString>& info) {
                             return info.param.toStdString();
                         });

TEST(FailoverTrainingNotes, Steps1And2HaveEverySectionInBothLanguages)
{
    for (const StepId step : {StepId::FailoverRemoveLogShipping, StepId::FailoverCopyBackups}) {
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        const TrainingNote english = TrainingNotes::forStep(step);
        LanguageSwitcher::instance().apply(QStringLiteral("de"));
        const TrainingNote german = TrainingNotes::forStep(step);
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        for (const TrainingNote& note : {english, german}) {
            EXPECT_FALSE(note.whatAndWhy.isEmpty());
            EXPECT_FALSE(note.whatYouWouldSee.isEmpty());
            EXPECT_GE(note.whatCanGoWrong.size(), 2);
        }
        EXPECT_NE(english.whatAndWhy, german.whatAndWhy) << "the German note is translated";
        EXPECT_NE(english.whatCanGoWrong.first().remedy, german.whatCanGoWrong.first().remedy);
    }
    EXPECT_TRUE(TrainingNotes::forStep(StepId::Preflight).isEmpty());
}

// The drill catalog follows the procedure as data: the Welcome page of each procedure offers its own drills.
TEST(DrillCatalog, EachProcedureOffersItsOwnDrills)
{
    Drill::Targets targets;
    targets.primaryInstance = QStringLiteral("PCSQL01\\PCHAT");
    targets.secondaryInstance = QStringLiteral("PCSQL02\\PCHAT");
    targets.database = QStringLiteral("mgc");
    const auto keys = [](const QList<Drill>& drills) {
        QStringList list;
        for (const Drill& drill : drills)
            list << drill.key();
        return list;
    };
    const QStringList failback = keys(Drill::catalogOf(pchat::Procedure::failback(), targets));
    const QStringList failover = keys(Drill::catalogOf(pchat::Procedure::failover(), targets));
    EXPECT_EQ(failback, keys(Drill::catalog(targets)));
    EXPECT_EQ(failover, keys(Drill::failoverCatalog(targets)));
    EXPECT_FALSE(failover.isEmpty());
    for (const QString& key : failover)
        EXPECT_FALSE(failback.contains(key)) << key.toStdString();
}
