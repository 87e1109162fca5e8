// The answers an unattended run gives in place of the wizard's confirmations: the targets of the destructive
// steps typed out in the plan, the servers outside the primary data center and the Preflight warnings
// accepted.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

struct UnattendedConfirmations
{
    // Step 4 overwrites this database on this instance: the plan's mgcDatabase (exactly) and
    // primaryInstance.name (any case), as the restore page asks the operator to type them.
    QString restoreDatabase;
    QString restoreInstance;
    // Step 5 initializes the secondary: mgcDatabase and backupInstance.name, as the log-shipping page asks.
    QString logShippingDatabase;
    QString logShippingInstance;
    // Failover step 4 ends the sessions in mgc and recovers it (no log backup can follow): mgcDatabase and
    // backupInstance.name, as the bring-online page asks the operator to type them.
    QString onlineDatabase;
    QString onlineInstance;
    // Step 6: the FQDNs of active servers outside the primary data center the operator accepts (any case).
    QStringList acknowledgedServers;
    // Preflight: warnings do not stop the run.
    bool acknowledgePreflightWarnings = false;

    bool isEmpty() const { return *this == UnattendedConfirmations{}; }
    bool operator==(const UnattendedConfirmations&) const = default;
};

} // namespace pchat
