#include "unattendedprogram.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace {

constexpr int runTimeoutMs = 240000;

} // namespace

UnattendedProgram::Result UnattendedProgram::run(const QStringList& arguments,
                                                 const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList shell;
    if (arguments.contains(QStringLiteral("--plan")) && s_shellControlPort > 0)
        shell = {QStringLiteral("--shell-program"), QStringLiteral(PCHAT_LAB_EXE),
                 QStringLiteral("--shell-arguments"),
                 QStringLiteral("shell --control %1").arg(s_shellControlPort)};
    process.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                  QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + shell + arguments);
    EXPECT_TRUE(process.waitForFinished(runTimeoutMs)) << "pchat-failback did not end";
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

QProcessEnvironment UnattendedProgram::environmentWith(const QString& backupPassword,
                                                       const QString& primaryPassword)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PCHAT_BACKUP_PASSWORD"));
    environment.remove(QStringLiteral("PCHAT_PRIMARY_PASSWORD"));
    if (!backupPassword.isNull())
        environment.insert(QStringLiteral("PCHAT_BACKUP_PASSWORD"), backupPassword);
    if (!primaryPassword.isNull())
        environment.insert(QStringLiteral("PCHAT_PRIMARY_PASSWORD"), primaryPassword);
    return environment;
}

QString UnattendedProgram::labPassword()
{
    return QString::fromLatin1(LabProcess::password());
}

QJsonObject UnattendedProgram::readJson(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The example plan pointed at the lab, with the confirmations block as a change's plan file would hold it.
QString UnattendedProgram::writePlan(const QTemporaryDir& dir, const LabProcess& lab,
                                     const QJsonObject& unattended)
{
    QJsonObject plan = lab.examplePlanJson();
    // The lab's shell is no plan content: runFailback names it on the command line.
    s_shellControlPort = lab.controlPort();
    if (!unattended.isEmpty())
        plan.insert(QStringLiteral("unattended"), unattended);
    const QString path = dir.filePath(QStringLiteral("plan.json"));
    QFile out(path);
    EXPECT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(plan).toJson());
    return path;
}

QJsonObject UnattendedProgram::fullConfirmations()
{
    return {{QStringLiteral("restoreDatabase"), QStringLiteral("mgc")},
            {QStringLiteral("restoreInstance"), QStringLiteral("pcsql01\\pchat")}, // any case, as typed
            {QStringLiteral("logShippingDatabase"), QStringLiteral("mgc")},
            {QStringLiteral("logShippingInstance"), QStringLiteral("PCSQL02\\PCHAT")},
            {QStringLiteral("onlineDatabase"), QStringLiteral("mgc")},
            {QStringLiteral("onlineInstance"), QStringLiteral("pcsql02\\pchat")}};
}

// The single run folder the run created under root.
QString UnattendedProgram::runFolder(const QString& root)
{
    const QStringList folders = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    EXPECT_EQ(folders.size(), 1) << folders.join(u' ').toStdString();
    return folders.isEmpty() ? QString() : QDir(root).filePath(folders.constFirst());
}

QList<QJsonObject> UnattendedProgram::journalEvents(const QString& folder)
{
    QList<QJsonObject> events;
    QFile file(QDir(folder).filePath(QStringLiteral("journal.jsonl")));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            events << QJsonDocument::fromJson(line).object();
    }
    return events;
}

QList<QJsonObject> UnattendedProgram::eventsOfKind(const QList<QJsonObject>& events, QLatin1String kind,
                                                   int step)
{
    QList<QJsonObject> matching;
    for (const QJsonObject& event : events) {
        if (event.value(QLatin1String("kind")).toString() == kind &&
            (step == -2 || event.value(QLatin1String("step")).toInt() == step))
            matching << event;
    }
    return matching;
}

int UnattendedProgram::verifyAudit(const QString& folder)
{
    return run({QStringLiteral("--verify-audit"), folder}, QProcessEnvironment::systemEnvironment()).exitCode;
}
