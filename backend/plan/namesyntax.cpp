#include "namesyntax.h"

#include <algorithm>
#include <QRegularExpression>

namespace pchat {

namespace {

// Components after the root; a single trailing backslash is allowed, empty components elsewhere are not.
bool hasValidComponents(const QStringList& components)
{
    for (qsizetype i = 0; i < components.size(); ++i) {
        if (components.at(i).isEmpty() && i != components.size() - 1)
            return false;
        if (components.at(i) == QLatin1String(".") || components.at(i) == QLatin1String(".."))
            return false;
    }
    return true;
}

bool anyForbidden(const QStringList& components)
{
    return std::any_of(components.begin(), components.end(), NameSyntax::hasForbiddenNameChar);
}

} // namespace

bool NameSyntax::hasForbiddenNameChar(const QString& component)
{
    static const QString forbidden = QStringLiteral("<>:\"/|?*");
    return std::any_of(component.begin(), component.end(), [](QChar c) { return forbidden.contains(c); });
}

bool NameSyntax::isHostName(const QString& host)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$"));
    return pattern.match(host).hasMatch() && !host.contains(QStringLiteral(".."));
}

bool NameSyntax::isInstanceName(const QString& instance)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_$#]{0,15}$"));
    return pattern.match(instance).hasMatch();
}

bool NameSyntax::isServerName(const QString& name)
{
    const qsizetype slash = name.indexOf(u'\\');
    if (slash < 0)
        return isHostName(name);
    return isHostName(name.left(slash)) && isInstanceName(name.mid(slash + 1));
}

bool NameSyntax::isConnectAddress(const QString& address)
{
    const qsizetype comma = address.indexOf(u',');
    if (comma < 0)
        return isServerName(address);
    bool ok = false;
    const int port = address.mid(comma + 1).toInt(&ok);
    return isHostName(address.left(comma)) && ok && port >= 1 && port <= 65535 &&
           !address.mid(comma + 1).startsWith(u'+');
}

bool NameSyntax::isFqdn(const QString& name)
{
    if (name.size() > 253)
        return false;
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = name.split(u'.');
    if (labels.size() < 2)
        return false;
    return std::all_of(labels.begin(), labels.end(),
                       [](const QString& part) { return label.match(part).hasMatch(); });
}

NameSyntax::PathProblem NameSyntax::checkUncPath(const QString& path)
{
    if (!path.startsWith(QStringLiteral("\\\\")))
        return PathProblem::WrongForm;
    const QStringList components = path.mid(2).split(u'\\');
    if (anyForbidden(components))
        return PathProblem::ForbiddenChar;
    if (components.size() < 2 || !isHostName(components.at(0)) || components.at(1).isEmpty() ||
        !hasValidComponents(components.mid(1)))
        return PathProblem::WrongForm;
    return PathProblem::None;
}

NameSyntax::PathProblem NameSyntax::checkLocalPath(const QString& path)
{
    static const QRegularExpression root(QStringLiteral("^[A-Za-z]:\\\\"));
    if (!root.match(path).hasMatch())
        return PathProblem::WrongForm;
    const QString rest = path.mid(3);
    if (rest.isEmpty())
        return PathProblem::None;
    const QStringList components = rest.split(u'\\');
    if (anyForbidden(components))
        return PathProblem::ForbiddenChar;
    if (!hasValidComponents(components))
        return PathProblem::WrongForm;
    return PathProblem::None;
}

} // namespace pchat
