// The trainee's explanation of every wizard page, from the seed and the references, in the user's language.
#pragma once

#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class TrainingNotes
{
    Q_DECLARE_TR_FUNCTIONS(TrainingNotes)

public:
    using Note = TrainingNote;

    // The note for a FailbackWizard::PageId, translated now (call again after a language change); an empty
    // note for an id the wizard does not have.
    static Note forPage(int pageId);

private:
    static Note welcome();
    static Note environment();
    static Note preflight();
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
