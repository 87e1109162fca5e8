// Ends a request of the T-SQL fuzz target that runs too long, the way a client does: with an attention.
#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace pchatlab {
struct Session;
}

namespace pchatfuzz {

// WAITFOR and WHILE run as long as the batch says, as on SQL Server, so the target cancels the session
// (Session::cancel) after a short while. One thread serves the whole run: starting a thread per input costs
// more under ASan than most inputs take.
class AttentionTimer
{
public:
    explicit AttentionTimer(std::chrono::milliseconds after);
    ~AttentionTimer();
    AttentionTimer(const AttentionTimer&) = delete;
    AttentionTimer& operator=(const AttentionTimer&) = delete;

    // Cancels the session unless disarm() comes first.
    void arm(pchatlab::Session* session);
    void disarm();

private:
    void loop();

    const std::chrono::milliseconds m_after;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    pchatlab::Session* m_session = nullptr;
    std::chrono::steady_clock::time_point m_deadline;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace pchatfuzz
