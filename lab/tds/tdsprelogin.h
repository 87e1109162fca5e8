// Parses a client's PRELOGIN and builds the lab's reply (no encryption, no MARS).
#pragma once

#include <QByteArray>

namespace pchatlab {

class TdsPrelogin
{
public:
    // Validates the option table of a PRELOGIN payload; throws TdsProtocolError when malformed.
    static void parse(const QByteArray& payload);
    // The reply payload: VERSION from the instance, ENCRYPTION = NOT_SUP, INSTOPT ok, THREADID empty, MARS
    // off.
    static QByteArray reply(int major, int minor, int build);
};

} // namespace pchatlab
