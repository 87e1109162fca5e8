// Prints a benchmark's figures as "figure <name> <value> <unit>" lines, each target it is held to as
// "target <name> <op> <limit> <met|missed>", and a short human summary; bench/run collects the lines.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace pchat::bench {

class BenchReport
{
public:
    explicit BenchReport(QString benchName);

    void figure(const QString& name, double value, const QString& unit);
    // A figure with a target: below (`lessThan` true) or at most the limit.
    void figure(const QString& name, double value, const QString& unit, const QString& op, double limit);
    // A line for the human summary only.
    void note(const QString& text);
    // Prints the summary; returns 0 (benchmarks measure, they do not fail).
    int finish();

    static double median(std::vector<double> values);
    // Nearest-rank percentile (p in 0..100) of the values.
    static double percentile(std::vector<double> values, double p);

private:
    QString m_name;
    QStringList m_summary;
    int m_met = 0;
    int m_missed = 0;
};

} // namespace pchat::bench
