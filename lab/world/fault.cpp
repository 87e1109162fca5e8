#include "lab/world/fault.h"

#include "lab/world/instance.h"

namespace pchatlab {

namespace {

// How a kind's arguments are written after its name.
enum class Arguments
{
    OptionalTarget,      // [:<target>]
    Target,              // :<target>
    InstanceAndDatabase, // :[<instance>:]<database>
    Amount,              // :<number>
    InstanceAndAmount,   // :[<instance>:]<number>
    None,                // nothing after the name
};

struct KindSpec
{
    FaultKind kind;
    const char* name;
    Arguments arguments;
    const char* syntax;
};

constexpr KindSpec kKinds[] = {
    {FaultKind::LoginFails, "login-fails", Arguments::OptionalTarget, "[:<instance>|<login>]"},
    {FaultKind::ShareNotReadable, "share-not-readable", Arguments::Target, ":<account>"},
    {FaultKind::ShareNotWritable, "share-not-writable", Arguments::Target, ":<account>"},
    {FaultKind::DbInUse, "db-in-use", Arguments::InstanceAndDatabase, ":[<instance>:]<database>"},
    {FaultKind::DbRecovering, "db-recovering", Arguments::InstanceAndDatabase, ":[<instance>:]<database>"},
    {FaultKind::RestorePageError, "restore-page-error", Arguments::OptionalTarget, "[:<instance>]"},
    {FaultKind::RestoreReadFails, "restore-read-fails", Arguments::OptionalTarget, "[:<instance>]"},
    {FaultKind::BackupDropAt, "backup-drop-at", Arguments::Amount, ":<percent>"},
    {FaultKind::RestoreDropAt, "restore-drop-at", Arguments::Amount, ":<percent>"},
    {FaultKind::NoSpace, "no-space", Arguments::OptionalTarget, "[:<instance>]"},
    {FaultKind::AgentStopped, "agent-stopped", Arguments::OptionalTarget, "[:<instance>]"},
    {FaultKind::Slow, "slow", Arguments::InstanceAndAmount, ":[<instance>:]<milliseconds>"},
    {FaultKind::ShellCmdletFails, "shell-cmdlet-fails", Arguments::OptionalTarget, "[:<Cmdlet-Name>]"},
    {FaultKind::LogBackupMissing, "log-backup-missing", Arguments::None, ""},
    {FaultKind::MirrorInstallFails, "mirror-install-fails", Arguments::OptionalTarget, "[:<instance>]"},
    {FaultKind::InstanceUnreachable, "instance-unreachable", Arguments::OptionalTarget, "[:<instance>]"},
    {FaultKind::ShellHangs, "shell-hangs", Arguments::OptionalTarget, "[:<Cmdlet-Name>]"},
};

const KindSpec& specOf(FaultKind kind)
{
    for (const KindSpec& spec : kKinds) {
        if (spec.kind == kind)
            return spec;
    }
    Q_UNREACHABLE();
}

} // namespace

std::optional<Fault> Fault::parse(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    const QString kindText = lower.section(QLatin1Char(':'), 0, 0);
    const bool hasArgument = lower.contains(QLatin1Char(':'));
    const QString argument = lower.section(QLatin1Char(':'), 1);
    for (const KindSpec& spec : kKinds) {
        if (kindText != QLatin1String(spec.name))
            continue;
        Fault fault(spec.kind);
        // The instance is optional before the last part: "db-in-use:mgc" or "db-in-use:pcsql01\pchat:mgc".
        const QString last = argument.section(QLatin1Char(':'), -1);
        const QString before =
            argument.contains(QLatin1Char(':')) ? argument.section(QLatin1Char(':'), 0, -2) : QString();
        bool numeric = true;
        switch (spec.arguments) {
        case Arguments::None:
            if (hasArgument)
                return std::nullopt;
            break;
        case Arguments::OptionalTarget:
            fault.m_target = argument;
            break;
        case Arguments::Target:
            fault.m_target = argument;
            if (argument.isEmpty())
                return std::nullopt;
            break;
        case Arguments::InstanceAndDatabase:
            fault.m_target = before;
            fault.m_database = last;
            if (last.isEmpty())
                return std::nullopt;
            break;
        case Arguments::Amount:
            fault.m_amount = argument.toInt(&numeric);
            break;
        case Arguments::InstanceAndAmount:
            fault.m_target = before;
            fault.m_amount = last.toInt(&numeric);
            break;
        }
        if (!numeric || (hasArgument && argument.isEmpty()))
            return std::nullopt;
        return fault;
    }
    return std::nullopt;
}

QStringList Fault::catalog()
{
    QStringList names;
    for (const KindSpec& spec : kKinds)
        names << QLatin1String(spec.name) + QLatin1String(spec.syntax);
    return names;
}

QString Fault::kindName(FaultKind kind)
{
    return QLatin1String(specOf(kind).name);
}

QString Fault::name() const
{
    QString name = kindName(m_kind);
    switch (specOf(m_kind).arguments) {
    case Arguments::None:
        return name;
    case Arguments::OptionalTarget:
    case Arguments::Target:
        return m_target.isEmpty() ? name : name + u':' + m_target;
    case Arguments::InstanceAndDatabase:
        return name + u':' + (m_target.isEmpty() ? QString() : m_target + u':') + m_database;
    case Arguments::Amount:
        return name + u':' + QString::number(m_amount);
    case Arguments::InstanceAndAmount:
        return name + u':' + (m_target.isEmpty() ? QString() : m_target + u':') + QString::number(m_amount);
    }
    return name;
}

bool Fault::strikes(const Instance& instance) const
{
    return m_target.isEmpty() || targets(instance.serverName()) || targets(instance.machineName);
}

bool Fault::targets(const QString& name) const
{
    return !m_target.isEmpty() && m_target.compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace pchatlab
