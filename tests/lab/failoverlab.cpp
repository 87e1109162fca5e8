#include "failoverlab.h"

#include <QRegularExpression>

void FailoverLab::startLab(const QStringList& args, const QString& scenario)
{
    m_lab = std::make_unique<LabProcess>(QStringList{QStringLiteral("--scenario"), scenario} + args);
    ASSERT_TRUE(m_lab->started());
}

QString FailoverLab::sql(const char* instance, const QString& batch)
{
    return LabProcess::runTsql(m_lab->port(QString::fromLatin1(instance)),
                               batch + QStringLiteral("\ngo\nexit\n"));
}

QVector<QStringList> FailoverLab::rows(const char* instance, const QString& query)
{
    const QStringList lines = sql(instance, query).split(u'\n');
    QVector<QStringList> result;
    bool header = true;
    for (QString line : lines) {
        // tsql prompts ("1> 2> ") before the first line of each result.
        line.remove(u'\r');
        line.remove(QRegularExpression(QStringLiteral("^(\\d+> )+")));
        if (line.startsWith(QLatin1String("locale")) || line.startsWith(QLatin1String("using default")))
            continue;
        if (line.startsWith(QLatin1String("(return status")))
            continue;
        if (line.startsWith(u'(') && line.contains(QLatin1String("row")))
            break;
        if (line.isEmpty())
            continue;
        if (header) {
            header = false;
            continue;
        }
        result.append(line.split(u'\t'));
    }
    return result;
}

QStringList FailoverLab::files(const char* instance, const QString& folder)
{
    QStringList names;
    for (const QStringList& row :
         rows(instance, QStringLiteral("EXEC master.sys.xp_dirtree N'%1', 1, 1").arg(folder)))
        names << row.value(0);
    return names;
}

ShellRun FailoverLab::shell(const QString& lines)
{
    return LabProcess::runShell(m_lab->controlPort(), QStringLiteral("Import-Module Lync\n") + lines + u'\n');
}
