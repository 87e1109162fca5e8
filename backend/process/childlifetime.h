// Ties a child process's life to this program's, so that a training lab or a shell never outlives the wizard.
#pragma once

class QProcess;

namespace pchat {

class ChildLifetime
{
public:
    // Call before QProcess::start(). Linux: the kernel sends the child SIGTERM when this process dies
    // (PR_SET_PDEATHSIG), SIGKILL included. Windows: the child joins a job object that this process holds
    // open and that kills its members when its last handle closes, which the system does however this process
    // ends. Elsewhere the child is ended by the owner's destructor only.
    static void tieToThisProcess(QProcess* process);
};

} // namespace pchat
