#include "progresslatencyprobe.h"

#include "backend/steps/failbackstep.h"
#include "eventloopprobe.h"
#include "wizard/pages/steppage.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <QEvent>
#include <QJsonObject>
#include <QProgressBar>
#include <QWizard>

namespace pchat::bench {

namespace {

// Operations shorter than this are the Agent's log backups, which no page follows.
constexpr qint64 minimumOperationNs = 500'000'000;

struct Change
{
    qint64 ns;
    double percent;
};

struct Operation
{
    std::vector<Change> changes;
    qint64 startNs() const { return changes.front().ns; }
    qint64 endNs() const { return changes.back().ns; }
};

// The bar's value for a lab percent, exactly as it travels: REAL (float) on the wire, read as a double,
// times ten, truncated (StepRunPanel::showProgress).
int barValue(double labPercent)
{
    return int(double(float(labPercent)) * 10);
}

std::vector<Operation> operationsOf(const QJsonArray& labChanges)
{
    std::vector<Operation> operations;
    QString key;
    for (const QJsonValue& value : labChanges) {
        const QJsonObject change = value.toObject();
        const QString changeKey = change.value(QLatin1String("instance")).toString() + u'/' +
                                  QString::number(change.value(QLatin1String("spid")).toInt());
        const double percent = change.value(QLatin1String("percent")).toDouble();
        // A new operation starts at 0 percent (or on another session).
        if (operations.empty() || percent == 0 || changeKey != key)
            operations.push_back({});
        key = changeKey;
        operations.back().changes.push_back(
            {change.value(QLatin1String("ns")).toString().toLongLong(), percent});
    }
    return operations;
}

} // namespace

ProgressLatencyProbe::ProgressLatencyProbe(QObject* parent)
    : QObject(parent)
{
}

void ProgressLatencyProbe::attach(QWidget* wizard)
{
    for (QProgressBar* bar : wizard->findChildren<QProgressBar*>(QStringLiteral("stepProgress"))) {
        if (m_bars.contains(bar))
            continue;
        m_bars.insert(bar);
        bar->installEventFilter(this);
    }
    auto* qwizard = qobject_cast<QWizard*>(wizard);
    if (!qwizard)
        return;
    for (int id : qwizard->pageIds()) {
        auto* page = qobject_cast<StepPage*>(qwizard->page(id));
        if (!page || !page->stepObject() || m_steps.contains(page->stepObject()))
            continue;
        m_steps.insert(page->stepObject());
        connect(page->stepObject(), &FailbackStep::progress, this, [this](const ProgressSample& sample) {
            m_readings.push_back(
                {EventLoopProbe::nowNs(), sample.percent, sample.remainingMs, sample.megabytesPerSecond});
        });
    }
}

bool ProgressLatencyProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint) {
        auto* bar = static_cast<QProgressBar*>(watched);
        const int value = bar->value();
        // The paint event comes as the paint pass begins; the flush to the screen follows in the same pass.
        if (m_lastPainted.value(bar, -1) != value) {
            m_lastPainted.insert(bar, value);
            m_paints.push_back({EventLoopProbe::nowNs(), value});
        }
    }
    return QObject::eventFilter(watched, event);
}

ProgressLatencyProbe::Result ProgressLatencyProbe::evaluate(const QJsonArray& labChanges,
                                                            double databaseMegabytes) const
{
    Result result;
    const std::vector<Operation> operations = operationsOf(labChanges);
    // Each paint belongs to the operation that most recently reached the painted value before the paint.
    std::vector<int> owner(m_paints.size(), -1);
    for (size_t p = 0; p < m_paints.size(); ++p) {
        qint64 best = std::numeric_limits<qint64>::min();
        for (size_t o = 0; o < operations.size(); ++o) {
            for (const Change& change : operations[o].changes) {
                if (change.ns <= m_paints[p].ns && barValue(change.percent) == m_paints[p].value &&
                    change.ns > best) {
                    best = change.ns;
                    owner[p] = int(o);
                }
            }
        }
    }
    for (size_t o = 0; o < operations.size(); ++o) {
        const Operation& operation = operations[o];
        std::vector<Paint> shown;
        for (size_t p = 0; p < m_paints.size(); ++p) {
            if (owner[p] == int(o))
                shown.push_back(m_paints[p]);
        }
        if (operation.endNs() - operation.startNs() < minimumOperationNs || shown.empty()) {
            ++result.skippedOperations;
            continue;
        }
        ++result.operations;
        for (size_t i = 1; i < shown.size(); ++i)
            result.nonMonotonic += shown[i].value < shown[i - 1].value ? 1 : 0;
        // Every change counts: the time until the page showed this value or a later one.
        for (const Change& change : operation.changes) {
            const int value = barValue(change.percent);
            qint64 first = -1;
            for (const Paint& paint : shown) {
                if (paint.ns >= change.ns && paint.value >= value) {
                    first = paint.ns;
                    break;
                }
            }
            if (first < 0)
                ++result.unshownChanges;
            else
                result.latenciesMs.push_back(double(first - change.ns) / 1e6);
        }
        // Time left and throughput, from the step's readings while this operation ran.
        const double durationMs = double(operation.endNs() - operation.startNs()) / 1e6;
        for (const Reading& reading : m_readings) {
            if (reading.ns < operation.startNs() || reading.ns > operation.endNs() || reading.percent < 5 ||
                reading.percent > 95)
                continue;
            if (reading.remainingMs >= 0) {
                const double actualMs = double(operation.endNs() - reading.ns) / 1e6;
                result.etaErrorPercent.push_back(std::abs(double(reading.remainingMs) - actualMs) /
                                                 durationMs * 100.0);
            }
            if (reading.megabytesPerSecond > 0 && databaseMegabytes > 0)
                result.throughputRatio.push_back(reading.megabytesPerSecond /
                                                 (databaseMegabytes / (durationMs / 1000.0)));
        }
    }
    return result;
}

} // namespace pchat::bench
