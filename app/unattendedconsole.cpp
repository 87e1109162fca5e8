#include "unattendedconsole.h"

#include "backend/run/procedure.h"
#include "backend/run/stepinfo.h"

#include <algorithm>
#include <cmath>
#include <QLocale>

namespace pchat {

namespace {

// A reading more often than this says nothing new to a person or a log reader, and floods a CI log.
constexpr double progressPercentStep = 1.0;
constexpr qint64 progressIntervalMs = 2000;
constexpr qsizetype commandPreviewLength = 140;

} // namespace

UnattendedConsole::UnattendedConsole()
    : m_out(stdout)
    , m_err(stderr)
{
}

void UnattendedConsole::setSecrets(const QStringList& secrets)
{
    m_secrets.clear();
    for (const QString& secret : secrets) {
        if (!secret.isEmpty())
            m_secrets << secret;
    }
}

QString UnattendedConsole::redacted(QString text) const
{
    for (const QString& secret : m_secrets)
        text.replace(secret, QStringLiteral("***"));
    return text;
}

void UnattendedConsole::line(const QString& text)
{
    // Qt::endl flushes: a process reading the pipe (a benchmark, a CI log) sees each line as it happens.
    m_out << redacted(text) << Qt::endl;
}

void UnattendedConsole::error(const QString& text)
{
    m_out.flush();
    m_err << redacted(text) << Qt::endl;
}

QString UnattendedConsole::label(StepId step, bool withTitle)
{
    if (step == StepId::Preflight)
        return QStringLiteral("[%1]").arg(StepInfo::title(StepId::Preflight));
    const QString number = QStringLiteral("%1/%2").arg(QString::number(StepInfo::number(step)),
                                                       QString::number(Procedure::of(step).lastNumber()));
    return withTitle ? QStringLiteral("[%1 %2]").arg(number, StepInfo::title(step))
                     : QStringLiteral("[%1]").arg(number);
}

void UnattendedConsole::resetProgress()
{
    m_lastPercent = -1;
    m_sinceLastProgress.invalidate();
}

QString UnattendedConsole::duration(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(QString::number(seconds / 3600), QString::number(seconds / 60 % 60).rightJustified(2, u'0'),
                 QString::number(seconds % 60).rightJustified(2, u'0'));
    return QStringLiteral("%1:%2").arg(QString::number(seconds / 60),
                                       QString::number(seconds % 60).rightJustified(2, u'0'));
}

void UnattendedConsole::progress(StepId step, const ProgressSample& sample, qint64 totalBytes)
{
    const bool first = m_lastPercent < 0;
    const bool advanced = sample.percent >= m_lastPercent + progressPercentStep;
    const bool due = m_sinceLastProgress.isValid() && m_sinceLastProgress.elapsed() >= progressIntervalMs;
    const bool complete = sample.percent >= 100 && m_lastPercent < 100;
    if (!first && !advanced && !due && !complete)
        return;
    m_lastPercent = sample.percent;
    m_sinceLastProgress.start();

    QStringList parts;
    const QLocale locale;
    if (totalBytes > 0) {
        const auto done = qint64(double(totalBytes) * std::clamp(sample.percent, 0.0, 100.0) / 100.0);
        parts << tr("%1 of %2")
                     .arg(locale.formattedDataSize(done, 1, QLocale::DataSizeTraditionalFormat),
                          locale.formattedDataSize(totalBytes, 1, QLocale::DataSizeTraditionalFormat));
    }
    if (sample.megabytesPerSecond >= 0)
        parts << tr("%1 MB/s").arg(sample.megabytesPerSecond, 0, 'f', sample.megabytesPerSecond < 10 ? 1 : 0);
    if (sample.remainingMs >= 0)
        parts << tr("%1 left").arg(duration(sample.remainingMs));
    if (sample.blockedBy > 0)
        parts << tr("blocked by session %1").arg(sample.blockedBy);
    // Step 5 runs a backup and a restore of its own: say which one the figures belong to.
    const QString command = step == StepId::LogShipping && !sample.command.isEmpty()
                                ? sample.command + QLatin1Char(' ')
                                : QString();
    QString text = QStringLiteral("%1 %2%3%")
                       .arg(label(step), command, QString::number(int(std::floor(sample.percent))));
    if (!parts.isEmpty())
        text += QLatin1Char(' ') + parts.join(QStringLiteral(", "));
    line(text);
}

void UnattendedConsole::message(StepId step, const SqlMessage& message)
{
    // A shell's blank output lines say nothing on a console that prefixes every line.
    if (message.number == 0 && message.text.trimmed().isEmpty())
        return;
    if (message.number != 0)
        line(tr("%1 Msg %2: %3").arg(label(step, false), QString::number(message.number), message.text));
    else
        line(QStringLiteral("%1 %2").arg(label(step, false), message.text));
}

void UnattendedConsole::command(StepId step, const QString& target, const QString& text)
{
    // One line for the whole batch or command: a shell's second line (after Import-Module) is the cmdlet.
    QString shown;
    for (const QString& part : text.split(QLatin1Char('\n'))) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!shown.isEmpty())
            shown += shown.endsWith(QLatin1Char(';')) ? QStringLiteral(" ") : QStringLiteral("; ");
        shown += trimmed;
    }
    if (shown.size() > commandPreviewLength)
        shown = shown.left(commandPreviewLength) + QStringLiteral("…");
    line(tr("%1 on %2: %3").arg(label(step, false), target, shown));
}

void UnattendedConsole::findings(StepId step, const StepFindings& findings)
{
    for (const StepFinding& finding : findings) {
        line(QStringLiteral("%1 %2 %3: %4")
                 .arg(label(step, false), finding.ok ? QStringLiteral(" ") : QStringLiteral("!"),
                      finding.subject, finding.value));
    }
}

void UnattendedConsole::check(const QString& title, const PreflightResult& result)
{
    const QString status = result.status == PreflightResult::Pass      ? tr("ok")
                           : result.status == PreflightResult::Warning ? tr("WARNING")
                                                                       : tr("FAILED");
    line(QStringLiteral("%1 %2: %3: %4").arg(label(StepId::Preflight), status, title, result.found));
    if (result.status != PreflightResult::Pass && !result.remedy.isEmpty())
        line(tr("%1 What to do: %2").arg(label(StepId::Preflight), result.remedy));
}

void UnattendedConsole::outcome(StepId step, const StepOutcome& outcome)
{
    QString status;
    switch (outcome.status) {
    case StepStatus::Done:
        status = tr("done");
        break;
    case StepStatus::AlreadyDone:
        status = tr("already done, skipped");
        break;
    case StepStatus::Cancelled:
        status = tr("cancelled");
        break;
    default:
        status = tr("FAILED");
        break;
    }
    line(QStringLiteral("%1 %2: %3").arg(label(step), status, outcome.summary));
    if (outcome.error.number != 0 || !outcome.error.text.isEmpty())
        line(tr("%1 Error %2: %3")
                 .arg(label(step, false), QString::number(outcome.error.number), outcome.error.text));
    if (!outcome.remedy.isEmpty())
        line(tr("%1 What to do: %2").arg(label(step, false), outcome.remedy));
}

} // namespace pchat
