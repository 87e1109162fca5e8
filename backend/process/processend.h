// Ends the program once every object is gone, so that a hang in a DLL's detach cannot keep a finished run alive.
#pragma once

namespace pchat {

class ProcessEnd
{
public:
    // Flushes the log and the standard streams and ends the process with exitCode. On Windows the process ends
    // without DLL detach (see processend.cpp); elsewhere this returns exitCode for main to return.
    static int finish(int exitCode);
};

} // namespace pchat
