// The evidence files of a run folder: named <sequence>-step<k>-<target>.<sql|ps1|png>, never overwritten (a
// resumed run continues the numbering and leaves every earlier file as it was), kept to the operator's
// account (0700/0600 whatever the umask), and recorded with an operator even when the environment names none.
#include "backend/audit/audittrail.h"
#include "backend/audit/auditverifier.h"
#include "backend/audit/auditwriter.h"
#include "backend/steps/failbackstep.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#ifndef Q_OS_WIN
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace pchat;

namespace {

// A step that only announces commands, as a real one does before it sends them.
class AnnouncingStep : public FailbackStep
{
public:
    AnnouncingStep(StepId id, ScriptLanguage language)
        : FailbackStep(id)
        , m_language(language)
    {
    }
    void inspect(const Plan&) override {}
    void run(const Plan&) override {}
    void verify(const Plan&) override {}
    ScriptLanguage scriptLanguage() const override { return m_language; }
    void announce(const QString& target, const QString& text) { Q_EMIT commandStarted(target, text); }

private:
    ScriptLanguage m_language;
};

RunInfo testRun()
{
    RunInfo info;
    info.operatorName = QStringLiteral("CONTOSO\\dba");
    info.host = QStringLiteral("ADMIN01");
    info.mode = Journal::Mode::Training;
    info.pool = QStringLiteral("pchat.contoso.com");
    return info;
}

QStringList scriptsNamed(const QString& folder)
{
    QStringList names;
    QFile file(QDir(folder).filePath(Journal::fileName()));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n')) {
        const QJsonObject details = QJsonDocument::fromJson(line).object().value("details").toObject();
        if (details.contains(QLatin1String("script")))
            names << details.value(QLatin1String("script")).toString();
    }
    return names;
}

// Every file under the folder but the journal, with its bytes.
QMap<QString, QByteArray> evidence(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).fileName() == Journal::fileName())
            continue;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        files.insert(QDir(folder).relativeFilePath(path), file.readAll());
    }
    return files;
}

} // namespace

TEST(EvidenceFiles, AreNamedBySequenceStepAndTarget)
{
    QTemporaryDir root;
    AuditTrail trail;
    ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
    AnnouncingStep restore(StepId::RestorePrimary, ScriptLanguage::TSql);
    AnnouncingStep clear(StepId::ClearActiveServers, ScriptLanguage::PowerShell);
    trail.attachStep(&restore, 4);
    trail.attachStep(&clear, 1);
    restore.announce(QStringLiteral("PCSQL01\\PCHAT"), QStringLiteral("RESTORE DATABASE [mgc]"));
    clear.announce(QStringLiteral("Management shell"), QStringLiteral("Import-Module Lync"));
    // A hostile target stays one file name in scripts/.
    restore.announce(QStringLiteral("..\\..\\x/%1:y"), QStringLiteral("SELECT 1"));
    trail.flush();

    EXPECT_EQ(scriptsNamed(trail.folder()),
              (QStringList{QStringLiteral("scripts/0001-step4-PCSQL01-PCHAT.sql"),
                           QStringLiteral("scripts/0002-step1-Management-shell.ps1"),
                           QStringLiteral("scripts/0003-step4-..-..-x--1-y.sql")}));
    EXPECT_EQ(QDir(QDir(trail.folder()).filePath(QStringLiteral("scripts"))).entryList(QDir::Files).size(),
              3);
    // Still open: intact up to here, not yet closed.
    EXPECT_EQ(AuditVerifier::verify(trail.folder()).problem, AuditVerifier::VerifyResult::NotClosed);
    EXPECT_EQ(AuditWriter::sequenceOf(QStringLiteral("0016-step1-Management-shell.ps1")), 16);
    // The names earlier versions wrote carry no sequence in front.
    EXPECT_EQ(AuditWriter::sequenceOf(QStringLiteral("0-stepManagement-shell-ps1.0016")), 0);
}

TEST(EvidenceFiles, AResumedRunLeavesEveryEarlierFileUnchangedAndContinuesTheNumbers)
{
    QTemporaryDir root;
    QString folder;
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
        folder = trail.folder();
        AnnouncingStep backup(StepId::BackupMgc, ScriptLanguage::TSql);
        trail.attachStep(&backup, 3);
        backup.announce(QStringLiteral("PCSQL02\\PCHAT"), QStringLiteral("BACKUP DATABASE [mgc] -- 1"));
        backup.announce(QStringLiteral("PCSQL02\\PCHAT"), QStringLiteral("BACKUP DATABASE [mgc] -- 2"));
        trail.recordFile(
            {QStringLiteral("screens"), QStringLiteral("step3-end-state"), QStringLiteral("png")},
            [] { return QByteArray("\x89PNG first"); }, AuditKind::Screenshot, {}, 3);
        trail.flush();
    } // the process ends without a closing event
    // A folder an earlier version wrote also holds misnamed files; they are evidence too.
    const QString legacy = QDir(folder).filePath(QStringLiteral("scripts/0-stepManagement-shell-ps1.0016"));
    {
        QFile file(legacy);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("Get-CsPersistentChatState");
    }
    const QMap<QString, QByteArray> before = evidence(folder);
    ASSERT_EQ(before.size(), 4);

    {
        AuditTrail trail;
        ASSERT_TRUE(trail.resumeRun(folder, testRun(), nullptr));
        AnnouncingStep backup(StepId::BackupMgc, ScriptLanguage::TSql);
        AnnouncingStep pool(StepId::PoolNormal, ScriptLanguage::PowerShell);
        trail.attachStep(&backup, 3);
        trail.attachStep(&pool, 7);
        backup.announce(QStringLiteral("PCSQL02\\PCHAT"), QStringLiteral("BACKUP DATABASE [mgc] -- 3"));
        pool.announce(QStringLiteral("Management shell"), QStringLiteral("Set-CsPersistentChatState"));
        trail.recordFile(
            {QStringLiteral("screens"), QStringLiteral("step3-end-state"), QStringLiteral("png")},
            [] { return QByteArray("\x89PNG second"); }, AuditKind::Screenshot, {}, 3);
        trail.flush();
    }

    const QMap<QString, QByteArray> after = evidence(folder);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        EXPECT_EQ(after.value(it.key()), it.value()) << it.key().toStdString() << " changed";
    EXPECT_EQ(after.size(), before.size() + 3);
    EXPECT_EQ(scriptsNamed(folder), (QStringList{QStringLiteral("scripts/0001-step3-PCSQL02-PCHAT.sql"),
                                                 QStringLiteral("scripts/0002-step3-PCSQL02-PCHAT.sql"),
                                                 QStringLiteral("scripts/0004-step3-PCSQL02-PCHAT.sql"),
                                                 QStringLiteral("scripts/0005-step7-Management-shell.ps1")}));
    EXPECT_EQ(after.value(QStringLiteral("screens/0006-step3-step3-end-state.png")),
              QByteArray("\x89PNG second"));
    // The resumed run is still open: intact up to here, not yet closed.
    const AuditVerifier::VerifyResult verified = AuditVerifier::verify(folder);
    EXPECT_EQ(verified.problem, AuditVerifier::VerifyResult::NotClosed) << verified.message.toStdString();
}

#ifndef Q_OS_WIN
TEST(EvidenceFiles, TheRunFolderIsTheOperatorsOnlyWhateverTheUmask)
{
    const mode_t previous = ::umask(0);
    QTemporaryDir root;
    QString folder;
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
        folder = trail.folder();
        AnnouncingStep restore(StepId::RestorePrimary, ScriptLanguage::TSql);
        trail.attachStep(&restore, 4);
        restore.announce(QStringLiteral("PCSQL01\\PCHAT"), QStringLiteral("RESTORE DATABASE [mgc]"));
        trail.recordFile(
            {QStringLiteral("screens"), QStringLiteral("x"), QStringLiteral("png")},
            [] { return QByteArray("png"); }, AuditKind::Screenshot, {}, 4);
        trail.flush();
    }
    ::umask(previous);
    const auto mode = [](const QString& path) {
        struct stat info = {};
        EXPECT_EQ(::lstat(QFile::encodeName(path).constData(), &info), 0) << path.toStdString();
        return info.st_mode & 07777;
    };
    EXPECT_EQ(mode(folder), 0700u);
    EXPECT_EQ(mode(QDir(folder).filePath(QStringLiteral("scripts"))), 0700u);
    EXPECT_EQ(mode(QDir(folder).filePath(QStringLiteral("screens"))), 0700u);
    EXPECT_EQ(mode(QDir(folder).filePath(Journal::fileName())), 0600u);
    const QMap<QString, QByteArray> files = evidence(folder);
    ASSERT_EQ(files.size(), 2);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        EXPECT_EQ(mode(QDir(folder).filePath(it.key())), 0600u) << it.key().toStdString();
}

TEST(EvidenceFiles, TheOperatorComesFromTheSystemWhenTheEnvironmentNamesNone)
{
    QMap<QByteArray, QByteArray> saved;
    for (const char* name : {"USER", "USERNAME", "LOGNAME", "USERDOMAIN"}) {
        if (qEnvironmentVariableIsSet(name))
            saved.insert(name, qgetenv(name));
        qunsetenv(name);
    }
    const QString fromSystem = RunInfo::current().operatorName;
    qputenv("USER", "");
    const QString fromEmpty = RunInfo::currentOperator();
    qunsetenv("USER");
    for (auto it = saved.cbegin(); it != saved.cend(); ++it)
        qputenv(it.key().constData(), it.value());

    const passwd* entry = ::getpwuid(::geteuid());
    ASSERT_NE(entry, nullptr);
    EXPECT_EQ(fromSystem, QString::fromLocal8Bit(entry->pw_name));
    EXPECT_EQ(fromEmpty, fromSystem);
    EXPECT_FALSE(fromSystem.isEmpty());

    // And the journal records it.
    QTemporaryDir root;
    RunInfo info = testRun();
    info.operatorName = fromSystem;
    AuditTrail trail;
    ASSERT_TRUE(trail.startRun(root.path(), info, nullptr));
    trail.flush();
    QFile journal(QDir(trail.folder()).filePath(Journal::fileName()));
    ASSERT_TRUE(journal.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(journal.readLine()).object().value("operator").toString(), fromSystem);
}
#endif

#ifndef Q_OS_WIN
TEST(EvidenceFiles, AJournalThatIsASymbolicLinkIsNotOpened)
{
    QTemporaryDir root;
    QString folder;
    {
        AuditTrail trail;
        ASSERT_TRUE(trail.startRun(root.path(), testRun(), nullptr));
        folder = trail.folder();
        trail.flush();
    }
    const QString journal = QDir(folder).filePath(Journal::fileName());
    const QString elsewhere = root.filePath(QStringLiteral("elsewhere.jsonl"));
    ASSERT_TRUE(QFile::rename(journal, elsewhere));
    ASSERT_TRUE(QFile::link(elsewhere, journal));
    QFile target(elsewhere);
    const qint64 sizeBefore = target.size();

    AuditTrail trail;
    QString error;
    EXPECT_FALSE(trail.resumeRun(folder, testRun(), &error));
    EXPECT_TRUE(error.contains(QLatin1String("symbolic link"))) << error.toStdString();
    EXPECT_EQ(target.size(), sizeBefore);
}
#endif
