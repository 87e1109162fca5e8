// A read-only, monospaced view of a command or statement that a page is about to run.
#pragma once

#include <QPlainTextEdit>

namespace pchat {

class CommandPreview : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CommandPreview(QWidget* parent = nullptr);
    // Shows the text and fits the height to it, up to a limit.
    void setCommand(const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Fits the height to the wrapped lines, so that a command is read without scrolling.
    void fitHeight();
};

} // namespace pchat
