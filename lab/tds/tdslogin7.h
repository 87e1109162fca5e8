// The fields of a LOGIN7 request the lab uses, parsed with bounds checks from the offsets the client sent.
#pragma once

#include <QByteArray>
#include <QString>

namespace pchatlab {

class TdsLogin7
{
public:
    // Throws TdsProtocolError when an offset or length points outside the payload.
    static TdsLogin7 parse(const QByteArray& payload);

    quint32 tdsVersion = 0;
    quint32 packetSize = 4096;
    quint32 clientPid = 0;
    QString hostName;
    QString userName;
    QString password;
    QString appName;
    QString serverName;
    QString language;
    QString database;
    bool integratedSecurity = false;
};

} // namespace pchatlab
