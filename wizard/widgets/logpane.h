// Shows the operator's log (OperatorLog) in the user's language, from any thread; the log file beside it
// stays English for support.
#pragma once

#include <QDateTime>
#include <QPlainTextEdit>

namespace pchat {

class LogPane : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit LogPane(QWidget* parent = nullptr);

    void retranslateUi();

public Q_SLOTS:
    void appendLine(const QDateTime& at, int level, const QString& text);

private:
    QString m_fileNote;
};

} // namespace pchat
