// ReportWriter: report.html and report.pdf of synthetic run folders: steps and titles, escaped journal text,
// the final hash, outcomes, TRAINING on every page of a training run and nowhere in a production one.
#include "backend/audit/auditevent.h"
#include "backend/run/stepinfo.h"
#include "backend/steps/stepid.h"
#include "report/reportwriter.h"
#include "samplerun.h"
#include "testfiles.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

using namespace pchat;
using pchat::test::fileText;
using pchat::test::SampleRun;

namespace {

const QString hostileCommand = QStringLiteral(
    "SELECT N'<script>alert(\"x\")</script>' AS [a & b] -- </pre><img src=x onerror=alert(1)>");

QString writeReport(const QString& folder)
{
    QString error;
    EXPECT_TRUE(ReportWriter::write(folder, &error)) << error.toStdString();
    return fileText(QDir(folder).filePath(ReportWriter::htmlFileName()));
}

// The PDF's text, one entry per page; empty when pdftotext is not installed.
QStringList pdfPages(const QString& folder)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                         QDir(folder).filePath(ReportWriter::pdfFileName()), QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast(); // pdftotext ends the last page with \f as well
    return pages;
}

// The pages of the PDF whose body is empty: nothing but the header (pool and run), the footer (journal hash,
// page number) and the TRAINING watermark, which pdftotext may hand out in pieces.
QList<int> blankPages(const QStringList& pages, const QString& folderName)
{
    QList<int> blank;
    for (int i = 0; i < pages.size(); ++i) {
        bool body = false;
        for (const QString& raw : pages.at(i).split(QLatin1Char('\n'))) {
            const QString line = raw.trimmed();
            if (line.isEmpty() || line == folderName || line.contains(QLatin1String("pchat.contoso.com")) ||
                line.startsWith(QLatin1String("Journal hash")) || line.startsWith(QLatin1String("Page ")) ||
                QStringLiteral("TRAINING").contains(line))
                continue;
            body = true;
            break;
        }
        if (!body)
            blank.append(i + 1);
    }
    return blank;
}

// A training run with screenshots, every step, and a command whose text tries to break out of the page.
QString makeTrainingRun(const QTemporaryDir& dir, QString* lastHash)
{
    const QString folder = dir.filePath(QStringLiteral("20261126-123104_ADMIN01_pchat.contoso.com"));
    SampleRun run(folder, Journal::Mode::Training);
    run.writeFullRun(true);
    run.command(7, QStringLiteral("PCSQL01\\PCHAT"), hostileCommand, QStringLiteral("failed"), 1200, 0,
                {QStringLiteral("Incorrect syntax near '<'.")});
    run.finished(true);
    EXPECT_TRUE(run.ok()) << run.error().toStdString();
    *lastHash = run.journal().lastHash();
    return folder;
}

} // namespace

TEST(ReportWriter, HtmlShowsEveryStepTheEscapedCommandsAndTheFinalHash)
{
    QTemporaryDir dir;
    QString lastHash;
    const QString folder = makeTrainingRun(dir, &lastHash);
    const QString html = writeReport(folder);

    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    for (int step = 0; step <= 7; ++step) {
        const QString title = StepInfo::title(static_cast<StepId>(step)).toHtmlEscaped();
        EXPECT_TRUE(html.contains(
            step == 0 ? title : QStringLiteral("Step %1: %2").arg(QString::number(step), title)))
            << "step " << step;
    }
    EXPECT_EQ(html.count(QStringLiteral("Outcome: Done")), 8);
    // The command text appears once, escaped, inside a pre; its markup never reaches the page.
    EXPECT_TRUE(html.contains(hostileCommand.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("[a &amp; b]")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("onerror=alert(1)>")));
    EXPECT_TRUE(html.contains(QStringLiteral("Cannot open backup device.")));
    EXPECT_TRUE(html.contains(QStringLiteral("BACKUP DATABASE [mgc]")));

    EXPECT_TRUE(html.contains(lastHash));
    EXPECT_TRUE(html.contains(QRegularExpression(QStringLiteral(">Result</td><td[^>]*>Success</td>"))));
    EXPECT_TRUE(html.contains(QStringLiteral("PersistentChatServer:pchat.contoso.com")));
    EXPECT_TRUE(html.contains(QStringLiteral("CONTOSO\\dba1")));
    EXPECT_TRUE(html.contains(QStringLiteral("Verified: every event and screenshot matches its hash")));
    // Screenshots: linked relatively and shown scaled down, each with its hash.
    EXPECT_TRUE(html.contains(
        QStringLiteral("<a href=\"screens/001.png\"><img class=\"shot\" src=\"screens/001.png\" "
                       "width=\"800\"")));
    EXPECT_EQ(html.count(QStringLiteral("<img class=\"shot\"")), SampleRun::fullRunScreenshots);
    EXPECT_FALSE(html.contains(QStringLiteral("Unattended run")));
    EXPECT_FALSE(html.contains(QStringLiteral("http://")) || html.contains(QStringLiteral("https://")));

    // Training: the banner at the top and the marker on every section heading.
    EXPECT_TRUE(html.contains(QStringLiteral("class=\"training-banner\"")));
    EXPECT_LT(html.indexOf(QStringLiteral("class=\"training-banner\"")), html.indexOf(QStringLiteral("<h1")));
    const QRegularExpression h2(QStringLiteral("<h2[^>]*>(.*?)</h2>"));
    int headings = 0;
    for (auto it = h2.globalMatch(html); it.hasNext(); ++headings)
        EXPECT_TRUE(it.next().captured(1).contains(QStringLiteral("TRAINING")));
    EXPECT_EQ(headings, 9); // Run, Preflight, steps 1..7
}

TEST(ReportWriter, PdfSaysTrainingOnEveryPageAndNumbersThePages)
{
    QTemporaryDir dir;
    QString lastHash;
    const QString folder = makeTrainingRun(dir, &lastHash);
    writeReport(folder);

    QFile pdf(QDir(folder).filePath(ReportWriter::pdfFileName()));
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF-"));
    EXPECT_GT(pdf.size(), 10000);

    const QStringList pages = pdfPages(folder);
    if (pages.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ASSERT_GT(pages.size(), 9); // a cover and at least one page per section
    for (int i = 0; i < pages.size(); ++i) {
        EXPECT_TRUE(pages[i].contains(QStringLiteral("TRAINING"))) << "page " << i + 1;
        EXPECT_TRUE(pages[i].contains(
            QStringLiteral("Page %1 of %2").arg(QString::number(i + 1), QString::number(pages.size()))))
            << "page " << i + 1;
    }
    const QString all = pages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("<script>alert(\"x\")</script>"))); // the exact text, as text
    EXPECT_TRUE(all.contains(QStringLiteral("Return the pool to Normal")));
    EXPECT_TRUE(all.contains(QStringLiteral("Preflight checks"))); // as text, not a ligature
    // The hash may wrap at the end of its table cell.
    EXPECT_TRUE(QString(all).remove(QRegularExpression(QStringLiteral("\\s"))).contains(lastHash));
}

TEST(ReportWriter, ProductionRunHasNoTrainingMarker)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Production);
    run.writeFullRun(true);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();
    const QString html = writeReport(dir.path());

    EXPECT_FALSE(html.contains(QStringLiteral("TRAINING")));
    EXPECT_FALSE(html.contains(QStringLiteral("training-banner")));
    EXPECT_TRUE(html.contains(QStringLiteral("Production")));
    const QStringList pages = pdfPages(dir.path());
    if (pages.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    for (const QString& page : pages)
        EXPECT_FALSE(page.contains(QStringLiteral("TRAINING")));
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Page 1 of %1").arg(pages.size())));
}

TEST(ReportWriter, UnattendedRunSaysNoScreenshotsWereTaken)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Production);
    run.writeFullRun(false);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();
    const QString html = writeReport(dir.path());

    EXPECT_TRUE(html.contains(QStringLiteral("Unattended run: no screenshots were taken")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img")));
    EXPECT_TRUE(html.contains(QStringLiteral("Set-CsPersistentChatState")));
    const QStringList pages = pdfPages(dir.path());
    if (pages.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(pages.first().contains(QStringLiteral("Unattended run: no screenshots were taken")));
}

TEST(ReportWriter, RunWithoutClosingEventIsReportedUnfinished)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Training);
    run.runStarted();
    run.stepState(4, QStringLiteral("running"));
    run.event(AuditKind::CommandStarted,
              {{QStringLiteral("target"), QStringLiteral("PCSQL01\\PCHAT")},
               {QStringLiteral("text"), QStringLiteral("RESTORE DATABASE [mgc] WITH RECOVERY;")}},
              4);
    ASSERT_TRUE(run.ok()) << run.error().toStdString();
    const QString html = writeReport(dir.path());

    EXPECT_TRUE(html.contains(QStringLiteral("Unfinished: the journal has no closing event")));
    EXPECT_TRUE(html.contains(QStringLiteral("No result: the run stopped while the command ran")));
    EXPECT_TRUE(html.contains(QStringLiteral("Outcome: Running")));
    EXPECT_TRUE(html.contains(run.journal().lastHash()));
}

TEST(ReportWriter, ResumedRunShowsEachStartInTheRunSection)
{
    QTemporaryDir dir;
    {
        SampleRun first(dir.path(), Journal::Mode::Production);
        first.runStarted();
        first.event(AuditKind::RunInterrupted, {{QStringLiteral("reason"), QStringLiteral("closed")},
                                                {QStringLiteral("page"), QStringLiteral("step3")}});
        ASSERT_TRUE(first.ok());
    }
    SampleRun second(dir.path(), Journal::Mode::Production, QStringLiteral("CONTOSO\\dba2"),
                     QStringLiteral("ADMIN02"));
    second.event(QStringLiteral("run-resumed"), {{QStringLiteral("language"), QStringLiteral("de")}});
    second.finished(true);
    ASSERT_TRUE(second.ok());
    const QString html = writeReport(dir.path());

    EXPECT_TRUE(html.contains(QStringLiteral("Run started")));
    EXPECT_TRUE(html.contains(QStringLiteral("Run interrupted")));
    EXPECT_TRUE(html.contains(QStringLiteral("the operator closed the wizard (page step3)")));
    EXPECT_TRUE(html.contains(QStringLiteral("Run resumed")));
    EXPECT_TRUE(html.contains(QStringLiteral("CONTOSO\\dba2 on ADMIN02; language de")));
    EXPECT_TRUE(html.contains(QStringLiteral("CONTOSO\\dba1, CONTOSO\\dba2")));
}

TEST(ReportWriter, ReplacesTheReportWholeAndLeavesNoTemporaryFile)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Production);
    run.runStarted();
    ASSERT_TRUE(run.ok());
    writeReport(dir.path());
    run.finished(false);
    const QString html = writeReport(dir.path()); // a second report replaces the first

    EXPECT_TRUE(html.contains(QRegularExpression(QStringLiteral(">Result</td><td[^>]*>Failed</td>"))));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    EXPECT_EQ(files, (QStringList{QStringLiteral("journal.jsonl"), QStringLiteral("report.html"),
                                  QStringLiteral("report.pdf")}));
}

TEST(ReportWriter, FolderWithoutJournalWritesNothing)
{
    QTemporaryDir dir;
    QString error;
    EXPECT_FALSE(ReportWriter::write(dir.path(), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("no readable audit journal")));
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(ReportWriter, TamperedScreenshotIsFlaggedOnTheCover)
{
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Production);
    run.runStarted();
    const QString file =
        run.screenshot(1, QStringLiteral("end-state"), QStringLiteral("step1"), QStringLiteral("x"));
    run.finished(true);
    ASSERT_TRUE(run.ok());
    QFile shot(QDir(dir.path()).filePath(file));
    ASSERT_TRUE(shot.open(QIODevice::Append));
    shot.write("changed");
    shot.close();
    const QString html = writeReport(dir.path());

    EXPECT_TRUE(html.contains(QStringLiteral("NOT verified: ")));
    EXPECT_TRUE(html.contains(QStringLiteral("do not rely on this report as evidence")));
    EXPECT_TRUE(html.contains(QStringLiteral("The file does NOT match this hash")));
}

TEST(ReportWriter, WritesFromAWorkerThread)
{
    // The wizard writes the report off the UI thread; it must work there, screenshots included.
    QTemporaryDir dir;
    SampleRun run(dir.path(), Journal::Mode::Training);
    run.runStarted();
    run.screenshot(1, QStringLiteral("end-state"), QStringLiteral("step1"), QStringLiteral("x"));
    run.finished(true);
    ASSERT_TRUE(run.ok());
    QString error;
    bool written = false;
    // A QThread, as QtConcurrent::run uses: QTextDocument's layout starts timers, which need one.
    std::unique_ptr<QThread> thread(
        QThread::create([&] { written = ReportWriter::write(dir.path(), &error); }));
    thread->start();
    ASSERT_TRUE(thread->wait(QDeadlineTimer(120000)));
    ASSERT_TRUE(written) << error.toStdString();
    const QString html = fileText(QDir(dir.path()).filePath(ReportWriter::htmlFileName()));
    EXPECT_TRUE(html.contains(QStringLiteral("screens/001.png")));
    const QStringList pages = pdfPages(dir.path());
    if (pages.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
}

// A section starts on a new page; a page must never be left blank before it. QTextDocument counted a table's
// bottom margin as the start of the next page when the margin alone reached past the foot of a page, and the
// section's page break then skipped that page. Where tables end depends on the cover's length, so the run is
// written with operator and computer names that wrap to one to four lines and with and without a journal
// line that is no event (one more cover row): the end of the cover's last table sweeps over the foot of page
// 1 in steps smaller than the margin.
TEST(ReportWriter, NoPageOfThePdfIsBlank)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString longName = QStringLiteral("Operator-with-a-long-account-name-that-wraps-in-its-cell ");
    int reports = 0;
    for (int operatorLines = 1; operatorLines <= 4; ++operatorLines) {
        for (int hostLines = 1; hostLines <= 2; ++hostLines) {
            for (const bool junk : {false, true}) {
                QTemporaryDir dir;
                const QString folder =
                    dir.filePath(QStringLiteral("20261126-123104_ADMIN01_pchat.contoso.com"));
                SampleRun run(folder, Journal::Mode::Training,
                              QStringLiteral("CONTOSO\\") + longName.repeated(operatorLines - 1) +
                                  QStringLiteral("dba1"),
                              longName.repeated(hostLines - 1) + QStringLiteral("ADMIN01"));
                run.writeFullRun(false);
                ASSERT_TRUE(run.ok()) << run.error().toStdString();
                if (junk) {
                    QFile journal(QDir(folder).filePath(Journal::fileName()));
                    ASSERT_TRUE(journal.open(QIODevice::Append));
                    journal.write("not an event\n");
                }
                writeReport(folder);
                ++reports;
                const QStringList pages = pdfPages(folder);
                ASSERT_FALSE(pages.isEmpty());
                const QList<int> blank = blankPages(pages, QFileInfo(folder).fileName());
                EXPECT_TRUE(blank.isEmpty())
                    << "blank page(s) " << QString::number(blank.value(0)).toStdString() << "... of "
                    << pages.size() << " with " << operatorLines << " operator line(s), " << hostLines
                    << " computer line(s), junk " << junk;
            }
        }
    }
    EXPECT_EQ(reports, 16);
}
