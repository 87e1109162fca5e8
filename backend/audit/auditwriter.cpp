#include "auditwriter.h"

#include "privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

namespace pchat {

AuditWriter::AuditWriter() = default;
AuditWriter::~AuditWriter() = default;

bool AuditWriter::open(const QString& folder, const QString& operatorName, const QString& host,
                       Journal::Mode mode, QString* error)
{
    // A writer may serve a second run (training: the lab was reset): nothing of the first one carries over.
    m_failed = false;
    m_lastError.clear();
    m_fileNumber = 0;
    m_journal = std::make_unique<Journal>(folder, operatorName, host, mode);
    if (!m_journal->isOpen()) {
        fail(m_journal->lastError());
        if (error)
            *error = m_lastError;
        return false;
    }
    // A resumed run continues the numbering of its files after the ones already there.
    for (const QString& sub : {QStringLiteral("screens"), QStringLiteral("scripts")}) {
        const QStringList names = QDir(QDir(folder).filePath(sub)).entryList(QDir::Files | QDir::Hidden);
        for (const QString& name : names)
            m_fileNumber = qMax(m_fileNumber, sequenceOf(name));
    }
    return true;
}

bool AuditWriter::append(const QString& kind, const QJsonObject& details, int step)
{
    if (m_failed || !m_journal)
        return false;
    if (!m_journal->append(kind, details, step))
        return fail(m_journal->lastError());
    return true;
}

bool AuditWriter::appendWithFile(const EvidenceFile& file, const std::function<QByteArray()>& produce,
                                 const QString& kind, QJsonObject details, int step, const QString& fileKey)
{
    if (m_failed || !m_journal)
        return false;
    const QByteArray bytes = produce();
    const QString relative = writeNewFile(file, step, bytes);
    if (relative.isEmpty())
        return false;
    details.insert(fileKey, relative);
    details.insert(AuditKey::Sha256,
                   QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    return append(kind, details, step);
}

QString AuditWriter::writeNewFile(const EvidenceFile& evidence, int step, const QByteArray& bytes)
{
    const QDir folder(m_journal->folder());
    if (!folder.mkpath(evidence.subfolder) ||
        !PrivateFiles::restrictFolder(folder.filePath(evidence.subfolder))) {
        fail(tr("The audit folder %1 could not be created. The run stops here: the wizard does not change a "
                "server without recording it. Choose another audit folder, then start the wizard again to "
                "resume.")
                 .arg(QDir::toNativeSeparators(folder.filePath(evidence.subfolder))));
        return {};
    }
    // Exclusive creation: a file that is already there (an earlier process of this run wrote it) is evidence
    // the journal names, so it keeps its bytes and this file takes the next number.
    for (int attempt = 0; attempt < 10000; ++attempt) {
        const QString relative = evidenceName(evidence, step, ++m_fileNumber);
        QFile file(folder.filePath(relative));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, PrivateFiles::filePermissions)) {
            if (QFileInfo::exists(file.fileName()) || QFileInfo(file.fileName()).isSymLink())
                continue;
        } else if (PrivateFiles::restrictFile(file.fileName()) && file.write(bytes) == bytes.size() &&
                   file.flush() && Journal::syncToDisk(file.handle())) {
            file.close();
            return relative;
        }
        const QString reason = file.errorString();
        // Only a file this call created is removed: the journal never names a half-written one.
        if (file.isOpen()) {
            file.close();
            file.remove();
        }
        fail(tr("The audit file %1 could not be written: %2. The run stops here: the wizard does not "
                "change a server without recording it. Free space or choose another audit folder, "
                "then start the wizard again to resume.")
                 .arg(QDir::toNativeSeparators(file.fileName()), reason));
        return {};
    }
    fail(tr("No free name for an audit file in %1. The run stops here: the wizard does not change a server "
            "without recording it.")
             .arg(QDir::toNativeSeparators(folder.filePath(evidence.subfolder))));
    return {};
}

QString AuditWriter::evidenceName(const EvidenceFile& file, int step, int sequence)
{
    // Long enough to tell targets apart, short enough for Windows' 260-character paths.
    constexpr qsizetype labelLength = 80;
    QString name = QStringLiteral("%1").arg(sequence, 4, 10, QLatin1Char('0'));
    if (step >= 0)
        name += QStringLiteral("-step") + QString::number(step);
    return file.subfolder + u'/' + name + u'-' + Journal::sanitizeNamePart(file.label).left(labelLength) +
           u'.' + file.extension;
}

int AuditWriter::sequenceOf(const QString& fileName)
{
    const qsizetype dash = fileName.indexOf(u'-');
    bool ok = false;
    const int sequence = fileName.left(dash < 0 ? 0 : dash).toInt(&ok);
    return ok && sequence > 0 ? sequence : 0;
}

bool AuditWriter::fail(const QString& message)
{
    m_failed = true;
    m_lastError = message;
    return false;
}

} // namespace pchat
