#include "lab/shell/cmdletbinder.h"

namespace pchatlab {

namespace {

// How PowerShell shows an argument in "A positional parameter cannot be found that accepts argument 'X'."
QString argumentText(const PowerShellValue& value)
{
    switch (value.kind) {
    case PowerShellValue::Kind::Null:
        return QStringLiteral("$null");
    case PowerShellValue::Kind::Array:
        return QStringLiteral("System.Object[]");
    case PowerShellValue::Kind::Hashtable:
        return QStringLiteral("System.Collections.Hashtable");
    default:
        return value.text;
    }
}

} // namespace

CmdletBinder::CmdletBinder(const QString& commandName, const QString& errorIdSuffix,
                           const QList<CmdletParameter>& parameters)
    : m_commandName(commandName)
    , m_errorIdSuffix(errorIdSuffix)
    , m_parameters(parameters)
{
    // The common parameters every cmdlet accepts; the lab shell ignores their effect.
    m_parameters.append({QStringLiteral("Verbose"), true});
    m_parameters.append({QStringLiteral("Debug"), true});
    m_parameters.append({QStringLiteral("ErrorAction"), false, -1,
                         QStringLiteral("System.Management.Automation.ActionPreference")});
    m_parameters.append({QStringLiteral("WarningAction"), false, -1,
                         QStringLiteral("System.Management.Automation.ActionPreference")});
}

PowerShellErrorRecord CmdletBinder::bindingError(const QString& message, const QString& errorId,
                                                 const PowerShellExtent& extent) const
{
    PowerShellErrorRecord r = PowerShellErrorRecord::command(m_commandName, message, extent);
    r.category(QStringLiteral("InvalidArgument"), QStringLiteral("ParameterBindingException"))
        .activity(m_commandName)
        .errorId(errorId + u',' + m_errorIdSuffix);
    return r;
}

PowerShellErrorRecord CmdletBinder::ambiguousParameterSet(const PowerShellExtent& extent) const
{
    return bindingError(
        QStringLiteral("Parameter set cannot be resolved using the specified named parameters."),
        QStringLiteral("AmbiguousParameterSet"), extent);
}

bool CmdletBinder::isOn(const QString& parameter) const
{
    if (!has(parameter))
        return false;
    const PowerShellValue v = value(parameter);
    return v.kind == PowerShellValue::Kind::Bool ? v.boolValue : true;
}

const CmdletParameter* CmdletBinder::resolve(const PowerShellArgument& argument)
{
    const QString& name = argument.parameterName;
    QList<const CmdletParameter*> matches;
    for (const CmdletParameter& p : std::as_const(m_parameters)) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
        if (p.name.startsWith(name, Qt::CaseInsensitive))
            matches.append(&p);
    }
    if (matches.size() == 1)
        return matches.first();
    if (matches.isEmpty()) {
        m_error = bindingError(
            QStringLiteral("A parameter cannot be found that matches parameter name '%1'.").arg(name),
            QStringLiteral("NamedParameterNotFound"), argument.extent);
    } else {
        QStringList names;
        for (const CmdletParameter* p : std::as_const(matches))
            names.append(u'-' + p->name);
        m_error =
            bindingError(QStringLiteral("Parameter cannot be processed because the parameter name '%1' is "
                                        "ambiguous. Possible matches include: %2.")
                             .arg(name, names.join(u' ')),
                         QStringLiteral("AmbiguousParameter"), argument.extent);
    }
    return nullptr;
}

void CmdletBinder::store(const CmdletParameter& parameter, const PowerShellValue& value,
                         const PowerShellExtent& extent)
{
    m_values.insert(parameter.name.toLower(), value);
    m_extents.insert(parameter.name.toLower(), extent);
}

bool CmdletBinder::bind(const PowerShellStatement& statement)
{
    m_values.clear();
    m_extents.clear();
    m_error.reset();
    std::vector<const PowerShellArgument*> positional;
    const auto& args = statement.arguments;
    for (size_t i = 0; i < args.size(); ++i) {
        const PowerShellArgument& arg = args[i];
        if (!arg.isParameter) {
            positional.push_back(&arg);
            continue;
        }
        const CmdletParameter* p = resolve(arg);
        if (!p)
            return false;
        if (has(p->name)) {
            m_error =
                bindingError(QStringLiteral("Cannot bind parameter because parameter '%1' is specified more "
                                            "than once. To provide multiple values to parameters that can "
                                            "accept multiple values, use the array syntax. For example, "
                                            "\"-parameter value1,value2,value3\".")
                                 .arg(p->name),
                             QStringLiteral("ParameterAlreadyBound"), arg.extent);
            return false;
        }
        if (arg.hasAttachedValue) {
            store(*p, arg.value, arg.extent);
        } else if (p->isSwitch) {
            PowerShellValue on;
            on.kind = PowerShellValue::Kind::Bool;
            on.boolValue = true;
            on.text = QStringLiteral("True");
            store(*p, on, arg.extent);
        } else if (i + 1 < args.size() && !args[i + 1].isParameter) {
            ++i;
            store(*p, args[i].value, {arg.extent.start, args[i].extent.end});
        } else {
            m_error =
                bindingError(QStringLiteral("Missing an argument for parameter '%1'. Specify a parameter of "
                                            "type '%2' and try again.")
                                 .arg(p->name, p->typeName),
                             QStringLiteral("MissingArgument"), arg.extent);
            return false;
        }
    }
    // Named arguments bind first; the rest fill the positional parameters still unbound, in position order.
    QList<const CmdletParameter*> openSlots;
    for (const CmdletParameter& p : std::as_const(m_parameters)) {
        if (p.position >= 0 && !has(p.name))
            openSlots.append(&p);
    }
    std::sort(openSlots.begin(), openSlots.end(),
              [](const CmdletParameter* a, const CmdletParameter* b) { return a->position < b->position; });
    for (size_t i = 0; i < positional.size(); ++i) {
        if (qsizetype(i) >= openSlots.size()) {
            m_error =
                bindingError(QStringLiteral("A positional parameter cannot be found that accepts argument "
                                            "'%1'.")
                                 .arg(argumentText(positional[i]->value)),
                             QStringLiteral("PositionalParameterNotFound"), statement.extent);
            return false;
        }
        store(*openSlots[i], positional[i]->value, positional[i]->extent);
    }
    return true;
}

} // namespace pchatlab
