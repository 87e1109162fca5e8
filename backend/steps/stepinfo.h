// A step's translated title and place, as the failback procedure (run/procedure.h) describes them.
#pragma once

#include "stepid.h"

#include <QString>

namespace pchat {

class StepInfo
{
public:
    // "Clear the Active Server list" / "Liste "Aktiver Server" leeren"
    static QString title(StepId step);
    // Where the step runs, e.g. "Backup SQL Server instance" or "Lync Server Management Shell".
    static QString where(StepId step);
};

} // namespace pchat
