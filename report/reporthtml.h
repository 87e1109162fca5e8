// Writes the report of a RunRecord as HTML: a self-contained page for browsers, or the markup that
// ReportPdf lays out with QTextDocument.
#pragma once

#include "runrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pchat {

class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ReportHtml)

public:
    enum class Target
    {
        Browser, // images linked relatively (screens/...), CSS for screen and print
        Pdf      // images from QTextDocument resources; markup QTextDocument understands; page breaks
    };

    ReportHtml(const RunRecord& record, Target target);

    // Pdf: the document resource that shows the screenshot file (as the journal names it), at this size in
    // CSS pixels. A screenshot without one is described in words only.
    void setPdfImage(const QString& file, const QUrl& resource, const QSize& displaySize);

    QString build() const;

private:
    struct PdfImage
    {
        QUrl resource;
        QSize size;
    };

    QString cover() const;
    QString overview() const;
    QString section(const RunRecord::Section& section) const;
    QString runLines(const RunRecord::Section& section) const;
    QString pages(const RunRecord::Section& section) const;
    QString checks(const RunRecord::Section& section) const;
    QString confirmations(const RunRecord::Section& section) const;
    QString commands(const RunRecord::Section& section) const;
    QString messages(const RunRecord::Section& section) const;
    QString states(const RunRecord::Section& section) const;
    QString screenshots(const RunRecord::Section& section) const;
    QString screenshot(const RunRecord::Screenshot& shot) const;
    QString runLineDetails(const RunRecord::RunLine& line) const;
    QString heading(int level, const QString& text, bool pageBreak = false) const;
    QString trainingTag() const;

    // Every argument is plain text and is escaped here; cells are therefore never markup.
    static QString table(const QStringList& headers, const QList<QStringList>& rows,
                         const QList<int>& widths);
    static QString escaped(const QString& text);
    QString styleSheet() const;

    const RunRecord& m_record;
    Target m_target;
    QHash<QString, PdfImage> m_pdfImages;
};

} // namespace pchat
