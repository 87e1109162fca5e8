#include "journal.h"

#include "journalkeys.h"
#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <cerrno>
#include <unistd.h>
#endif

namespace pchat {

namespace {

const QString timeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'");

} // namespace

// Flushing QFile only hands the bytes to the operating system; an event must survive a power cut or a
// crash of the machine, because the run continues (and a server changes) right after it was recorded.
bool Journal::syncToDisk(int fd)
{
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
    // EINVAL: the file is on something that cannot be synced (a special file); the write itself succeeded.
    return ::fsync(fd) == 0 || errno == EINVAL;
#endif
}

namespace {

bool isSecretKey(const QString& key)
{
    return key.compare(QLatin1String("pwd"), Qt::CaseInsensitive) == 0 ||
           key.compare(QLatin1String("passwd"), Qt::CaseInsensitive) == 0 ||
           key.endsWith(QLatin1String("password"), Qt::CaseInsensitive);
}

QJsonValue redactValue(const QJsonValue& value);

QJsonArray redactArray(const QJsonArray& array)
{
    QJsonArray result;
    for (const QJsonValue& value : array)
        result.append(redactValue(value));
    return result;
}

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isObject())
        return Journal::redact(value.toObject());
    if (value.isArray())
        return redactArray(value.toArray());
    if (value.isString())
        return Journal::redactString(value.toString());
    return value;
}

} // namespace

Journal::Journal(const QString& folder, const QString& operatorName, const QString& host, Mode mode)
    : m_folder(folder)
    , m_operator(operatorName)
    , m_host(host)
    , m_mode(mode)
    , m_lastHash(genesisHash())
{
    m_file.setFileName(QDir(folder).filePath(fileName()));
    open();
}

bool Journal::fail(const QString& message)
{
    m_lastError = message;
    return false;
}

bool Journal::open()
{
    const QString path = m_file.fileName();
    if (!QDir().mkpath(m_folder))
        return fail(
            tr("Cannot create the audit folder %1. Choose a folder you may write to: the run does not "
               "continue without recording what it does.")
                .arg(QDir::toNativeSeparators(m_folder)));

    // Only a regular file holds a journal to continue; reading a device (or a folder) makes no sense.
    const QFileInfo info(path);
    // Through a symbolic link the events would go to (and be continued from) a file outside the run folder.
    if (info.isSymLink())
        return fail(tr("The audit journal %1 is a symbolic link; it is not opened. Keep this folder for "
                       "inspection and start a new run.")
                        .arg(QDir::toNativeSeparators(path)));
    m_lastSequence = 0;
    m_lastHash = genesisHash();
    m_needsNewline = false;
    if (info.exists() && info.isFile() && info.size() > 0) {
        QFile reader(path);
        if (!reader.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read the audit journal %1: %2")
                            .arg(QDir::toNativeSeparators(path), reader.errorString()));
        const QByteArray data = reader.readAll();
        const QByteArray content = data.trimmed();
        if (!content.isEmpty()) {
            const QByteArray lastLine = content.mid(content.lastIndexOf('\n') + 1);
            const QJsonObject json = QJsonDocument::fromJson(lastLine).object();
            AuditEvent last;
            // A torn or altered last line cannot be linked to: appending would hide the damage in the chain.
            if (!fromJson(json, &last) || last.hash != hashOf(json))
                return fail(tr("The audit journal %1 is damaged at its end; it cannot be continued. Start a "
                               "new run folder and keep this one for inspection.")
                                .arg(QDir::toNativeSeparators(path)));
            m_lastSequence = last.sequence;
            m_lastHash = last.hash;
            m_needsNewline = !data.endsWith('\n');
        }
    }

    // Unbuffered: every write goes straight to the operating system, so that a full disk is reported by the
    // write of this event and not later by some other one.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered,
                     PrivateFiles::filePermissions) ||
        !PrivateFiles::restrictFile(path))
        return fail(
            tr("Cannot write the audit journal %1: %2. Choose a folder you may write to: the run does not "
               "continue without recording what it does.")
                .arg(QDir::toNativeSeparators(path), m_file.errorString()));
    m_lastError.clear();
    return true;
}

bool Journal::append(const QString& kind, const QJsonObject& details, int step, AuditEvent* written)
{
    // A journal that could not be opened is retried: the operator may have freed space or fixed the rights.
    if (!m_file.isOpen() && !open())
        return false;

    AuditEvent event;
    event.sequence = m_lastSequence + 1;
    event.utc = QDateTime::currentDateTimeUtc();
    event.operatorName = m_operator;
    event.host = m_host;
    event.mode = modeName(m_mode);
    event.kind = kind;
    event.step = step;
    event.details = redact(details);
    event.previousHash = m_lastHash;
    QJsonObject json = toJson(event);
    event.hash = hashOf(json);
    json.insert(QStringLiteral("hash"), event.hash);

    QByteArray line = canonicalLine(json);
    line.append('\n');
    if (m_needsNewline)
        line.prepend('\n');

    const qint64 sizeBefore = m_file.size();
    const qint64 count = m_file.write(line);
    if (count != line.size() || !m_file.flush() || !syncToDisk(m_file.handle())) {
        const QString reason = m_file.errorString();
        // Cut a partly written line off, so that the journal stays readable and the next attempt links to the
        // last complete event.
        m_file.resize(sizeBefore);
        m_file.unsetError();
        return fail(tr("Cannot record in the audit journal %1: %2. Free disk space or choose another audit "
                       "folder: the run does not continue without recording what it does.")
                        .arg(QDir::toNativeSeparators(m_file.fileName()), reason));
    }
    m_needsNewline = false;
    m_lastSequence = event.sequence;
    m_lastHash = event.hash;
    m_lastError.clear();
    if (written)
        *written = event;
    return true;
}

QJsonObject Journal::redact(const QJsonObject& details)
{
    QJsonObject result;
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (isSecretKey(it.key()))
            result.insert(it.key(), QStringLiteral("***"));
        else
            result.insert(it.key(), redactValue(it.value()));
    }
    return result;
}

QString Journal::redactString(const QString& text)
{
    // PWD=<value>; PWD={<value with ; or }}>}; Password = <value> (up to the next ';' or the end).
    static const QRegularExpression secret(
        QStringLiteral(R"(\b(pwd|password)(\s*=\s*)(\{(?:[^}]|\}\})*\}?|[^;]*))"),
        QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(QLatin1String("pwd"), Qt::CaseInsensitive) &&
        !text.contains(QLatin1String("password"), Qt::CaseInsensitive))
        return text;
    QString result = text;
    result.replace(secret, QStringLiteral("\\1\\2***"));
    return result;
}

QJsonObject Journal::toJson(const AuditEvent& event)
{
    QJsonObject json{
        {QStringLiteral("sequence"), event.sequence},
        {QStringLiteral("utc"), event.utc.toUTC().toString(timeFormat)},
        {QStringLiteral("operator"), event.operatorName},
        {QStringLiteral("host"), event.host},
        {QStringLiteral("mode"), event.mode},
        {QStringLiteral("step"), event.step},
        {QStringLiteral("kind"), event.kind},
        {QStringLiteral("details"), event.details},
        {QStringLiteral("previousHash"), event.previousHash},
    };
    if (!event.hash.isEmpty())
        json.insert(QStringLiteral("hash"), event.hash);
    return json;
}

bool Journal::fromJson(const QJsonObject& json, AuditEvent* event)
{
    const QJsonValue sequence = json.value(QLatin1String("sequence"));
    const QJsonValue step = json.value(QLatin1String("step"));
    const QJsonValue details = json.value(QLatin1String("details"));
    for (const QLatin1String key :
         {QLatin1String("utc"), QLatin1String("operator"), QLatin1String("host"), QLatin1String("mode"),
          QLatin1String("kind"), QLatin1String("previousHash")})
        if (!json.value(key).isString())
            return false;
    if (!sequence.isDouble() || !step.isDouble() || !details.isObject())
        return false;
    const QJsonValue hash = json.value(QLatin1String("hash"));
    if (!hash.isUndefined() && !hash.isString())
        return false;
    const QDateTime utc =
        QDateTime::fromString(json.value(QLatin1String("utc")).toString(), Qt::ISODateWithMs);
    if (!utc.isValid())
        return false;

    event->sequence = sequence.toInteger(-1);
    event->utc = utc.toUTC();
    event->operatorName = json.value(QLatin1String("operator")).toString();
    event->host = json.value(QLatin1String("host")).toString();
    event->mode = json.value(QLatin1String("mode")).toString();
    event->kind = json.value(QLatin1String("kind")).toString();
    event->step = step.toInt(-1);
    event->details = details.toObject();
    event->previousHash = json.value(QLatin1String("previousHash")).toString();
    event->hash = hash.toString();
    return true;
}

QByteArray Journal::canonicalLine(const QJsonObject& json)
{
    const QByteArray once = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QJsonDocument::fromJson(once).toJson(QJsonDocument::Compact);
}

QByteArray Journal::canonicalForm(const QJsonObject& json)
{
    QJsonObject withoutHash = json;
    withoutHash.remove(QLatin1String("hash"));
    return canonicalLine(withoutHash);
}

QString Journal::hashOf(const QJsonObject& json)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalForm(json), QCryptographicHash::Sha256).toHex());
}

QString Journal::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString Journal::modeName(Mode mode)
{
    return mode == Mode::Training ? QString(AuditMode::Training) : QString(AuditMode::Production);
}

QString Journal::sanitizeNamePart(const QString& text)
{
    QString result;
    for (const QChar c : text) {
        const bool allowed = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
                             c == QLatin1Char('-');
        result.append(allowed ? c : QLatin1Char('-'));
    }
    return result.isEmpty() ? QStringLiteral("unknown") : result;
}

QString Journal::createRunFolder(const QString& root, const QDateTime& startUtc, const QString& host,
                                 const QString& pool, QString* error)
{
    const auto failed = [&](const QString& path) {
        if (error)
            *error =
                tr("Cannot create the audit folder %1. Choose a folder you may write to: the run does not "
                   "continue without recording what it does.")
                    .arg(QDir::toNativeSeparators(path));
        return QString();
    };
    QDir rootDir(root);
    if (!rootDir.mkpath(QStringLiteral(".")))
        return failed(root);
    const QString base = startUtc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('_') +
                         sanitizeNamePart(host) + QLatin1Char('_') + sanitizeNamePart(pool);
    QString name = base;
    // mkdir fails on an existing folder, so two runs started in the same second never share a journal.
    for (int suffix = 2; !rootDir.mkdir(name, PrivateFiles::folderPermissions); ++suffix) {
        if (!rootDir.exists(name) || suffix > 1000)
            return failed(rootDir.filePath(name));
        name = base + QLatin1Char('-') + QString::number(suffix);
    }
    const QString path = rootDir.filePath(name);
    QDir runDir(path);
    for (const QString& sub : {QStringLiteral("screens"), QStringLiteral("scripts")}) {
        if (!runDir.mkdir(sub, PrivateFiles::folderPermissions) ||
            !PrivateFiles::restrictFolder(runDir.filePath(sub)))
            return failed(path);
    }
    if (!PrivateFiles::restrictFolder(path))
        return failed(path);
    if (error)
        error->clear();
    return path;
}

} // namespace pchat
