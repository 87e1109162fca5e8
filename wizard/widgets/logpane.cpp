#include "logpane.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"

#include <QDir>
#include <QScrollBar>
#include <QTextBlock>
#include <spdlog/common.h>

namespace pchat {

LogPane::LogPane(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logPane"));
    setReadOnly(true);
    setTabChangesFocus(true);
    setMaximumBlockCount(2000);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(&OperatorLog::instance(), &OperatorLog::lineAdded, this, &LogPane::appendLine);
    retranslateUi();
}

void LogPane::retranslateUi()
{
    const QString path = QDir::toNativeSeparators(Logging::logFilePath());
    setToolTip(tr("What the wizard did, in your language. Support reads the log file, which is written in "
                  "English: %1")
                   .arg(path));
    setAccessibleName(tr("Log"));
    // The pane says once where the full log is; a language switch rewrites that first line.
    const QString note = tr("The full log for support (in English): %1").arg(path);
    if (m_fileNote.isEmpty()) {
        appendPlainText(note);
    } else if (document()->firstBlock().text() == m_fileNote) {
        QTextCursor cursor(document()->firstBlock());
        cursor.select(QTextCursor::BlockUnderCursor);
        cursor.insertText(note);
    }
    m_fileNote = note;
}

void LogPane::appendLine(const QDateTime& at, int level, const QString& text)
{
    // Follow new lines unless the operator scrolled up to read older ones.
    QScrollBar* scroll = verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    const QString line = QStringLiteral("%1  %2").arg(at.toString(QStringLiteral("HH:mm:ss")), text);
    // Every line with its own format, as plain text: a server's text is never read as markup, and a plain
    // line after a coloured one does not take on its colour. Plain lines keep the palette's text colour (also
    // after a palette change). appendHtml parsed a fragment per line, a millisecond on every Next;
    // appendPlainText inserts with the current format and keeps QPlainTextEdit's trimming and scrolling.
    QTextCharFormat format;
    if (level >= spdlog::level::err)
        format.setForeground(QColor(0xb3, 0x26, 0x1e));
    else if (level >= spdlog::level::warn)
        format.setForeground(QColor(0x8a, 0x53, 0x00));
    setCurrentCharFormat(format);
    appendPlainText(line);
    if (following)
        scroll->setValue(scroll->maximum());
}

} // namespace pchat
