// One unit of the procedure's text: the T-SQL batches or PowerShell commands that run on one target.
#pragma once

#include "backend/plan/plan.h"
#include "scriptlanguage.h"
#include "stepid.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pchat {

enum class ScriptTarget
{
    BackupInstance,
    PrimaryInstance,
    ManagementShell
};

struct ScriptPart
{
    Q_DECLARE_TR_FUNCTIONS(ScriptPart)

public:
    StepId step = StepId::Preflight;
    // The header's names, in the user's language when the part was made: the procedure's title, and the
    // step's number in it and its title (ProcedureScript fills them from the procedure's description).
    QString procedureTitle;
    int stepNumber = 0;
    QString stepTitle;
    // Export file name in run order, e.g. "02-remove-mirroring.sql".
    QString fileName;
    ScriptTarget target = ScriptTarget::BackupInstance;
    ScriptLanguage language = ScriptLanguage::TSql;
    // What this part does, in the user's language.
    QString title;
    // T-SQL: batches, each sent on its own (GO between them in a file). PowerShell: commands, one a line.
    QStringList batches;

    // The text a file or the Script dialog shows: a comment header naming the target, then the batches.
    QString text(const Plan& plan) const;
    // "PCSQL02\PCHAT (backup instance)" or "Lync Server Management Shell (Import-Module Lync)".
    static QString targetDescription(ScriptTarget target, const Plan& plan);
};

} // namespace pchat
