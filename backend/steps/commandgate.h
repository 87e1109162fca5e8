// The write-ahead rule between a step and the servers: a batch or shell command announced by commandStarted
// goes out only once its gate lets it (the audit trail: once the command-started event and its script are on
// the disk). Without a gate (tests of single steps, no trail) a command goes out at once.
#pragma once

#include <functional>
#include <QObject>
#include <QString>

namespace pchat {

// Calls proceed on context's thread when the command may be sent, or refuse with the reason (in the user's
// language) when it must not be; never both, and neither once context is gone.
using CommandGate = std::function<void(QObject* context, std::function<void()> proceed,
                                       std::function<void(const QString& reason)> refuse)>;

} // namespace pchat
