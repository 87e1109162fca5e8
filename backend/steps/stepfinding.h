// One fact a step read from a server (or the shell), shown on its page before and after it runs.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct StepFinding
{
    // What was read, e.g. "mgc: mirroring role" (in the user's language).
    QString subject;
    // What the server said, e.g. "PRINCIPAL, partner TCP://pcsql02m:5022".
    QString value;
    // False when this fact stands in the way (a wrong state, a missing file ...).
    bool ok = true;
};

using StepFindings = QList<StepFinding>;

} // namespace pchat
