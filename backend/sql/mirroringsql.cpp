#include "mirroringsql.h"

#include "sqlquote.h"

namespace pchat {

QString MirroringSql::removeMirroring(const QString& database)
{
    return QStringLiteral("ALTER DATABASE %1 SET PARTNER OFF;").arg(SqlQuote::identifier(database));
}

QString MirroringSql::mirroringState(const QStringList& databases)
{
    QStringList ids;
    for (const QString& database : databases)
        ids << QStringLiteral("DB_ID(%1)").arg(SqlQuote::literal(database));
    // IN () is a syntax error, so an empty list asks for no rows instead.
    const QString condition =
        ids.isEmpty() ? QStringLiteral("1 = 0")
                      : QStringLiteral("m.database_id IN (%1)").arg(ids.join(QStringLiteral(", ")));
    return QStringLiteral("SELECT DB_NAME(m.database_id) AS database_name, m.mirroring_guid, "
                          "m.mirroring_state_desc, m.mirroring_role_desc,\n"
                          "       m.mirroring_partner_name, m.mirroring_partner_instance, "
                          "m.mirroring_witness_name\n"
                          "FROM sys.database_mirroring AS m\n"
                          "WHERE %1;")
        .arg(condition);
}

} // namespace pchat
