// What an evidence file of a run is (a script under scripts/, a screenshot under screens/), before the
// writer gives it its sequence number and thus its name.
#pragma once

#include <QString>

namespace pchat {

struct EvidenceFile
{
    QString subfolder; // "scripts" or "screens"
    QString label;     // the target or page and reason; reduced to a safe file name when named
    QString extension; // "sql", "ps1", "png"
};

} // namespace pchat
