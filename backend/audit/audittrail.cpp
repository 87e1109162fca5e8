#include "audittrail.h"

#include "auditwriter.h"
#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"
#include "backend/log/qstringformatter.h"
#include "backend/steps/failbackstep.h"
#include "backend/steps/preflightrunner.h"
#include "backend/steps/shellstep.h"

#include <QDir>
#include <QJsonArray>
#include <QThread>

namespace pchat {

AuditTrail::AuditTrail(QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_writer(new AuditWriter)
{
    m_thread->setObjectName(QStringLiteral("audit-writer"));
    m_writer->moveToThread(m_thread);
    m_thread->start();
}

AuditTrail::~AuditTrail()
{
    // Queued after every write still pending, so that nothing recorded so far is lost.
    AuditWriter* writer = m_writer;
    QThread* thread = m_thread;
    QMetaObject::invokeMethod(writer, [writer, thread] {
        delete writer;
        thread->quit();
    });
    m_thread->wait();
    delete m_thread;
}

bool AuditTrail::openWriter(const QString& folder, QString* error)
{
    bool opened = false;
    QString message;
    const RunInfo info = m_info;
    AuditWriter* writer = m_writer;
    QMetaObject::invokeMethod(
        writer, [&] { opened = writer->open(folder, info.operatorName, info.host, info.mode, &message); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        if (error)
            *error = message;
        return false;
    }
    m_folder = folder;
    return true;
}

void AuditTrail::beginRun(const RunInfo& info)
{
    m_info = info;
    m_sealed = false;
    m_failure.clear();
}

bool AuditTrail::startRun(const QString& root, const RunInfo& info, QString* error)
{
    beginRun(info);
    const QString folder =
        Journal::createRunFolder(root, QDateTime::currentDateTimeUtc(), info.host, info.pool, error);
    if (folder.isEmpty() || !openWriter(folder, error))
        return false;
    recordRunStarted();
    return true;
}

void AuditTrail::startRunAsync(const QString& root, const RunInfo& info, QObject* context,
                               std::function<void(bool started, const QString& error)> done)
{
    beginRun(info);
    m_starting = true;
    AuditWriter* writer = m_writer;
    const QPointer<QObject> receiver(context);
    const QDateTime startUtc = QDateTime::currentDateTimeUtc();
    // The destructor waits for the writer's queue, so this trail outlives the job; an answer posted to it
    // after it is gone is dropped with it.
    QMetaObject::invokeMethod(writer, [this, writer, receiver, root, info, startUtc, done = std::move(done)] {
        QString message;
        const QString folder = Journal::createRunFolder(root, startUtc, info.host, info.pool, &message);
        const bool opened =
            !folder.isEmpty() && writer->open(folder, info.operatorName, info.host, info.mode, &message);
        QMetaObject::invokeMethod(this, [this, receiver, folder, opened, message, done] {
            m_starting = false;
            if (opened) {
                m_folder = folder;
                recordRunStarted();
            }
            if (receiver)
                done(opened, message);
        });
    });
}

void AuditTrail::recordRunStarted()
{
    record(AuditKind::RunStarted, {{AuditKey::Version, m_info.version},
                                   {AuditKey::Procedure, m_info.procedure},
                                   {AuditKey::Language, m_info.language},
                                   {AuditKey::Plan, m_info.plan},
                                   {AuditKey::Resumes, QString()},
                                   {AuditKey::Unattended, m_info.unattended}});
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Audit trail of this run: %1"),
                      {QDir::toNativeSeparators(m_folder)});
}

bool AuditTrail::resumeRun(const QString& folder, const RunInfo& info, QString* error)
{
    beginRun(info);
    if (!openWriter(folder, error))
        return false;
    record(AuditKind::RunResumed, {{AuditKey::Language, info.language}, {AuditKey::Plan, info.plan}});
    OperatorLog::info(QT_TRANSLATE_NOOP("OperatorLog", "Resuming the run recorded in %1."),
                      {QDir::toNativeSeparators(folder)});
    return true;
}

void AuditTrail::record(QLatin1String kind, const QJsonObject& details, int step)
{
    if (!isActive() || hasFailed() || m_sealed)
        return;
    AuditWriter* writer = m_writer;
    const QString kindText = kind;
    QMetaObject::invokeMethod(writer, [this, writer, kindText, details, step] {
        if (!writer->append(kindText, details, step)) {
            const QString message = writer->lastError();
            QMetaObject::invokeMethod(this, [this, message] { reportFailure(message); });
        }
    });
}

void AuditTrail::recordFile(const EvidenceFile& file, std::function<QByteArray()> produce, QLatin1String kind,
                            const QJsonObject& details, int step, const QString& fileKey)
{
    if (!isActive() || hasFailed() || m_sealed)
        return;
    AuditWriter* writer = m_writer;
    const QString kindText = kind;
    QMetaObject::invokeMethod(writer, [=, this] {
        if (!writer->appendWithFile(file, produce, kindText, details, step, fileKey)) {
            const QString message = writer->lastError();
            QMetaObject::invokeMethod(this, [this, message] { reportFailure(message); });
        }
    });
}

void AuditTrail::whenWritten(QObject* context, std::function<void()> then,
                             std::function<void(const QString& reason)> otherwise)
{
    if (!isActive()) {
        // No trail was asked for (the tests of single pages): nothing to wait for.
        then();
        return;
    }
    QPointer<QObject> guard(context);
    if (hasFailed()) {
        Q_EMIT failed(m_failure);
        // Queued like every other answer, so that a caller never gets it while it is still starting.
        if (otherwise)
            QMetaObject::invokeMethod(
                this,
                [guard, otherwise, message = m_failure] {
                    if (guard)
                        otherwise(message);
                },
                Qt::QueuedConnection);
        return;
    }
    AuditWriter* writer = m_writer;
    QMetaObject::invokeMethod(writer, [this, writer, guard, then, otherwise] {
        // Every event queued before this call has been handled by now: the writer works in order.
        const bool ok = writer->lastError().isEmpty();
        const QString message = writer->lastError();
        QMetaObject::invokeMethod(this, [this, ok, message, guard, then, otherwise] {
            if (!ok) {
                reportFailure(message);
                if (otherwise && guard)
                    otherwise(message);
                return;
            }
            if (guard)
                then();
        });
    });
}

CommandGate AuditTrail::commandGate()
{
    return [this](QObject* context, std::function<void()> proceed,
                  std::function<void(const QString& reason)> refuse) {
        whenWritten(context, std::move(proceed), std::move(refuse));
    };
}

void AuditTrail::flush()
{
    QMetaObject::invokeMethod(
        m_writer, [] {}, Qt::BlockingQueuedConnection);
}

void AuditTrail::reportFailure(const QString& message)
{
    if (hasFailed())
        return;
    m_failure = message;
    OperatorLog::error(QT_TRANSLATE_NOOP("OperatorLog", "The audit trail cannot be written: %1"), {message});
    Q_EMIT failed(message);
}

QString AuditTrail::statusName(int status)
{
    switch (StepStatus(status)) {
    case StepStatus::NotInspected:
        return AuditStatus::NotInspected;
    case StepStatus::Inspecting:
        return AuditStatus::Inspecting;
    case StepStatus::Ready:
        return AuditStatus::Ready;
    case StepStatus::AlreadyDone:
        return AuditStatus::AlreadyDone;
    case StepStatus::Running:
        return AuditStatus::Running;
    case StepStatus::Verifying:
        return AuditStatus::Verifying;
    case StepStatus::Done:
        return AuditStatus::Done;
    case StepStatus::Failed:
        return AuditStatus::Failed;
    case StepStatus::Cancelled:
        return AuditStatus::Cancelled;
    }
    return QStringLiteral("unknown");
}

QJsonObject AuditTrail::messageJson(const SqlMessage& message)
{
    return {{AuditKey::Number, message.number},
            {AuditKey::Severity, message.severity},
            {AuditKey::State, message.state},
            {AuditKey::Text, message.text},
            {AuditKey::IsError, message.isError}};
}

namespace {

EvidenceFile scriptFile(const QString& target, ScriptLanguage language)
{
    return {QStringLiteral("scripts"), target,
            language == ScriptLanguage::PowerShell ? QStringLiteral("ps1") : QStringLiteral("sql")};
}

} // namespace

void AuditTrail::attachStep(FailbackStep* step, int number)
{
    step->setCommandGate(commandGate());
    connect(step, &FailbackStep::statusChanged, this, [this, step, number](StepStatus status) {
        QJsonObject details{{AuditKey::Status, statusName(int(status))}};
        const StepOutcome& outcome = step->outcome();
        // The outcome belongs to this state only when it names it; an older one would mislead the reader.
        if (outcome.status == status) {
            details.insert(AuditKey::Summary, outcome.summary);
            details.insert(AuditKey::Remedy, outcome.remedy);
            if (outcome.error.number != 0 || !outcome.error.text.isEmpty())
                details.insert(AuditKey::Error, QJsonObject{{AuditKey::Number, outcome.error.number},
                                                            {AuditKey::Text, outcome.error.text}});
        }
        record(AuditKind::StepState, details, number);
    });
    connect(step, &FailbackStep::commandStarted, this,
            [this, step, number](const QString& target, const QString& text) {
                const QByteArray bytes = text.toUtf8();
                recordFile(
                    scriptFile(target, step->scriptLanguage()), [bytes] { return bytes; },
                    AuditKind::CommandStarted, {{AuditKey::Target, target}, {AuditKey::Text, text}}, number,
                    AuditKey::Script);
            });
    connect(step, &FailbackStep::message, this, [this, number](const SqlMessage& message) {
        record(AuditKind::ServerMessage, messageJson(message), number);
    });
    connect(step, &FailbackStep::commandFinished, this, [this, number](const CommandReport& report) {
        QJsonArray errors;
        for (const SqlMessage& error : report.errors)
            errors.append(QJsonObject{{AuditKey::Number, error.number}, {AuditKey::Text, error.text}});
        record(AuditKind::CommandFinished,
               {{AuditKey::Target, report.target},
                {AuditKey::Result, report.result},
                {AuditKey::DurationMs, double(report.durationMs)},
                {AuditKey::Rows, double(report.rows)},
                {AuditKey::Errors, errors}},
               number);
    });
}

void AuditTrail::attachPreflight(PreflightRunner* runner)
{
    const int number = int(StepId::Preflight);
    runner->setCommandGate(commandGate());
    connect(runner, &PreflightRunner::commandStarted, this,
            [this, number](const QString& target, const QString& text, ScriptLanguage language) {
                const QByteArray bytes = text.toUtf8();
                recordFile(
                    scriptFile(target, language), [bytes] { return bytes; }, AuditKind::CommandStarted,
                    {{AuditKey::Target, target}, {AuditKey::Text, text}}, number, AuditKey::Script);
            });
    connect(runner, &PreflightRunner::checkFinished, this,
            [this, runner, number](int index, const PreflightResult& result) {
                const QString title = index >= 0 && index < runner->checks().size()
                                          ? runner->checks().at(index).title
                                          : QString();
                const QString outcome = result.status == PreflightResult::Pass ? QString(AuditResult::Ok)
                                        : result.status == PreflightResult::Warning
                                            ? QString(AuditResult::Warning)
                                            : QString(AuditResult::Failed);
                record(AuditKind::CheckResult,
                       {{AuditKey::Check, result.id},
                        {AuditKey::Title, title},
                        {AuditKey::Result, outcome},
                        {AuditKey::Detail, result.found},
                        {AuditKey::Remedy, result.remedy}},
                       number);
            });
    // Preflight's outcome, as a step records its own: without it the report cannot say how Preflight ended,
    // and the wizard's Preflight page (no step object) and the unattended run both need it.
    connect(runner, &PreflightRunner::allFinished, this, [this, runner, number] {
        int passed = 0;
        int warnings = 0;
        int failed = 0;
        int notRun = 0;
        for (const PreflightResult& result : runner->results()) {
            if (result.id.isEmpty())
                ++notRun;
            else if (result.status == PreflightResult::Pass)
                ++passed;
            else if (result.status == PreflightResult::Warning)
                ++warnings;
            else
                ++failed;
        }
        const StepStatus status = failed > 0   ? StepStatus::Failed
                                  : notRun > 0 ? StepStatus::Cancelled
                                               : StepStatus::Done;
        record(AuditKind::StepState,
               {{AuditKey::Status, statusName(int(status))},
                {AuditKey::Checks, runner->results().size()},
                {AuditKey::Passed, passed},
                {AuditKey::Warnings, warnings},
                {AuditKey::Failed, failed},
                {AuditKey::NotRun, notRun}},
               number);
    });
}

} // namespace pchat
