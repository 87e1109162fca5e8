// Install-CsMirrorDatabase and Get-CsDatabaseMirrorState in the lab shell: their output, their errors for
// wrong parameters, and the fault that keeps the mirror out of reach.
#include "failoverlab.h"

namespace {

const QString kInstall = QStringLiteral(
    "Install-CsMirrorDatabase -DatabaseType PersistentChatCompliance -FileShare '\\\\FS01\\PChatLogShip' "
    "-SqlServerFqdn PCSQL02.contoso.com -SqlInstanceName PCHAT");

} // namespace

class MirrorCmdletTest : public FailoverLab
{
protected:
    QVector<QStringList> mirroring(const char* instance)
    {
        return rows(instance, QStringLiteral("SELECT mirroring_role_desc, mirroring_state_desc FROM "
                                             "sys.database_mirroring WHERE database_id = DB_ID(N'mgccomp')"));
    }
};

TEST_F(MirrorCmdletTest, GetCsDatabaseMirrorStateReportsThePoolsStore)
{
    startLab();
    const ShellRun run = shell(QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com "
                                              "-DatabaseType PersistentChat"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, QStringLiteral("\nDatabaseName               : mgc\n"
                                      "StateOnPrimary             : Principal\n"
                                      "StateOnMirror              : Mirror\n"
                                      "MirroringStatusOnPrimary   : Synchronized\n"
                                      "MirroringStatusOnSecondary : Synchronized\n\n\n"));
    // The primary data center down: nothing answers for the pool's store.
    ASSERT_TRUE(lab().control().disaster().value(QLatin1String("ok")).toBool());
    const ShellRun down = shell(QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn pchat.contoso.com"));
    EXPECT_EQ(down.out.count(QLatin1String("StateOnPrimary             : "
                                           "DatabaseInaccessibleOrMirroringNotEnabled")),
              2)
        << down.out.toStdString();
    EXPECT_EQ(down.out.count(QLatin1String("MirroringStatusOnPrimary   : \n")), 2);
}

TEST_F(MirrorCmdletTest, InstallMirrorsToTheMirrorTheTopologyNames)
{
    startLab();
    EXPECT_EQ(mirroring(kBackup), (QVector<QStringList>{{QStringLiteral("NULL"), QStringLiteral("NULL")}}));
    ShellRun run = shell(kInstall + QStringLiteral(" -WhatIf"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(
        QLatin1String("What if: Performing the operation \"Install-CsMirrorDatabase\" on target "
                      "\"PCSQL02.contoso.com\\PCHAT\".")));
    EXPECT_EQ(mirroring(kBackup), (QVector<QStringList>{{QStringLiteral("NULL"), QStringLiteral("NULL")}}));
    run = shell(kInstall);
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(mirroring(kBackup),
              (QVector<QStringList>{{QStringLiteral("PRINCIPAL"), QStringLiteral("SYNCHRONIZED")}}));
    EXPECT_EQ(mirroring(kBackupMirror),
              (QVector<QStringList>{{QStringLiteral("MIRROR"), QStringLiteral("SYNCHRONIZED")}}));
    // Again: already mirrored to that mirror, nothing to do.
    EXPECT_EQ(shell(kInstall).exitCode, 0);
}

TEST_F(MirrorCmdletTest, ADatabaseOnTheMirrorNeedsDropExisting)
{
    startLab();
    // A copy of mgccomp left on the mirror instance (a former attempt).
    ASSERT_EQ(shell(kInstall).exitCode, 0);
    sql(kBackup, QStringLiteral("ALTER DATABASE [mgccomp] SET PARTNER OFF"));
    ShellRun run = shell(kInstall);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(QLatin1String("already exists. Use -DropExistingDatabasesOnMirror")))
        << run.err.toStdString();
    run = shell(kInstall + QStringLiteral(" -DropExistingDatabasesOnMirror"));
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
}

TEST_F(MirrorCmdletTest, WrongParametersAreRefusedAsPowerShellRefusesThem)
{
    startLab();
    ShellRun run = shell(QStringLiteral("Install-CsMirrorDatabase -DatabaseType PersistentChat"));
    EXPECT_TRUE(
        run.err.contains(QLatin1String("Cannot process command because of one or more missing mandatory "
                                       "parameters: FileShare SqlServerFqdn.")))
        << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QLatin1String("MissingMandatoryParameter,")));
    run = shell(QStringLiteral("Install-CsMirrorDatabase -DatabaseType Chat -FileShare x -SqlServerFqdn y"));
    EXPECT_TRUE(run.err.contains(QLatin1String("Cannot convert value \"Chat\" to type")))
        << run.err.toStdString();
    run = shell(QStringLiteral("Get-CsDatabaseMirrorState"));
    EXPECT_TRUE(run.err.contains(QLatin1String("missing mandatory parameters: PoolFqdn.")));
    run = shell(QStringLiteral("Get-CsDatabaseMirrorState -PoolFqdn other.contoso.com"));
    EXPECT_TRUE(run.err.contains(QLatin1String("Pool \"other.contoso.com\" is not defined in the topology.")))
        << run.err.toStdString();
    run = shell(QStringLiteral("Install-CsMirrorDatabase -ConfiguredDatabases -DatabaseType PersistentChat"));
    EXPECT_TRUE(run.err.contains(QLatin1String("AmbiguousParameterSet,"))) << run.err.toStdString();
    run = shell(kInstall + QStringLiteral(" -Force"));
    EXPECT_TRUE(run.err.contains(QLatin1String("NamedParameterNotFound,"))) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1);
}

TEST_F(MirrorCmdletTest, TheFaultKeepsTheMirrorOutOfReachUntilItIsFixed)
{
    startLab({QStringLiteral("--fault"), QStringLiteral("mirror-install-fails")});
    ShellRun run = shell(kInstall);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(
        run.err.contains(QLatin1String("Cannot connect to SQL Server \"PCSQL02M.contoso.com\\PCHAT\"")))
        << run.err.toStdString();
    EXPECT_EQ(mirroring(kBackup), (QVector<QStringList>{{QStringLiteral("NULL"), QStringLiteral("NULL")}}));
    ASSERT_TRUE(lab().control().clearFault(QStringLiteral("mirror-install-fails")));
    // The share: the primary's SQL Server exports the database there.
    ASSERT_TRUE(lab().control().addFault(QStringLiteral("share-not-writable:CONTOSO\\svc-pchat-sql")));
    run = shell(kInstall);
    EXPECT_TRUE(run.err.contains(QLatin1String("Cannot access the file share \"\\\\FS01\\PChatLogShip\"")))
        << run.err.toStdString();
    ASSERT_TRUE(lab().control().clearFaults());
    EXPECT_EQ(shell(kInstall).exitCode, 0);
}
