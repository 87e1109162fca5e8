// A drill fault of the lab, its kind with typed arguments: parsed from and written as its name
// ("restore-page-error:PCSQL01\PCHAT", "db-in-use:mgc", "slow:40") here and nowhere else.
#pragma once

#include <optional>
#include <QStringList>

namespace pchatlab {

struct Instance;

enum class FaultKind
{
    LoginFails,          // [:<instance>|<login>]
    ShareNotReadable,    // :<account>
    ShareNotWritable,    // :<account>
    DbInUse,             // :[<instance>:]<database>
    DbRecovering,        // :[<instance>:]<database>
    RestorePageError,    // [:<instance>]
    RestoreReadFails,    // [:<instance>]
    BackupDropAt,        // :<percent>
    RestoreDropAt,       // :<percent>
    NoSpace,             // [:<instance>]
    AgentStopped,        // [:<instance>]
    Slow,                // :[<instance>:]<milliseconds>
    ShellCmdletFails,    // [:<Cmdlet-Name>]
    LogBackupMissing,    // the first log backup on the share that the copy job had not copied at the disaster
    MirrorInstallFails,  // [:<instance>] Install-CsMirrorDatabase cannot reach the mirror
    InstanceUnreachable, // [:<instance>] the network to the instance is cut: refused and dropped connections
    ShellHangs,          // [:<Cmdlet-Name>] the cmdlet never answers (a Central Management Store that hangs)
};

class Fault
{
public:
    // Names are read without regard to case and kept in lower case, as the lab has always listed them.
    // Nothing for a name the lab does not know or whose arguments do not fit its kind.
    static std::optional<Fault> parse(const QString& name);
    // Every fault the lab knows, with its arguments in <...> (for --help and the control port).
    static QStringList catalog();
    static QString kindName(FaultKind kind);

    FaultKind kind() const { return m_kind; }
    // The instance, login, account or cmdlet the fault strikes; empty for every one.
    const QString& target() const { return m_target; }
    const QString& database() const { return m_database; }
    // The percent of a drop fault or the milliseconds of "slow".
    int amount() const { return m_amount; }
    QString name() const;

    // No target, or the instance's server or machine name.
    bool strikes(const Instance& instance) const;
    // The target is this login, account or cmdlet (case-insensitive).
    bool targets(const QString& name) const;

    bool operator==(const Fault& other) const = default;

private:
    explicit Fault(FaultKind kind)
        : m_kind(kind)
    {
    }

    FaultKind m_kind;
    QString m_target;
    QString m_database;
    int m_amount = 0;
};

} // namespace pchatlab
