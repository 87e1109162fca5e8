// Lowers the CPU priority of the calling thread, for work that must not take a core from the UI thread.
#pragma once

namespace pchat {

class BackgroundPriority
{
public:
    // Call on the thread itself. On Linux the thread's nice value goes to 10 (QThread's priorities change
    // nothing under the default scheduling policy, and its idle priority could starve the thread on a busy
    // machine); elsewhere QThread::LowPriority. Returns false if the system refused: the thread then runs
    // on as before.
    static bool lowerCurrentThread();
};

} // namespace pchat
