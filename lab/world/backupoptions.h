// The WITH options of a BACKUP or RESTORE statement, evaluated once (names upper-case, values as SQL values).
#pragma once

#include "lab/tsql/ast.h"

#include <QMap>

namespace pchatlab {

class ExecContext;

class BackupOptions
{
public:
    BackupOptions(ExecContext& ctx, const Stmt& s);

    bool has(const char* name) const { return m_values.contains(QLatin1String(name)); }
    QString text(const char* name) const { return m_values.value(QLatin1String(name)).toString(); }
    int number(const char* name, int fallback) const;
    // STATS without a value means 10 percent steps.
    int stats() const { return has("STATS") ? number("STATS", 10) : 0; }
    const QVector<std::pair<QString, QString>>& moves() const { return m_moves; }
    QStringList devices() const { return m_devices; }

private:
    QMap<QString, SqlValue> m_values;
    QVector<std::pair<QString, QString>> m_moves;
    QStringList m_devices;
};

} // namespace pchatlab
