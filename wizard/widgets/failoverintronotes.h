// The trainee's explanation of the failover's pages around its steps (Welcome, Environment, Preflight,
// Summary), in the user's language.
#pragma once

#include "trainingnote.h"

#include <QCoreApplication>

namespace pchat {

class FailoverIntroNotes
{
    Q_DECLARE_TR_FUNCTIONS(FailoverIntroNotes)

public:
    static TrainingNote welcome();
    static TrainingNote environment();
    static TrainingNote preflight();
    static TrainingNote summary();
};

} // namespace pchat
