// Thrown by the TDS parsers on malformed input; the connection that sent it is closed, nothing else.
#pragma once

#include <stdexcept>

namespace pchatlab {

class TdsProtocolError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace pchatlab
