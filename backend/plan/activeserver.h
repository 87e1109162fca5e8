// A Persistent Chat server that should accept connections after the failback.
#pragma once

#include <QString>

namespace pchat {

struct ActiveServer
{
    QString fqdn;
    QString dataCenter;
    bool operator==(const ActiveServer&) const = default;
};

} // namespace pchat
