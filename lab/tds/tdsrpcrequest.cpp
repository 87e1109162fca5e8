#include "lab/tds/tdsrpcrequest.h"

#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"
#include "lab/tds/tdstypecodec.h"

namespace pchatlab {

namespace {

// ProcIDSwitch: the procedure is named by a well-known id instead of a name.
constexpr quint16 kProcIdSwitch = 0xFFFF;
// What ends one call of an RPC message and starts the next: BatchFlag (TDS 7.2 and later, and before),
// NoExecFlag.
constexpr quint8 kBatchFlag = 0xFF;
constexpr quint8 kBatchFlagBefore72 = 0x80;
constexpr quint8 kNoExecFlag = 0xFE;
// StatusFlags of a parameter.
constexpr quint8 kByRefValue = 0x01;
constexpr quint8 kDefaultValue = 0x02;
// fBeginXact of a commit or rollback request: begin the next transaction right after.
constexpr quint8 kBeginXact = 0x01;

} // namespace

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

TransactionRequest TdsRpcRequest::transactionRequest(const QByteArray& payload)
{
    TdsReader r(payload, skipAllHeaders(payload));
    TransactionRequest request{TdsTransactionRequestType(r.u16())};
    const bool ends = request.type == TdsTransactionRequestType::Commit ||
                      request.type == TdsTransactionRequestType::Rollback;
    if (ends && r.remaining() >= 2) {
        r.bVarchar(); // transaction name
        request.beginNext = r.u8() & kBeginXact;
    }
    return request;
}

QVector<RpcCall> TdsRpcRequest::parse(const QByteArray& payload)
{
    TdsReader r(payload, skipAllHeaders(payload));
    QVector<RpcCall> calls;
    while (!r.atEnd()) {
        RpcCall call;
        const quint16 nameLen = r.u16();
        if (nameLen == kProcIdSwitch) {
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
            if (peek == kBatchFlag || peek == kBatchFlagBefore72 || peek == kNoExecFlag) {
                r.u8();
                more = true;
                break;
            }
            if (call.params.size() >= 2100)
                throw TdsProtocolError("too many parameters");
            RpcParam p;
            p.name = r.bVarchar();
            const quint8 status = r.u8();
            p.output = status & kByRefValue;
            p.isDefault = status & kDefaultValue;
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
