#include "shellresult.h"

#include <QRegularExpression>

namespace pchat {

QString ShellResult::errorText() const
{
    if (!errorRecords.isEmpty())
        return errorRecords.join(QLatin1Char('\n'));
    return standardError.trimmed();
}

QList<QMap<QString, QString>> ShellResult::parseObjects(const QString& output)
{
    static const QRegularExpression property(QStringLiteral("^(\\S[^:]*?)\\s*:\\s?(.*)$"));
    QList<QMap<QString, QString>> objects;
    QMap<QString, QString> current;
    QString lastName;
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                objects << current;
            current.clear();
            lastName.clear();
            continue;
        }
        // Format-List wraps long values onto lines indented past the names.
        if (line.at(0).isSpace() && !lastName.isEmpty()) {
            current[lastName] += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const QRegularExpressionMatch match = property.match(line);
        if (!match.hasMatch())
            continue;
        lastName = match.captured(1).trimmed();
        current.insert(lastName, match.captured(2).trimmed());
    }
    if (!current.isEmpty())
        objects << current;
    return objects;
}

QStringList ShellResult::parseErrorRecords(const QString& errorOutput)
{
    QStringList records;
    QStringList record;
    const auto flush = [&records, &record] {
        if (record.isEmpty())
            return;
        QString first = record.constFirst();
        if (first.startsWith(QLatin1String("At line:")) || first.startsWith(QLatin1String("At char:"))) {
            // A parser error: its position comes first, the message after the "+ " lines that show it.
            for (const QString& line : std::as_const(record).mid(1)) {
                if (!line.startsWith(QLatin1String("+ ")) && !line.startsWith(QLatin1String("    + ")) &&
                    line != QLatin1String("+")) {
                    first = line.trimmed();
                    break;
                }
            }
        }
        records << first;
        record.clear();
    };
    const QStringList lines = errorOutput.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            flush();
            continue;
        }
        record << line;
    }
    flush();
    return records;
}

} // namespace pchat
