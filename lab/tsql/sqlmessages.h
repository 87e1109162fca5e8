// The lab's copy of the sys.messages entries it raises: number, severity and text, formatted with arguments.
#pragma once

#include "sqlerror.h"

#include <QStringList>

namespace pchatlab {

class SqlMessages
{
public:
    // Builds the message with its documented severity and text; %1, %2 ... are the arguments in order.
    static SqlError error(int number, const QStringList& args, int state = 1);
    static QString text(int number, const QStringList& args);
    static int severity(int number);
};

} // namespace pchatlab
