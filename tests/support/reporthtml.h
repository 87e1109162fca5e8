// A run's report.html as the tests read it: the whole text and its sections by id.
#pragma once

#include <QString>

namespace pchat::test {

class ReportHtml
{
public:
    // Reads report.html in the run's folder; text() is empty when it cannot be read.
    explicit ReportHtml(const QString& runFolder);

    const QString& text() const { return m_text; }
    // From the section with this id to the one with nextId (to the end when there is none); empty when the
    // report has no section of this id.
    QString section(const QString& id, const QString& nextId) const;

private:
    QString m_text;
};

} // namespace pchat::test
