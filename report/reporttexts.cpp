#include "reporttexts.h"

#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"

#include <QLocale>

namespace pchat {

QString ReportTexts::training()
{
    return tr("TRAINING");
}

QString ReportTexts::mode(const QString& mode)
{
    if (mode == AuditMode::Training)
        return tr("Training (against the lab, not production)");
    if (mode == AuditMode::Production)
        return tr("Production");
    return mode;
}

QString ReportTexts::result(RunRecord::Result result)
{
    switch (result) {
    case RunRecord::Result::Success:
        return tr("Success");
    case RunRecord::Result::Failed:
        return tr("Failed");
    case RunRecord::Result::Interrupted:
        return tr("Interrupted");
    case RunRecord::Result::Unfinished:
        return tr("Unfinished: the journal has no closing event (the program was stopped or crashed)");
    }
    return {};
}

QString ReportTexts::sectionTitle(const Procedure& procedure, int step)
{
    if (step < 0)
        return tr("Run");
    const ProcedureStep* known = procedure.step(step);
    if (!known)
        return tr("Step %1").arg(step); // a step number this version does not know
    return known->create ? tr("Step %1: %2").arg(QString::number(step), known->title()) : known->title();
}

QString ReportTexts::stepStatus(const QString& status)
{
    static const QHash<QString, const char*> names{
        {AuditStatus::NotInspected, QT_TR_NOOP("Not inspected")},
        {AuditStatus::Inspecting, QT_TR_NOOP("Inspecting")},
        {AuditStatus::Ready, QT_TR_NOOP("Ready")},
        {AuditStatus::AlreadyDone, QT_TR_NOOP("Already done")},
        {AuditStatus::Running, QT_TR_NOOP("Running")},
        {AuditStatus::Verifying, QT_TR_NOOP("Verifying")},
        {AuditStatus::Done, QT_TR_NOOP("Done")},
        {AuditStatus::Failed, QT_TR_NOOP("Failed")},
        {AuditStatus::Cancelled, QT_TR_NOOP("Cancelled")},
    };
    const auto it = names.constFind(status);
    return it == names.cend() ? status : tr(*it);
}

QString ReportTexts::checkResult(const QString& result)
{
    static const QHash<QString, const char*> names{
        {AuditResult::Ok, QT_TR_NOOP("Pass")},
        {AuditResult::Warning, QT_TR_NOOP("Warning")},
        {AuditResult::Failed, QT_TR_NOOP("Failed")},
        {AuditResult::Skipped, QT_TR_NOOP("Skipped")},
    };
    const auto it = names.constFind(result);
    return it == names.cend() ? result : tr(*it);
}

QString ReportTexts::commandResult(const QString& result)
{
    static const QHash<QString, const char*> names{
        {AuditCommand::Succeeded, QT_TR_NOOP("Succeeded")},
        {AuditCommand::Failed, QT_TR_NOOP("Failed")},
        {AuditCommand::Cancelled, QT_TR_NOOP("Cancelled")},
        {AuditCommand::ConnectionLost, QT_TR_NOOP("Connection lost")},
    };
    const auto it = names.constFind(result);
    return it == names.cend() ? result : tr(*it);
}

QString ReportTexts::confirmationKind(const QString& what)
{
    static const QHash<QString, const char*> names{
        {AuditConfirmation::Typed, QT_TR_NOOP("Typed confirmation")},
        {AuditConfirmation::Checklist, QT_TR_NOOP("Checklist")},
        {AuditConfirmation::WarningAcknowledged, QT_TR_NOOP("Warning acknowledged")},
        {AuditConfirmation::Dialog, QT_TR_NOOP("Dialog")},
    };
    const auto it = names.constFind(what);
    return it == names.cend() ? what : tr(*it);
}

QString ReportTexts::screenshotReason(const QString& reason)
{
    static const QHash<QString, const char*> names{
        {AuditShot::RunStarted, QT_TR_NOOP("Start of the run (the confirmed assumptions)")},
        {AuditShot::PageEntered, QT_TR_NOOP("Page shown")},
        {AuditShot::BeforeRun, QT_TR_NOOP("Before the action")},
        {AuditShot::EndState, QT_TR_NOOP("End state")},
    };
    const auto it = names.constFind(reason);
    return it == names.cend() ? reason : tr(*it);
}

QString ReportTexts::interruptReason(const QString& reason)
{
    static const QHash<QString, const char*> names{
        {AuditReason::Closed, QT_TR_NOOP("the operator closed the wizard")},
        {AuditReason::Failed, QT_TR_NOOP("a step failed")},
        {AuditReason::AuditUnwritable, QT_TR_NOOP("the audit journal could not be written")},
        {AuditReason::ConfirmationMissing,
         QT_TR_NOOP("the plan does not confirm the target of a destructive step (unattended run)")},
        {AuditReason::Cancelled, QT_TR_NOOP("the operator cancelled the unattended run (Ctrl+C)")},
        {AuditReason::LabReset, QT_TR_NOOP("the trainer reset the training lab")},
    };
    const auto it = names.constFind(reason);
    return it == names.cend() ? reason : tr(*it);
}

QString ReportTexts::eventKind(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {AuditKind::RunStarted, QT_TR_NOOP("Run started")},
        {AuditKind::RunResumed, QT_TR_NOOP("Run resumed")},
        {AuditKind::Language, QT_TR_NOOP("Language changed")},
        {AuditKind::RunFinished, QT_TR_NOOP("Run finished")},
        {AuditKind::RunInterrupted, QT_TR_NOOP("Run interrupted")},
    };
    const auto it = names.constFind(kind);
    return it == names.cend() ? kind : tr(*it);
}

QString ReportTexts::utc(const QDateTime& time)
{
    if (!time.isValid())
        return notRecorded();
    return tr("%1 UTC").arg(time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString ReportTexts::local(const QDateTime& time)
{
    if (!time.isValid())
        return notRecorded();
    const QDateTime local = time.toLocalTime();
    // The offset as well as the zone's name: abbreviations such as "CET" are ambiguous across the world.
    const int offset = local.offsetFromUtc() / 60;
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return tr("%1 local time (UTC%2)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
             QStringLiteral("%1%2:%3").arg(sign, QString::number(qAbs(offset) / 60).rightJustified(2, u'0'),
                                           QString::number(qAbs(offset) % 60).rightJustified(2, u'0')));
}

QString ReportTexts::timeOfDay(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("HH:mm:ss")) : notRecorded();
}

QString ReportTexts::duration(qint64 milliseconds)
{
    if (milliseconds < 0)
        return notRecorded();
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    if (milliseconds < 60000)
        return tr("%1 s").arg(QLocale().toString(milliseconds / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s")
            .arg(QString::number(seconds / 60), QString::number(seconds % 60).rightJustified(2, u'0'));
    return tr("%1 h %2 min")
        .arg(QString::number(seconds / 3600), QString::number((seconds % 3600) / 60).rightJustified(2, u'0'));
}

QString ReportTexts::notRecorded()
{
    return tr("not recorded");
}

} // namespace pchat
