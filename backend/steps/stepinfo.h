// Translated titles and descriptions of the steps, shared by the wizard, the export and later the report.
#pragma once

#include "stepid.h"

#include <QCoreApplication>
#include <QString>

namespace pchat {

class StepInfo
{
    Q_DECLARE_TR_FUNCTIONS(StepInfo)

public:
    // "Clear the Active Server list" / "Liste "Aktiver Server" leeren"
    static QString title(StepId step);
    // Where the step runs, e.g. "Backup SQL Server instance" or "Lync Server Management Shell".
    static QString where(StepId step);
};

} // namespace pchat
