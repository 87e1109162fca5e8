// What every fuzz target needs before its first input: a QCoreApplication, as in the programs they come from.
#pragma once

#include <QCoreApplication>

namespace pchatfuzz {

// Sockets, tr() and the locale expect an application object; libFuzzer's own arguments are not Qt's, so Qt
// gets a copy with the program name only.
inline void startQt()
{
    static int argc = 1;
    static char name[] = "pchat-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace pchatfuzz
