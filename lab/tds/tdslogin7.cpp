#include "lab/tds/tdslogin7.h"

#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"

namespace pchatlab {

namespace {

QString field(const QByteArray& payload, TdsReader& table)
{
    const quint16 offset = table.u16();
    const quint16 chars = table.u16();
    if (chars == 0)
        return {};
    if (chars > 4096 || qsizetype(offset) + qsizetype(chars) * 2 > payload.size())
        throw TdsProtocolError("LOGIN7 field outside payload");
    TdsReader r(payload, offset);
    return r.utf16(chars);
}

} // namespace

TdsLogin7 TdsLogin7::parse(const QByteArray& payload)
{
    if (payload.size() < 94)
        throw TdsProtocolError("LOGIN7 too short");
    TdsLogin7 login;
    TdsReader r(payload);
    const quint32 length = r.u32();
    if (length > quint32(payload.size()) || length < 94)
        throw TdsProtocolError("LOGIN7 length mismatch");
    login.tdsVersion = r.u32();
    login.packetSize = r.u32();
    r.skip(4); // client program version
    login.clientPid = r.u32();
    r.skip(4); // connection id
    r.u8();    // option flags 1
    const quint8 flags2 = r.u8();
    login.integratedSecurity = flags2 & 0x80; // fIntSecurity
    r.skip(2 + 4 + 4);                        // type flags, option flags 3, time zone, LCID
    login.hostName = field(payload, r);
    login.userName = field(payload, r);
    {
        const qsizetype tablePos = r.pos();
        const quint16 offset = r.u16();
        const quint16 chars = r.u16();
        if (qsizetype(offset) + qsizetype(chars) * 2 > payload.size() || chars > 4096)
            throw TdsProtocolError("LOGIN7 password outside payload");
        QByteArray raw = payload.mid(offset, chars * 2);
        for (char& c : raw) {
            // The client sends swap_nibbles(b) ^ 0xA5; undo both steps.
            const quint8 x = quint8(c) ^ 0xA5;
            c = char(quint8((x << 4) | (x >> 4)));
        }
        TdsReader pr(raw);
        login.password = pr.utf16(chars);
        Q_UNUSED(tablePos);
    }
    login.appName = field(payload, r);
    login.serverName = field(payload, r);
    r.skip(4);         // extension
    field(payload, r); // client interface name
    login.language = field(payload, r);
    login.database = field(payload, r);
    return login;
}

} // namespace pchatlab
