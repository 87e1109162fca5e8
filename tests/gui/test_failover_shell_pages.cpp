// The failover's steps 5, 6 and 7 clicked in FailbackWizard(Procedure::failover()) against a lab of the
// normal-with-log-shipping scenario after the disaster (mgc brought online on the backup instance, as step 4
// leaves it), in German and in English. PCHAT_SCREENSHOT_DIR=<folder> saves each page before and after its
// run, for a look at them.
#include "backend/run/procedure.h"
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
#include <QDir>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace pchat;
using pchat::test::WizardDriver;

namespace {

class FailoverShellPages : public testing::TestWithParam<const char*>
{
protected:
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }

    static void shoot(QWidget& window, const QString& name)
    {
        const QString folder = qEnvironmentVariable("PCHAT_SCREENSHOT_DIR");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        QApplication::processEvents();
        window.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
};

} // namespace

TEST_P(FailoverShellPages, Steps5To7RunAndVerifyInTheWizard)
{
    const QString language = QString::fromLatin1(GetParam());
    LabProcess lab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping"),
                    QStringLiteral("--speed"), QStringLiteral("400")});
    ASSERT_TRUE(lab.started());
    ASSERT_TRUE(lab.control().disaster().value(QLatin1String("ok")).toBool());
    const QString backup = QStringLiteral("PCSQL02\\PCHAT");
    const QString recovered = LabProcess::runTsql(
        lab.port(backup), QStringLiteral("exec sp_delete_log_shipping_secondary_database mgc\ngo\n"
                                         "RESTORE DATABASE [mgc] WITH RECOVERY\ngo\n"));
    ASSERT_TRUE(LabProcess::errorsIn(recovered).isEmpty()) << recovered.toStdString();

    QMap<QString, int> ports;
    for (const QString& name : {backup, QStringLiteral("PCSQL01\\PCHAT")})
        ports.insert(name, lab.port(name));
    LanguageSwitcher::instance().apply(language);
    FailbackWizard wizard(Procedure::failover());
    wizard.setPlan(WizardDriver::planForLab(ports, lab.controlPort()));
    wizard.resize(1366, 728);
    const int first = wizard.actionPageId(int(Procedure::failover().actions().size()) - 3);
    wizard.setStartId(first);
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));

    const QStringList pages{QStringLiteral("failoverPoolStatePage"),
                            QStringLiteral("failoverInstallMirrorPage"),
                            QStringLiteral("failoverSetActiveServersPage")};
    for (const QString& name : pages) {
        auto* page = qobject_cast<StepPage*>(wizard.currentPage());
        ASSERT_NE(page, nullptr);
        ASSERT_EQ(page->objectName(), name);
        // The number the failover gives the step, not its StepId.
        if (language == u"en") {
            EXPECT_TRUE(page->title().startsWith(QStringLiteral("Step %1 of 7").arg(5 + pages.indexOf(name))))
                << page->title().toStdString();
        }
        auto* run = page->findChild<QPushButton*>(QStringLiteral("runButton"));
        ASSERT_NE(run, nullptr);
        PCHAT_TRY_VERIFY(run->isEnabled(), 30000);
        EXPECT_FALSE(
            page->findChild<QPlainTextEdit*>(QStringLiteral("commandPreview"))->toPlainText().isEmpty());
        shoot(wizard, QStringLiteral("%1-%2-before").arg(language, name));
        WizardDriver::answerNextMessageBox();
        QTest::mouseClick(run, Qt::LeftButton);
        PCHAT_TRY_VERIFY(!page->isBusy() && page->stepObject()->status() != StepStatus::Ready, 60000);
        ASSERT_EQ(page->stepObject()->status(), StepStatus::Done)
            << name.toStdString() << ": " << page->stepObject()->outcome().summary.toStdString() << " "
            << page->stepObject()->outcome().error.text.toStdString();
        shoot(wizard, QStringLiteral("%1-%2-after").arg(language, name));
        if (name == pages.constLast())
            break;
        PCHAT_TRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled(), 10000);
        wizard.next();
    }
    auto* table = wizard.currentPage()->findChild<QTableWidget*>(QStringLiteral("activeServersTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->columnCount(), 1);
    const QJsonObject pool = lab.control().lyncPool();
    EXPECT_EQ(pool.value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));
    EXPECT_EQ(pool.value(QLatin1String("activeServers")).toArray().size(), 2);
    EXPECT_EQ(pool.value(QLatin1String("activeServers")).toArray().at(0).toString(),
              QStringLiteral("PCHAT03.contoso.com"));
}

TEST(FailoverTrainingNotes, Steps5To7HaveNotesInBothLanguages)
{
    for (const StepId step :
         {StepId::FailoverPoolState, StepId::FailoverInstallMirror, StepId::FailoverSetActiveServers}) {
        LanguageSwitcher::instance().apply(QStringLiteral("en"));
        const TrainingNote english = TrainingNotes::forStep(step);
        LanguageSwitcher::instance().apply(QStringLiteral("de"));
        const TrainingNote german = TrainingNotes::forStep(step);
        EXPECT_FALSE(english.whatAndWhy.isEmpty() || english.whatYouWouldSee.isEmpty() ||
                     english.whatCanGoWrong.isEmpty());
        EXPECT_EQ(german.whatCanGoWrong.size(), english.whatCanGoWrong.size());
        EXPECT_NE(german.whatAndWhy, english.whatAndWhy);
    }
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    EXPECT_TRUE(TrainingNotes::forStep(StepId::Preflight).isEmpty());
}

TEST(FailoverDrills, TheMirrorInstallDrillStrikesOnStep6)
{
    Drill::Targets targets;
    targets.primaryInstance = QStringLiteral("PCSQL01\\PCHAT");
    targets.secondaryInstance = QStringLiteral("PCSQL02\\PCHAT");
    targets.secondaryAgentAccount = QStringLiteral("agent");
    targets.database = QStringLiteral("mgc");
    targets.backupMirror = QStringLiteral("PCSQL02M\\PCHAT");
    const QList<Drill> drills = Drill::failoverCatalog(targets);
    const auto found = std::find_if(drills.begin(), drills.end(),
                                    [](const Drill& d) { return d.id() == Drill::Id::MirrorInstallFails; });
    ASSERT_NE(found, drills.end());
    const Drill& drill = *found;
    EXPECT_EQ(drill.key(), QStringLiteral("mirror-install-fails"));
    EXPECT_EQ(drill.labFaults(), QStringList{QStringLiteral("mirror-install-fails:PCSQL02M\\PCHAT")});
    FailbackWizard wizard(Procedure::failover());
    int index = 0;
    while (Procedure::failover().actions().at(index).id != StepId::FailoverInstallMirror)
        ++index;
    EXPECT_EQ(drill.pageId(), wizard.actionPageId(index));
    EXPECT_TRUE(drill.description().contains(QStringLiteral("PCSQL02M\\PCHAT")));
    EXPECT_FALSE(drill.recovery().isEmpty());
    EXPECT_FALSE(drill.fixAction().isEmpty());
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, FailoverShellPages, testing::Values("de", "en"));
