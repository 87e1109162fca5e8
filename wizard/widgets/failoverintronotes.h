// The trainee's explanation of the failover's Welcome and Preflight pages, in the user's language.
#pragma once

#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailoverIntroNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailoverIntroNotes)

public:
    static TrainingNote welcome();
    static TrainingNote preflight();
};

} // namespace pchat
