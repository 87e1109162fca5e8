#include "lab/world/longoperation.h"

#include "lab/tsql/execcontext.h"
#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

namespace pchatlab {

LongOperation::LongOperation(ExecContext& ctx, QString command, FaultKind dropFault)
    : m_ctx(ctx)
    , m_command(std::move(command))
    , m_dropFault(dropFault)
{
    Session& s = m_ctx.session();
    s.command = m_command;
    s.percentComplete = 0;
    m_ctx.world().progressTimeline().append(m_ctx.instance().serverName(), s.spid, 0);
}

void LongOperation::run(qint64 totalMs, int stats, int fromPercent, int toPercent)
{
    World& w = m_ctx.world();
    Session& s = m_ctx.session();
    const double speed = w.speed();
    const qint64 realTotal = std::max<qint64>(1, qint64(double(totalMs) / speed));
    const QVector<Fault> drops = w.faults(m_dropFault);
    const int dropAt = drops.isEmpty() ? 101 : drops.first().amount();
    if (m_nextStats == 0)
        m_nextStats = stats;
    const qint64 startMs = realTotal * fromPercent / 100;
    const qint64 endMs = realTotal * toPercent / 100;
    qint64 now = startMs;
    while (true) {
        const double percent = 100.0 * double(now) / double(realTotal);
        if (percent != s.percentComplete)
            w.progressTimeline().append(m_ctx.instance().serverName(), s.spid, percent);
        s.percentComplete = percent;
        s.estimatedCompletionMs = realTotal - now;
        while (stats > 0 && m_nextStats <= toPercent && percent + 1e-9 >= m_nextStats) {
            m_ctx.sendMessage(3211, {QString::number(m_nextStats)});
            m_nextStats += stats;
        }
        if (stats > 0)
            m_ctx.sink().flush();
        if (percent >= dropAt) {
            // The fault: the client's connection drops in the middle of the operation.
            s.killed = true;
            s.cancel = true;
            m_ctx.checkCancel();
        }
        if (now >= endMs)
            break;
        const qint64 step = std::min<qint64>(endMs - now, std::max<qint64>(5, realTotal / 200));
        m_ctx.sleep(step);
        now += step;
        m_elapsedMs += qint64(double(step) * speed);
    }
}

} // namespace pchatlab
