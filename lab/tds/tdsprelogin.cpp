#include "lab/tds/tdsprelogin.h"

#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"
#include "lab/tds/tdswriter.h"

namespace pchatlab {

void TdsPrelogin::parse(const QByteArray& payload)
{
    TdsReader r(payload);
    for (int i = 0; i < 64; ++i) {
        const quint8 token = r.u8();
        if (token == 0xFF)
            return;
        const quint16 offset = r.u16be();
        const quint16 length = r.u16be();
        if (qsizetype(offset) + length > payload.size())
            throw TdsProtocolError("PRELOGIN option outside payload");
    }
    throw TdsProtocolError("PRELOGIN option table too long");
}

QByteArray TdsPrelogin::reply(int major, int minor, int build)
{
    TdsWriter w;
    // 5 options * 5 bytes + terminator = 26 bytes of table, data follows.
    const quint16 base = 26;
    struct Opt
    {
        quint8 token;
        quint16 len;
    };
    const Opt opts[] = {{0x00, 6}, {0x01, 1}, {0x02, 1}, {0x03, 0}, {0x04, 1}};
    quint16 offset = base;
    for (const Opt& o : opts) {
        w.u8(o.token);
        w.u16be(offset);
        w.u16be(o.len);
        offset += o.len;
    }
    w.u8(0xFF);
    w.u8(quint8(major));
    w.u8(quint8(minor));
    w.u16be(quint16(build));
    w.u16(0);
    w.u8(0x02); // ENCRYPT_NOT_SUP: the lab is plain text, clients must not start TLS
    w.u8(0x00);
    w.u8(0x00);
    return w.take();
}

} // namespace pchatlab
