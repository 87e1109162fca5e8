// One row of the restore's file relocation grid (MOVE logical TO physical).
#pragma once

#include <QString>

namespace pchat {

struct FileRelocation
{
    QString logicalName;
    QString physicalName;
    bool operator==(const FileRelocation&) const = default;
};

} // namespace pchat
