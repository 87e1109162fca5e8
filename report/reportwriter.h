// Writes report.html and report.pdf into a run folder, in the current UI language.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace pchat {

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // Reads <runFolder>/journal.jsonl and writes report.html and report.pdf next to it, each through a
    // temporary file in the folder that is renamed when complete, so a crash never leaves half a report.
    // The caller must have a QGuiApplication (QPdfWriter and the fonts need one); without one this returns
    // false. The texts are tr()'d: install the translators first. false: *error says why in the UI language.
    // With 60 screenshots it takes seconds: call it from a worker thread (QtConcurrent::run), never on the
    // UI thread. It uses no widget and no QPixmap, only QImage, QTextDocument and QPdfWriter, which Qt allows
    // outside the GUI thread; concurrent calls for different folders are fine.
    static bool write(const QString& runFolder, QString* error);

    static QString htmlFileName() { return QStringLiteral("report.html"); }
    static QString pdfFileName() { return QStringLiteral("report.pdf"); }
};

} // namespace pchat
