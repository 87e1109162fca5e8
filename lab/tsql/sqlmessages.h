// The lab's copy of the sys.messages entries it raises: number, severity, state and text, formatted with
// arguments. docs/lab-messages.md cites the documentation row of each; a test compares the two.
#pragma once

#include "lab/tsql/sqlerror.h"

#include <QList>
#include <QStringList>

namespace pchatlab {

class SqlMessages
{
public:
    // Builds the message with its documented severity and text; %1, %2 ... are the arguments in order. A
    // negative state takes the state the catalog names for the message.
    static SqlError error(int number, const QStringList& args, int state = -1);
    static QString text(int number, const QStringList& args);
    static int severity(int number);
    static int state(int number);

    // For the catalog test: every number the lab can raise and its text with %1..%n unexpanded.
    static QList<int> numbers();
    static QString templateText(int number);
    static bool abortsBatch(int number);
};

} // namespace pchatlab
