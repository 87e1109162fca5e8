#include "batchresult.h"

namespace pchat {

SqlMessage BatchResult::firstError() const
{
    for (const SqlMessage& message : messages) {
        if (message.isError)
            return message;
    }
    return {};
}

bool BatchResult::hasError(int number) const
{
    return std::any_of(messages.cbegin(), messages.cend(), [number](const SqlMessage& message) {
        return message.isError && message.number == number;
    });
}

} // namespace pchat
