// The whole disaster-recovery cycle clicked in one training session, in German and in English: normal
// operation, the trainer strikes the disaster, the trainee fails over, goes on from the Summary to the
// failback, the trainer rebuilds the primary data center, the trainee fails back, the lab is in normal
// operation again, and the failback's Summary starts the round over. The lab is read with its own clients
// after each half; both runs' audit folders verify.
#include "backend/audit/auditverifier.h"
#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"
#include "eventually.h"
#include "failovertraining.h"
#include "labendstate.h"
#include "translations/languageswitcher.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pchat;

namespace {

class TrainingCycle : public testing::TestWithParam<QString>
{
protected:
    void SetUp() override { LanguageSwitcher::instance().apply(GetParam()); }
    void TearDown() override { LanguageSwitcher::instance().apply(QStringLiteral("en")); }
};

// The run folders under root by the procedure their journal's run-started names, each checked by the
// verifier and holding its report.
QMap<QString, QString> verifiedRuns(const QString& root)
{
    QMap<QString, QString> byProcedure;
    for (const QString& name : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString folder = QDir(root).filePath(name);
        const QList<QJsonObject> events = test::WizardDriver::journalEvents(folder);
        EXPECT_FALSE(events.isEmpty()) << name.toStdString();
        if (events.isEmpty())
            continue;
        EXPECT_EQ(events.constFirst().value(QLatin1String("kind")).toString(), AuditKind::RunStarted);
        EXPECT_EQ(events.constLast().value(QLatin1String("kind")).toString(), AuditKind::RunFinished);
        const QString procedure = events.constFirst()
                                      .value(QLatin1String("details"))
                                      .toObject()
                                      .value(AuditKey::Procedure)
                                      .toString();
        const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
        EXPECT_TRUE(verified.ok) << name.toStdString() << ": " << verified.message.toStdString();
        EXPECT_TRUE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("report.pdf"))))
            << name.toStdString();
        byProcedure.insert(procedure, folder);
    }
    return byProcedure;
}

} // namespace

TEST_P(TrainingCycle, NormalDisasterFailoverRebuildFailbackNormal)
{
    QTemporaryDir root;
    FailoverTraining training;
    training.setAuditRoot(root.path());
    ASSERT_EQ(training.control().poolState(), QStringLiteral("Normal"));

    // The disaster, then the failover from Welcome to its Summary.
    training.pressTrainerButton(QStringLiteral("disasterButton"), true);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.driver().confirmAssumptions();
    training.finishFailover();
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.shot(QStringLiteral("cycle-failover-summary"));

    // From the Summary on to the failback: the failover's run is closed, and the failback's Welcome page
    // tells the trainee that the primary data center must be rebuilt first.
    training.goOnWithNextProcedure();
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    FailbackWizard& failback = training.wizard();
    EXPECT_EQ(&failback.procedure(), &Procedure::failback());
    EXPECT_EQ(failback.currentId(), int(FailbackWizard::WelcomePageId));
    EXPECT_TRUE(failback.isTrainingMode());
    auto* advice = failback.findChild<QLabel*>(QStringLiteral("labAdvice"));
    ASSERT_NE(advice, nullptr);
    PCHAT_TRY_VERIFY(advice->isVisible() && !advice->text().endsWith(u'…'), 30000);
    auto* rebuild = failback.findChild<QPushButton*>(QStringLiteral("rebuildPrimaryButton"));
    ASSERT_NE(rebuild, nullptr);
    EXPECT_TRUE(advice->text().contains(rebuild->text().remove(u'&')))
        << advice->text().toStdString() << " does not name " << rebuild->text().toStdString();
    training.shot(QStringLiteral("cycle-failback-welcome"));

    // The rebuild, then the failback from Welcome to Finish.
    training.pressTrainerButton(QStringLiteral("rebuildPrimaryButton"), true);
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.driver().confirmAssumptions();
    training.driver().walkTo(QStringLiteral("summaryPage"));
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    training.driver().expectEveryStepDone();
    training.shot(QStringLiteral("cycle-failback-summary"));

    // Normal operation again, in the primary data center.
    TrainingLab& lab = training.lab();
    const LabEndState::Ports ports{[&lab](const QString& instance) { return lab.port(instance); },
                                   lab.controlPort()};
    const QStringList differences = LabEndState::differences(ports, LabEndState::Expected{});
    EXPECT_TRUE(differences.isEmpty()) << differences.join(u'\n').toStdString();

    // And round again: the failover's Welcome page, the lab ready for the next disaster.
    training.goOnWithNextProcedure();
    ASSERT_FALSE(testing::Test::HasFatalFailure());
    FailbackWizard& again = training.wizard();
    EXPECT_EQ(&again.procedure(), &Procedure::failover());
    auto* nextAdvice = again.findChild<QLabel*>(QStringLiteral("labAdvice"));
    ASSERT_NE(nextAdvice, nullptr);
    PCHAT_TRY_VERIFY(nextAdvice->isVisible() && !nextAdvice->text().endsWith(u'…'), 30000);
    auto* disaster = again.findChild<QPushButton*>(QStringLiteral("disasterButton"));
    EXPECT_TRUE(nextAdvice->text().contains(disaster->text().remove(u'&')))
        << nextAdvice->text().toStdString();
    PCHAT_TRY_VERIFY(disaster->isEnabled(), 30000);
    EXPECT_EQ(training.control().poolState(), QStringLiteral("Normal"));
    EXPECT_TRUE(training.control().scenario().value(QLatin1String("disaster")).isObject());

    const QMap<QString, QString> runs = verifiedRuns(root.path());
    EXPECT_EQ(runs.keys(), (QStringList{AuditProcedure::Failback, AuditProcedure::Failover}));
}

INSTANTIATE_TEST_SUITE_P(Languages, TrainingCycle,
                         testing::Values(QStringLiteral("de"), QStringLiteral("en")),
                         [](const testing::TestParamInfo<QString>& info) {
                             return info.param.toStdString();
                         });
