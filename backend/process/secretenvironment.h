// Takes the passwords an unattended run reads from its environment out of that environment at start, so that
// no child process (PowerShell, the training lab) inherits them and they live in this process's memory only.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class SecretEnvironment
{
public:
    // PCHAT_BACKUP_PASSWORD and PCHAT_PRIMARY_PASSWORD.
    static QStringList names();
    // Reads each variable into memory and removes it from the environment; later calls keep what the first
    // one took. Call before any child process starts.
    static void take();
    // The value take() found; empty when the variable was not set.
    static QString value(const QString& name);
};

} // namespace pchat
