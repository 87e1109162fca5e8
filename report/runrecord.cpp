#include "runrecord.h"

#include "backend/audit/auditverifier.h"
#include "backend/audit/journal.h"
#include "backend/audit/journalkeys.h"

#include <algorithm>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace pchat {

const Procedure& RunRecord::procedure() const
{
    const Procedure* known = Procedure::byName(m_cover.procedure);
    return known ? *known : Procedure::failback();
}

namespace {

QString text(const QJsonObject& details, QLatin1String key)
{
    return details.value(key).toString();
}

// Numbers are doubles in JSON; a missing or non-numeric value keeps the fallback so that the report can say
// "not recorded" instead of showing 0.
qint64 integer(const QJsonObject& details, QLatin1String key, qint64 fallback)
{
    const QJsonValue value = details.value(key);
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) : fallback;
}

// run-started and run-resumed hold the plan as an object; a plan stored as JSON text is read as well, so
// that a journal written by a later version that chooses the other form still names its pool.
QString poolOf(const QJsonObject& details)
{
    const QJsonValue plan = details.value(AuditKey::Plan);
    QJsonObject object = plan.toObject();
    if (plan.isString())
        object = QJsonDocument::fromJson(plan.toString().toUtf8()).object();
    return object.value(QLatin1String("lync")).toObject().value(QLatin1String("poolIdentity")).toString();
}

void appendDistinct(QStringList* list, const QString& value)
{
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

bool isRunKind(const QString& kind)
{
    return kind == AuditKind::RunStarted || kind == AuditKind::RunResumed || kind == AuditKind::Language ||
           kind == AuditKind::RunFinished || kind == AuditKind::RunInterrupted;
}

} // namespace

QString RunRecord::Section::outcome() const
{
    if (!states.isEmpty())
        return states.constLast().status;
    if (step != 0 || checks.isEmpty())
        return {};
    const bool failed = std::any_of(checks.cbegin(), checks.cend(),
                                    [](const Check& check) { return check.result == AuditResult::Failed; });
    return failed ? AuditStatus::Failed : AuditStatus::Done;
}

bool RunRecord::isSafeRelativePath(const QString& path)
{
    if (path.isEmpty() || path.contains(QLatin1Char(':')) || path.startsWith(QLatin1Char('/')) ||
        path.startsWith(QLatin1Char('\\')) || QDir::isAbsolutePath(path))
        return false;
    for (const QChar c : path)
        if (c.category() == QChar::Other_Control)
            return false;
    const QStringList parts = path.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    return !parts.contains(QStringLiteral(".."));
}

bool RunRecord::load(const QString& folder, QString* error)
{
    m_cover = Cover{};
    m_sections.clear();
    m_openCommand.clear();
    m_cover.folder = QFileInfo(folder).absoluteFilePath();
    m_cover.folderName = QFileInfo(m_cover.folder).fileName();

    QFile file(QDir(folder).filePath(Journal::fileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The run folder %1 has no readable audit journal: %2")
                         .arg(QDir::toNativeSeparators(folder), file.errorString());
        return false;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    AuditEvent last;
    for (const QByteArray& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        AuditEvent event;
        if (!Journal::fromJson(QJsonDocument::fromJson(line).object(), &event)) {
            ++m_cover.unreadableLines;
            continue;
        }
        add(event);
        if (m_cover.eventCount == 0)
            m_cover.startUtc = event.utc;
        ++m_cover.eventCount;
        last = event;
    }
    if (m_cover.eventCount == 0) {
        if (error)
            *error = tr("The audit journal in %1 holds no event.").arg(QDir::toNativeSeparators(folder));
        return false;
    }

    m_cover.endUtc = last.utc;
    m_cover.finalHash = last.hash;
    // Only the closing event decides: a run that was interrupted and then resumed ends with whatever its
    // last process wrote.
    if (last.kind == AuditKind::RunFinished) {
        m_cover.result =
            text(last.details, AuditKey::Result) == AuditResult::Success ? Result::Success : Result::Failed;
    } else if (last.kind == AuditKind::RunInterrupted) {
        m_cover.result = Result::Interrupted;
        m_cover.interruptReason = text(last.details, AuditKey::Reason);
    } else {
        m_cover.result = Result::Unfinished;
    }
    if (m_cover.mode.isEmpty())
        m_cover.mode = AuditMode::Production;

    // The report states whether its evidence is intact, so a reader need not run --verify-audit separately.
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    m_cover.chainVerified = verified.ok;
    m_cover.chainMessage = verified.message;
    return true;
}

RunRecord::Section& RunRecord::section(int step)
{
    auto it = m_sections.find(step);
    if (it == m_sections.end()) {
        it = m_sections.insert(step, Section{});
        it->step = step;
    }
    return *it;
}

void RunRecord::add(const AuditEvent& event)
{
    appendDistinct(&m_cover.operators, event.operatorName);
    appendDistinct(&m_cover.hosts, event.host);
    // One training event makes the whole report a training report: a training screenshot must never pass
    // for production evidence, even in a journal whose mode was mixed by hand.
    if (event.mode == AuditMode::Training) {
        m_cover.training = true;
        m_cover.mode = event.mode;
    } else if (m_cover.mode.isEmpty()) {
        m_cover.mode = event.mode;
    }

    const QJsonObject& d = event.details;
    const QString& kind = event.kind;
    Section& s = section(isRunKind(kind) ? -1 : event.step);
    if (!s.firstUtc.isValid())
        s.firstUtc = event.utc;
    s.lastUtc = event.utc;

    if (isRunKind(kind)) {
        if (kind == AuditKind::RunStarted && m_cover.version.isEmpty()) {
            m_cover.version = text(d, AuditKey::Version);
            m_cover.language = text(d, AuditKey::Language);
            if (const QString procedure = text(d, AuditKey::Procedure); !procedure.isEmpty())
                m_cover.procedure = procedure;
        }
        const QString pool = poolOf(d);
        if (!pool.isEmpty())
            m_cover.poolName = pool;
        s.runLines.append({event.utc, kind, event.operatorName, event.host, d});
    } else if (kind == AuditKind::PageEntered) {
        s.pages.append({event.utc, text(d, AuditKey::Page), text(d, AuditKey::Title)});
    } else if (kind == AuditKind::CheckResult) {
        s.checks.append({event.utc, text(d, AuditKey::Check), text(d, AuditKey::Title),
                         text(d, AuditKey::Result), text(d, AuditKey::Detail)});
    } else if (kind == AuditKind::Confirmation) {
        s.confirmations.append(
            {event.utc, text(d, AuditKey::What), text(d, AuditKey::Text), text(d, AuditKey::Value)});
    } else if (kind == AuditKind::CommandStarted) {
        Command command;
        command.number = static_cast<int>(s.commands.size()) + 1;
        command.startedUtc = event.utc;
        command.target = text(d, AuditKey::Target);
        command.text = text(d, AuditKey::Text);
        command.script = text(d, AuditKey::Script);
        command.sha256 = text(d, AuditKey::Sha256);
        command.started = true;
        s.commands.append(command);
        m_openCommand.insert(s.step, static_cast<int>(s.commands.size()) - 1);
    } else if (kind == AuditKind::ServerMessage) {
        const int open = m_openCommand.value(s.step, -1);
        s.messages.append({event.utc, open >= 0 ? s.commands.at(open).number : 0,
                           integer(d, AuditKey::Number, 0),
                           static_cast<int>(integer(d, AuditKey::Severity, 0)),
                           static_cast<int>(integer(d, AuditKey::State, -1)), text(d, AuditKey::Text),
                           d.value(AuditKey::IsError).toBool()});
    } else if (kind == AuditKind::CommandFinished) {
        const int open = m_openCommand.contains(s.step) ? m_openCommand.take(s.step) : -1;
        if (open < 0) {
            Command orphan; // the journal lost its command-started; the result is still evidence
            orphan.number = static_cast<int>(s.commands.size()) + 1;
            orphan.target = text(d, AuditKey::Target);
            s.commands.append(orphan);
        }
        Command& command = open >= 0 ? s.commands[open] : s.commands.last();
        command.finished = true;
        command.finishedUtc = event.utc;
        command.result = text(d, AuditKey::Result);
        command.durationMs = integer(d, AuditKey::DurationMs, -1);
        command.rows = integer(d, AuditKey::Rows, -1);
        for (const QJsonValue& value : d.value(AuditKey::Errors).toArray()) {
            const QJsonObject e = value.toObject();
            command.errors.append({integer(e, AuditKey::Number, 0), text(e, AuditKey::Text)});
        }
    } else if (kind == AuditKind::StepState) {
        const QJsonObject e = d.value(AuditKey::Error).toObject();
        s.states.append({event.utc, text(d, AuditKey::Status), text(d, AuditKey::Summary),
                         text(d, AuditKey::Remedy), !e.isEmpty(), integer(e, AuditKey::Number, 0),
                         text(e, AuditKey::Text)});
    } else if (kind == AuditKind::Screenshot) {
        Screenshot shot{event.utc,
                        text(d, AuditKey::File),
                        text(d, AuditKey::Reason),
                        text(d, AuditKey::Page),
                        text(d, AuditKey::Sha256),
                        false,
                        false};
        checkScreenshot(&shot);
        s.screenshots.append(shot);
        ++m_cover.screenshotCount;
    } else {
        // A kind this version does not know is still shown, never dropped: the report must not hide events.
        s.runLines.append({event.utc, kind, event.operatorName, event.host, d});
    }
}

void RunRecord::checkScreenshot(Screenshot* shot) const
{
    if (!isSafeRelativePath(shot->file))
        return;
    QFile file(QDir(m_cover.folder).filePath(shot->file));
    if (!file.open(QIODevice::ReadOnly))
        return;
    shot->fileFound = true;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    shot->hashMatches =
        QString::fromLatin1(hash.result().toHex()).compare(shot->sha256, Qt::CaseInsensitive) == 0;
}

} // namespace pchat
