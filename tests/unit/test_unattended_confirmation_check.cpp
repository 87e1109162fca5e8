// The confirmations an unattended run reads from the plan: given only when the typed names match (the
// instance in any case), and the message names the plan fields to set, and what the plan holds when it holds
// anything.
#include "app/unattendedconfirmationcheck.h"
#include "translations/languageswitcher.h"

#include <gtest/gtest.h>

using namespace pchat;

namespace {

Plan planWithTargets()
{
    Plan plan;
    plan.mgcDatabase = QStringLiteral("mgc");
    plan.primaryInstance.name = QStringLiteral("PCSQL01\\PCHAT");
    plan.backupInstance.name = QStringLiteral("PCSQL02\\PCHAT");
    return plan;
}

} // namespace

TEST(UnattendedConfirmationCheck, TheRestoreIsConfirmedByTheTypedNamesInAnyCaseOfTheInstance)
{
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    Plan plan = planWithTargets();
    plan.unattended.restoreDatabase = QStringLiteral("mgc");
    plan.unattended.restoreInstance = QStringLiteral("pcsql01\\pchat");
    const UnattendedConfirmationCheck::Result result =
        UnattendedConfirmationCheck::forStep(plan, StepId::RestorePrimary);
    EXPECT_TRUE(result.needed);
    EXPECT_TRUE(result.given) << result.problem.toStdString();
    EXPECT_TRUE(result.problem.isEmpty());
    EXPECT_EQ(result.value, QStringLiteral("mgc @ pcsql01\\pchat"));
}

TEST(UnattendedConfirmationCheck, AMissingConfirmationNamesTheFieldsWithoutQuotingEmptyValues)
{
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    const UnattendedConfirmationCheck::Result missing =
        UnattendedConfirmationCheck::forStep(planWithTargets(), StepId::FailoverBringOnline);
    EXPECT_TRUE(missing.needed);
    EXPECT_FALSE(missing.given);
    EXPECT_TRUE(
        missing.problem.contains(QStringLiteral("Set \"unattended.onlineDatabase\" to \"mgc\" and "
                                                "\"unattended.onlineInstance\" to \"PCSQL02\\PCHAT\"")))
        << missing.problem.toStdString();
    EXPECT_FALSE(missing.problem.contains(QStringLiteral("it has"))) << missing.problem.toStdString();

    // A wrong name is quoted back, so that the operator sees the typo.
    Plan wrong = planWithTargets();
    wrong.unattended.onlineDatabase = QStringLiteral("mgcc");
    wrong.unattended.onlineInstance = QStringLiteral("PCSQL02\\PCHAT");
    const UnattendedConfirmationCheck::Result mistyped =
        UnattendedConfirmationCheck::forStep(wrong, StepId::FailoverBringOnline);
    EXPECT_FALSE(mistyped.given);
    EXPECT_TRUE(mistyped.problem.contains(QStringLiteral("(it has \"mgcc\" and \"PCSQL02\\PCHAT\")")))
        << mistyped.problem.toStdString();
}

TEST(UnattendedConfirmationCheck, StepsWithoutATypedTargetNeedNone)
{
    EXPECT_FALSE(UnattendedConfirmationCheck::forStep(planWithTargets(), StepId::BackupMgc).needed);
    EXPECT_FALSE(UnattendedConfirmationCheck::forStep(planWithTargets(), StepId::FailoverPoolState).needed);
}
