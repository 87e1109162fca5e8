#include "lab/tds/tdsprelogin.h"

#include "lab/tds/tdspreloginencryption.h"
#include "lab/tds/tdsprelogintoken.h"
#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"
#include "lab/tds/tdswriter.h"

namespace pchatlab {

void TdsPrelogin::parse(const QByteArray& payload)
{
    TdsReader r(payload);
    for (int i = 0; i < 64; ++i) {
        const quint8 token = r.u8();
        if (TdsPreLoginToken(token) == TdsPreLoginToken::Terminator)
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
        TdsPreLoginToken token;
        quint16 len;
    };
    const Opt opts[] = {{TdsPreLoginToken::Version, 6},
                        {TdsPreLoginToken::Encryption, 1},
                        {TdsPreLoginToken::InstOpt, 1},
                        {TdsPreLoginToken::ThreadId, 0},
                        {TdsPreLoginToken::Mars, 1}};
    quint16 offset = base;
    for (const Opt& o : opts) {
        w.u8(quint8(o.token));
        w.u16be(offset);
        w.u16be(o.len);
        offset += o.len;
    }
    w.u8(quint8(TdsPreLoginToken::Terminator));
    w.u8(quint8(major));
    w.u8(quint8(minor));
    w.u16be(quint16(build));
    w.u16(0);
    w.u8(quint8(TdsPreLoginEncryption::NotSupported)); // the lab is plain text, clients must not start TLS
    w.u8(0x00);                                        // INSTOPT: the instance the client named
    w.u8(0x00);                                        // MARS off
    return w.take();
}

} // namespace pchatlab
