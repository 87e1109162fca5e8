#include "lab/world/backupoptions.h"

#include "lab/tsql/execcontext.h"
#include "lab/tsql/expressionevaluator.h"
#include "lab/tsql/sqlmessages.h"

namespace pchatlab {

BackupOptions::BackupOptions(ExecContext& ctx, const Stmt& s)
{
    ExpressionEvaluator eval(ctx);
    static const QStringList known = {QStringLiteral("STATS"),
                                      QStringLiteral("NAME"),
                                      QStringLiteral("DESCRIPTION"),
                                      QStringLiteral("INIT"),
                                      QStringLiteral("NOINIT"),
                                      QStringLiteral("FORMAT"),
                                      QStringLiteral("NOFORMAT"),
                                      QStringLiteral("SKIP"),
                                      QStringLiteral("NOSKIP"),
                                      QStringLiteral("COPY_ONLY"),
                                      QStringLiteral("CHECKSUM"),
                                      QStringLiteral("NO_CHECKSUM"),
                                      QStringLiteral("COMPRESSION"),
                                      QStringLiteral("NO_COMPRESSION"),
                                      QStringLiteral("REWIND"),
                                      QStringLiteral("NOREWIND"),
                                      QStringLiteral("UNLOAD"),
                                      QStringLiteral("NOUNLOAD"),
                                      QStringLiteral("FILE"),
                                      QStringLiteral("MOVE"),
                                      QStringLiteral("REPLACE"),
                                      QStringLiteral("RECOVERY"),
                                      QStringLiteral("NORECOVERY"),
                                      QStringLiteral("STANDBY"),
                                      QStringLiteral("MEDIANAME"),
                                      QStringLiteral("MEDIADESCRIPTION"),
                                      QStringLiteral("RESTART"),
                                      QStringLiteral("CONTINUE_AFTER_ERROR"),
                                      QStringLiteral("STOP_ON_ERROR"),
                                      QStringLiteral("NO_TRUNCATE"),
                                      QStringLiteral("BLOCKSIZE"),
                                      QStringLiteral("BUFFERCOUNT"),
                                      QStringLiteral("MAXTRANSFERSIZE"),
                                      QStringLiteral("EXPIREDATE"),
                                      QStringLiteral("RETAINDAYS"),
                                      QStringLiteral("PASSWORD"),
                                      QStringLiteral("KEEP_REPLICATION"),
                                      QStringLiteral("ENABLE_BROKER"),
                                      QStringLiteral("STOPAT")};
    for (const WithOption& o : s.options) {
        if (!known.contains(o.name))
            throw SqlMessages::error(102, {o.name});
        if (o.name == u"MOVE") {
            m_moves.append({eval.evaluate(*o.value).toString(), eval.evaluate(*o.value2).toString()});
            continue;
        }
        m_values.insert(o.name, o.value ? eval.evaluate(*o.value) : SqlValue::fromInt(1));
    }
    for (const ExprPtr& d : s.devices)
        m_devices.append(eval.evaluate(*d).toString());
}

int BackupOptions::number(const char* name, int fallback) const
{
    const SqlValue v = m_values.value(QLatin1String(name));
    return v.isNull() ? fallback : int(v.toInt());
}

} // namespace pchatlab
