#include "commandpreview.h"

#include <QAbstractTextDocumentLayout>
#include <QFontDatabase>

namespace pchat {

CommandPreview::CommandPreview(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    // Read-only text is passed with Tab, not a place where Tab stays (keyboard-only operators).
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void CommandPreview::setCommand(const QString& text)
{
    setPlainText(text);
    fitHeight();
}

void CommandPreview::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    fitHeight();
}

void CommandPreview::fitHeight()
{
    // The plain-text layout measures its size in visual lines, wrapped ones included.
    const int lines = std::clamp(int(document()->documentLayout()->documentSize().height()), 1, 12);
    const int height =
        fontMetrics().lineSpacing() * lines + 2 * frameWidth() + int(2 * document()->documentMargin()) + 4;
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace pchat
