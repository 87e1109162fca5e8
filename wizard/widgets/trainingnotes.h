// The trainee's explanation of every wizard page, from the seed and the references, in the user's language.
#pragma once

#include "backend/steps/stepid.h"
#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class Procedure;

class TrainingNotes
{
    Q_DECLARE_TR_FUNCTIONS(TrainingNotes)

public:
    using Note = TrainingNote;

    // The note for a page of the procedure's wizard (FailbackWizard's page ids), translated now (call again
    // after a language change); an empty note for an id the wizard does not have.
    static Note forPage(const Procedure& procedure, int pageId);
    // The failback's page.
    static Note forPage(int pageId);
    // The note of an action of either procedure; an empty note for Preflight.
    static Note forStep(StepId step);
    // What both procedures' Environment pages share: connecting in SSMS and the shell, and what fails there
    // (no whatAndWhy: each procedure tells its own story).
    static Note environmentTools();
    // Export scripts, on both procedures' Summary pages.
    static Note::Pitfall exportPitfall();

private:
    static Note environment();
    static Note clearActiveServers();
    static Note removeMirroring();
    static Note backup();
    static Note restore();
    static Note logShipping();
    static Note setActiveServers();
    static Note poolNormal();
    static Note summary();
};

} // namespace pchat
