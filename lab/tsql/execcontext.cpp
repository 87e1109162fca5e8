#include "lab/tsql/execcontext.h"

#include "lab/tsql/sqlmessages.h"
#include "lab/world/world.h"

#include <QThread>

namespace pchatlab {

ExecContext::ExecContext(World& world, Instance& instance, Session& session, ResultSink& sink)
    : m_world(world)
    , m_instance(instance)
    , m_session(session)
    , m_sink(&sink)
    , m_lock(world.mutex(), std::defer_lock)
{
}

Variable* ExecContext::variable(const QString& name)
{
    auto it = m_frames.back().find(name.toLower());
    return it == m_frames.back().end() ? nullptr : &it.value();
}

TableVariable* ExecContext::tableVariable(const QString& name)
{
    auto it = m_tableFrames.back().find(name.toLower());
    return it == m_tableFrames.back().end() ? nullptr : &it.value();
}

void ExecContext::lock()
{
    if (!m_lock.owns_lock())
        m_lock.lock();
}

void ExecContext::unlock()
{
    if (m_lock.owns_lock())
        m_lock.unlock();
}

void ExecContext::sleep(qint64 ms)
{
    const bool wasLocked = m_lock.owns_lock();
    unlock();
    qint64 left = ms;
    while (left > 0) {
        if (m_session.cancel.load() || m_session.killed.load())
            break;
        const qint64 step = std::min<qint64>(left, 10);
        QThread::msleep(ulong(step));
        left -= step;
    }
    if (wasLocked)
        lock();
    checkCancel();
}

void ExecContext::checkCancel() const
{
    if (m_session.cancel.load() || m_session.killed.load())
        throw RequestCancelled{};
}

void ExecContext::sendMessage(int number, const QStringList& args, int state)
{
    SqlError e = SqlMessages::error(number, args, state);
    m_sink->message(e);
}

} // namespace pchatlab
