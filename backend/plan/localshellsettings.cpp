#include "localshellsettings.h"

#include <QSettings>

namespace pchat {

namespace {

const QString programKey = QStringLiteral("shell/program");
const QString argumentsKey = QStringLiteral("shell/arguments");

struct Override
{
    bool set = false;
    QString program;
    QStringList arguments;
};

Override& override()
{
    static Override value;
    return value;
}

} // namespace

void LocalShellSettings::apply(LyncSettings& lync)
{
    const LyncSettings defaults;
    if (override().set) {
        lync.shellProgram = override().program;
        lync.shellArguments = override().arguments;
        return;
    }
    const QSettings settings;
    lync.shellProgram = settings.value(programKey, defaults.shellProgram).toString();
    lync.shellArguments = settings.contains(argumentsKey) ? settings.value(argumentsKey).toStringList()
                                                          : defaults.shellArguments;
}

void LocalShellSettings::save(const QString& program, const QStringList& arguments)
{
    QSettings settings;
    settings.setValue(programKey, program);
    settings.setValue(argumentsKey, arguments);
}

void LocalShellSettings::setOverride(const QString& program, const QStringList& arguments)
{
    override() = {!program.isEmpty(), program, arguments};
}

QStringList LocalShellSettings::planKeys()
{
    return {QStringLiteral("lync.shellProgram"), QStringLiteral("lync.shellArguments")};
}

QString LocalShellSettings::ignoredWarning(const QStringList& keys)
{
    return tr("The plan names %1; this is ignored. Which program runs the Lync cmdlets is a setting of this "
              "computer (Environment page, or --shell-program and --shell-arguments), never of a shared plan.")
        .arg(keys.join(QStringLiteral(", ")));
}

} // namespace pchat
