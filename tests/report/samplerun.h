// Builds synthetic run folders with the real Journal and real PNG screenshots, for the report tests and
// the pchat_sample_report tool.
#pragma once

#include "backend/audit/journal.h"

#include <memory>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace pchat::test {

class SampleRun
{
public:
    // Opens <folder>/journal.jsonl (creating the folder with screens/ and scripts/).
    SampleRun(const QString& folder, Journal::Mode mode,
              const QString& operatorName = QStringLiteral("CONTOSO\\dba1"),
              const QString& host = QStringLiteral("ADMIN01"));

    Journal& journal() { return *m_journal; }
    QString folder() const { return m_folder; }
    // false after any append failed; error() says which.
    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Screenshots are drawn (a wizard-like window with the page's title) unless PNG files are given here:
    // then they are copied in turn, so that sizes can be measured with real screenshots.
    void setScreenshotSources(const QStringList& pngFiles) { m_sources = pngFiles; }

    void event(const QString& kind, const QJsonObject& details = {}, int step = -1);
    void runStarted(const QString& language = QStringLiteral("en"));
    void pageEntered(int step, const QString& page, const QString& title);
    // Writes screens/NNN.png and the screenshot event with its SHA-256; returns the file (relative).
    QString screenshot(int step, const QString& reason, const QString& page, const QString& title);
    void stepState(int step, const QString& status, const QString& summary = {});
    void check(const QString& id, const QString& title, const QString& result, const QString& detail);
    void confirmation(int step, const QString& what, const QString& text, const QString& value);
    // command-started (with its script under scripts/), the server's messages, command-finished.
    void command(int step, const QString& target, const QString& text, const QString& result, int durationMs,
                 int rows, const QStringList& messages = {});
    void finished(bool success);

    // The whole procedure: run started, Preflight, steps 1..7 each with confirmation, command, messages,
    // states and screenshots (none when withScreenshots is false, as in an unattended run), run finished.
    // That is fullRunScreenshots screenshots; extraScreenshots adds end-state ones spread over the steps, to
    // measure the PDF with many of them.
    void writeFullRun(bool withScreenshots, int extraScreenshots = 0);
    static constexpr int fullRunScreenshots = 24;

    static QJsonObject examplePlan();

private:
    QString m_folder;
    std::unique_ptr<Journal> m_journal;
    bool m_training;
    QStringList m_sources;
    QString m_error;
    int m_screenshots = 0;
    int m_scripts = 0;
};

} // namespace pchat::test
