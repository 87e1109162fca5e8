// The failover's steps 5, 6 and 7 through the real management-shell process (`pchat-lab shell`) against a lab
// of the normal-with-log-shipping scenario after the disaster, with the backup mgc brought online (the state
// after the failover's step 4).
#include "backend/shell/lynccommands.h"
#include "backend/steps/failoverinstallmirrorstep.h"
#include "backend/steps/failoverpoolstatestep.h"
#include "backend/steps/failoversetactiveserversstep.h"
#include "shelltestlab.h"

using namespace pchat;

namespace {

class FailoverShellStepsTest : public ShellTestLab
{
protected:
    void SetUp() override
    {
        startLab({QStringLiteral("--scenario"), QStringLiteral("normal-with-log-shipping")});
        ASSERT_TRUE(control().disaster().value(QLatin1String("ok")).toBool());
        const QString backup = QString::fromLatin1(kBackupInstance);
        ASSERT_TRUE(
            query(backup, QStringLiteral("exec sp_delete_log_shipping_secondary_database mgc")).succeeded());
        ASSERT_TRUE(query(backup, QStringLiteral("RESTORE DATABASE [mgc] WITH RECOVERY")).succeeded());
    }

    Plan failoverPlan() const
    {
        Plan result = shellPlan();
        result.failover.backupServerFqdn = QStringLiteral("PCSQL02.contoso.com");
        result.failover.mirrorServerFqdn = QStringLiteral("PCSQL02M.contoso.com");
        result.failover.mirrorInstanceName = QStringLiteral("PCHAT");
        result.failover.fileShare = QString::fromLatin1(kShare);
        result.failover.activeServers = {QStringLiteral("PCHAT03.contoso.com"),
                                         QStringLiteral("PCHAT04.contoso.com")};
        return result;
    }

    bool failPoolOver() const
    {
        const LabProcess::ShellOutput run = LabProcess::runShell(
            m_lab->controlPort(),
            LyncCommands::importModule(ShellModule::Lync) + u'\n' +
                LyncCommands::setPoolStateFailedOver(QString::fromLatin1(kPoolIdentity)) + u'\n');
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.exitCode == 0;
    }

    QString mirrorRole(const QString& instance, const QString& database) const
    {
        return scalar(instance, QStringLiteral("SELECT ISNULL(mirroring_role_desc, N'-') + N' ' + "
                                               "ISNULL(mirroring_partner_instance, N'-') FROM "
                                               "sys.database_mirroring WHERE database_id = DB_ID(N'%1')")
                                    .arg(database));
    }

    static void commandsOf(FailbackStep& step, QStringList* into)
    {
        QObject::connect(&step, &FailbackStep::commandStarted,
                         [into](const QString&, const QString& text) { *into << text; });
    }
};

bool anyContains(const QStringList& list, const QString& text)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const QString& item) { return item.contains(text); });
}

} // namespace

TEST_F(FailoverShellStepsTest, Step5FailsThePoolOverAndVerifies)
{
    FailoverPoolStateStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    ASSERT_EQ(step.pools().size(), 1);
    EXPECT_EQ(step.pools().constFirst().state, QStringLiteral("Normal"));

    QStringList commands;
    commandsOf(step, &commands);
    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
    EXPECT_EQ(labPool().value(QLatin1String("state")).toString(), QStringLiteral("FailedOver"));
    ASSERT_EQ(commands.size(), 2);
    EXPECT_TRUE(
        commands.at(0).endsWith(LyncCommands::setPoolStateFailedOver(QString::fromLatin1(kPoolIdentity))));
    EXPECT_EQ(step.commands(failoverPlan()).constFirst(),
              LyncCommands::setPoolStateFailedOver(QString::fromLatin1(kPoolIdentity)));

    // A second run finds the step done and changes nothing.
    FailoverPoolStateStep again;
    again.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone);
    again.verify(failoverPlan());
    EXPECT_EQ(waitFinished(again).status, StepStatus::Done);
}

TEST_F(FailoverShellStepsTest, Step6MirrorsMgcAndMgccompToTheBackupsMirrorOnce)
{
    ASSERT_TRUE(failPoolOver());
    const QString backup = QString::fromLatin1(kBackupInstance);
    const QString mirror = QString::fromLatin1(kPartnerInstance);
    FailoverInstallMirrorStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready) << step.outcome().summary.toStdString();
    ASSERT_EQ(step.mirroring().size(), 2);
    EXPECT_FALSE(step.mirroring().at(0).mirrored);
    EXPECT_TRUE(
        anyContains(QStringList{step.findings().constLast().value}, QStringLiteral("principal only")));

    QStringList commands;
    commandsOf(step, &commands);
    step.run(failoverPlan());
    const StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Done)
        << outcome.summary.toStdString() << outcome.error.text.toStdString();
    EXPECT_EQ(commands.filter(QStringLiteral("Install-CsMirrorDatabase")).size(), 2);
    EXPECT_TRUE(anyContains(commands, QStringLiteral("-DatabaseType PersistentChatCompliance")));
    EXPECT_TRUE(
        anyContains(commands, QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn 'pchat.contoso.com'")));
    EXPECT_EQ(mirrorRole(backup, QStringLiteral("mgc")), QStringLiteral("PRINCIPAL ") + mirror);
    EXPECT_EQ(mirrorRole(backup, QStringLiteral("mgccomp")), QStringLiteral("PRINCIPAL ") + mirror);
    EXPECT_EQ(mirrorRole(mirror, QStringLiteral("mgc")), QStringLiteral("MIRROR ") + backup);
    EXPECT_EQ(step.mirrorStates().size(), 2);

    // Idempotent: the second object finds both mirrored, and its run installs nothing.
    FailoverInstallMirrorStep again;
    again.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(again));
    EXPECT_EQ(again.status(), StepStatus::AlreadyDone);
    QStringList second;
    commandsOf(again, &second);
    again.run(failoverPlan());
    EXPECT_EQ(waitFinished(again).status, StepStatus::Done);
    EXPECT_TRUE(second.filter(QStringLiteral("Install-CsMirrorDatabase")).isEmpty())
        << second.join(u'\n').toStdString();
}

TEST_F(FailoverShellStepsTest, Step6FailsWithARemedyWhenTheMirrorDoesNotAnswerAndRecovers)
{
    ASSERT_TRUE(failPoolOver());
    ASSERT_TRUE(addFault(QStringLiteral("mirror-install-fails:PCSQL02M\\PCHAT")));
    FailoverInstallMirrorStep step;
    step.run(failoverPlan());
    StepOutcome outcome = waitFinished(step);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.error.text.contains(QStringLiteral("PCSQL02M"))) << outcome.error.text.toStdString();
    EXPECT_TRUE(outcome.remedy.contains(QStringLiteral("PCSQL02M\\PCHAT"))) << outcome.remedy.toStdString();
    EXPECT_EQ(mirrorRole(QString::fromLatin1(kBackupInstance), QStringLiteral("mgc")), QStringLiteral("- -"));

    // The drill's fix: the mirror answers again, and the step is run again.
    ASSERT_TRUE(clearFault(QStringLiteral("mirror-install-fails:PCSQL02M\\PCHAT")));
    FailoverInstallMirrorStep retry;
    retry.run(failoverPlan());
    outcome = waitFinished(retry);
    EXPECT_EQ(outcome.status, StepStatus::Done) << outcome.summary.toStdString();
}

TEST_F(FailoverShellStepsTest, Step6SendsNamesOnlyAsData)
{
    Plan plan = failoverPlan();
    plan.mgccompDatabase = QStringLiteral("mgc'comp]ü");
    FailoverInstallMirrorStep step;
    step.inspect(plan);
    ASSERT_TRUE(waitInspected(step));
    // The name reached the server as a literal: no syntax error, just no such database.
    EXPECT_EQ(step.status(), StepStatus::Failed);
    EXPECT_TRUE(step.outcome().summary.contains(plan.mgccompDatabase))
        << step.outcome().summary.toStdString();
    EXPECT_TRUE(step.outcome().error.text.isEmpty()) << step.outcome().error.text.toStdString();

    plan = failoverPlan();
    plan.failover.fileShare = QStringLiteral("\\\\FS01\\PChat'Log $(Remove-Item x)");
    ASSERT_TRUE(failPoolOver());
    FailoverInstallMirrorStep share;
    share.run(plan);
    const StepOutcome outcome = waitFinished(share);
    EXPECT_EQ(outcome.status, StepStatus::Failed);
    EXPECT_TRUE(outcome.error.text.contains(plan.failover.fileShare)) << outcome.error.text.toStdString();
}

TEST_F(FailoverShellStepsTest, Step7ReplacesTheActiveServersWithTheBackupDataCenters)
{
    ASSERT_EQ(labActiveServers(),
              (QStringList{QStringLiteral("PCHAT01.contoso.com"), QStringLiteral("PCHAT02.contoso.com")}));
    FailoverSetActiveServersStep step;
    step.inspect(failoverPlan());
    ASSERT_TRUE(waitInspected(step));
    EXPECT_EQ(step.status(), StepStatus::Ready);
    ASSERT_EQ(step.findings().size(), 3); // the pools, then one per server
    EXPECT_TRUE(step.findings().at(1).ok);
    EXPECT_EQ(step.findings().at(2).subject, QStringLiteral("PCHAT04.contoso.com"));

    QStringList commands;
    commandsOf(step, &commands);
    step.run(failoverPlan());
    EXPECT_EQ(waitFinished(step).status, StepStatus::Done);
    ASSERT_EQ(commands.size(), 1);
    EXPECT_TRUE(commands.constFirst().contains(
        QStringLiteral("@{Replace='PCHAT03.contoso.com','PCHAT04.contoso.com'}")));
    QStringList active = labActiveServers();
    active.sort();
    EXPECT_EQ(active, failoverPlan().failover.activeServers);
    // No Get- cmdlet reads the list back: verify repeats the run's outcome at once.
    step.verify(failoverPlan());
    EXPECT_EQ(step.outcome().status, StepStatus::Done);

    // A server of the lost data center is flagged.
    Plan plan = failoverPlan();
    plan.failover.activeServers << QStringLiteral("PCHAT01.contoso.com");
    FailoverSetActiveServersStep flagged;
    flagged.inspect(plan);
    ASSERT_TRUE(waitInspected(flagged));
    ASSERT_EQ(flagged.findings().size(), 4);
    EXPECT_FALSE(flagged.findings().at(3).ok);
}
