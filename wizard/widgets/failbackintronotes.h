// The trainee's explanation of the failback's Welcome and Preflight pages, in the user's language.
#pragma once

#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailbackIntroNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailbackIntroNotes)

public:
    static TrainingNote welcome();
    static TrainingNote preflight();
};

} // namespace pchat
