#include "reporthtml.h"

#include <QDir>
#include <QFile>

namespace pchat::test {

ReportHtml::ReportHtml(const QString& runFolder)
{
    QFile report(QDir(runFolder).filePath(QStringLiteral("report.html")));
    if (report.open(QIODevice::ReadOnly))
        m_text = QString::fromUtf8(report.readAll());
}

QString ReportHtml::section(const QString& id, const QString& nextId) const
{
    const qsizetype start = m_text.indexOf(QStringLiteral("id=\"%1\"").arg(id));
    if (start < 0)
        return {};
    const qsizetype end = m_text.indexOf(QStringLiteral("id=\"%1\"").arg(nextId), start);
    return m_text.mid(start, end < 0 ? -1 : end - start);
}

} // namespace pchat::test
