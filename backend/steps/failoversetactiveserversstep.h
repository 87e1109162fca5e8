// The failover's step 7: the Persistent Chat servers of the backup data center become the active servers
// (Set-CsPersistentChatActiveServer -ActiveServers @{Replace=...}): the failback's step 6 with the failover's
// list, which replaces the primary data center's servers.
#pragma once

#include "setactiveserversstep.h"

namespace pchat {

class FailoverSetActiveServersStep : public SetActiveServersStep
{
    Q_OBJECT

public:
    explicit FailoverSetActiveServersStep(QObject* parent = nullptr);

protected:
    QStringList serverFqdns(const Plan& plan) const override;
    QString command(const Plan& plan) const override;
    // Not ok: a server the failback's list places in the primary data center.
    StepFindings serverFindings() const override;
};

} // namespace pchat
