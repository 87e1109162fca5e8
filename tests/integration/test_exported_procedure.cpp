// The whole procedure as the backend writes it, run "by hand" with FreeTDS's tsql and the lab's shell, as a
// DBA would run the exported scripts: two independent models (the backend's builders and the lab's
// interpreter) must agree, and the lab must end in the failed-back state.
#include "backend/plan/planjson.h"
#include "backend/run/procedure.h"
#include "backend/run/procedurescript.h"
#include "labprocess.h"

#include <gtest/gtest.h>
#include <QDate>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace pchat;

namespace {

QString runShell(int controlPort, const QString& commands, int* exitCode)
{
    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral(PCHAT_LAB_EXE),
                {QStringLiteral("shell"), QStringLiteral("--control"), QString::number(controlPort)});
    EXPECT_TRUE(shell.waitForStarted(5000));
    shell.write(commands.toUtf8());
    shell.closeWriteChannel();
    EXPECT_TRUE(shell.waitForFinished(20000));
    *exitCode = shell.exitCode();
    return QString::fromUtf8(shell.readAll());
}

QString firstValue(const QString& tsqlOutput)
{
    // tsql prints its prompts and the column name, then the value on the next line.
    static const QRegularExpression value(QStringLiteral("(?:\\d+> )*v\\r?\\n([^\\r\\n]*)"));
    const QRegularExpressionMatch match = value.match(tsqlOutput);
    return match.hasMatch() ? match.captured(1).trimmed() : tsqlOutput;
}

} // namespace

TEST(ExportedProcedure, RunsByHandAgainstTheLabAndFailsBackThePool)
{
    LabProcess lab({QStringLiteral("--speed"), QStringLiteral("600")});
    ASSERT_TRUE(lab.started());
    QString error;
    std::optional<Plan> loaded =
        PlanJson::load(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"), &error);
    ASSERT_TRUE(loaded.has_value()) << error.toStdString();
    Plan plan = *loaded;
    plan.applyDerivedDefaults(QDate::currentDate());

    for (const ScriptPart& part : ProcedureScript::parts(plan, Procedure::failback())) {
        SCOPED_TRACE(part.fileName.toStdString());
        if (part.language == ScriptLanguage::PowerShell) {
            int exitCode = -1;
            const QString output = runShell(lab.controlPort(), part.text(plan), &exitCode);
            EXPECT_EQ(exitCode, 0) << output.toStdString();
            continue;
        }
        const QString instance = part.target == ScriptTarget::BackupInstance ? plan.backupInstance.name
                                                                             : plan.primaryInstance.name;
        const QString output =
            LabProcess::runTsql(lab.port(instance), part.text(plan) + QStringLiteral("exit\n"), 60000);
        EXPECT_TRUE(LabProcess::errorsIn(output).isEmpty())
            << LabProcess::errorsIn(output).join(QLatin1Char('\n')).toStdString();
    }

    const auto query = [&lab](const QString& instance, const QString& sql) {
        return firstValue(LabProcess::runTsql(lab.port(instance), sql + QStringLiteral("\ngo\nexit\n")));
    };
    const QString backup = plan.backupInstance.name;
    const QString primary = plan.primaryInstance.name;
    EXPECT_EQ(query(backup, QStringLiteral("SELECT COUNT(*) AS v FROM sys.database_mirroring "
                                           "WHERE mirroring_guid IS NOT NULL")),
              QStringLiteral("0"));
    EXPECT_EQ(query(primary, QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("ONLINE"));
    EXPECT_EQ(
        query(primary, QStringLiteral("SELECT COUNT(*) AS v FROM msdb.dbo.log_shipping_primary_databases "
                                      "WHERE primary_database = N'mgc'")),
        QStringLiteral("1"));
    EXPECT_EQ(query(backup, QStringLiteral("SELECT state_desc AS v FROM sys.databases WHERE name = N'mgc'")),
              QStringLiteral("RESTORING"))
        << "the secondary was initialized WITH NORECOVERY";
    // SQL Server Agent runs the jobs on the lab's clock: the first log backup reaches the secondary.
    QString restored;
    for (int attempt = 0; attempt < 60 && (restored.isEmpty() || restored == QStringLiteral("none"));
         ++attempt) {
        QTest::qWait(500);
        restored = query(backup, QStringLiteral("SELECT ISNULL(last_restored_file, N'none') AS v "
                                                "FROM msdb.dbo.log_shipping_secondary_databases "
                                                "WHERE secondary_database = N'mgc'"));
    }
    EXPECT_TRUE(restored.endsWith(QStringLiteral(".trn"))) << restored.toStdString();

    int exitCode = -1;
    const QString pool = runShell(
        lab.controlPort(), QStringLiteral("Import-Module Lync\nGet-CsPersistentChatState\n"), &exitCode);
    EXPECT_TRUE(pool.contains(QStringLiteral("PoolState : Normal"))) << pool.toStdString();
}
