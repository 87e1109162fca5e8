// What the trainer's "disaster" and "rebuild-primary" do in a scenario: the data center that fails, how
// far log shipping lags at that moment, and the databases Topology Builder puts on the rebuilt instances.
#pragma once

#include "lab/world/database.h"

namespace pchatlab {

struct RebuildInstance
{
    QString instance;
    // As the scenario describes them; ids and LSNs are given when the instance is rebuilt.
    QVector<Database> databases;
};

struct DisasterPlan
{
    // Empty: the scenario has no disaster (the control port refuses "disaster").
    QString dataCenter;
    // The log backups of the last minutes: copied to the copy folder but not restored, and only on the share.
    int copiedNotRestored = 2;
    int notCopied = 2;
    QVector<RebuildInstance> rebuild;
};

} // namespace pchatlab
