#include "auditwriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

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
        const QStringList names = QDir(QDir(folder).filePath(sub)).entryList(QDir::Files);
        for (const QString& name : names)
            m_fileNumber = qMax(m_fileNumber, name.section(u'-', 0, 0).toInt());
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

bool AuditWriter::appendWithFile(const QString& relativePattern, const std::function<QByteArray()>& produce,
                                 const QString& kind, QJsonObject details, int step, const QString& fileKey)
{
    if (m_failed || !m_journal)
        return false;
    const QString relative = relativePattern.arg(nextFileNumber(), 4, 10, QLatin1Char('0'));
    const QByteArray bytes = produce();
    QSaveFile file(QDir(m_journal->folder()).filePath(relative));
    QDir().mkpath(QFileInfo(file.fileName()).absolutePath());
    // QSaveFile writes a temporary file and renames it on commit, so a crash never leaves half a file that
    // the journal names.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("The audit file %1 could not be written: %2. The run stops here: the wizard does not "
                       "change a server without recording it. Free space or choose another audit folder, "
                       "then start the wizard again to resume.")
                        .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    details.insert(fileKey, relative);
    details.insert(QStringLiteral("sha256"),
                   QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    return append(kind, details, step);
}

bool AuditWriter::fail(const QString& message)
{
    m_failed = true;
    m_lastError = message;
    return false;
}

int AuditWriter::nextFileNumber() const
{
    return ++m_fileNumber;
}

} // namespace pchat
