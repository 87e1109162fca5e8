#include "attentiontimer.h"

#include "lab/world/session.h"

namespace pchatfuzz {

AttentionTimer::AttentionTimer(std::chrono::milliseconds after)
    : m_after(after)
    , m_thread([this] { loop(); })
{
}

AttentionTimer::~AttentionTimer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_one();
    m_thread.join();
}

void AttentionTimer::arm(pchatlab::Session* session)
{
    std::lock_guard lock(m_mutex);
    m_session = session;
    m_deadline = std::chrono::steady_clock::now() + m_after;
    m_changed.notify_one();
}

void AttentionTimer::disarm()
{
    std::lock_guard lock(m_mutex);
    m_session = nullptr;
}

void AttentionTimer::loop()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (!m_session) {
            m_changed.wait(lock);
            continue;
        }
        // Re-checked after every wake-up: the session may have been disarmed or re-armed meanwhile.
        m_changed.wait_until(lock, m_deadline);
        if (m_session && std::chrono::steady_clock::now() >= m_deadline)
            m_session->cancel = true;
    }
}

} // namespace pchatfuzz
