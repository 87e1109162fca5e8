// The end-to-end walkthrough: the whole failback in training mode, clicked through from Welcome to Finish in
// German and in English, then the lab's end state read with the lab's own clients and the audit folder
// checked.
#include "backend/audit/auditverifier.h"
#include "eventually.h"
#include "labendstate.h"
#include "translations/languageswitcher.h"
#include "wizarddriver.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using pchat::test::WizardDriver;

namespace {

void walkTheWholeFailback(const QString& language)
{
    pchat::LanguageSwitcher::instance().apply(language);
    QTemporaryDir root;
    {
        WizardDriver driver;
        driver.wizard().setTrainingMode(true);
        driver.wizard().setAuditRoot(root.path());
        driver.confirmAssumptions();
        driver.walkTo(QStringLiteral("summaryPage"));
        if (!testing::Test::HasFatalFailure()) {
            QTest::mouseClick(driver.wizard().button(QWizard::FinishButton), Qt::LeftButton);
            PCHAT_TRY_VERIFY(!driver.wizard().isVisible(), 60000);
        }
    }
    pchat::LanguageSwitcher::instance().apply(QStringLiteral("en"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());

    // Mirroring removed, primary mgc ONLINE with the backup's data, log shipping with a log restored on the
    // secondary, the active servers set and the pool Normal.
    const QStringList differences = LabEndState::differences(WizardDriver::lab());
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();

    const QStringList runs = QDir(root.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    ASSERT_EQ(runs.size(), 1);
    const QString folder = QDir(root.path()).filePath(runs.constFirst());
    const pchat::AuditVerifier::VerifyResult verified = pchat::AuditVerifier::verify(folder);
    EXPECT_TRUE(verified.ok) << verified.message.toStdString();
    EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("report.pdf"))));
}

} // namespace

TEST(TrainingWalk, CompleteFailbackInGerman)
{
    walkTheWholeFailback(QStringLiteral("de"));
}

TEST(TrainingWalk, CompleteFailbackInEnglish)
{
    walkTheWholeFailback(QStringLiteral("en"));
}
