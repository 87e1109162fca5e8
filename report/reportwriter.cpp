#include "reportwriter.h"

#include "backend/audit/privatefiles.h"
#include "reporthtml.h"
#include "reportpdf.h"
#include "runrecord.h"

#include <QDir>
#include <QGuiApplication>
#include <QSaveFile>

namespace pchat {

namespace {

bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ReportWriter::write(const QString& runFolder, QString* error)
{
    // QPdfWriter and QFont abort the process without a QGuiApplication; a clear error is better.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(error, tr("The report cannot be written: the program runs without its graphical part "
                              "(QGuiApplication), which the PDF needs."));

    RunRecord record;
    if (!record.load(runFolder, error))
        return false;

    const QDir folder(runFolder);
    // QSaveFile writes a temporary file in the same folder and renames it over the target on commit():
    // a reader sees the old report or the new one, never a part.
    QSaveFile html(folder.filePath(htmlFileName()));
    if (!html.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write the report %1: %2")
                               .arg(QDir::toNativeSeparators(html.fileName()), html.errorString()));
    html.write(ReportHtml(record, ReportHtml::Target::Browser).build().toUtf8());

    QSaveFile pdf(folder.filePath(pdfFileName()));
    if (!pdf.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write the report %1: %2")
                               .arg(QDir::toNativeSeparators(pdf.fileName()), pdf.errorString()));
    if (!ReportPdf::write(record, &pdf, error))
        return false; // both QSaveFiles are discarded: neither report is replaced

    // The HTML is renamed first; if the PDF's rename then fails, the folder holds a whole new HTML and the
    // whole previous PDF (or none), and the error names the PDF.
    if (!html.commit())
        return fail(error, tr("Cannot write the report %1: %2")
                               .arg(QDir::toNativeSeparators(html.fileName()), html.errorString()));
    if (!pdf.commit())
        return fail(error, tr("Cannot write the report %1: %2")
                               .arg(QDir::toNativeSeparators(pdf.fileName()), pdf.errorString()));
    // The reports quote the plan and the commands: like the journal, for the operator's account only.
    PrivateFiles::restrictFile(html.fileName());
    PrivateFiles::restrictFile(pdf.fileName());
    return true;
}

} // namespace pchat
