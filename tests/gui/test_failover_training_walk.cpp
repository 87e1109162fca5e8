// The whole failover clicked through in one training wizard, in German and in English: the lab in normal
// operation with log shipping, the trainer strikes the disaster, the trainee walks Welcome, Environment,
// Preflight, steps 1 to 7 and the Summary, running and verifying each step through its page; then the lab's
// failed-over state is read with the lab's own clients and the audit folder is verified.
#include "backend/audit/auditverifier.h"
#include "backend/run/procedure.h"
#include "eventually.h"
#include "failovertraining.h"
#include "translations/languageswitcher.h"
#include "wizard/pages/steppage.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace pchat;

namespace {

struct Expected
{
    QString language;
    QString welcomeTitle;
    QString preflightTitle;
};

class FailoverTrainingWalk : public testing::TestWithParam<Expected>
{
protected:
    void SetUp() override { LanguageSwitcher::instance().apply(GetParam().language); }
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }
};

} // namespace

TEST_P(FailoverTrainingWalk, DisasterThenEveryStepToTheSummary)
{
    const Expected& expected = GetParam();
    QTemporaryDir root;
    FailoverTraining training;
    FailbackWizard& wizard = training.wizard();
    wizard.setAuditRoot(root.path());
    EXPECT_EQ(wizard.currentPage()->title(), expected.welcomeTitle);
    EXPECT_TRUE(wizard.windowTitle().endsWith(Procedure::failover().title()))
        << wizard.windowTitle().toStdString();

    training.pressTrainerButton(QStringLiteral("disasterButton"), true);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.shot(QStringLiteral("failover-walk-welcome"));
    training.driver().confirmAssumptions();

    const QStringList pages = test::WizardDriver::pageNames(Procedure::failover()).mid(1);
    for (const QString& page : pages) {
        training.driver().walkTo(page);
        ASSERT_FALSE(testing::Test::HasFatalFailure()) << page.toStdString();
        if (page == QStringLiteral("preflightPage")) {
            EXPECT_EQ(wizard.currentPage()->title(), expected.preflightTitle);
        }
    }
    // Every step page has the title of its row in the procedure, in the chosen language.
    for (int index = 0; index < Procedure::failover().actions().size(); ++index) {
        const int id = wizard.actionPageId(index);
        auto* page = qobject_cast<StepPage*>(wizard.page(id));
        ASSERT_NE(page, nullptr);
        EXPECT_TRUE(page->title().contains(Procedure::failover().actions().at(index).title()))
            << page->title().toStdString();
        const StepStatus status = page->stepObject()->status();
        EXPECT_TRUE(status == StepStatus::Done || status == StepStatus::AlreadyDone)
            << page->objectName().toStdString();
    }
    training.shot(QStringLiteral("failover-walk-summary"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    PCHAT_TRY_VERIFY(!wizard.isVisible(), 60000);

    const QStringList differences = training.failedOverDifferences();
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();
    const QStringList runs = QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(runs.size(), 1);
    const QString folder = QDir(root.path()).filePath(runs.constFirst());
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    EXPECT_TRUE(verified.ok) << verified.message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("report.pdf"))));
}

INSTANTIATE_TEST_SUITE_P(
    Languages, FailoverTrainingWalk,
    testing::Values(Expected{QStringLiteral("de"),
                             QStringLiteral("Failover für den Server für beständigen Chat ausführen"),
                             QStringLiteral("Vorabprüfungen")},
                    Expected{QStringLiteral("en"), QStringLiteral("Fail over Persistent Chat Server"),
                             QStringLiteral("Preflight checks")}),
    [](const testing::TestParamInfo<Expected>& info) { return info.param.language.toStdString(); });
