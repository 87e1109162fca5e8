// Shows the program's log lines as spdlog writes them, from any thread.
#pragma once

#include <QPlainTextEdit>
#include <spdlog/common.h>

namespace pchat {

class LogPane : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogPane(QWidget* parent = nullptr);
    ~LogPane() override;

public Q_SLOTS:
    // Invoked through spdlog's Qt sink, queued when the line comes from a worker thread.
    void appendLine(const QString& line);

private:
    spdlog::sink_ptr m_sink;
};

} // namespace pchat
