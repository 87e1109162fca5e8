#include "logpane.h"

#include "backend/log/logging.h"
#include "backend/log/operatorlog.h"

#include <QDir>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
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
    const QColor colour = level >= spdlog::level::err    ? QColor(0xb3, 0x26, 0x1e)
                          : level >= spdlog::level::warn ? QColor(0x8a, 0x53, 0x00)
                                                         : palette().color(QPalette::Text);
    // Every line in its own colour, set on the text itself: a server's text is never read as markup, and a
    // plain line after a coloured one does not take on its colour. Inserted through a cursor, not as HTML:
    // parsing a fragment per line cost a millisecond on every Next.
    QTextCharFormat format;
    format.setForeground(colour);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    if (!document()->isEmpty())
        cursor.insertBlock(QTextBlockFormat(), format);
    cursor.insertText(line, format);
    cursor.endEditBlock();
    if (following)
        scroll->setValue(scroll->maximum());
}

} // namespace pchat
