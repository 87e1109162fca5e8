#include "lab/tds/tdsrpcrequest.h"

#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"
#include "lab/tds/tdstypecodec.h"

namespace pchatlab {

qsizetype TdsRpcRequest::skipAllHeaders(const QByteArray& payload)
{
    if (payload.size() < 4)
        throw TdsProtocolError("missing ALL_HEADERS");
    TdsReader r(payload);
    const quint32 total = r.u32();
    if (total < 4 || total > quint32(payload.size()))
        throw TdsProtocolError("bad ALL_HEADERS length");
    // Walk the headers so that inconsistent inner lengths are rejected too.
    while (r.pos() < qsizetype(total)) {
        const quint32 len = r.u32();
        if (len < 6 || r.pos() - 4 + qsizetype(len) > qsizetype(total))
            throw TdsProtocolError("bad header length");
        r.skip(len - 4);
    }
    return total;
}

QString TdsRpcRequest::batchText(const QByteArray& payload)
{
    const qsizetype start = skipAllHeaders(payload);
    const qsizetype bytes = payload.size() - start;
    if (bytes % 2)
        throw TdsProtocolError("odd SQL batch length");
    TdsReader r(payload, start);
    return r.utf16(bytes / 2);
}

int TdsRpcRequest::transactionRequest(const QByteArray& payload)
{
    TdsReader r(payload, skipAllHeaders(payload));
    int type = r.u16();
    if ((type == 7 || type == 8) && r.remaining() >= 2) {
        r.bVarchar(); // transaction name
        // fBeginXact: commit/rollback and start the next transaction.
        if (r.u8() & 0x01)
            type |= 0x100;
    }
    return type;
}

QVector<RpcCall> TdsRpcRequest::parse(const QByteArray& payload)
{
    TdsReader r(payload, skipAllHeaders(payload));
    QVector<RpcCall> calls;
    while (!r.atEnd()) {
        RpcCall call;
        const quint16 nameLen = r.u16();
        if (nameLen == 0xFFFF) {
            call.procId = r.u16();
        } else {
            if (nameLen == 0 || nameLen > 1024)
                throw TdsProtocolError("bad procedure name length");
            call.procName = r.utf16(nameLen);
        }
        r.u16(); // option flags (WithRecomp, NoMetaData, ReuseMetaData)
        bool more = false;
        while (!r.atEnd()) {
            const quint8 peek = quint8(r.data()[r.pos()]);
            if (peek == 0xFF || peek == 0x80 || peek == 0xFE) {
                r.u8();
                more = true;
                break;
            }
            if (call.params.size() >= 2100)
                throw TdsProtocolError("too many parameters");
            RpcParam p;
            p.name = r.bVarchar();
            const quint8 status = r.u8();
            p.output = status & 0x01;
            p.isDefault = status & 0x02;
            p.value = TdsTypeCodec::readTypedValue(r);
            call.params.append(p);
        }
        calls.append(call);
        if (calls.size() > 1000)
            throw TdsProtocolError("too many RPC calls");
        if (!more)
            break;
    }
    if (calls.isEmpty())
        throw TdsProtocolError("empty RPC");
    return calls;
}

} // namespace pchatlab
