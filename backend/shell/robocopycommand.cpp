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
    return command(source, destination, fileNames, {});
}

QString RobocopyCommand::copyMissing(const QString& source, const QString& destination,
                                     const QString& database)
{
    if (database.contains(u'*') || database.contains(u'?'))
        return {};
    return command(source, destination, {database + QStringLiteral("_*.trn")},
                   {QStringLiteral("/XC"), QStringLiteral("/XN"), QStringLiteral("/XO")});
}

QString RobocopyCommand::command(const QString& source, const QString& destination,
                                 const QStringList& fileNames, const QStringList& selection)
{
    const auto usable = [&selection](const QString& name) {
        // A pattern's * is robocopy's wildcard; anything else Windows refuses in a name is refused here too.
        return isUsableFileName(selection.isEmpty() ? name : QString(name).remove(u'*'));
    };
    if (fileNames.isEmpty() || !isUsableFolder(source) || !isUsableFolder(destination) ||
        !std::all_of(fileNames.begin(), fileNames.end(), usable)) {
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
    arguments << selection;
    // /COPY:DAT: data, attributes, times (the default, named so the operator sees it). /R:2 /W:5: robocopy
    // retries a million times, 30 s apart, by default; a share of a lost data center must fail fast. /NP: no
    // percentages, so the output stays readable when it is pasted into the report.
    arguments << QStringLiteral("/COPY:DAT") << QStringLiteral("/R:2") << QStringLiteral("/W:5")
              << QStringLiteral("/NP");
    return arguments.join(u' ');
}

} // namespace pchat
