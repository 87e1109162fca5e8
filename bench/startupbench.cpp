// Start-up benchmark: from starting the pchat-failback process to its first painted wizard page, as the
// wizard itself reports it (PCHAT_REPORT_FIRST_PAINT=1 prints a monotonic stamp at the first paint). The
// first run is "cold" (as cold as the page cache left it), the median of the others "warm".
#include "benchreport.h"

#include <chrono>
#include <cstdio>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <vector>

using pchat::bench::BenchReport;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// One start: ms from just before the fork to the wizard's first paint; -1 when it did not report.
double startOnce(const QStringList& arguments, const QString& dataHome, double* inProcessMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PCHAT_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Logs and audit folders of these starts stay out of the user's own.
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    const qint64 started = nowNs();
    process.start(QStringLiteral(PCHAT_FAILBACK_EXE), arguments);
    static const QRegularExpression line(
        QStringLiteral("pchat-first-paint (-?[0-9.]+) ms-since-process-start (\\d+) monotonic-ns"));
    QByteArray output;
    double result = -1;
    QElapsedTimer timeout;
    timeout.start();
    while (timeout.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        const QRegularExpressionMatch match = line.match(QString::fromUtf8(output));
        if (match.hasMatch()) {
            result = double(match.captured(2).toLongLong() - started) / 1e6;
            *inProcessMs = match.captured(1).toDouble();
            break;
        }
    }
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(2000);
    }
    return result;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Process start to first painted page"));
    parser.addHelpOption();
    QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Starts per mode (default 11)."),
                            QStringLiteral("N"), QStringLiteral("11"));
    parser.addOption(runs);
    parser.process(app);
    const int count = std::max(2, parser.value(runs).toInt());
    QTemporaryDir dataHome;
    BenchReport report(QStringLiteral("pchat_startup_bench"));

    struct Mode
    {
        QString name;
        QStringList arguments;
    };
    const std::vector<Mode> modes{
        {QStringLiteral("plan"),
         {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--plan"),
          QStringLiteral(PCHAT_SOURCE_DIR "/resources/plans/example-plan.json")}},
        // Training starts its lab beside the window; the page is painted before the lab is ready.
        {QStringLiteral("training"),
         {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--training")}}};
    for (const Mode& mode : modes) {
        std::vector<double> warm;
        std::vector<double> inProcess;
        double cold = -1;
        for (int i = 0; i < count; ++i) {
            double sinceStart = -1;
            const double ms = startOnce(mode.arguments, dataHome.path(), &sinceStart);
            if (ms < 0) {
                std::fprintf(stderr, "pchat_startup_bench: %s start %d reported no first paint\n",
                             qPrintable(mode.name), i + 1);
                continue;
            }
            if (i == 0)
                cold = ms;
            else
                warm.push_back(ms);
            inProcess.push_back(sinceStart);
        }
        const QString prefix = QStringLiteral("startup.") + mode.name;
        report.figure(prefix + QStringLiteral(".cold"), cold, QStringLiteral("ms"), QStringLiteral("<"), 500);
        report.figure(prefix + QStringLiteral(".warm.median"), BenchReport::median(warm),
                      QStringLiteral("ms"), QStringLiteral("<"), 500);
        report.figure(prefix + QStringLiteral(".warm.worst"),
                      warm.empty() ? -1 : *std::max_element(warm.begin(), warm.end()), QStringLiteral("ms"));
        report.figure(prefix + QStringLiteral(".in_process.median"), BenchReport::median(inProcess),
                      QStringLiteral("ms"));
    }
    report.note(
        QStringLiteral("%1 starts per mode on the %2 platform; cold = the first start of this benchmark "
                       "(the page cache is not dropped); in_process = the wizard's own /proc start time "
                       "to first paint (10 ms resolution)")
            .arg(QString::number(count),
                 qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("offscreen"))));
    return report.finish();
}
