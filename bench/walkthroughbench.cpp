// Walkthrough benchmark: the whole wizard walked as an operator would (offscreen, training mode, screenshots
// on) against a lab of its own. Prints the UI thread's stalls (worst, p99), the progress latency (lab change
// to painted bar, median and worst), the peak memory (VmHWM) and, for a scenario with a large mgc, whether
// the time left and the throughput the page shows stay sensible.
#include "backend/log/logging.h"
#include "benchreport.h"
#include "eventloopprobe.h"
#include "labprocess.h"
#include "progresslatencyprobe.h"
#include "stallsampler.h"
#include "timedapplication.h"
#include "translations/languageswitcher.h"
#include "wizard/audit/wizardauditor.h"
#include "wizard/failbackwizard.h"
#include "wizard/pages/steppage.h"
#include "wizarddriver.h"

#include <cstdio>
#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace pchat;
using pchat::bench::BenchReport;
using pchat::bench::EventLoopProbe;
using pchat::bench::ProgressLatencyProbe;
using pchat::bench::StallSampler;
using pchat::bench::TimedApplication;
using pchat::test::WizardDriver;

namespace {

// Waits in a real event loop (QTest's waits sleep 10 ms at a time between event passes, which the probe
// would count as stalls of the wizard).
bool waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return done();
}

// An operator's pause between two actions: the event loop runs (repaints, queued signals) before the next
// one, so that the probe charges each action with its own cost rather than a sum of several.
void idle(int ms = 20)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// A hand's click: the press, the button held while the event loop runs (a quick click holds it for about
// 80 ms), then the release that triggers the button. QTest::mouseClick sends both in one call: that charged
// the press's own paint (QAbstractButton repaints the window's dirty region at once, to show the button
// down) to the pass that runs the click.
void handClick(QWidget* widget, QPoint position = {})
{
    QTest::mousePress(widget, Qt::LeftButton, {}, position);
    idle(80);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, position);
}

double peakRssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

double megabytesOfMgc(const LabProcess& lab)
{
    const QJsonObject scenario = lab.control().scenario();
    for (const QJsonValue& instance : scenario.value(QLatin1String("instances")).toArray()) {
        if (instance.toObject().value(QLatin1String("name")).toString() != u"PCSQL02\\PCHAT")
            continue;
        for (const QJsonValue& db : instance.toObject().value(QLatin1String("databases")).toArray()) {
            if (db.toObject().value(QLatin1String("name")).toString() == u"mgc")
                return db.toObject().value(QLatin1String("sizeMB")).toDouble();
        }
    }
    return -1;
}

// What a screenshot costs the UI thread once the window is painted, median of 10 in ms: QWidget::grab renders
// the window again, the backing store copy (WizardAuditor::captureWindow) copies its pixels,
// QScreen::grabWindow asks the platform (offscreen: a copy of the backing store; xcb: the X server's pixels).
struct CaptureCosts
{
    double grab = -1;
    double backingStore = -1;
    double grabWindow = -1;
};

CaptureCosts measureCapture(QWidget* window)
{
    const auto median = [window](const std::function<void()>& capture) {
        std::vector<double> ms;
        for (int i = 0; i < 10; ++i) {
            idle(10);
            QElapsedTimer timer;
            timer.start();
            capture();
            ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return BenchReport::median(ms);
    };
    CaptureCosts costs;
    costs.grab = median([window] { window->grab(); });
    costs.backingStore = median([window] { WizardAuditor::captureWindow(window); });
    costs.grabWindow = median([window] {
        if (QScreen* screen = window->screen())
            screen->grabWindow(window->winId());
    });
    return costs;
}

class Walk
{
public:
    Walk(WizardDriver& driver, EventLoopProbe& probe)
        : m_driver(driver)
        , m_probe(probe)
    {
        // What the operator waits for: from the click on Next to the first paint that shows the new page.
        QObject::connect(&driver.wizard(), &FailbackWizard::windowPainted, &driver.wizard(), [this] {
            if (m_nextClickNs != 0 && m_driver.currentPageName() != m_pageBeforeNext) {
                nextToPaintMs.push_back(double(EventLoopProbe::nowNs() - m_nextClickNs) / 1e6);
                m_nextClickNs = 0;
            }
        });
    }

    QString error;
    std::vector<double> nextToPaintMs;

    bool next()
    {
        const QString before = m_driver.currentPageName();
        m_probe.setContext(before + QStringLiteral(":next"));
        // WizardDriver::next waits with QTest::qWait, whose sleeps the probe would charge to the wizard.
        QAbstractButton* button = m_driver.wizard().button(QWizard::CommitButton)->isVisible()
                                      ? m_driver.wizard().button(QWizard::CommitButton)
                                      : m_driver.nextButton();
        m_pageBeforeNext = before;
        QTest::mousePress(button, Qt::LeftButton);
        idle(80);
        // The page switches on the release: the operator waits from here.
        m_nextClickNs = EventLoopProbe::nowNs();
        QTest::mouseRelease(button, Qt::LeftButton);
        // Leaving the Welcome page waits for the audit trail's folder, which is made on its own thread.
        waitUntil([this, &before] { return m_driver.currentPageName() != before; }, 10000);
        if (m_driver.currentPageName() == before) {
            error = QStringLiteral("Next did not leave ") + before;
            return false;
        }
        idle();
        return true;
    }

    void click(QAbstractButton* button, const QString& what)
    {
        m_probe.setContext(m_driver.currentPageName() + u':' + what);
        handClick(button, QPoint(5, button->height() / 2));
        idle();
    }

    // WizardDriver::retype, one key at a time with the event loop running between keys, as typing is.
    void retype(const QString& objectName, const QString& text)
    {
        auto* edit = m_driver.find<QLineEdit>(objectName);
        if (!edit)
            return;
        m_probe.setContext(m_driver.currentPageName() + QStringLiteral(":type ") + objectName);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        idle(10);
        for (const QChar ch : text) {
            if (ch.unicode() < 0x80) {
                QTest::keyClick(edit, ch.toLatin1());
            } else {
                QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
                QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
                QApplication::sendEvent(edit, &press);
                QApplication::sendEvent(edit, &release);
            }
            idle(10);
        }
    }

    void confirmAssumptions()
    {
        for (int i = 1;; ++i) {
            auto* box = m_driver.find<QCheckBox>(QStringLiteral("assumption%1").arg(i));
            if (!box)
                break;
            if (!box->isChecked())
                click(box, QStringLiteral("tick"));
        }
    }

    bool runStep(StepPage* page)
    {
        auto* run = m_driver.find<QPushButton>(QStringLiteral("runButton"));
        if (!run || !waitUntil([run] { return run->isEnabled(); }, 20000)) {
            error = QStringLiteral("Run is not enabled on ") + m_driver.currentPageName();
            return false;
        }
        WizardDriver::answerNextMessageBox();
        click(run, QStringLiteral("run"));
        FailbackStep* step = page->stepObject();
        waitUntil([page, step] { return !page->isBusy() && step->status() != StepStatus::Ready; }, 900000);
        // The operator reads the outcome before the next action: without the pause, the end of the step
        // and the next click fell into one event-loop pass (the button's press paints what is dirty).
        idle();
        if (step->status() != StepStatus::Done && step->status() != StepStatus::AlreadyDone) {
            error = m_driver.currentPageName() + QStringLiteral(": ") + step->outcome().summary +
                    QStringLiteral(" ") + step->outcome().error.text;
            return false;
        }
        return true;
    }

    // WizardDriver::walkTo, with waits that keep the event loop running.
    bool toSummary()
    {
        for (int guard = 0; guard < 20; ++guard) {
            const QString page = m_driver.currentPageName();
            if (page == QStringLiteral("summaryPage"))
                return true;
            m_probe.setContext(page);
            if (page == QStringLiteral("preflightPage")) {
                auto* acknowledge = m_driver.find<QCheckBox>(QStringLiteral("acknowledgeWarnings"));
                waitUntil(
                    [&] {
                        return m_driver.nextButton()->isEnabled() ||
                               (acknowledge && acknowledge->isVisible());
                    },
                    120000);
                if (acknowledge && acknowledge->isVisible() && !acknowledge->isChecked())
                    click(acknowledge, QStringLiteral("acknowledge"));
            }
            auto* stepPage = qobject_cast<StepPage*>(m_driver.wizard().currentPage());
            if (stepPage && stepPage->stepObject()) {
                waitUntil([stepPage] { return !stepPage->isBusy(); }, 60000);
                const StepStatus status = stepPage->stepObject()->status();
                if (status != StepStatus::Done && status != StepStatus::AlreadyDone) {
                    for (const auto& [field, text] : m_driver.typedConfirmations(page))
                        retype(field, text);
                    if (!runStep(stepPage))
                        return false;
                }
                if (auto* confirm = m_driver.find<QCheckBox>(QStringLiteral("confirmListEmpty"));
                    confirm && !confirm->isChecked())
                    click(confirm, QStringLiteral("confirm"));
            }
            if (!next())
                return false;
        }
        error = QStringLiteral("the walk did not reach the summary");
        return false;
    }

private:
    WizardDriver& m_driver;
    EventLoopProbe& m_probe;
    QString m_pageBeforeNext;
    qint64 m_nextClickNs = 0;
};

} // namespace

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A full GUI walkthrough, measured"));
    parser.addHelpOption();
    QCommandLineOption label(QStringLiteral("label"),
                             QStringLiteral("Prefix of the figures (default: walk)."), QStringLiteral("NAME"),
                             QStringLiteral("walk"));
    QCommandLineOption scenario(QStringLiteral("scenario"),
                                QStringLiteral("Lab scenario (default: built in)."), QStringLiteral("FILE"));
    // mgc's 6 GB at 150 MB/s: speed 5 makes each BACKUP and RESTORE last about 8 s, long enough to follow.
    QCommandLineOption speed(QStringLiteral("speed"), QStringLiteral("Lab speed (default 5)."),
                             QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption samples(
        QStringLiteral("sample-stacks"),
        QStringLiteral("Record the UI thread's stack during stalls over 20 ms and print "
                       "the worst (disturbs the figures)."));
    // The operator's screen: the walk is measured at 1366x768 and 1920x1080 (bench/run), the window filling
    // it as a maximized wizard would.
    QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size (default 1366x768)."),
                            QStringLiteral("WxH"), QStringLiteral("1366x768"));
    QCommandLineOption events(
        QStringLiteral("trace-events"),
        QStringLiteral("Time every event the UI thread delivers and print those of 1 ms or more that make up "
                       "the worst stalls."));
    parser.addOptions({label, scenario, speed, samples, size, events});
    parser.process(application);
    const QString prefix = parser.value(label);
    const QStringList sizeParts = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(sizeParts.value(0).toInt(), sizeParts.value(1).toInt());
    if (windowSize.isEmpty()) {
        std::fprintf(stderr, "pchat_walkthrough_bench: --size wants WxH, e.g. 1920x1080\n");
        return 2;
    }

    QTemporaryDir work;
    Logging::initialize(work.filePath(QStringLiteral("logs")));
    LanguageSwitcher::instance().apply(QStringLiteral("en"));
    QStringList labArguments{QStringLiteral("--speed"), parser.value(speed)};
    if (parser.isSet(scenario))
        labArguments << QStringLiteral("--scenario") << parser.value(scenario);
    LabProcess lab(labArguments);
    if (!lab.started()) {
        std::fprintf(stderr, "pchat_walkthrough_bench: the lab did not start\n");
        return 1;
    }
    const double mgcMegabytes = megabytesOfMgc(lab);
    const qint64 timelineStart = lab.control().progressTimelineMark();
    QMap<QString, int> ports;
    for (const QString& name : {QStringLiteral("PCSQL01\\PCHAT"), QStringLiteral("PCSQL02\\PCHAT")})
        ports.insert(name, lab.port(name));

    EventLoopProbe probe(2);
    ProgressLatencyProbe progress;
    std::unique_ptr<StallSampler> sampler;
    QElapsedTimer walkClock;
    QString error;
    double beforeReport = -1;
    double reportSeconds = -1;
    CaptureCosts capture;
    QSize shownSize;
    std::vector<double> nextToPaint;
    {
        WizardDriver driver(WizardDriver::planForLab(ports, lab.controlPort()));
        driver.wizard().resize(windowSize);
        const QString auditRoot = work.filePath(QStringLiteral("audit"));
        driver.wizard().setAuditRoot(auditRoot);
        driver.wizard().setTrainingMode(true);
        progress.attach(&driver.wizard());
        QObject::connect(&driver.wizard(), &QWizard::currentIdChanged, &progress,
                         [&progress, &driver] { progress.attach(&driver.wizard()); });
        if (parser.isSet(samples)) {
            sampler = std::make_unique<StallSampler>(probe.heartbeat(), 20);
            sampler->start();
        }
        application.setRecording(parser.isSet(events));
        probe.start();
        walkClock.start();
        Walk walk(driver, probe);
        idle(200);
        walk.confirmAssumptions();
        if (walk.next()) {
            const QString password = QString::fromLatin1(LabProcess::password());
            walk.retype(QStringLiteral("backupInstancePassword"), password);
            walk.retype(QStringLiteral("primaryInstancePassword"), password);
            if (walk.toSummary()) {
                // The walk's own peak, before Finish writes the report (PDF of every screenshot).
                beforeReport = peakRssMegabytes();
                shownSize = driver.wizard().size();
                // Not part of the walk's stalls: the probe pauses while the capture paths are compared.
                probe.stop();
                capture = measureCapture(&driver.wizard());
                probe.start();
                QElapsedTimer reportClock;
                reportClock.start();
                walk.click(driver.wizard().button(QWizard::FinishButton), QStringLiteral("finish"));
                // The report is written on a worker; the wizard closes once it is there.
                if (!waitUntil([&driver] { return !driver.wizard().isVisible(); }, 300000))
                    walk.error = QStringLiteral("the wizard did not close after Finish");
                reportSeconds = double(reportClock.elapsed()) / 1000.0;
            }
        }
        error = walk.error;
        nextToPaint = walk.nextToPaintMs;
        probe.stop();
        if (sampler)
            sampler->stop();
        int screenshots = 0;
        for (QDirIterator it(auditRoot, {QStringLiteral("*.png")}, QDir::Files, QDirIterator::Subdirectories);
             it.hasNext(); it.next())
            ++screenshots;
        if (error.isEmpty())
            std::printf("figure %s.screenshots %d count\n", qPrintable(prefix), screenshots);
    }
    if (!error.isEmpty()) {
        std::fprintf(stderr, "pchat_walkthrough_bench: %s\n", qPrintable(error));
        return 1;
    }
    const double walkSeconds = double(walkClock.elapsed()) / 1000.0;
    const double peak = peakRssMegabytes();

    const QJsonArray changes = lab.control().progressTimeline(timelineStart);
    const ProgressLatencyProbe::Result latency = progress.evaluate(changes, mgcMegabytes);

    BenchReport report(QStringLiteral("pchat_walkthrough_bench ") + prefix);
    report.figure(prefix + QStringLiteral(".duration"), walkSeconds, QStringLiteral("s"));
    report.figure(prefix + QStringLiteral(".window.width"), shownSize.width(), QStringLiteral("px"));
    report.figure(prefix + QStringLiteral(".window.height"), shownSize.height(), QStringLiteral("px"));
    // DESIGN.md section 7: no frame dropped means no stall of two frames (33 ms) and at most 5 of one.
    report.figure(
        prefix + QStringLiteral(".stall.worst"),
        probe.lateness().empty() ? 0 : *std::max_element(probe.lateness().begin(), probe.lateness().end()),
        QStringLiteral("ms"), QStringLiteral("<"), 33);
    report.figure(prefix + QStringLiteral(".stall.p99"), BenchReport::percentile(probe.lateness(), 99),
                  QStringLiteral("ms"), QStringLiteral("<"), 16);
    report.figure(prefix + QStringLiteral(".stall.over16ms"), double(probe.stalls().size()),
                  QStringLiteral("count"), QStringLiteral("<="), 5);
    // Per phase: the stalls over 16 ms by what the walk was doing (page and action), to find their cause.
    QMap<QString, int> byPhase;
    QMap<QString, double> worstByPhase;
    for (const EventLoopProbe::Stall& stall : probe.stalls()) {
        const QString phase = stall.context.section(u'>', -1).section(u':', -1);
        ++byPhase[phase];
        worstByPhase[phase] = qMax(worstByPhase.value(phase), stall.ms);
    }
    for (auto it = byPhase.cbegin(); it != byPhase.cend(); ++it) {
        QString name = it.key();
        name.replace(u' ', u'_');
        report.figure(prefix + QStringLiteral(".stall.over16ms.") + name, it.value(),
                      QStringLiteral("count"));
        report.figure(prefix + QStringLiteral(".stall.worst.") + name, worstByPhase.value(it.key()),
                      QStringLiteral("ms"));
    }
    // Not a stall: the time from the click on Next to the paint of the new page, whether or not the event
    // loop ran between the two (FailbackWizard paints a new page on the pass after the switch).
    report.figure(prefix + QStringLiteral(".next_to_paint.median"), BenchReport::median(nextToPaint),
                  QStringLiteral("ms"));
    report.figure(prefix + QStringLiteral(".next_to_paint.worst"),
                  nextToPaint.empty() ? -1 : *std::max_element(nextToPaint.begin(), nextToPaint.end()),
                  QStringLiteral("ms"));
    report.figure(prefix + QStringLiteral(".capture.grab"), capture.grab, QStringLiteral("ms"));
    report.figure(prefix + QStringLiteral(".capture.backing_store"), capture.backingStore,
                  QStringLiteral("ms"));
    report.figure(prefix + QStringLiteral(".capture.grab_window"), capture.grabWindow, QStringLiteral("ms"));
    report.figure(prefix + QStringLiteral(".report.seconds"), reportSeconds, QStringLiteral("s"));
    report.figure(prefix + QStringLiteral(".progress_latency.median"),
                  BenchReport::median(latency.latenciesMs), QStringLiteral("ms"), QStringLiteral("<"), 300);
    report.figure(prefix + QStringLiteral(".progress_latency.worst"),
                  latency.latenciesMs.empty()
                      ? -1
                      : *std::max_element(latency.latenciesMs.begin(), latency.latenciesMs.end()),
                  QStringLiteral("ms"), QStringLiteral("<"), 300);
    report.figure(prefix + QStringLiteral(".progress_latency.p95"),
                  BenchReport::percentile(latency.latenciesMs, 95), QStringLiteral("ms"));
    report.figure(prefix + QStringLiteral(".progress.operations"), latency.operations,
                  QStringLiteral("count"));
    report.figure(prefix + QStringLiteral(".progress.unshown_changes"), latency.unshownChanges,
                  QStringLiteral("count"));
    report.figure(prefix + QStringLiteral(".progress.non_monotonic"), latency.nonMonotonic,
                  QStringLiteral("count"), QStringLiteral("<="), 0);
    report.figure(prefix + QStringLiteral(".eta_error.median"), BenchReport::median(latency.etaErrorPercent),
                  QStringLiteral("%"));
    report.figure(prefix + QStringLiteral(".eta_error.worst"),
                  latency.etaErrorPercent.empty()
                      ? -1
                      : *std::max_element(latency.etaErrorPercent.begin(), latency.etaErrorPercent.end()),
                  QStringLiteral("%"), QStringLiteral("<"), 20);
    report.figure(prefix + QStringLiteral(".throughput_shown_vs_actual.median"),
                  BenchReport::median(latency.throughputRatio), QStringLiteral("ratio"));
    report.figure(prefix + QStringLiteral(".peak_rss.before_report"), beforeReport, QStringLiteral("MB"));
    report.figure(prefix + QStringLiteral(".peak_rss"), peak, QStringLiteral("MB"), QStringLiteral("<"), 120);
    report.note(
        QStringLiteral("mgc %1 MB, lab speed %2; stalls = lateness of a 2 ms timer on the UI thread; "
                       "progress latency = lab's percent_complete change to the bar's paint of it or a "
                       "later value (%3 changes in %4 operations; %5 short ones skipped)")
            .arg(QString::number(mgcMegabytes), parser.value(speed),
                 QString::number(latency.latenciesMs.size()), QString::number(latency.operations),
                 QString::number(latency.skippedOperations)));
    int shown = 0;
    for (const EventLoopProbe::Stall& stall : probe.stalls()) {
        if (++shown > 8)
            break;
        report.note(
            QStringLiteral("stall %1 ms during %2").arg(QString::number(stall.ms, 'f', 1), stall.context));
        // The probe's tick before the stall: its interval (2 ms) before the late one, less the lateness.
        const qint64 stallStartNs = stall.endNs - qint64(stall.ms * 1e6) - 2000000;
        if (parser.isSet(events)) {
            for (const TimedApplication::Delivery& delivery :
                 application.deliveriesBetween(stallStartNs, stall.endNs, 1))
                report.note(QStringLiteral("  %1%2 ms %3 %4")
                                .arg(QString(delivery.depth * 2 + 2, u' '),
                                     QString::number(double(delivery.endNs - delivery.startNs) / 1e6, 'f', 1),
                                     delivery.what, delivery.inside));
        }
        if (sampler) {
            for (const StallSampler::Sample& sample : sampler->samplesBetween(stallStartNs, stall.endNs)) {
                report.note(QStringLiteral("  sample at -%1 ms:")
                                .arg(double(stall.endNs - sample.ns) / 1e6, 0, 'f', 1));
                // The innermost frames say what burns the time, the wizard's own frames who asked for it.
                for (qsizetype f = 0; f < sample.frames.size(); ++f) {
                    const QString& frame = sample.frames.at(f);
                    if (f < 6 || frame.contains(QLatin1String("pchat::")) ||
                        frame.contains(QLatin1String("QTest")))
                        report.note(QStringLiteral("    ") + frame.left(160));
                }
            }
        }
    }
    return report.finish();
}
