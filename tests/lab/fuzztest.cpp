// Deterministic fuzzing of the packet and token parsers and the T-SQL front end: no crash, no hang, only
// the documented exceptions. The corpus is generated from fixed seeds so that every CI run is identical.
#include "lab/tds/tdslogin7.h"
#include "lab/tds/tdsmessageassembler.h"
#include "lab/tds/tdsprelogin.h"
#include "lab/tds/tdsprotocolerror.h"
#include "lab/tds/tdsreader.h"
#include "lab/tds/tdsrpcrequest.h"
#include "lab/tds/tdstypecodec.h"
#include "lab/tsql/sqlerror.h"
#include "lab/tsql/statementparser.h"
#include "tdsclient.h"

#include <gtest/gtest.h>
#include <random>

using namespace pchatlab;

namespace {

// Valid seeds that mutations start from.
QByteArray rpcSeed()
{
    QByteArray p = TdsClient::allHeaders();
    p.append(QByteArray::fromHex("ffff0a000000")); // sp_executesql, no flags
    p.append(QByteArray::fromHex("0000"
                                 "e7401f"
                                 "0904d00034"
                                 "0400")); // @stmt nvarchar value "SE"
    p.append(QByteArray::fromHex("53004500"));
    p.append(QByteArray::fromHex("0001"
                                 "260404"
                                 "2a000000")); // output INTN(4) = 42
    p.append(QByteArray::fromHex("0000"
                                 "2a0708"
                                 "0000000000"
                                 "aa3a0b")); // DATETIME2N
    p.append(QByteArray::fromHex("0000"
                                 "63feffff7f"
                                 "0904d00034"
                                 "04000000"
                                 "41004200")); // NTEXT "AB"
    p.append(QByteArray::fromHex("0000"
                                 "241010"
                                 "00112233445566778899aabbccddeeff")); // GUID
    p.append(QByteArray::fromHex("0000"
                                 "e7ffff"
                                 "0904d00034"
                                 "feffffffffffffff"
                                 "02000000"
                                 "4100"
                                 "00000000"));
    return p;
}

QByteArray loginSeed()
{
    QByteArray fixed(94, '\0');
    fixed[0] = char(94 + 8);
    fixed[4] = 0x04;
    fixed[7] = 0x74;
    fixed[40] = char(94);
    fixed[42] = 2;
    fixed[44] = char(94 + 4);
    fixed[46] = 2;
    return fixed + QByteArray::fromHex("7300610000000000");
}

QByteArray mutate(QByteArray data, std::mt19937& rng)
{
    std::uniform_int_distribution<int> op(0, 5);
    const int n = 1 + int(rng() % 8);
    for (int i = 0; i < n; ++i) {
        if (data.isEmpty())
            data.append(char(rng()));
        const qsizetype pos = qsizetype(rng() % quint32(data.size()));
        switch (op(rng)) {
        case 0:
            data[pos] = char(rng());
            break;
        case 1:
            data[pos] = char(quint8(data[pos]) ^ (1u << (rng() % 8)));
            break;
        case 2:
            data.truncate(pos);
            break;
        case 3:
            data.insert(pos, QByteArray(int(rng() % 16), char(rng())));
            break;
        case 4: // extreme length bytes
            data[pos] = char(rng() % 2 ? 0xFF : 0x00);
            break;
        default:
            data.remove(pos, qsizetype(rng() % 8));
            break;
        }
    }
    return data;
}

template <typename F> void expectOnlyProtocolErrors(F&& f)
{
    try {
        f();
    } catch (const TdsProtocolError&) {
    } catch (const SqlError&) {
    }
}

} // namespace

TEST(Fuzz, RpcParserSurvivesMutations)
{
    const QByteArray seed = rpcSeed();
    ASSERT_NO_THROW(TdsRpcRequest::parse(seed)) << "the seed itself is valid";
    std::mt19937 rng(20261126);
    for (int i = 0; i < 20000; ++i)
        expectOnlyProtocolErrors([&] { TdsRpcRequest::parse(mutate(seed, rng)); });
}

TEST(Fuzz, Login7AndPreloginSurviveMutations)
{
    const QByteArray login = loginSeed();
    ASSERT_EQ(TdsLogin7::parse(login).userName, QStringLiteral("sa"));
    const QByteArray prelogin = QByteArray::fromHex("00000b0006"
                                                    "0100110001"
                                                    "ff"
                                                    "0b0000000000"
                                                    "02");
    std::mt19937 rng(42);
    for (int i = 0; i < 20000; ++i) {
        expectOnlyProtocolErrors([&] { TdsLogin7::parse(mutate(login, rng)); });
        expectOnlyProtocolErrors([&] { TdsPrelogin::parse(mutate(prelogin, rng)); });
        expectOnlyProtocolErrors(
            [&] { TdsRpcRequest::batchText(mutate(TdsClient::allHeaders() + "S\0E\0", rng)); });
    }
}

TEST(Fuzz, TypedValueDecoderSurvivesRandomBytes)
{
    std::mt19937 rng(7);
    const quint8 types[] = {0x26, 0x68, 0x6D, 0x6F, 0x24, 0x6A, 0x6C, 0x28, 0x29, 0x2A, 0x2B, 0xE7,
                            0xEF, 0xA7, 0xAF, 0xA5, 0xAD, 0x63, 0x23, 0x22, 0x30, 0x34, 0x38, 0x7F};
    for (int i = 0; i < 50000; ++i) {
        QByteArray b(int(rng() % 40), '\0');
        for (char& c : b)
            c = char(rng());
        b.prepend(char(types[rng() % std::size(types)]));
        expectOnlyProtocolErrors([&] {
            TdsReader r(b);
            TdsTypeCodec::readTypedValue(r);
        });
    }
}

TEST(Fuzz, MessageAssemblerSurvivesRandomStreams)
{
    std::mt19937 rng(99);
    for (int i = 0; i < 3000; ++i) {
        TdsMessageAssembler a;
        try {
            for (int chunk = 0; chunk < 20; ++chunk) {
                QByteArray b;
                if (rng() % 3 == 0) {
                    b = TdsClient::packet(quint8(rng() % 2 ? 0x01 : 0x03), QByteArray(int(rng() % 100), 'x'),
                                          quint8(rng() % 2));
                } else {
                    b.resize(int(rng() % 64));
                    for (char& c : b)
                        c = char(rng());
                }
                a.feed(b);
                while (a.next()) {
                }
            }
        } catch (const TdsProtocolError&) {
        }
    }
}

TEST(Fuzz, TsqlFrontEndSurvivesTokenSoup)
{
    const char* words[] = {"SELECT", "FROM",     "WHERE",   "(",    ")",    ",",    "@x",      "@@SPID",
                           "N'a'",   "'b",       "[c",      "1",    "0x1F", "+",    "=",       "IN",
                           "LIKE",   "BEGIN",    "END",     "IF",   "ELSE", "EXEC", "BACKUP",  "RESTORE",
                           "WITH",   "MOVE",     "TO",      "DISK", "/*",   "*/",   "--",      "\n",
                           "CASE",   "WHEN",     "THEN",    "CAST", "AS",   "int",  "DECLARE", "SET",
                           "ALTER",  "DATABASE", "PARTNER", "OFF",  ";",    "."};
    std::mt19937 rng(1234);
    for (int i = 0; i < 20000; ++i) {
        QString sql;
        const int n = int(rng() % 24);
        for (int w = 0; w < n; ++w)
            sql += QLatin1String(words[rng() % std::size(words)]) + QLatin1Char(' ');
        expectOnlyProtocolErrors([&] { StatementParser::parseBatch(sql); });
    }
}
