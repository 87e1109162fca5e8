#include "reporthtml.h"

#include "backend/audit/journalkeys.h"
#include "backend/run/procedure.h"
#include "reporttexts.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pchat {

namespace {

const QString red = QStringLiteral("#b00000");
const QString green = QStringLiteral("#006000");

bool isBadStatus(const QString& status)
{
    return status == AuditStatus::Failed || status == AuditStatus::Cancelled ||
           status == AuditCommand::ConnectionLost;
}

bool isGoodStatus(const QString& status)
{
    return status == AuditStatus::Done || status == AuditStatus::AlreadyDone ||
           status == AuditCommand::Succeeded || status == AuditResult::Ok;
}

QString orNotRecorded(const QString& text)
{
    return text.isEmpty() ? ReportTexts::notRecorded() : text;
}

} // namespace

ReportHtml::ReportHtml(const RunRecord& record, Target target)
    : m_record(record)
    , m_target(target)
{
}

void ReportHtml::setPdfImage(const QString& file, const QUrl& resource, const QSize& displaySize)
{
    m_pdfImages.insert(file, {resource, displaySize});
}

QString ReportHtml::escaped(const QString& text)
{
    // Journal text is untrusted: escape it, and drop control characters that have no business in a page.
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\t') || c.category() != QChar::Other_Control)
            clean.append(c);
    return clean.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString ReportHtml::table(const QStringList& headers, const QList<QStringList>& rows,
                          const QList<int>& widths)
{
    // The attributes are for QTextDocument, which ignores most table CSS; browsers use the style sheet.
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    // Column widths in percent go on the first row: QTextDocument takes them from there.
    const auto width = [&](qsizetype column) {
        return column < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(column)) : QString();
    };
    if (!headers.isEmpty()) {
        html += QStringLiteral("<thead><tr>");
        for (qsizetype i = 0; i < headers.size(); ++i)
            html += QStringLiteral("<th bgcolor=\"#e8eef6\" align=\"left\"%1>%2</th>")
                        .arg(width(i), escaped(headers.at(i)));
        html += QStringLiteral("</tr></thead>");
    }
    html += QStringLiteral("<tbody>");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < rows.at(r).size(); ++i)
            html += QStringLiteral("<td valign=\"top\"%1>%2</td>")
                        .arg(headers.isEmpty() && r == 0 ? width(i) : QString(), escaped(rows.at(r).at(i)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString ReportHtml::styleSheet() const
{
    // In the PDF the page has its margins already; a browser window gets a readable column.
    const QString page = m_target == Target::Browser
                             ? QStringLiteral("max-width:1000px;margin:1em auto;padding:0 1em")
                             : QString();
    return QStringLiteral(
               "body{font-family:'Segoe UI','DejaVu Sans',Arial,sans-serif;font-size:10pt;color:#202020;%1}"
               "h1{font-size:18pt;margin-bottom:0.2em}"
               "h2{font-size:14pt;border-bottom:2px solid #3060a0;margin-top:1.6em}"
               "h3{font-size:11pt;margin-top:1.1em;margin-bottom:0.3em}"
               "table{border-collapse:collapse;width:100%;margin-bottom:0.6em}"
               "th,td{border:1px solid #b0b0b0;padding:3px 6px;vertical-align:top;text-align:left}"
               "th{background:#e8eef6}"
               "pre{font-family:Consolas,'DejaVu Sans Mono',monospace;font-size:9pt;background:#f4f4f4;"
               "border:1px solid #ccc;padding:6px;white-space:pre-wrap;overflow-wrap:anywhere}"
               "img.shot{max-width:100%;height:auto;border:1px solid #999}"
               "@media print{h2{page-break-before:always}}%2")
        .arg(page,
             // QTextDocument counts a table's bottom margin as content: when the margin alone reaches past
             // the foot of a page, that page counts as begun, and the next section's page break then leaves
             // it blank. The block after a table has a top margin of its own, so the gap stays.
             m_target == Target::Pdf ? QStringLiteral("table{margin-bottom:0}") : QString());
}

QString ReportHtml::trainingTag() const
{
    if (!m_record.cover().training)
        return {};
    return QStringLiteral(" <span class=\"training-tag\" style=\"background-color:#c00000;color:#ffffff;"
                          "font-weight:bold\">&nbsp;%1&nbsp;</span>")
        .arg(escaped(ReportTexts::training()));
}

QString ReportHtml::heading(int level, const QString& text, bool pageBreak) const
{
    const QString style = pageBreak && m_target == Target::Pdf
                              ? QStringLiteral(" style=\"page-break-before:always\"")
                              : QString();
    return QStringLiteral("<h%1%2>%3%4</h%1>")
        .arg(QString::number(level), style, escaped(text), trainingTag());
}

QString ReportHtml::build() const
{
    const RunRecord::Cover& c = m_record.cover();
    QString html =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">")
            .arg(escaped(tr("en", "lang attribute of the report: this translation's language code")));
    html +=
        QStringLiteral("<title>%1</title>")
            .arg(escaped(tr("Failback report %1").arg(c.folderName) +
                         (c.training ? QStringLiteral(" (%1)").arg(ReportTexts::training()) : QString())));
    html += QStringLiteral("<style>%1%2</style></head><body>\n")
                .arg(styleSheet(), c.training ? QStringLiteral("table.training-banner td{background:#c00000;"
                                                               "color:#fff;text-align:center}")
                                              : QString());
    if (c.training) {
        html += QStringLiteral("<table class=\"training-banner\" width=\"100%\" cellpadding=\"8\" "
                               "cellspacing=\"0\" border=\"0\"><tr><td bgcolor=\"#c00000\" align=\"center\">"
                               "<span style=\"color:#ffffff;font-size:20pt;font-weight:bold\">%1</span><br>"
                               "<span style=\"color:#ffffff\">%2</span></td></tr></table>\n")
                    .arg(escaped(ReportTexts::training()),
                         escaped(tr("This run was a training run against the lab. Nothing in this report is "
                                    "evidence of a change to production.")));
    }
    html += cover() + overview();
    for (const RunRecord::Section& s : m_record.sections())
        html += section(s);
    return html + QStringLiteral("</body></html>\n");
}

QString ReportHtml::cover() const
{
    const RunRecord::Cover& c = m_record.cover();
    QString html = heading(1, tr("Report: %1").arg(m_record.procedure().title()));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(c.poolName.isEmpty() ? c.folderName
                                                  : tr("Pool %1, run %2").arg(c.poolName, c.folderName)));

    QString result = ReportTexts::result(c.result);
    if (c.result == RunRecord::Result::Interrupted && !c.interruptReason.isEmpty())
        result = tr("%1: %2").arg(result, ReportTexts::interruptReason(c.interruptReason));
    const QString chain = c.chainVerified ? tr("Verified: every event and screenshot matches its hash")
                                          : tr("NOT verified: %1").arg(c.chainMessage);
    QList<QStringList> rows{
        {tr("Result"), result},
        {tr("Operator"), orNotRecorded(c.operators.join(QStringLiteral(", ")))},
        {tr("Computer"), orNotRecorded(c.hosts.join(QStringLiteral(", ")))},
        {tr("Pool"), orNotRecorded(c.poolName)},
        {tr("Run folder"), c.folderName},
        {tr("Started"), ReportTexts::utc(c.startUtc) + QLatin1Char('\n') + ReportTexts::local(c.startUtc)},
        {tr("Last event"), ReportTexts::utc(c.endUtc) + QLatin1Char('\n') + ReportTexts::local(c.endUtc)},
        {tr("Mode"), ReportTexts::mode(c.mode)},
        {tr("Events in the journal"), QString::number(c.eventCount)},
        {tr("Final hash of the journal"), c.finalHash},
        {tr("Hash chain"), chain},
        {tr("Screenshots"), QString::number(c.screenshotCount)},
        {tr("Program version"), orNotRecorded(c.version)},
        {tr("Language at the start"), orNotRecorded(c.language)},
        {tr("Report created"), ReportTexts::utc(QDateTime::currentDateTimeUtc())},
    };
    if (c.unreadableLines > 0)
        rows.append(
            {tr("Lines of the journal that are not events (not shown)"), QString::number(c.unreadableLines)});
    html += table({}, rows, {28, 72});
    if (!m_record.hasScreenshots())
        html +=
            QStringLiteral("<p><b>%1</b></p>").arg(escaped(tr("Unattended run: no screenshots were taken.")));
    if (!c.chainVerified)
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>")
                    .arg(red, escaped(tr("The journal or a screenshot was changed after it was recorded, or "
                                         "is missing: do not rely on this report as evidence.")));
    return html;
}

QString ReportHtml::overview() const
{
    QList<QStringList> rows;
    for (const RunRecord::Section& s : m_record.sections()) {
        if (s.step < 0)
            continue;
        rows.append({ReportTexts::sectionTitle(m_record.procedure(), s.step),
                     orNotRecorded(ReportTexts::stepStatus(s.outcome())), ReportTexts::utc(s.firstUtc),
                     ReportTexts::utc(s.lastUtc)});
    }
    if (rows.isEmpty())
        return {};
    return heading(3, tr("Steps at a glance")) +
           table({tr("Step"), tr("Outcome"), tr("First event"), tr("Last event")}, rows, {40, 16, 22, 22});
}

QString ReportHtml::section(const RunRecord::Section& s) const
{
    const QString id = s.step < 0 ? QStringLiteral("run") : m_record.procedure().pageKey(s.step);
    QString html = QStringLiteral("\n<div class=\"section\" id=\"%1\">").arg(id);
    html += heading(2, ReportTexts::sectionTitle(m_record.procedure(), s.step), true);
    if (s.step >= 0) {
        const QString outcome = s.outcome();
        const QString color = isBadStatus(outcome)    ? red
                              : isGoodStatus(outcome) ? green
                                                      : QStringLiteral("#202020");
        QString line = tr("Outcome: %1").arg(orNotRecorded(ReportTexts::stepStatus(outcome)));
        if (!s.states.isEmpty() && !s.states.constLast().summary.isEmpty())
            line += QStringLiteral(" \u2013 ") + s.states.constLast().summary;
        html += QStringLiteral("<p style=\"color:%1\"><b>%2</b></p>").arg(color, escaped(line));
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("From %1 to %2 (%3)")
                                 .arg(ReportTexts::utc(s.firstUtc), ReportTexts::utc(s.lastUtc),
                                      ReportTexts::duration(s.firstUtc.msecsTo(s.lastUtc)))));
    html += runLines(s) + pages(s) + checks(s) + confirmations(s) + commands(s) + messages(s) + states(s) +
            screenshots(s);
    return html + QStringLiteral("</div>\n");
}

QString ReportHtml::runLineDetails(const RunRecord::RunLine& line) const
{
    const QJsonObject& d = line.details;
    const QString who = tr("%1 on %2").arg(orNotRecorded(line.operatorName), orNotRecorded(line.host));
    if (line.kind == AuditKind::RunStarted) {
        QString text = tr("%1; version %2, language %3")
                           .arg(who, orNotRecorded(d.value(AuditKey::Version).toString()),
                                orNotRecorded(d.value(AuditKey::Language).toString()));
        const QString resumes = d.value(AuditKey::Resumes).toString();
        if (!resumes.isEmpty())
            text += QLatin1Char('\n') + tr("Continues the run in %1").arg(resumes);
        return text;
    }
    if (line.kind == AuditKind::RunResumed)
        return tr("%1; language %2").arg(who, orNotRecorded(d.value(AuditKey::Language).toString()));
    if (line.kind == AuditKind::Language)
        return tr("From %1 to %2").arg(d.value(AuditKey::From).toString(), d.value(AuditKey::To).toString());
    if (line.kind == AuditKind::RunFinished) {
        QStringList steps;
        const QJsonObject map = d.value(AuditKey::Steps).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            steps << tr("step %1: %2").arg(it.key(), ReportTexts::stepStatus(it.value().toString()));
        const bool success = d.value(AuditKey::Result).toString() == AuditResult::Success;
        QString text = success ? ReportTexts::result(RunRecord::Result::Success)
                               : ReportTexts::result(RunRecord::Result::Failed);
        if (!steps.isEmpty())
            text += QLatin1Char('\n') + steps.join(QStringLiteral(", "));
        return text;
    }
    if (line.kind == AuditKind::RunInterrupted)
        return tr("%1 (page %2)")
            .arg(ReportTexts::interruptReason(d.value(AuditKey::Reason).toString()),
                 orNotRecorded(d.value(AuditKey::Page).toString()));
    // A kind this version does not know: its details as they are, so that nothing is hidden.
    return QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact));
}

QString ReportHtml::runLines(const RunRecord::Section& s) const
{
    if (s.runLines.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const RunRecord::RunLine& line : s.runLines)
        rows.append({ReportTexts::utc(line.utc), ReportTexts::eventKind(line.kind), runLineDetails(line)});
    return heading(3, s.step < 0 ? tr("Starts, resumptions and end") : tr("Other events")) +
           table({tr("Time"), tr("Event"), tr("Details")}, rows, {24, 16, 60});
}

QString ReportHtml::pages(const RunRecord::Section& s) const
{
    if (s.pages.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const RunRecord::PageEntry& page : s.pages)
        rows.append({ReportTexts::timeOfDay(page.utc), page.title.isEmpty() ? page.page : page.title});
    return heading(3, tr("Pages shown")) + table({tr("Time (UTC)"), tr("Page")}, rows, {12, 88});
}

QString ReportHtml::checks(const RunRecord::Section& s) const
{
    if (s.checks.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const RunRecord::Check& check : s.checks)
        rows.append({ReportTexts::timeOfDay(check.utc), check.title.isEmpty() ? check.id : check.title,
                     ReportTexts::checkResult(check.result), check.detail});
    return heading(3, tr("What was checked")) +
           table({tr("Time (UTC)"), tr("Check"), tr("Result"), tr("Found")}, rows, {12, 38, 10, 40});
}

QString ReportHtml::confirmations(const RunRecord::Section& s) const
{
    if (s.confirmations.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const RunRecord::Confirmation& confirmation : s.confirmations)
        rows.append({ReportTexts::timeOfDay(confirmation.utc),
                     ReportTexts::confirmationKind(confirmation.what), confirmation.text,
                     confirmation.value});
    return heading(3, tr("What was confirmed")) +
           table({tr("Time (UTC)"), tr("Kind"), tr("Asked"), tr("Typed or chosen")}, rows, {12, 20, 40, 28});
}

QString ReportHtml::commands(const RunRecord::Section& s) const
{
    if (s.commands.isEmpty())
        return {};
    QString html = heading(3, tr("What was run"));
    for (const RunRecord::Command& command : s.commands) {
        const QString result = command.finished ? ReportTexts::commandResult(command.result)
                                                : tr("No result: the run stopped while the command ran");
        const QString color =
            !command.finished || isBadStatus(command.result) ? red : QStringLiteral("#202020");
        html += QStringLiteral("<p><b>%1</b><br>%2<br><span style=\"color:%3\">%4</span></p>")
                    .arg(escaped(tr("Command %1 on %2")
                                     .arg(QString::number(command.number), orNotRecorded(command.target))),
                         escaped(tr("Started %1, finished %2")
                                     .arg(ReportTexts::timeOfDay(command.startedUtc),
                                          ReportTexts::timeOfDay(command.finishedUtc))),
                         color,
                         escaped(tr("Result: %1; duration %2; rows %3")
                                     .arg(result, ReportTexts::duration(command.durationMs),
                                          command.rows < 0 ? ReportTexts::notRecorded()
                                                           : QString::number(command.rows))));
        // The exact text, as it ran: pre keeps every space; pre-wrap keeps long lines on the page.
        html += QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>")
                    .arg(command.started ? command.text.toHtmlEscaped()
                                         : escaped(tr("(the journal has no start event for this command)")));
        if (!command.script.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("Script file %1, SHA-256 %2").arg(command.script, command.sha256)));
        if (!command.errors.isEmpty()) {
            QList<QStringList> rows;
            for (const RunRecord::CommandError& error : command.errors)
                rows.append({QString::number(error.number), error.text});
            html += table({tr("Error"), tr("Message")}, rows, {12, 88});
        }
    }
    return html;
}

QString ReportHtml::messages(const RunRecord::Section& s) const
{
    if (s.messages.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const RunRecord::ServerMessage& m : s.messages) {
        rows.append({ReportTexts::timeOfDay(m.utc), m.command > 0 ? QString::number(m.command) : QString(),
                     QString::number(m.number), QString::number(m.severity),
                     m.state < 0 ? QString() : QString::number(m.state),
                     m.isError ? tr("Error: %1").arg(m.text) : m.text});
    }
    return heading(3, tr("What the server said")) +
           table({tr("Time (UTC)"), tr("Command"), tr("Number"), tr("Severity"), tr("State"), tr("Message")},
                 rows, {11, 14, 12, 14, 9, 40});
}

QString ReportHtml::states(const RunRecord::Section& s) const
{
    if (s.states.isEmpty())
        return {};
    QList<QStringList> rows;
    for (const RunRecord::StateChange& state : s.states) {
        QString detail = state.summary;
        if (!state.remedy.isEmpty())
            detail += QLatin1Char('\n') + tr("Remedy: %1").arg(state.remedy);
        if (state.hasError)
            detail += QLatin1Char('\n') +
                      tr("Error %1: %2").arg(QString::number(state.errorNumber), state.errorText);
        rows.append(
            {ReportTexts::timeOfDay(state.utc), ReportTexts::stepStatus(state.status), detail.trimmed()});
    }
    return heading(3, tr("How the step went")) +
           table({tr("Time (UTC)"), tr("Status"), tr("Details")}, rows, {12, 16, 72});
}

QString ReportHtml::screenshots(const RunRecord::Section& s) const
{
    if (s.screenshots.isEmpty())
        return {};
    QString html = heading(3, tr("Screenshots"));
    for (const RunRecord::Screenshot& shot : s.screenshots)
        html += screenshot(shot);
    return html;
}

QString ReportHtml::screenshot(const RunRecord::Screenshot& shot) const
{
    QString check;
    if (!shot.fileFound)
        check = RunRecord::isSafeRelativePath(shot.file) ? tr("The file is missing.")
                                                         : tr("The path leaves the run folder; not shown.");
    else if (!shot.hashMatches)
        check = tr("The file does NOT match this hash: it was changed after it was taken.");
    QString html =
        QStringLiteral("<p><b>%1</b><br>%2")
            .arg(escaped(tr("%1 UTC, %2, page %3")
                             .arg(ReportTexts::timeOfDay(shot.utc),
                                  ReportTexts::screenshotReason(shot.reason), orNotRecorded(shot.page))),
                 escaped(tr("File %1, SHA-256 %2").arg(shot.file, shot.sha256)));
    if (!check.isEmpty())
        html += QStringLiteral("<br><span style=\"color:%1\"><b>%2</b></span>").arg(red, escaped(check));
    html += QStringLiteral("</p>");
    if (!shot.fileFound)
        return html;

    if (m_target == Target::Browser) {
        // Relative, percent-encoded and escaped: the page works wherever the folder is copied to.
        const QString url = QString::fromLatin1(
            QUrl::toPercentEncoding(QString(shot.file).replace(QLatin1Char('\\'), QLatin1Char('/')), "/"));
        return html + QStringLiteral("<p><a href=\"%1\"><img class=\"shot\" src=\"%1\" width=\"800\" "
                                     "alt=\"%2\"></a></p>")
                          .arg(url.toHtmlEscaped(), escaped(tr("Screenshot %1").arg(shot.file)));
    }
    const auto image = m_pdfImages.constFind(shot.file);
    if (image == m_pdfImages.cend())
        return html + QStringLiteral("<p style=\"color:%1\">%2</p>")
                          .arg(red, escaped(tr("The file is not a readable image.")));
    return html + QStringLiteral("<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>")
                      .arg(image->resource.toString().toHtmlEscaped(), QString::number(image->size.width()),
                           QString::number(image->size.height()));
}

} // namespace pchat
