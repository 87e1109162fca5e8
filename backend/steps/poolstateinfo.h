// One Persistent Chat pool as Get-CsPersistentChatState shows it: its identity and its state.
#pragma once

#include <QList>
#include <QString>

namespace pchat {

struct PoolStateInfo
{
    // As the cmdlet writes it, e.g. "PersistentChatServer:pchat.contoso.com".
    QString identity;
    // "Normal" or "FailedOver".
    QString state;

    bool operator==(const PoolStateInfo&) const = default;
};

using PoolStateInfos = QList<PoolStateInfo>;

} // namespace pchat
