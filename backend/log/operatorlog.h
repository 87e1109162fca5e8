// What the operator reads in the log pane: each line in the user's language, and in English in the log file
// (support reads that one).
#pragma once

#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <spdlog/common.h>

namespace pchat {

class OperatorLog : public QObject
{
    Q_OBJECT

public:
    static OperatorLog& instance();

    // source is a QT_TRANSLATE_NOOP("OperatorLog", "…") text with %1, %2…: the log file gets it in English,
    // the pane in the language of the moment. Safe from any thread.
    static void info(const char* source, const QStringList& arguments = {});
    static void warn(const char* source, const QStringList& arguments = {});
    static void error(const char* source, const QStringList& arguments = {});

    // Fills %1, %2… in one pass, so that an argument that itself contains "%1" (a job name, a server
    // message) stays as it is.
    static QString fill(const QString& text, const QStringList& arguments);

Q_SIGNALS:
    // text is already translated; level is an spdlog::level::level_enum. Emitted on the thread that logged.
    void lineAdded(const QDateTime& at, int level, const QString& text);

private:
    OperatorLog() = default;
    static void write(spdlog::level::level_enum level, const char* source, const QStringList& arguments);
};

} // namespace pchat
