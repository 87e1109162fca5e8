// Progress latency: when each value of a step's progress bar reaches the screen (its paint), matched with the
// lab's own timeline of percent_complete changes (control command "progress-timeline"), both on the machine's
// monotonic clock. Also keeps the step's progress samples, to judge its time-left and throughput figures.
#pragma once

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <vector>

class QProgressBar;
class QWidget;

namespace pchat {
struct ProgressSample;
}

namespace pchat::bench {

class ProgressLatencyProbe : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        std::vector<double> latenciesMs; // one per lab change of a followed operation
        int operations = 0;              // BACKUP/RESTORE operations the page followed
        int skippedOperations = 0;       // ones too short to follow (log backups), or no page showed
        int unshownChanges = 0; // changes after which the page never showed that value or a later one
        std::vector<double> etaErrorPercent; // |time left shown - actual| / the operation's duration, 5-95 %
        std::vector<double> throughputRatio; // MB/s shown / (database size / actual duration)
        int nonMonotonic = 0;                // a shown percent lower than the one before in one operation
    };

    explicit ProgressLatencyProbe(QObject* parent = nullptr);

    // Follows every step progress bar and step of the wizard; call again when pages may have been rebuilt.
    void attach(QWidget* wizard);
    // Matches what the page showed with the lab's changes; databaseMegabytes for the throughput check.
    Result evaluate(const QJsonArray& labChanges, double databaseMegabytes) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Paint
    {
        qint64 ns;
        int value; // tenths of a percent, as the bar holds it
    };
    struct Reading
    {
        qint64 ns;
        double percent;
        qint64 remainingMs;
        double megabytesPerSecond;
    };

    QSet<QProgressBar*> m_bars;
    QSet<QObject*> m_steps;
    QHash<QProgressBar*, int> m_lastPainted;
    std::vector<Paint> m_paints;
    std::vector<Reading> m_readings;
};

} // namespace pchat::bench
