#include "logpane.h"

#include "log/logging.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <spdlog/sinks/qt_sinks.h>

namespace pchat {

LogPane::LogPane(QWidget* parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("logPane"));
    setReadOnly(true);
    setMaximumBlockCount(2000);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_sink = std::make_shared<spdlog::sinks::qt_sink_mt>(this, "appendLine");
    m_sink->set_pattern("%H:%M:%S %L %v");
    Logging::addSink(m_sink);
}

LogPane::~LogPane()
{
    // The sink keeps a raw pointer to this widget: take it out before the widget is gone.
    Logging::removeSink(m_sink);
}

void LogPane::appendLine(const QString& line)
{
    // Follow new lines unless the operator scrolled up to read older ones.
    QScrollBar* scroll = verticalScrollBar();
    const bool following = scroll->value() >= scroll->maximum() - 2;
    appendPlainText(line);
    if (following)
        scroll->setValue(scroll->maximum());
}

} // namespace pchat
