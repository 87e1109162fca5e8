// Overhead benchmark: the default scenario failed back by `pchat-failback --unattended`, against the same
// procedure sent by hand with FreeTDS's tsql (the scripts of `--export-script`) and `pchat-lab shell`, on one
// lab at one speed, in alternating runs with a reset between them. Prints the median wall-time ratio.
#include "benchreport.h"
#include "labprocess.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <vector>

using pchat::bench::BenchReport;

namespace {

const QString kPassword = QString::fromLatin1(LabProcess::password());

// The example plan pointed at the lab, with the confirmations an unattended run needs (as
// tests/integration/test_unattended_run.cpp writes it).
QString writePlan(const QString& dir, const LabProcess& lab)
{
    // The shell is no plan content: runUnattended names it on the command line.
    QJsonObject plan = lab.examplePlanJson();
    plan.insert(QStringLiteral("unattended"),
                QJsonObject{{QStringLiteral("restoreDatabase"), QStringLiteral("mgc")},
                            {QStringLiteral("restoreInstance"), QStringLiteral("PCSQL01\\PCHAT")},
                            {QStringLiteral("logShippingDatabase"), QStringLiteral("mgc")},
                            {QStringLiteral("logShippingInstance"), QStringLiteral("PCSQL02\\PCHAT")}});
    const QString path = QDir(dir).filePath(QStringLiteral("plan.json"));
    QFile out(path);
    if (out.open(QIODevice::WriteOnly))
        out.write(QJsonDocument(plan).toJson());
    return path;
}

// One exported script as the by-hand run sends it.
struct Script
{
    QString name;
    bool shell = false;
    int port = 0; // the instance's port, from the header's "connect to 127.0.0.1,PORT"
    QString text; // without BOM and CR: tsql reads LF lines
};

std::vector<Script> readScripts(const QString& dir, QString* error)
{
    std::vector<Script> scripts;
    static const QRegularExpression connectTo(QStringLiteral("connect to [^,\\r\\n]+,(\\d+)"));
    const QStringList files =
        QDir(dir).entryList({QStringLiteral("*.sql"), QStringLiteral("*.ps1")}, QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + name;
            return {};
        }
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        text.remove(QLatin1Char('\r'));
        Script script{name, name.endsWith(QLatin1String(".ps1")), 0, text};
        if (!script.shell) {
            const QRegularExpressionMatch match = connectTo.match(text);
            if (!match.hasMatch()) {
                *error = name + QStringLiteral(": no instance address in the header");
                return {};
            }
            script.port = match.captured(1).toInt();
        }
        scripts.push_back(script);
    }
    return scripts;
}

QString jobName(const std::vector<Script>& scripts, const QString& parameter)
{
    const QRegularExpression pattern(parameter + QStringLiteral("\\s*=\\s*N'((?:[^']|'')*)'"));
    for (const Script& script : scripts) {
        const QRegularExpressionMatch match = pattern.match(script.text);
        if (match.hasMatch())
            return match.captured(1).replace(QStringLiteral("''"), QStringLiteral("'"));
    }
    return {};
}

QString runClient(const QString& program, const QStringList& arguments, const QString& input, int* exitCode)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *exitCode = -1;
        return program + QStringLiteral(" did not start");
    }
    process.write(input.toUtf8());
    process.closeWriteChannel();
    process.waitForFinished(600000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAll());
}

QString runTsql(int port, const QString& batch, QString* problem)
{
    int exitCode = 0;
    const QString output = runClient(QStringLiteral("tsql"),
                                     {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                      QString::number(port), QStringLiteral("-U"), QStringLiteral("sa"),
                                      QStringLiteral("-P"), kPassword},
                                     batch + QStringLiteral("\nexit\n"), &exitCode);
    const QStringList errors = LabProcess::errorsIn(output);
    if (!errors.isEmpty() && problem->isEmpty())
        *problem = errors.join(QStringLiteral("; "));
    return output;
}

// The procedure by hand: every exported script in file order, with the three log-shipping jobs started after
// step 5's scripts, as a DBA would to see the first log shipped (the unattended run does the same).
bool runByHand(const LabProcess& lab, const std::vector<Script>& scripts, int primaryPort, int backupPort,
               const QStringList& jobs, QString* problem)
{
    for (const Script& script : scripts) {
        if (script.shell) {
            int exitCode = 0;
            const QString output = runClient(
                QStringLiteral(PCHAT_LAB_EXE),
                {QStringLiteral("shell"), QStringLiteral("--control"), QString::number(lab.controlPort())},
                script.text, &exitCode);
            if (exitCode != 0 && problem->isEmpty())
                *problem = script.name + QStringLiteral(": ") + output.trimmed();
        } else {
            runTsql(script.port, script.text, problem);
        }
        if (script.name.startsWith(QLatin1String("05d"))) {
            for (int i = 0; i < jobs.size(); ++i)
                runTsql(i == 0 ? primaryPort : backupPort,
                        QStringLiteral("EXEC msdb.dbo.sp_start_job @job_name = N'%1';\ngo")
                            .arg(QString(jobs.at(i)).replace(QLatin1Char('\''), QStringLiteral("''"))),
                        problem);
        }
        if (!problem->isEmpty()) {
            *problem = script.name + QStringLiteral(": ") + *problem;
            return false;
        }
    }
    return true;
}

// The shell is this computer's setting, not the plan's: an unattended run ignores a plan's shell program
// (with a warning) and ran powershell.exe, which the bench machine does not have.
bool runUnattended(const LabProcess& lab, const QString& plan, const QString& auditDir, QString* problem)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PCHAT_BACKUP_PASSWORD"), kPassword);
    environment.insert(QStringLiteral("PCHAT_PRIMARY_PASSWORD"), kPassword);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                  {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--unattended"),
                   QStringLiteral("--plan"), plan, QStringLiteral("--audit-dir"), auditDir,
                   QStringLiteral("--shell-program"), QStringLiteral(PCHAT_LAB_EXE),
                   QStringLiteral("--shell-arguments"),
                   QStringLiteral("shell --control %1").arg(lab.controlPort())});
    process.waitForFinished(900000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *problem =
            QStringLiteral("exit code %1: %2")
                .arg(QString::number(process.exitCode()), QString::fromUtf8(process.readAll().right(2000)));
        return false;
    }
    return true;
}

bool resetLab(const LabProcess& lab)
{
    return lab.control().reset().value(QLatin1String("ok")).toBool();
}

qint64 lastProgressChange(const LabProcess& lab)
{
    return lab.control().progressTimelineMark();
}

// Seconds the lab spent in BACKUP and RESTORE since change `since`, from its progress timeline: the
// server-side work of the run, which no client can make shorter.
double serverWorkSeconds(const LabProcess& lab, qint64 since)
{
    const QJsonArray changes = lab.control().progressTimeline(since);
    double total = 0;
    qint64 opStart = -1;
    qint64 previous = -1;
    QString opKey;
    for (const QJsonValue& value : changes) {
        const QJsonObject change = value.toObject();
        const qint64 ns = change.value(QLatin1String("ns")).toString().toLongLong();
        const QString key = change.value(QLatin1String("instance")).toString() + u'/' +
                            QString::number(change.value(QLatin1String("spid")).toInt());
        // An operation starts at 0 percent; its last change is its end.
        if (change.value(QLatin1String("percent")).toDouble() == 0 || key != opKey) {
            if (opStart >= 0)
                total += double(previous - opStart) / 1e9;
            opStart = ns;
            opKey = key;
        }
        previous = ns;
    }
    if (opStart >= 0)
        total += double(previous - opStart) / 1e9;
    return total;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("pchat-failback --unattended against tsql by hand"));
    parser.addHelpOption();
    QCommandLineOption pairs(QStringLiteral("pairs"), QStringLiteral("Alternating run pairs (default 3)."),
                             QStringLiteral("N"), QStringLiteral("3"));
    // The default scenario's four long operations (mgc backup, restore, and log shipping's backup and restore
    // of it, 6 GB at 150 MB/s each) take 164 s at speed 1: speed 4 gives 41 s of server-side work.
    QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Lab speed (default 4)."),
                             QStringLiteral("N"), QStringLiteral("4"));
    parser.addOptions({pairs, speed});
    parser.process(app);

    BenchReport report(QStringLiteral("pchat_overhead_bench"));
    LabProcess lab({QStringLiteral("--speed"), parser.value(speed)});
    QTemporaryDir work;
    if (!lab.started() || !work.isValid()) {
        std::fprintf(stderr, "pchat_overhead_bench: the lab did not start\n");
        return 1;
    }
    const QString plan = writePlan(work.path(), lab);
    const QString scriptDir = work.filePath(QStringLiteral("scripts"));
    {
        QProcess exporter;
        exporter.setProcessChannelMode(QProcess::MergedChannels);
        exporter.start(QStringLiteral(PCHAT_FAILBACK_EXE),
                       {QStringLiteral("--plan"), plan, QStringLiteral("--export-script"), scriptDir});
        exporter.waitForFinished(60000);
        if (exporter.exitCode() != 0) {
            std::fprintf(stderr, "pchat_overhead_bench: --export-script failed: %s\n",
                         exporter.readAll().constData());
            return 1;
        }
    }
    QString error;
    const std::vector<Script> scripts = readScripts(scriptDir, &error);
    const QStringList jobs{jobName(scripts, QStringLiteral("@backup_job_name")),
                           jobName(scripts, QStringLiteral("@copy_job_name")),
                           jobName(scripts, QStringLiteral("@restore_job_name"))};
    if (scripts.empty() || jobs.contains(QString())) {
        std::fprintf(stderr, "pchat_overhead_bench: unusable export: %s\n", qPrintable(error));
        return 1;
    }
    const int primaryPort = lab.port(QStringLiteral("PCSQL01\\PCHAT"));
    const int backupPort = lab.port(QStringLiteral("PCSQL02\\PCHAT"));

    std::vector<double> wizardSeconds;
    std::vector<double> handSeconds;
    std::vector<double> ratios;
    std::vector<double> serverSeconds;
    const int pairCount = std::max(1, parser.value(pairs).toInt());
    for (int pair = 0; pair < pairCount; ++pair) {
        double times[2] = {0, 0}; // [0] unattended, [1] by hand
        // Alternate which goes first, so that a drift in the machine's load hits both alike.
        for (int turn = 0; turn < 2; ++turn) {
            const bool wizardTurn = (turn == 0) == (pair % 2 == 0);
            if (!resetLab(lab)) {
                std::fprintf(stderr, "pchat_overhead_bench: the lab did not reset\n");
                return 1;
            }
            const qint64 since = lastProgressChange(lab);
            QString problem;
            QElapsedTimer timer;
            timer.start();
            const bool ok =
                wizardTurn
                    ? runUnattended(lab, plan, work.filePath(QStringLiteral("audit-%1").arg(pair)), &problem)
                    : runByHand(lab, scripts, primaryPort, backupPort, jobs, &problem);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!ok) {
                std::fprintf(stderr, "pchat_overhead_bench: %s run failed: %s\n",
                             wizardTurn ? "unattended" : "by-hand", qPrintable(problem));
                return 1;
            }
            // Both runs must end failed back, or the comparison means nothing.
            const QString pool = lab.control().poolState();
            if (pool != u"Normal") {
                std::fprintf(stderr, "pchat_overhead_bench: %s run left the pool %s\n",
                             wizardTurn ? "unattended" : "by-hand", qPrintable(pool));
                return 1;
            }
            times[wizardTurn ? 0 : 1] = seconds;
            if (!wizardTurn)
                serverSeconds.push_back(serverWorkSeconds(lab, since));
            std::printf("run pair=%d %s %.3f s\n", pair + 1, wizardTurn ? "unattended" : "by-hand", seconds);
            std::fflush(stdout);
        }
        wizardSeconds.push_back(times[0]);
        handSeconds.push_back(times[1]);
        ratios.push_back(times[0] / times[1]);
    }

    report.figure(QStringLiteral("overhead.server_work"), BenchReport::median(serverSeconds),
                  QStringLiteral("s"), QStringLiteral(">="), 30);
    report.figure(QStringLiteral("overhead.unattended.median"), BenchReport::median(wizardSeconds),
                  QStringLiteral("s"));
    report.figure(QStringLiteral("overhead.by_hand.median"), BenchReport::median(handSeconds),
                  QStringLiteral("s"));
    report.figure(QStringLiteral("overhead.difference.median"),
                  BenchReport::median(wizardSeconds) - BenchReport::median(handSeconds), QStringLiteral("s"));
    report.figure(QStringLiteral("overhead.ratio.median"), BenchReport::median(ratios),
                  QStringLiteral("ratio"), QStringLiteral("<="), 1.02);
    report.note(
        QStringLiteral("%1 alternating pairs at lab speed %2; by hand = tsql and pchat-lab shell over the "
                       "scripts of --export-script, plus sp_start_job of %3")
            .arg(QString::number(pairCount), parser.value(speed), jobs.join(QStringLiteral(", "))));
    return report.finish();
}
