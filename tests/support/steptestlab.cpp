#include "steptestlab.h"

#include "backend/sql/backupsql.h"
#include "backend/sql/sqlsession.h"

#include <iostream>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace pchat;

void StepTestLab::startLab(const QStringList& args, int speed)
{
    m_lab =
        std::make_unique<LabProcess>(QStringList{QStringLiteral("--speed"), QString::number(speed)} + args);
    ASSERT_TRUE(m_lab->started()) << "the lab did not start";
}

void StepTestLab::TearDown()
{
    m_lab.reset();
}

InstanceSettings StepTestLab::instance(const QString& name, const QString& password) const
{
    InstanceSettings settings;
    settings.name = name;
    settings.address = QStringLiteral("127.0.0.1,%1").arg(m_lab ? m_lab->port(name) : 1);
    settings.authentication = Authentication::SqlLogin;
    settings.login = QStringLiteral("sa");
    settings.password = password.isEmpty() ? QString::fromLatin1(LabProcess::password()) : password;
    settings.odbcDriver = QStringLiteral("FreeTDS");
    settings.encryption = Encryption::Optional;
    settings.loginTimeoutSeconds = 5;
    return settings;
}

Plan StepTestLab::plan() const
{
    Plan result;
    result.backupInstance = instance(QString::fromLatin1(kBackupInstance));
    result.primaryInstance = instance(QString::fromLatin1(kPrimaryInstance));
    result.backup.shareFolder = QString::fromLatin1(kShare);
    const testing::TestInfo* test = testing::UnitTest::GetInstance()->current_test_info();
    result.backup.fileName =
        QStringLiteral("mgc_%1.bak").arg(QString::fromLatin1(test ? test->name() : "test"));
    result.backup.description = QStringLiteral("step test");
    return result;
}

LabControl StepTestLab::control() const
{
    return m_lab->control();
}

BatchResult StepTestLab::query(const QString& instanceName, const QString& batch) const
{
    SqlSession session(instance(instanceName));
    QSignalSpy opened(&session, &SqlSession::opened);
    QSignalSpy failed(&session, &SqlSession::openFailed);
    session.open();
    if (!opened.wait(10000) && opened.isEmpty()) {
        ADD_FAILURE() << "could not connect to " << instanceName.toStdString();
        return {};
    }
    QSignalSpy finished(&session, &SqlSession::finished);
    session.execute(batch);
    if (!finished.wait(60000)) {
        ADD_FAILURE() << "the batch did not finish: " << batch.toStdString();
        return {};
    }
    return finished.constFirst().at(1).value<BatchResult>();
}

QString StepTestLab::scalar(const QString& instanceName, const QString& batch) const
{
    const BatchResult result = query(instanceName, batch);
    if (result.statements.isEmpty() || result.statements.constFirst().rows.isEmpty())
        return {};
    const QVariant value = result.statements.constFirst().rows.constFirst().value(0);
    return value.isNull() ? QStringLiteral("NULL") : value.toString();
}

void StepTestLab::prepareBackupFile(const Plan& plan) const
{
    const BatchResult result =
        query(QString::fromLatin1(kBackupInstance),
              BackupSql::backupDatabase(plan.mgcDatabase, plan.backupFilePath(), plan.backup));
    ASSERT_TRUE(result.succeeded()) << result.firstError().text.toStdString();
}

StepOutcome StepTestLab::waitFinished(FailbackStep& step, int timeoutMs)
{
    QSignalSpy finished(&step, &FailbackStep::finished);
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        ADD_FAILURE() << "the step did not finish within " << timeoutMs << " ms";
        return {};
    }
    const StepOutcome outcome = finished.constFirst().at(0).value<StepOutcome>();
    if (qEnvironmentVariableIsSet("PCHAT_TEST_VERBOSE"))
        std::cout << "  outcome " << int(outcome.status) << ": " << outcome.summary.toStdString()
                  << "\n  error " << outcome.error.number << " [" << outcome.error.sqlState.toStdString()
                  << "] " << outcome.error.text.toStdString() << "\n  remedy " << outcome.remedy.toStdString()
                  << std::endl;
    return outcome;
}

bool StepTestLab::waitInspected(FailbackStep& step, int timeoutMs)
{
    QSignalSpy inspected(&step, &FailbackStep::inspected);
    const bool done = inspected.wait(timeoutMs) || !inspected.isEmpty();
    if (qEnvironmentVariableIsSet("PCHAT_TEST_VERBOSE")) {
        std::cout << "  inspected, status " << int(step.status()) << "\n";
        for (const StepFinding& finding : step.findings())
            std::cout << "    " << (finding.ok ? "ok  " : "NOT ") << finding.subject.toStdString() << ": "
                      << finding.value.toStdString() << "\n";
        if (step.status() == StepStatus::Failed)
            std::cout << "  outcome: " << step.outcome().summary.toStdString() << "\n  error "
                      << step.outcome().error.number << " " << step.outcome().error.text.toStdString()
                      << "\n  remedy " << step.outcome().remedy.toStdString() << "\n";
    }
    return done;
}
