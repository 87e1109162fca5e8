// T-SQL of step 2: remove database mirroring (SSMS: Tasks > Mirror > Remove Mirroring) and read its state.
#pragma once

#include <QString>
#include <QStringList>

namespace pchat {

class MirroringSql
{
public:
    // ALTER DATABASE [db] SET PARTNER OFF;
    static QString removeMirroring(const QString& database);
    // One row per database: database_name, mirroring_guid, mirroring_state_desc, mirroring_role_desc,
    // mirroring_partner_name, mirroring_partner_instance, mirroring_witness_name (NULLs when not mirrored).
    static QString mirroringState(const QStringList& databases);
};

} // namespace pchat
