// Tool, not a test: writes a realistic synthetic training run (Preflight, steps 1..7, screenshots) and its
// report, so that a developer can look at report.html and report.pdf.
// Usage: pchat_sample_report OUTDIR [de|en] [--screens N] [--png-dir DIR]
//        pchat_sample_report --rewrite RUNFOLDER [de|en]   (the report of a recorded run, written again)
//   --screens N    take N screenshots instead of the 24 of a plain run (to measure size and time)
//   --png-dir DIR  copy the PNGs of DIR as the screenshots instead of drawing them (e.g. the output of
//                  pchat_page_screenshots, to measure with real wizard screenshots)
#include "backend/audit/journal.h"
#include "report/reportwriter.h"
#include "samplerun.h"
#include "translations/languageswitcher.h"

#include <cstdio>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() ||
        (args.first().startsWith(QLatin1Char('-')) && args.first() != QLatin1String("--rewrite"))) {
        std::fprintf(stderr, "usage: pchat_sample_report OUTDIR [de|en] [--screens N] [--png-dir DIR]\n");
        return 2;
    }
    const bool rewrite = args.first() == QLatin1String("--rewrite");
    if (rewrite)
        args.removeFirst();
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: pchat_sample_report --rewrite RUNFOLDER [de|en]\n");
        return 2;
    }
    const QString outDir = args.takeFirst();
    QString language = QStringLiteral("en");
    int screens = pchat::test::SampleRun::fullRunScreenshots;
    QString pngDir;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == QLatin1String("--screens") && !args.isEmpty())
            screens = args.takeFirst().toInt();
        else if (arg == QLatin1String("--png-dir") && !args.isEmpty())
            pngDir = args.takeFirst();
        else if (arg == QLatin1String("de") || arg == QLatin1String("en"))
            language = arg;
        else {
            std::fprintf(stderr, "unknown argument %s\n", qPrintable(arg));
            return 2;
        }
    }
    pchat::LanguageSwitcher::instance().apply(language);

    QString error;
    if (rewrite) {
        // A run recorded by the wizard or an unattended run: only its report is made again.
        QElapsedTimer timer;
        timer.start();
        if (!pchat::ReportWriter::write(outDir, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("report written in %lld ms\n", static_cast<long long>(timer.elapsed()));
        return 0;
    }
    const QString folder =
        pchat::Journal::createRunFolder(outDir, QDateTime::currentDateTimeUtc(), QStringLiteral("ADMIN01"),
                                        QStringLiteral("pchat.contoso.com"), &error);
    if (folder.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    pchat::test::SampleRun run(folder, pchat::Journal::Mode::Training);
    if (!pngDir.isEmpty()) {
        QStringList files;
        for (const QFileInfo& info :
             QDir(pngDir).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Name))
            files << info.absoluteFilePath();
        run.setScreenshotSources(files);
    }
    run.writeFullRun(true, qMax(0, screens - pchat::test::SampleRun::fullRunScreenshots));
    if (!run.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(run.error()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    if (!pchat::ReportWriter::write(folder, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QFileInfo pdf(QDir(folder).filePath(pchat::ReportWriter::pdfFileName()));
    const QFileInfo html(QDir(folder).filePath(pchat::ReportWriter::htmlFileName()));
    std::printf(
        "%s\nscreenshots %d, report written in %lld ms, report.pdf %lld bytes, report.html %lld bytes\n",
        qPrintable(folder), qMax(screens, pchat::test::SampleRun::fullRunScreenshots),
        static_cast<long long>(timer.elapsed()), static_cast<long long>(pdf.size()),
        static_cast<long long>(html.size()));
    return 0;
}
