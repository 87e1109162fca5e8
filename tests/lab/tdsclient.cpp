#include "tdsclient.h"

#include <cstring>
#include <QDateTime>
#include <QElapsedTimer>
#include <QtEndian>
#include <QUuid>

namespace {

void put16(QByteArray& b, quint16 v)
{
    b.append(char(v & 0xFF));
    b.append(char(v >> 8));
}
void put32(QByteArray& b, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        b.append(char((v >> (8 * i)) & 0xFF));
}
void putUtf16(QByteArray& b, const QString& s)
{
    for (QChar c : s)
        put16(b, c.unicode());
}

struct Reader
{
    const QByteArray& d;
    qsizetype p = 0;
    quint8 u8() { return quint8(d.at(p++)); }
    quint16 u16()
    {
        const quint16 v = quint16(quint8(d.at(p)) | (quint8(d.at(p + 1)) << 8));
        p += 2;
        return v;
    }
    quint32 u32()
    {
        quint32 v = 0;
        for (int i = 0; i < 4; ++i)
            v |= quint32(quint8(d.at(p + i))) << (8 * i);
        p += 4;
        return v;
    }
    QString utf16(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s.append(QChar(u16()));
        return s;
    }
};

} // namespace

QByteArray TdsClient::packet(quint8 type, const QByteArray& payload, quint8 status)
{
    QByteArray p;
    p.append(char(type));
    p.append(char(status));
    const quint16 len = quint16(payload.size() + 8);
    p.append(char(len >> 8));
    p.append(char(len & 0xFF));
    p.append(QByteArray("\x00\x00\x01\x00", 4));
    return p + payload;
}

QByteArray TdsClient::allHeaders()
{
    QByteArray h;
    put32(h, 22);
    put32(h, 18);
    put16(h, 2);
    h.append(QByteArray(8, '\0'));
    put32(h, 1);
    return h;
}

bool TdsClient::connectAndLogin(int port, const QString& user, const QString& password, QString* error,
                                const QString& database)
{
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!m_socket.waitForConnected(5000))
        return false;
    // PRELOGIN: VERSION (offset 11, 6 bytes), ENCRYPTION (offset 17, 1 byte: not supported), terminator.
    const QByteArray prelogin = QByteArray::fromHex("00000b0006"
                                                    "0100110001"
                                                    "ff"
                                                    "0b0000000000"
                                                    "02");
    m_socket.write(packet(0x12, prelogin));
    TdsResponse r = read(5000);
    if (!r.complete)
        return false;
    // LOGIN7
    const QString host = QStringLiteral("testhost"), app = QStringLiteral("pchat-lab-tests"),
                  server = QStringLiteral("lab"), lib = QStringLiteral("tdsclient"), db = database;
    QByteArray fixed(94, '\0');
    QByteArray var;
    auto field = [&](int offset, const QString& s, bool scramble = false) {
        const quint16 pos = quint16(94 + var.size());
        QByteArray b;
        putUtf16(b, s);
        if (scramble) {
            for (char& c : b) {
                const quint8 x = quint8(c);
                c = char(quint8(((x << 4) | (x >> 4)) ^ 0xA5));
            }
        }
        var.append(b);
        fixed[offset] = char(pos & 0xFF);
        fixed[offset + 1] = char(pos >> 8);
        fixed[offset + 2] = char(s.size() & 0xFF);
        fixed[offset + 3] = char(s.size() >> 8);
    };
    field(36, host);
    field(40, user);
    field(44, password, true);
    field(48, app);
    field(52, server);
    field(60, lib);
    field(64, QString());
    field(68, db);
    QByteArray login = fixed + var;
    const quint32 total = quint32(login.size());
    std::memcpy(login.data(), &total, 4);
    const quint32 version = 0x74000004;
    std::memcpy(login.data() + 4, &version, 4);
    const quint32 packetSize = 4096;
    std::memcpy(login.data() + 8, &packetSize, 4);
    m_socket.write(packet(0x10, login));
    r = read(5000);
    m_loginResponse = r;
    if (error && !r.messages.isEmpty())
        *error = r.messages.last().second;
    return r.complete && r.errorNumbers.isEmpty();
}

void TdsClient::sendBatch(const QString& sql)
{
    QByteArray p = allHeaders();
    putUtf16(p, sql);
    // Split into 4096-byte packets like a real client.
    const qsizetype body = 4096 - 8;
    for (qsizetype pos = 0; pos < p.size(); pos += body) {
        const bool last = pos + body >= p.size();
        m_socket.write(packet(0x01, p.mid(pos, body), last ? 0x01 : 0x00));
    }
    m_socket.flush();
}

void TdsClient::sendRpc(const QString& procName, int procId,
                        const QVector<std::pair<QString, QVariant>>& params, const QStringList& outputs)
{
    QByteArray p = allHeaders();
    if (procId) {
        put16(p, 0xFFFF);
        put16(p, quint16(procId));
    } else {
        put16(p, quint16(procName.size()));
        putUtf16(p, procName);
    }
    put16(p, 0);
    for (const auto& [name, value] : params) {
        p.append(char(name.size()));
        putUtf16(p, name);
        p.append(char(outputs.contains(name) ? 0x01 : 0x00));
        const QByteArray coll = QByteArray::fromHex("0904d00034");
        switch (value.typeId()) {
        case QMetaType::Int:
            p.append(char(0x26));
            p.append(char(4));
            if (value.isNull()) {
                p.append(char(0));
            } else {
                p.append(char(4));
                put32(p, quint32(value.toInt()));
            }
            break;
        case QMetaType::Bool:
            p.append(QByteArray::fromHex("680101"));
            p.append(char(value.toBool() ? 1 : 0));
            break;
        case QMetaType::Double: {
            p.append(QByteArray::fromHex("6d0808"));
            const double d = value.toDouble();
            quint64 bits;
            std::memcpy(&bits, &d, 8);
            put32(p, quint32(bits));
            put32(p, quint32(bits >> 32));
            break;
        }
        case QMetaType::QUuid: {
            p.append(QByteArray::fromHex("241010"));
            const QUuid u = value.toUuid();
            put32(p, u.data1);
            put16(p, u.data2);
            put16(p, u.data3);
            p.append(reinterpret_cast<const char*>(u.data4), 8);
            break;
        }
        case QMetaType::QDateTime: {
            p.append(QByteArray::fromHex("2a0708"));
            const QDateTime dt = value.toDateTime().toUTC();
            const quint64 units = quint64(dt.time().msecsSinceStartOfDay()) * 10000;
            const qint64 days = QDate(1, 1, 1).daysTo(dt.date());
            for (int i = 0; i < 5; ++i)
                p.append(char((units >> (8 * i)) & 0xFF));
            for (int i = 0; i < 3; ++i)
                p.append(char((days >> (8 * i)) & 0xFF));
            break;
        }
        case QMetaType::QByteArray: { // NTEXT
            p.append(char(0x63));
            put32(p, 0x7FFFFFFE);
            p.append(coll);
            QByteArray b;
            putUtf16(b, QString::fromLatin1(value.toByteArray()));
            put32(p, quint32(b.size()));
            p.append(b);
            break;
        }
        default: { // NVARCHAR(4000)
            p.append(char(0xE7));
            put16(p, 8000);
            p.append(coll);
            if (value.isNull()) {
                put16(p, 0xFFFF);
            } else {
                QByteArray b;
                putUtf16(b, value.toString());
                put16(p, quint16(b.size()));
                p.append(b);
            }
        }
        }
    }
    m_socket.write(packet(0x03, p));
    m_socket.flush();
}

void TdsClient::sendAttention()
{
    m_socket.write(packet(0x06, {}));
    m_socket.flush();
}

void TdsClient::sendRaw(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

bool TdsClient::readPacket(QByteArray* payload, quint8* status, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (m_socket.bytesAvailable() < 8) {
        if (t.elapsed() > timeoutMs ||
            !m_socket.waitForReadyRead(std::max<int>(1, timeoutMs - int(t.elapsed()))))
            if (m_socket.bytesAvailable() < 8)
                return false;
    }
    const QByteArray header = m_socket.peek(8);
    const int len = (quint8(header[2]) << 8) | quint8(header[3]);
    while (m_socket.bytesAvailable() < len) {
        if (!m_socket.waitForReadyRead(std::max<int>(1, timeoutMs - int(t.elapsed()))) &&
            t.elapsed() > timeoutMs)
            return false;
    }
    const QByteArray p = m_socket.read(len);
    *status = quint8(p[1]);
    *payload = p.mid(8);
    return true;
}

TdsResponse TdsClient::read(int timeoutMs)
{
    return readUntil([timeoutMs]() -> std::optional<int> { return timeoutMs; });
}

TdsResponse TdsClient::readSome(int ms)
{
    QElapsedTimer t;
    t.start();
    return readUntil([&t, ms]() -> std::optional<int> {
        if (t.elapsed() >= ms)
            return std::nullopt;
        return int(ms - t.elapsed());
    });
}

TdsResponse TdsClient::readUntil(const std::function<std::optional<int>()>& nextTimeoutMs)
{
    TdsResponse r;
    QByteArray all;
    for (std::optional<int> timeoutMs = nextTimeoutMs(); timeoutMs; timeoutMs = nextTimeoutMs()) {
        QByteArray payload;
        quint8 status = 0;
        if (!readPacket(&payload, &status, *timeoutMs))
            break;
        ++r.packets;
        all.append(payload);
        if (status & 0x01) {
            r.complete = true;
            break;
        }
    }
    parseTokens(all, r);
    return r;
}

void TdsClient::parseTokens(const QByteArray& data, TdsResponse& r)
{
    Reader rd{data};
    auto readValue = [&](const QByteArray& ti) -> QVariant {
        const quint8 type = quint8(ti[0]);
        switch (type) {
        case 0x26:
        case 0x68:
        case 0x6D:
        case 0x6F:
        case 0x24:
        case 0x2A:
        case 0x6C:
        case 0x6A: {
            const quint8 len = rd.u8();
            if (len == 0)
                return QVariant();
            const QByteArray v = data.mid(rd.p, len);
            rd.p += len;
            if (type == 0x26 || type == 0x68) {
                qint64 x = 0;
                for (int i = 0; i < len; ++i)
                    x |= qint64(quint8(v[i])) << (8 * i);
                if (len == 4)
                    x = qint32(x);
                else if (len == 2)
                    x = qint16(x);
                return x;
            }
            if (type == 0x6D) {
                if (len == 4) {
                    float f;
                    std::memcpy(&f, v.constData(), 4);
                    return double(f);
                }
                double d;
                std::memcpy(&d, v.constData(), 8);
                return d;
            }
            if (type == 0x6C || type == 0x6A) {
                double x = 0, f = 1;
                for (int i = 1; i < len; ++i, f *= 256)
                    x += quint8(v[i]) * f;
                return quint8(v[0]) == 1 ? x : -x;
            }
            if (type == 0x24) {
                quint32 d1;
                quint16 d2, d3;
                std::memcpy(&d1, v.constData(), 4);
                std::memcpy(&d2, v.constData() + 4, 2);
                std::memcpy(&d3, v.constData() + 6, 2);
                const auto* b = reinterpret_cast<const uchar*>(v.constData() + 8);
                return QUuid(d1, d2, d3, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]).toString();
            }
            return v.toHex();
        }
        case 0xE7:
        case 0xA5: {
            const quint16 len = rd.u16();
            if (len == 0xFFFF)
                return QVariant();
            if (type == 0xA5) {
                const QByteArray v = data.mid(rd.p, len);
                rd.p += len;
                return v;
            }
            return rd.utf16(len / 2);
        }
        }
        return QVariant();
    };
    try {
        while (rd.p < data.size()) {
            const quint8 token = rd.u8();
            switch (token) {
            case 0x81: {
                const quint16 n = rd.u16();
                QStringList names;
                m_columnTypes.clear();
                for (int i = 0; i < n; ++i) {
                    rd.p += 6;
                    const qsizetype start = rd.p;
                    const quint8 t = rd.u8();
                    if (t == 0xE7)
                        rd.p += 7;
                    else if (t == 0xA5)
                        rd.p += 2;
                    else if (t == 0x6C || t == 0x6A)
                        rd.p += 3;
                    else if (t == 0x2A)
                        rd.p += 1;
                    else
                        rd.p += 1;
                    m_columnTypes.append(data.mid(start, rd.p - start));
                    names.append(rd.utf16(rd.u8()));
                }
                r.columnSets.append(names);
                r.rowSets.append(QVector<QVariantList>());
                break;
            }
            case 0xD1: {
                QVariantList row;
                for (const QByteArray& ti : std::as_const(m_columnTypes))
                    row.append(readValue(ti));
                if (!r.rowSets.isEmpty())
                    r.rowSets.last().append(row);
                break;
            }
            case 0xFD:
            case 0xFE:
            case 0xFF: {
                const quint16 status = rd.u16();
                rd.p += 10;
                r.doneStatuses.append(status);
                if (status & 0x20)
                    r.attentionAck = true;
                break;
            }
            case 0xAA:
            case 0xAB: {
                const quint16 len = rd.u16();
                const qsizetype end = rd.p + len;
                const int number = int(rd.u32());
                rd.p += 2;
                const QString text = rd.utf16(rd.u16());
                r.messages.append({number, text});
                if (token == 0xAA)
                    r.errorNumbers.append(number);
                rd.p = end;
                break;
            }
            case 0x79:
                r.returnStatuses.append(int(rd.u32()));
                break;
            case 0xAC: {
                rd.p += 2;
                const QString name = rd.utf16(rd.u8());
                rd.p += 7;
                const qsizetype start = rd.p;
                const quint8 t = rd.u8();
                rd.p += t == 0xE7 ? 7 : (t == 0xA5 ? 2 : 1);
                const QByteArray ti = data.mid(start, rd.p - start);
                r.returnValues.append({name, readValue(ti)});
                break;
            }
            case 0xE3:
            case 0xAD: {
                const quint16 len = rd.u16();
                rd.p += len;
                break;
            }
            default:
                return; // unknown token: stop parsing (tests then fail on missing data)
            }
        }
    } catch (...) {
    }
}
