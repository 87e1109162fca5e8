// libFuzzer target: bytes as a client sends them to the lab's TDS port. They are cut into messages the way a
// connection reassembles them and each message goes to the parser its type selects (PRELOGIN, LOGIN7,
// SQLBatch, RPC, transaction manager), whatever the login state, so that every parser sees every message.
#include "fuzzqt.h"
#include "lab/tds/tdslogin7.h"
#include "lab/tds/tdsmessageassembler.h"
#include "lab/tds/tdsprelogin.h"
#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsrpcrequest.h"

#include <cstdint>
#include <cstdlib>
#include <vector>

using namespace pchatlab;

namespace {

void parseMessage(const TdsMessage& m)
{
    try {
        switch (m.type) {
        case 0x12:
            TdsPrelogin::parse(m.payload);
            break;
        case 0x10: {
            const TdsLogin7 login = TdsLogin7::parse(m.payload);
            // The connection compares and prints these; touching them makes a bad length visible to ASan.
            (void)(login.userName.size() + login.password.size() + login.database.size());
            break;
        }
        case 0x01:
            (void)TdsRpcRequest::batchText(m.payload);
            break;
        case 0x03:
            for (const RpcCall& call : TdsRpcRequest::parse(m.payload)) {
                // The executed log prints every parameter as text (TdsConnection::recordReceived).
                for (const RpcParam& p : call.params)
                    (void)(p.value.isNull() ? QString() : p.value.toString());
            }
            break;
        case 0x0E:
            (void)TdsRpcRequest::transactionRequest(m.payload);
            break;
        default:
            break;
        }
    } catch (const TdsProtocolError&) {
        // Rejecting malformed input is the documented outcome: the connection closes.
    }
}

// Feeds the stream in pieces of `chunk` bytes (0: all at once) and returns the messages in order; a protocol
// error ends the stream as it ends the connection.
std::vector<TdsMessage> assemble(const QByteArray& stream, qsizetype chunk)
{
    std::vector<TdsMessage> messages;
    TdsMessageAssembler assembler;
    try {
        for (qsizetype pos = 0; pos < stream.size();) {
            const qsizetype n = chunk > 0 ? std::min(chunk, stream.size() - pos) : stream.size();
            assembler.feed(stream.mid(pos, n));
            pos += n;
            while (auto m = assembler.next())
                messages.push_back(*m);
        }
    } catch (const TdsProtocolError&) {
        messages.push_back(TdsMessage{0xFF, 0, {}});
    }
    return messages;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    pchatfuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray stream(reinterpret_cast<const char*>(data), qsizetype(size));
    const std::vector<TdsMessage> whole = assemble(stream, 0);
    // TCP may split the stream anywhere: the assembler must find the same messages however it arrives.
    const std::vector<TdsMessage> pieces = assemble(stream, 7);
    if (whole.size() != pieces.size())
        std::abort();
    for (size_t i = 0; i < whole.size(); ++i) {
        if (whole[i].type != pieces[i].type || whole[i].status != pieces[i].status ||
            whole[i].payload != pieces[i].payload)
            std::abort();
    }
    for (const TdsMessage& m : whole)
        parseMessage(m);
    return 0;
}
