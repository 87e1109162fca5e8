// Writes the procedure as one file per part into a folder, for change approval (--export-script).
#pragma once

#include "backend/plan/plan.h"
#include "backend/steps/scriptpart.h"

#include <QCoreApplication>
#include <QStringList>

namespace pchat {

class Procedure;

class ScriptExporter
{
    Q_DECLARE_TR_FUNCTIONS(ScriptExporter)

public:
    // Validates the plan first and writes nothing when it is invalid; errors are in the user's language.
    // Returns the files written.
    static QStringList exportTo(const Plan& plan, const Procedure& procedure, const QString& directory,
                                QStringList* errors);
    // Writes one part as the export writes it (UTF-8 with BOM, CRLF), for the Script dialog's Save.
    static bool writePart(const ScriptPart& part, const Plan& plan, const QString& path, QString* error);
};

} // namespace pchat
