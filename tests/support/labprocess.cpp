#include "labprocess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

LabProcess::LabProcess(const QStringList& args)
{
    // As the wizard does: the lab answers its control port only with this token, which shells inherit.
    if (qEnvironmentVariableIsEmpty("PCHAT_LAB_CONTROL_TOKEN"))
        qputenv("PCHAT_LAB_CONTROL_TOKEN", QUuid::createUuid().toRfc4122().toHex());
    m_process.setProgram(QStringLiteral(PCHAT_LAB_EXE));
    m_process.setArguments(QStringList{QStringLiteral("--any-port")} + args);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
#ifdef Q_OS_LINUX
    // A test that aborts (an assertion, a timeout's kill) must not leave its lab running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(5000))
        return;
    QElapsedTimer t;
    t.start();
    QByteArray out;
    while (t.elapsed() < 10000) {
        if (!m_process.canReadLine() && !m_process.waitForReadyRead(200)) {
            if (m_process.state() != QProcess::Running)
                return;
            continue;
        }
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            const qsizetype sp = line.lastIndexOf(QLatin1Char(' '));
            if (sp < 0)
                continue;
            const QString name = line.left(sp).toUpper();
            m_ports.insert(name, line.mid(sp + 1).section(QLatin1Char(','), 1).toInt());
            if (name == u"CONTROL") {
                m_started = true;
                return;
            }
        }
    }
}

LabProcess::~LabProcess()
{
    if (m_process.state() == QProcess::Running)
        stop();
}

int LabProcess::stop()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString LabProcess::odbcConnectionString(int port, const QString& database)
{
    return QStringLiteral("DRIVER={FreeTDS};Server=127.0.0.1;Port=%1;TDS_Version=7.4;Encryption=off;"
                          "ClientCharset=UTF-8;Database=%2")
        .arg(QString::number(port), database);
}

QString LabProcess::runTsql(int port, const QString& input, int timeoutMs)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("tsql"), {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                     QString::number(port), QStringLiteral("-U"), QStringLiteral("sa"),
                                     QStringLiteral("-P"), QString::fromLatin1(password())});
    if (!p.waitForStarted(5000))
        return QStringLiteral("tsql did not start");
    p.write(input.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
    }
    return QString::fromUtf8(p.readAll());
}

QStringList LabProcess::errorsIn(const QString& tsqlOutput)
{
    QStringList errors;
    static const QRegularExpression message(
        QStringLiteral("Msg (\\d+) \\(severity (\\d+)[^\\n]*\\n\\s*([^\\n]*)"));
    for (auto it = message.globalMatch(tsqlOutput); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(2).toInt() > 10)
            errors << match.captured(1) + QStringLiteral(": ") + match.captured(3);
    }
    return errors;
}

QJsonObject LabProcess::examplePlanJson() const
{
    QFile file(QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json"));
    QJsonObject plan =
        file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    for (const char* key : {"backupInstance", "primaryInstance"}) {
        QJsonObject instance = plan.value(QLatin1String(key)).toObject();
        instance.insert(
            QStringLiteral("address"),
            QStringLiteral("127.0.0.1,%1").arg(port(instance.value(QLatin1String("name")).toString())));
        plan.insert(QLatin1String(key), instance);
    }
    return plan;
}

LabProcess::ShellOutput LabProcess::runShell(int controlPort, const QString& input, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(PCHAT_LAB_EXE),
            {QStringLiteral("shell"), QStringLiteral("--control"), QString::number(controlPort)});
    ShellOutput r;
    if (!p.waitForStarted(5000))
        return r;
    p.write(input.toUtf8());
    p.closeWriteChannel();
    if (p.waitForFinished(timeoutMs)) {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    } else {
        // What it wrote before it hung is kept: a test of a hanging cmdlet reads it.
        p.kill();
        p.waitForFinished(1000);
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
