// A step's number, translated title and place, as its procedure (run/procedure.h) describes them.
#pragma once

#include "backend/steps/stepid.h"

#include <QString>

namespace pchat {

class StepInfo
{
public:
    // The step's number in its procedure (0 for Preflight): what the operator reads and the journal records.
    static int number(StepId step);
    // "Clear the Active Server list" / "Liste "Aktiver Server" leeren"
    static QString title(StepId step);
    // Where the step runs, e.g. "Backup SQL Server instance" or "Lync Server Management Shell".
    static QString where(StepId step);
};

} // namespace pchat
