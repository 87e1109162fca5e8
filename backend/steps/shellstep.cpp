#include "shellstep.h"

#include "backend/audit/journalkeys.h"
#include "backend/shell/lynccommands.h"
#include "backend/shell/shellrunner.h"

#include <memory>
#include <QElapsedTimer>

namespace pchat {

ShellStep::ShellStep(StepId id, QObject* parent)
    : FailbackStep(id, parent)
{
}

ShellStep::~ShellStep() = default;

QString ShellStep::shellTarget() const
{
    return tr("Management shell");
}

void ShellStep::runShell(const QStringList& commands, ResultHandler then)
{
    if (m_runner) {
        m_runner->disconnect(this);
        m_runner->cancel();
        m_runner->deleteLater();
    }
    auto* runner = new ShellRunner(m_plan.lync, this);
    m_runner = runner;
    m_cancelledBeforeStart = false;
    connect(runner, &ShellRunner::output, this, [this](const QString& line) {
        SqlMessage message;
        message.text = line;
        Q_EMIT this->message(message);
    });
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const auto complete = [this, runner, then, clock](const ShellResult& result) {
        runner->deleteLater();
        CommandReport report;
        report.target = shellTarget();
        report.durationMs = clock->elapsed();
        report.result = result.ok          ? AuditCommand::Succeeded
                        : result.cancelled ? AuditCommand::Cancelled
                                           : AuditCommand::Failed;
        if (!result.ok)
            report.errors << errorMessage(result);
        Q_EMIT commandFinished(report);
        then(result);
    };
    connect(runner, &ShellRunner::finished, this, complete);
    // Write-ahead: the shell starts only once the command is recorded.
    Q_EMIT commandStarted(shellTarget(), runner->textFor(commands));
    admitCommand(
        runner,
        [this, runner, commands, complete] {
            if (m_runner != runner)
                return; // replaced by a later command while this one waited
            if (!m_cancelledBeforeStart) {
                runner->run(commands);
                return;
            }
            ShellResult cancelled;
            cancelled.cancelled = true;
            complete(cancelled);
        },
        [this, runner, complete](const QString& reason) {
            if (m_runner != runner)
                return;
            ShellResult refused;
            refused.errorRecords << tr("Not sent to the management shell: %1").arg(reason);
            refused.standardError = refused.errorRecords.constFirst();
            complete(refused);
        });
}

void ShellStep::cancel()
{
    m_cancelRequested = true;
    if (m_runner && !m_runner->isRunning())
        m_cancelledBeforeStart = true;
    if (m_runner)
        m_runner->cancel();
}

void ShellStep::inspectShell(std::function<void(const StepFindings& findings)> then)
{
    runShell({LyncCommands::getPersistentChatServices()}, [this, then](const ShellResult& result) {
        if (!result.ok) {
            failShell(result,
                      tr("The management shell did not start or the %1 module did not load.")
                          .arg(LyncCommands::importModule(m_plan.lync.module).section(u' ', 1)),
                      true);
            return;
        }
        m_poolsFound.clear();
        for (const auto& object : ShellResult::parseObjects(result.standardOutput)) {
            const QString identity = object.value(QStringLiteral("Identity"));
            if (!identity.isEmpty())
                m_poolsFound << identity;
        }
        StepFinding pools;
        pools.subject = tr("Persistent Chat pools (Get-CsService)");
        pools.value = m_poolsFound.isEmpty() ? tr("none found") : m_poolsFound.join(QStringLiteral(", "));
        pools.ok = !m_poolsFound.isEmpty();
        then({pools});
    });
}

SqlMessage ShellStep::errorMessage(const ShellResult& result)
{
    SqlMessage error;
    error.isError = true;
    error.text = result.errorText();
    return error;
}

QString ShellStep::remedyFor(const ShellResult& result, const LyncSettings& settings)
{
    if (result.timedOut)
        return tr("The shell ran longer than %n second(s). Check that it does not wait for input (a "
                  "confirmation prompt, a credential dialog), or raise the shell timeout in the plan.",
                  nullptr, settings.shellTimeoutSeconds);
    if (result.cancelled)
        return tr("Run the step again when ready; the command may or may not have taken effect.");
    if (result.exitCode < 0 && result.standardOutput.isEmpty() && result.standardError.isEmpty())
        return tr("Check the shell program (%1) and its arguments in the plan: it must start on this "
                  "computer and read commands on stdin.")
            .arg(settings.shellProgram);
    const QString text = result.errorText();
    if (text.contains(QLatin1String("Import-Module"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("not loaded because no valid module file"), Qt::CaseInsensitive))
        return tr("Run the wizard on a server with the Lync Server (or Skype for Business Server) "
                  "administrative tools, or choose the other shell module in the plan.");
    if (text.contains(QLatin1String("not recognized as the name of a cmdlet"), Qt::CaseInsensitive))
        return tr("The cmdlet is missing: check that the module in the plan is the one installed and that "
                  "the account is a member of RTCUniversalServerAdmins (or CsAdministrator).");
    return tr("Read the error above; run the same command in the Lync Server Management Shell to see "
              "the full error record, fix the cause and run the step again.");
}

void ShellStep::failWith(const StepOutcome& outcome, bool inspection, const StepFindings& findings)
{
    if (inspection) {
        setOutcome(outcome);
        setFindings(findings.isEmpty() ? this->findings() : findings);
    } else {
        finish(outcome);
    }
}

void ShellStep::failShell(const ShellResult& result, const QString& summary, bool inspection)
{
    StepOutcome outcome;
    outcome.status = result.cancelled && !inspection ? StepStatus::Cancelled : StepStatus::Failed;
    outcome.error = errorMessage(result);
    outcome.summary = result.cancelled ? tr("Cancelled: the management shell was stopped.") : summary;
    outcome.remedy = remedyFor(result, m_plan.lync);
    QString subject = summary;
    if (subject.endsWith(QLatin1Char('.')))
        subject.chop(1);
    failWith(outcome, inspection, {{subject, outcome.error.text, false}});
}

void ShellStep::runRemembered(const Plan& plan, const QString& command, const QString& failure,
                              std::function<QString(const QString& output)> summary)
{
    m_plan = plan;
    m_cancelRequested = false;
    m_ran = false;
    setStatus(StepStatus::Running);
    runShell({command}, [this, failure, summary](const ShellResult& result) {
        m_lastOutput = result.standardOutput;
        if (!result.ok) {
            failShell(result, failure, false);
            return;
        }
        m_ran = true;
        StepOutcome outcome;
        outcome.status = StepStatus::Done;
        outcome.summary = summary(result.standardOutput.trimmed());
        finish(outcome);
    });
}

void ShellStep::verifyFromRun(const Plan& plan, const QString& summary, const QString& remedy)
{
    m_plan = plan;
    if (m_ran && outcome().status == StepStatus::Done) {
        finish(outcome());
        return;
    }
    StepOutcome result;
    result.status = StepStatus::Failed;
    result.summary = summary;
    result.remedy = remedy;
    finish(result);
}

} // namespace pchat
