// pchat-lab: serves a simulated SQL Server data center (TDS on loopback) from a scenario file.
#include "lab/scenario/datacenteroutage.h"
#include "lab/scenario/scenarioloader.h"
#include "lab/shell/shellrunner.h"
#include "lab/tds/labhost.h"
#include "lab/world/world.h"

#include <atomic>
#include <csignal>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

std::atomic<bool> g_stop{false};

#ifdef Q_OS_WIN
BOOL WINAPI consoleHandler(DWORD)
{
    g_stop = true;
    return TRUE;
}
#endif

void onSignal(int)
{
    g_stop = true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pchat-lab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PCHAT_VERSION));
    // "pchat-lab shell" is the Lync Management Shell simulator, a client of a running lab with its own
    // options.
    if (app.arguments().value(1) == u"shell")
        return pchatlab::ShellRunner::run(app.arguments().mid(2));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Simulated SQL Server data center for the Persistent "
                                                    "Chat failback: one TDS 7.4 endpoint per instance on "
                                                    "127.0.0.1, SQL logins, T-SQL subset, BACKUP/RESTORE, "
                                                    "mirroring, a shared file system and the Lync pool.\n"
                                                    "Prints one line per instance ('name host,port') and the "
                                                    "control port, then serves until SIGINT/SIGTERM.\n"
                                                    "'pchat-lab shell --control PORT' runs the Lync Server "
                                                    "Management Shell simulator against it (see 'pchat-lab "
                                                    "shell --help')."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("Scenario JSON file, or the name of a built-in scenario (%1; default: "
                       "default-scenario, the state right after the failover).")
            .arg(pchatlab::ScenarioLoader::builtInNames().join(QStringLiteral(", "))),
        QStringLiteral("FILE"));
    QCommandLineOption speed(
        QStringLiteral("speed"),
        QStringLiteral("Run long operations (BACKUP, RESTORE) N times faster than the scenario's "
                       "throughput."),
        QStringLiteral("N"));
    QCommandLineOption fault(
        QStringLiteral("fault"),
        QStringLiteral("Switch a fault on at start (repeatable); the control port can switch "
                       "them at run time. Known faults: %1.")
            .arg(pchatlab::Fault::catalog().join(QStringLiteral(", "))),
        QStringLiteral("NAME"));
    QCommandLineOption anyPort(
        QStringLiteral("any-port"),
        QStringLiteral("Ignore the scenario's ports and bind free ports (as tests do)."));
    QCommandLineOption disaster(
        QStringLiteral("disaster"),
        QStringLiteral("Start with the scenario's disaster struck: its primary data center is down (as the "
                       "control port's \"disaster\" does)."));
    QCommandLineOption rebuildPrimary(
        QStringLiteral("rebuild-primary"),
        QStringLiteral("Start after the disaster with the primary data center rebuilt: fresh databases as "
                       "Topology Builder creates them (as the control port's \"rebuild-primary\" does)."));
    parser.addOptions({scenario, speed, fault, anyPort, disaster, rebuildPrimary});
    parser.process(app);

    pchatlab::World world;
    QString error;
    const bool ok =
        parser.isSet(scenario)
            ? pchatlab::ScenarioLoader::loadFile(parser.value(scenario), world, &error)
            : pchatlab::ScenarioLoader::load(pchatlab::ScenarioLoader::defaultScenario(), world, &error);
    QTextStream err(stderr);
    if (!ok) {
        err << "pchat-lab: " << error << Qt::endl;
        return 2;
    }
    if (parser.isSet(speed)) {
        bool numeric = false;
        const double v = parser.value(speed).toDouble(&numeric);
        if (!numeric || v <= 0) {
            err << "pchat-lab: --speed needs a positive number" << Qt::endl;
            return 2;
        }
        world.setSpeed(v);
    }
    QVector<pchatlab::Fault> startFaults;
    for (const QString& name : parser.values(fault)) {
        const std::optional<pchatlab::Fault> f = pchatlab::Fault::parse(name);
        if (!f) {
            err << "pchat-lab: unknown fault \"" << name
                << "\"; known faults: " << pchatlab::Fault::catalog().join(QStringLiteral(", ")) << Qt::endl;
            return 2;
        }
        world.addFault(*f);
        startFaults.append(*f);
    }
    world.setStartFaults(startFaults);
    if (parser.isSet(disaster) || parser.isSet(rebuildPrimary)) {
        if (!pchatlab::DataCenterOutage::strike(world, &error) ||
            (parser.isSet(rebuildPrimary) && !pchatlab::DataCenterOutage::rebuild(world, &error))) {
            err << "pchat-lab: " << error << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(anyPort)) {
        for (const auto& i : world.instances())
            i->port = 0;
        world.setControlPort(0);
    }

    pchatlab::LabHost host(world);
    if (!host.start(&error)) {
        err << "pchat-lab: " << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    for (const QString& line : host.describe())
        out << line << Qt::endl;

#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(consoleHandler, TRUE);
#else
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
    // Signals only set a flag; the event loop notices it here, which works the same on every platform.
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stop.load())
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    return app.exec();
}
