#include "robocopycommand.h"

#include "backend/plan/namesyntax.h"
#include "backend/plan/unsafetext.h"
#include "powershellquote.h"

#include <algorithm>

namespace pchat {

namespace {

bool hasControl(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return UnsafeText::isControl(c); });
}

bool isUsableFolder(const QString& folder)
{
    static const QString refused = QStringLiteral("\"<>|?*");
    if (folder.isEmpty() || folder.startsWith(u'/') || hasControl(folder))
        return false;
    return std::none_of(folder.begin(), folder.end(), [](QChar c) { return refused.contains(c); });
}

bool isUsableFileName(const QString& name)
{
    return !name.isEmpty() && !hasControl(name) && !name.contains(u'\\') &&
           !NameSyntax::hasForbiddenNameChar(name);
}

} // namespace

QString RobocopyCommand::folderArgument(const QString& folder)
{
    QString trimmed = folder;
    while (trimmed.endsWith(u'\\'))
        trimmed.chop(1);
    // "E:" alone would mean the current directory of drive E.
    if (trimmed.size() == 2 && trimmed.at(1) == u':')
        trimmed += QStringLiteral("\\.");
    return trimmed;
}

QString RobocopyCommand::copyFiles(const QString& source, const QString& destination,
                                   const QStringList& fileNames)
{
    if (fileNames.isEmpty() || !isUsableFolder(source) || !isUsableFolder(destination) ||
        !std::all_of(fileNames.begin(), fileNames.end(), isUsableFileName)) {
        return {};
    }
    const QString from = folderArgument(source);
    const QString to = folderArgument(destination);
    if (from.isEmpty() || to.isEmpty())
        return {};
    QStringList arguments{QStringLiteral("robocopy"), PowerShellQuote::literal(from),
                          PowerShellQuote::literal(to)};
    for (const QString& name : fileNames)
        arguments << PowerShellQuote::literal(name);
    // /COPY:DAT: data, attributes, times (the default, named so the operator sees it). /R:2 /W:5: robocopy
    // retries a million times, 30 s apart, by default; a share of a lost data center must fail fast. /NP: no
    // percentages, so the output stays readable when it is pasted into the report.
    arguments << QStringLiteral("/COPY:DAT") << QStringLiteral("/R:2") << QStringLiteral("/W:5")
              << QStringLiteral("/NP");
    return arguments.join(u' ');
}

} // namespace pchat
