#include "recordedrun.h"

#include "auditverifier.h"
#include "journal.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>

namespace pchat {

bool RecordedRun::isStepDone(int step) const
{
    const auto it = steps.constFind(step);
    return it != steps.constEnd() &&
           (it->status == AuditStatus::Done || it->status == AuditStatus::AlreadyDone);
}

int RecordedRun::firstStepNotDone(const QList<int>& numbers) const
{
    for (int number : numbers) {
        if (!isStepDone(number))
            return number;
    }
    return numbers.isEmpty() ? 1 : numbers.constLast() + 1;
}

QString RecordedRun::describe(const QString& stoppedAt) const
{
    return tr("Started %1 on %2 by %3 for pool %4; %5.")
        .arg(QLocale().toString(startedUtc.toLocalTime(), QLocale::ShortFormat), host, operatorName, pool,
             stoppedAt);
}

std::optional<RecordedRun> RecordedRun::read(const QString& folder, QString* error)
{
    QFile file(QDir(folder).filePath(Journal::fileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The journal %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
        return std::nullopt;
    }
    RecordedRun run;
    run.folder = folder;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        AuditEvent event;
        // A line cut by a crash is the journal's last; everything before it still counts.
        if (!Journal::fromJson(QJsonDocument::fromJson(line).object(), &event))
            continue;
        ++run.eventCount;
        run.lastKind = event.kind;
        if (event.kind == AuditKind::RunStarted || event.kind == AuditKind::RunResumed) {
            run.plan = event.details.value(AuditKey::Plan).toObject();
            if (event.kind == AuditKind::RunStarted) {
                run.procedure = event.details.value(AuditKey::Procedure).toString();
                if (run.procedure.isEmpty())
                    run.procedure = AuditProcedure::Default;
                run.startedUtc = event.utc;
                run.host = event.host;
                run.operatorName = event.operatorName;
                run.mode = event.mode;
            }
        } else if (event.kind == AuditKind::PageEntered) {
            run.lastPage = event.details.value(AuditKey::Page).toString();
        } else if (event.kind == AuditKind::StepState && event.step >= 1) {
            run.steps.insert(event.step,
                             {event.details.value(AuditKey::Status).toString(), event.sequence, event.utc});
        }
    }
    if (run.eventCount == 0 || !run.startedUtc.isValid()) {
        if (error)
            *error = tr("The journal %1 holds no run.").arg(QDir::toNativeSeparators(file.fileName()));
        return std::nullopt;
    }
    run.pool = run.plan.value(QLatin1String("lync"))
                   .toObject()
                   .value(QLatin1String("poolIdentity"))
                   .toString()
                   .section(u':', -1);
    return run;
}

std::optional<RecordedRun> RecordedRun::readVerified(const QString& folder, QString* error)
{
    // The plan and the steps' states come from the journal; a forged journal must not choose what runs next.
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    if (!verified.ok && verified.problem != AuditVerifier::VerifyResult::NotClosed) {
        if (error)
            *error =
                tr("The run in %1 is not continued, because its audit trail does not verify: %2 Keep the "
                   "folder for inspection (pchat-failback --verify-audit) and start a new run.")
                    .arg(QDir::toNativeSeparators(folder), verified.message);
        return std::nullopt;
    }
    return read(folder, error);
}

QString RecordedRun::findResumable(const QString& root, const QString& mode, const QString& procedure)
{
    // Folder names start with the UTC start time, so the newest sorts last.
    const QStringList names =
        QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QString folder = QDir(root).filePath(name);
        const std::optional<RecordedRun> run = read(folder);
        // A training run is never continued as production (nor the other way round): its evidence differs.
        // Nor is a failover continued as a failback: its steps are others.
        if (!run || run->isFinished() || run->mode != mode || run->procedure != procedure)
            continue;
        if (!run->steps.isEmpty())
            return folder;
    }
    return {};
}

} // namespace pchat
