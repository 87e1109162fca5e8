#include "lab/shell/powershellerrorrecord.h"

#include <algorithm>

namespace pchatlab {

PowerShellErrorRecord PowerShellErrorRecord::command(const QString& commandName, const QString& message,
                                                     const PowerShellExtent& extent)
{
    PowerShellErrorRecord r;
    r.m_commandName = commandName;
    r.m_message = message;
    r.m_extent = extent;
    return r;
}

PowerShellErrorRecord PowerShellErrorRecord::syntax(const PowerShellSyntaxError& error)
{
    PowerShellErrorRecord r;
    r.m_syntax = true;
    r.m_message = error.message;
    r.m_extent = error.extent;
    r.m_category = QStringLiteral("ParserError");
    r.m_reason = QStringLiteral("ParentContainsErrorRecordException");
    r.m_errorId = error.errorId;
    return r;
}

PowerShellErrorRecord& PowerShellErrorRecord::category(const QString& category, const QString& reason)
{
    m_category = category;
    m_reason = reason;
    return *this;
}

PowerShellErrorRecord& PowerShellErrorRecord::target(const QString& name, const QString& type)
{
    m_targetName = name;
    m_targetType = type;
    return *this;
}

PowerShellErrorRecord& PowerShellErrorRecord::activity(const QString& activity)
{
    m_activity = activity;
    return *this;
}

PowerShellErrorRecord& PowerShellErrorRecord::errorId(const QString& fullyQualifiedErrorId)
{
    m_errorId = fullyQualifiedErrorId;
    return *this;
}

QString PowerShellErrorRecord::format(const QString& line) const
{
    const qsizetype start = std::clamp<qsizetype>(m_extent.start, 0, line.size());
    const qsizetype length = std::max<qsizetype>(1, m_extent.length());
    QString out;
    if (!m_syntax)
        out += m_commandName + QStringLiteral(" : ") + m_message + u'\n';
    out += QStringLiteral("At line:1 char:%1\n").arg(start + 1);
    out += QStringLiteral("+ ") + line + u'\n';
    out += QStringLiteral("+ ") + QString(start, u' ') + QString(length, u'~') + u'\n';
    if (m_syntax)
        out += m_message + u'\n';
    out += QStringLiteral("    + CategoryInfo          : %1: (%2:%3) [%4], %5\n")
               .arg(m_category, m_targetName, m_targetType, m_activity, m_reason);
    out += QStringLiteral("    + FullyQualifiedErrorId : %1\n").arg(m_errorId);
    // PowerShell 5.1 ends each record with a line holding one space.
    out += QStringLiteral(" \n");
    return out;
}

} // namespace pchatlab
