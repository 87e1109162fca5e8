#include "operatorlog.h"

#include "logging.h"
#include "qstringformatter.h"

#include <QCoreApplication>

namespace pchat {

OperatorLog& OperatorLog::instance()
{
    static OperatorLog log;
    return log;
}

void OperatorLog::info(const char* source, const QStringList& arguments)
{
    write(spdlog::level::info, source, arguments);
}

void OperatorLog::warn(const char* source, const QStringList& arguments)
{
    write(spdlog::level::warn, source, arguments);
}

void OperatorLog::error(const char* source, const QStringList& arguments)
{
    write(spdlog::level::err, source, arguments);
}

QString OperatorLog::fill(const QString& text, const QStringList& arguments)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'%' || i + 1 >= text.size() || !text.at(i + 1).isDigit()) {
            result += text.at(i);
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < text.size() && text.at(end).isDigit() && number < 100)
            number = number * 10 + text.at(end++).digitValue();
        if (number >= 1 && number <= arguments.size()) {
            result += arguments.at(number - 1);
            i = end - 1;
        } else {
            result += text.at(i);
        }
    }
    return result;
}

void OperatorLog::write(spdlog::level::level_enum level, const char* source, const QStringList& arguments)
{
    Logging::logger()->log(level, "{}", fill(QString::fromUtf8(source), arguments));
    Q_EMIT instance().lineAdded(QDateTime::currentDateTime(), int(level),
                                fill(QCoreApplication::translate("OperatorLog", source), arguments));
}

} // namespace pchat
