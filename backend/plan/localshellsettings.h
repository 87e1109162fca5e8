// The management shell's program and arguments are a setting of this computer, never plan content: a plan file
// is shared for change approval and must not choose which program starts. Saved in the user's settings (the
// Environment page), overridden for one process by --shell-program/--shell-arguments.
#pragma once

#include "lyncsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pchat {

class LocalShellSettings
{
    Q_DECLARE_TR_FUNCTIONS(LocalShellSettings)

public:
    // Sets lync's shell program and arguments: the command line's, else the saved ones, else the defaults.
    static void apply(LyncSettings& lync);
    // Remembers the operator's choice in the user's settings.
    static void save(const QString& program, const QStringList& arguments);
    // --shell-program / --shell-arguments for this process (an empty program: none given).
    static void setOverride(const QString& program, const QStringList& arguments);
    // The plan keys that are read no longer, and the warning for a plan file that carries them.
    static QStringList planKeys();
    static QString ignoredWarning(const QStringList& keys);
};

} // namespace pchat
