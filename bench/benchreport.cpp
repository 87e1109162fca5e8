#include "benchreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace pchat::bench {

BenchReport::BenchReport(QString benchName)
    : m_name(std::move(benchName))
{
}

void BenchReport::figure(const QString& name, double value, const QString& unit)
{
    std::printf("figure %s %.3f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

void BenchReport::figure(const QString& name, double value, const QString& unit, const QString& op,
                         double limit)
{
    figure(name, value, unit);
    const bool met = op == u"<"    ? value < limit
                     : op == u"<=" ? value <= limit
                     : op == u">=" ? value >= limit
                                   : value > limit;
    std::printf("target %s %s %g %s\n", qPrintable(name), qPrintable(op), limit, met ? "met" : "missed");
    std::fflush(stdout);
    (met ? m_met : m_missed)++;
    m_summary << QStringLiteral("  %1 = %2 %3 (target %4 %5 %3): %6")
                     .arg(name, QString::number(value, 'f', 3), unit, op, QString::number(limit),
                          met ? QStringLiteral("met") : QStringLiteral("MISSED"));
}

void BenchReport::note(const QString& text)
{
    m_summary << QStringLiteral("  ") + text;
}

int BenchReport::finish()
{
    std::printf("summary %s: %d target(s) met, %d missed\n", qPrintable(m_name), m_met, m_missed);
    for (const QString& line : std::as_const(m_summary))
        std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    return 0;
}

double BenchReport::median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

double BenchReport::percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

} // namespace pchat::bench
