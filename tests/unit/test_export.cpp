#include "backend/plan/planvalidator.h"
#include "backend/run/procedure.h"
#include "backend/run/procedurescript.h"
#include "backend/run/scriptexporter.h"
#include "testfiles.h"
#include "testsupport.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace pchat;
using namespace pchat::test;

namespace {

// The exporter's list, with which it also removes what an earlier export left: the builders write exactly
// these.
const QStringList& allFiles = Procedure::failback().scripts().fileNames;

QStringList fileNames(const QStringList& paths)
{
    QStringList names;
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    return names;
}

} // namespace

TEST(ScriptExporter, WritesEveryFileInRunOrder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("export/nested"));
    QStringList errors;
    const QStringList written =
        ScriptExporter::exportTo(referencePlan(), Procedure::failback(), target, &errors);
    EXPECT_TRUE(errors.isEmpty()) << errors.join(u'\n').toStdString();
    EXPECT_EQ(fileNames(written), allFiles + QStringList{QStringLiteral("README.txt")});
    for (const QString& path : written)
        EXPECT_TRUE(QFileInfo(path).isFile()) << path.toStdString();
    EXPECT_EQ(QDir(target).entryList(QDir::Files).size(), allFiles.size() + 1);
}

TEST(ScriptExporter, FilesHaveBomCrlfAndHeadersNamingTheTarget)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList errors;
    const Plan plan = referencePlan();
    const QStringList written = ScriptExporter::exportTo(plan, Procedure::failback(), dir.path(), &errors);
    ASSERT_FALSE(written.isEmpty()) << errors.join(u'\n').toStdString();
    const QList<ScriptPart> parts = ProcedureScript::parts(plan, Procedure::failback());
    for (const QString& path : written) {
        const QByteArray bytes = fileBytes(path);
        ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << path.toStdString();
        const QByteArray body = bytes.mid(3);
        EXPECT_TRUE(body.contains("\r\n"));
        EXPECT_EQ(body.count("\n"), body.count("\r\n")) << "every line ends in CRLF: " << path.toStdString();
        EXPECT_FALSE(body.contains("\r\r"));
        const QString text = QString::fromUtf8(body);
        const QString name = QFileInfo(path).fileName();
        if (name.startsWith(QStringLiteral("02")) || name.startsWith(QStringLiteral("03")) ||
            name.startsWith(QStringLiteral("05b")) || name.startsWith(QStringLiteral("05d"))) {
            EXPECT_TRUE(
                text.contains(QStringLiteral("-- Run on: PCSQL02\\PCHAT (backup instance), connect to "
                                             "127.0.0.1,14333\r\n")))
                << name.toStdString();
        } else if (name.startsWith(QStringLiteral("04")) || name.startsWith(QStringLiteral("05a")) ||
                   name.startsWith(QStringLiteral("05c"))) {
            EXPECT_TRUE(
                text.contains(QStringLiteral("-- Run on: PCSQL01\\PCHAT (primary instance), connect to "
                                             "127.0.0.1,14331\r\n")))
                << name.toStdString();
        } else if (name.endsWith(QStringLiteral(".ps1"))) {
            EXPECT_TRUE(text.startsWith(QStringLiteral("# pchat-failback ")));
            EXPECT_TRUE(
                text.contains(QStringLiteral("# Run on: Lync Server Management Shell (Import-Module Lync)\r\n"
                                             "# ")));
            EXPECT_TRUE(text.contains(QStringLiteral("\r\nImport-Module Lync\r\n")));
        }
        if (name.endsWith(QStringLiteral(".sql"))) {
            EXPECT_TRUE(text.startsWith(QStringLiteral("-- pchat-failback "))) << name.toStdString();
        }
    }
    // The exported text is exactly the part's text with CRLF line ends.
    const QByteArray restore = fileBytes(dir.filePath(QStringLiteral("04-restore-mgc.sql")));
    QString expected = parts.at(6).text(plan);
    expected.replace(u'\n', QStringLiteral("\r\n"));
    EXPECT_EQ(QString::fromUtf8(restore.mid(3)), expected);
    const QString readme = QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("README.txt"))));
    EXPECT_LT(readme.indexOf(QStringLiteral("01-clear-active-servers.ps1")),
              readme.indexOf(QStringLiteral("07-set-pool-state-normal.ps1")));
    EXPECT_TRUE(readme.contains(QStringLiteral("PCSQL01\\PCHAT (primary instance)")));
}

TEST(ScriptExporter, NoPasswordInAnyFile)
{
    Plan plan = referencePlan();
    plan.backupInstance.password = QStringLiteral("Backup-P4ss!");
    plan.primaryInstance.password = QStringLiteral("Primary-P4ss!");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList errors;
    const QStringList written = ScriptExporter::exportTo(plan, Procedure::failback(), dir.path(), &errors);
    ASSERT_EQ(written.size(), allFiles.size() + 1) << errors.join(u'\n').toStdString();
    for (const QString& path : written) {
        const QByteArray bytes = fileBytes(path);
        EXPECT_FALSE(bytes.contains("P4ss")) << path.toStdString();
        const QString asUtf16 = QStringLiteral("P4ss");
        EXPECT_FALSE(
            bytes.contains(QByteArray(reinterpret_cast<const char*>(asUtf16.utf16()), asUtf16.size() * 2)));
    }
}

TEST(ScriptExporter, UmlautsSurviveAsUtf8)
{
    Plan plan = referencePlan();
    plan.backup.description = QStringLiteral("Größe ÄÖÜ");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList errors;
    ASSERT_FALSE(ScriptExporter::exportTo(plan, Procedure::failback(), dir.path(), &errors).isEmpty());
    const QByteArray backup = fileBytes(dir.filePath(QStringLiteral("03-backup-mgc.sql")));
    EXPECT_TRUE(QString::fromUtf8(backup).contains(QStringLiteral("DESCRIPTION = N'Größe ÄÖÜ'")));
}

TEST(ScriptExporter, InvalidPlanWritesNothingAndNamesTheFields)
{
    Plan plan = referencePlan();
    plan.backupInstance.name.clear();
    plan.lync.activeServers[1].fqdn = QStringLiteral("not a host");
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("out"));
    QStringList errors;
    const QStringList written = ScriptExporter::exportTo(plan, Procedure::failback(), target, &errors);
    EXPECT_TRUE(written.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(target));
    ASSERT_EQ(errors.size(), 2) << errors.join(u'\n').toStdString();
    EXPECT_TRUE(errors.at(0).startsWith(QStringLiteral("backupInstance.name: ")));
    EXPECT_TRUE(errors.at(1).startsWith(QStringLiteral("lync.activeServers[1].fqdn: ")));
    EXPECT_GT(errors.at(1).size(), QStringLiteral("lync.activeServers[1].fqdn: ").size() + 10);
}

TEST(ScriptExporter, FillsDerivedDefaultsBeforeValidating)
{
    Plan plan = referencePlan();
    plan.logShipping.copyJobName.clear();
    plan.logShipping.backupNetworkPath.clear();
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList errors;
    ASSERT_FALSE(ScriptExporter::exportTo(plan, Procedure::failback(), dir.path(), &errors).isEmpty())
        << errors.join(u'\n').toStdString();
    const QString secondary =
        QString::fromUtf8(fileBytes(dir.filePath(QStringLiteral("05d-log-shipping-secondary.sql"))));
    EXPECT_TRUE(secondary.contains(QStringLiteral("@copy_job_name = N'LSCopy_PCSQL01\\PCHAT_mgc'")));
    EXPECT_TRUE(secondary.contains(QStringLiteral("@backup_source_directory = N'\\\\FS01\\PChatLogShip'")));
}

TEST(ScriptExporter, RemovesStaleFilesOfAnEarlierExportOnly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    QStringList errors;
    ASSERT_EQ(ScriptExporter::exportTo(referencePlan(), Procedure::failback(), dir.path(), &errors).size(),
              allFiles.size() + 1);
    QFile other(dir.filePath(QStringLiteral("notes.txt")));
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.close();

    Plan plan = referencePlan();
    plan.logShipping.initialization = SecondaryInitialization::AlreadyInitialized;
    const QStringList written = ScriptExporter::exportTo(plan, Procedure::failback(), dir.path(), &errors);
    EXPECT_FALSE(fileNames(written).contains(QStringLiteral("05a-log-shipping-initialize-backup.sql")));
    EXPECT_FALSE(fileNames(written).contains(QStringLiteral("05b-log-shipping-initialize-restore.sql")));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("05a-log-shipping-initialize-backup.sql"))));
    EXPECT_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("05b-log-shipping-initialize-restore.sql"))));
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("notes.txt"))));
}

TEST(ScriptExporter, RefusesAFileInPlaceOfTheFolder)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("file"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    QStringList errors;
    EXPECT_TRUE(ScriptExporter::exportTo(referencePlan(), Procedure::failback(), path, &errors).isEmpty());
    EXPECT_EQ(errors.size(), 1);
}

TEST(ScriptExporter, WritePartWritesWhatTheScriptDialogShows)
{
    const Plan plan = referencePlan();
    const ScriptPart part = ProcedureScript::partsForStep(plan, StepId::BackupMgc).at(0);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("saved.sql"));
    QString error;
    ASSERT_TRUE(ScriptExporter::writePart(part, plan, path, &error)) << error.toStdString();
    QString expected = part.text(plan);
    expected.replace(u'\n', QStringLiteral("\r\n"));
    EXPECT_EQ(fileBytes(path), QByteArray("\xEF\xBB\xBF") + expected.toUtf8());
    EXPECT_FALSE(
        ScriptExporter::writePart(part, plan, dir.filePath(QStringLiteral("no/such/dir/x.sql")), &error));
    EXPECT_FALSE(error.isEmpty());
}
