#include "devicelistreader.h"

#include "jsonscan.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

namespace ModeDesk::Json {

namespace {

constexpr int MaxDepth = 64;  // deeper values go to the codec

// Strict JSON over UTF-8 bytes. Every method returns false for anything it
// is not sure Qt reads the same way: the caller then hands the body to the
// codec, which reads it (or names its error).
class Utf8Json
{
public:
    explicit Utf8Json(QByteArrayView text)
        : m_p(reinterpret_cast<const uchar *>(text.data())), m_end(m_p + text.size())
    {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != uchar(c))
            return false;
        ++m_p;
        return true;
    }

    bool next(char c)
    {
        skipSpace();
        return m_p != m_end && *m_p == uchar(c);
    }

    // A string without escapes, as a view into the text (keys, mostly).
    bool plainString(QByteArrayView &out, bool *ascii = nullptr)
    {
        if (!take('"'))
            return false;
        const uchar *start = m_p;
        bool allAscii = true;
        if (!scanPlain(allAscii) || *m_p != '"')
            return false;  // cut short, or an escape: not a plain string
        out = QByteArrayView(start, m_p - start);
        ++m_p;
        if (ascii)
            *ascii = allAscii;
        return true;
    }

    // A string field as the codec reads it: null reads as empty.
    bool stringOrNull(QString &out)
    {
        if (next('n'))
            return literal("null");
        if (!take('"'))
            return false;
        const uchar *start = m_p;
        bool ascii = true;
        if (!scanPlain(ascii))
            return false;
        out = ascii ? QString::fromLatin1(reinterpret_cast<const char *>(start), m_p - start)
                    : QString::fromUtf8(reinterpret_cast<const char *>(start), m_p - start);
        if (*m_p == '"') {
            ++m_p;
            return true;
        }
        return escapedRest(&out);
    }

    // An id: an integer literal within 2^53 (or null, read as 0).
    bool id(qint64 &out)
    {
        if (next('n')) {
            out = 0;
            return literal("null");
        }
        return JsonScan::integer(m_p, m_end, out);
    }

    // true, false, or null (read as false).
    bool boolean(bool &out)
    {
        skipSpace();
        out = m_p != m_end && *m_p == 't';
        return literal("true") || literal("false") || literal("null");
    }

    // An RFC 3339 time in a plain string; null and "" read as no time.
    bool time(QDateTime &out)
    {
        if (next('n'))
            return literal("null");
        QByteArrayView text;
        bool ascii = false;
        if (!plainString(text, &ascii) || !ascii || text.size() > 64)
            return false;  // escaped, not a string, or no time: the codec's to read
        if (text.isEmpty())
            return true;
        QVarLengthArray<char16_t, 64> wide(text.size());
        std::copy(text.begin(), text.end(), wide.begin());
        out = parseTime(QStringView(wide.constData(), wide.size()));
        return out.isValid();
    }

    // Checks one value without building it.
    bool skipValue(int depth)
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
            case '{':
                return skipObject(depth + 1);
            case '[':
                return skipArray(depth + 1);
            case '"': {
                ++m_p;
                bool ascii = true;
                return scanPlain(ascii) && (*m_p == '"' ? (++m_p, true) : escapedRest(nullptr));
            }
            case 't':
                return literal("true");
            case 'f':
                return literal("false");
            case 'n':
                return literal("null");
            default:
                return JsonScan::skipNumber(m_p, m_end);
        }
    }

private:
    static bool isContinuation(uchar c) { return (c & 0xC0) == 0x80; }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool skipObject(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p;  // {
        if (take('}'))
            return true;
        for (;;) {
            QByteArrayView key;
            if (!plainString(key) || !take(':') || !skipValue(depth))
                return false;
            if (take('}'))
                return true;
            if (!take(','))
                return false;
        }
    }

    bool skipArray(int depth)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p;  // [
        if (take(']'))
            return true;
        for (;;) {
            if (!skipValue(depth))
                return false;
            if (take(']'))
                return true;
            if (!take(','))
                return false;
        }
    }

    // Moves past plain characters; stops at a quote or a backslash (true),
    // or fails at a control character, UTF-8 that is not well formed (or a
    // noncharacter: Qt's to judge) or the end.
    bool scanPlain(bool &ascii)
    {
        while (m_p != m_end) {
            const uchar c = *m_p;
            if (c < 0x80) {
                if (c == '"' || c == '\\')
                    return true;
                if (c < 0x20)
                    return false;
                ++m_p;
                continue;
            }
            ascii = false;
            if (!skipMultiByte())
                return false;
        }
        return false;
    }

    // One well-formed UTF-8 sequence of two to four bytes, at m_p.
    bool skipMultiByte()
    {
        const uchar c = *m_p;
        const qsizetype left = m_end - m_p;
        uint code;
        qsizetype length;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
        } else {
            return false;
        }
        if (left < length)
            return false;
        for (qsizetype i = 1; i < length; ++i) {
            if (!isContinuation(m_p[i]))
                return false;
            code = (code << 6) | (m_p[i] & 0x3F);
        }
        const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
        const bool nonCharacter = (code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE;
        if (overlong || surrogate || nonCharacter || code > 0x10FFFF)
            return false;
        m_p += length;
        return true;
    }

    // The rest of a string from its first escape, appended to out (if given).
    bool escapedRest(QString *out)
    {
        while (m_p != m_end) {
            const uchar c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c != '\\') {
                const uchar *start = m_p;
                bool ascii = true;
                if (!scanPlain(ascii))
                    return false;
                if (out)
                    out->append(
                        QString::fromUtf8(reinterpret_cast<const char *>(start), m_p - start));
                continue;
            }
            if (m_end - m_p < 2)
                return false;
            const uchar escaped = m_p[1];
            m_p += 2;
            char16_t meaning = JsonScan::unescaped(escaped);
            if (escaped == 'u') {
                if (!JsonScan::hex4(m_p, m_end, meaning) || QChar::isSurrogate(meaning) ||
                    meaning == 0)
                    return false;  // pairs and NUL: Qt's reading
            } else if (meaning == 0) {
                return false;
            }
            if (out)
                out->append(QChar(meaning));
        }
        return false;
    }

    template <qsizetype N>
    bool literal(const char (&word)[N])
    {
        if (m_end - m_p < N - 1 || std::memcmp(m_p, word, N - 1) != 0)
            return false;
        m_p += N - 1;
        return true;
    }

    const uchar *m_p;
    const uchar *m_end;
};

// The Device fields, each a bit: a second sight of one hands over.
enum Field : quint32 {
    IdField = 1 << 0,
    ProjectIdField = 1 << 1,
    HomeIdField = 1 << 2,
    DeviceClassField = 1 << 3,
    NameField = 1 << 4,
    TagField = 1 << 5,
    ClaimTimeField = 1 << 6,
    ClaimExpirationTimeField = 1 << 7,
    IsConnectedField = 1 << 8,
    LastConnectTimeField = 1 << 9,
    LastDisconnectTimeField = 1 << 10,
    LastCommandTimeField = 1 << 11,
    LastEventTimeField = 1 << 12,
    ApiKeyField = 1 << 13,
    OtherField = 0,
};

Field fieldNamed(QByteArrayView key)
{
    static constexpr std::pair<const char *, Field> Names[] = {
        {"id", IdField},
        {"projectId", ProjectIdField},
        {"homeId", HomeIdField},
        {"deviceClass", DeviceClassField},
        {"name", NameField},
        {"tag", TagField},
        {"claimTime", ClaimTimeField},
        {"claimExpirationTime", ClaimExpirationTimeField},
        {"isConnected", IsConnectedField},
        {"lastConnectTime", LastConnectTimeField},
        {"lastDisconnectTime", LastDisconnectTimeField},
        {"lastCommandTime", LastCommandTimeField},
        {"lastEventTime", LastEventTimeField},
        {"apiKey", ApiKeyField},
    };
    for (const auto &[name, field] : Names) {
        if (key.size() == qsizetype(std::strlen(name)) &&
            std::memcmp(key.data(), name, size_t(key.size())) == 0)
            return field;
    }
    return OtherField;
}

bool readField(Utf8Json &json, Field field, Device &device)
{
    switch (field) {
        case IdField:
            return json.id(device.id);
        case ProjectIdField:
            return json.id(device.projectId);
        case HomeIdField:
            return json.id(device.homeId);
        case DeviceClassField:
            return json.stringOrNull(device.deviceClass);
        case NameField:
            return json.stringOrNull(device.name);
        case TagField:
            return json.stringOrNull(device.tag);
        case ClaimTimeField:
            return json.time(device.claimTime);
        case ClaimExpirationTimeField:
            return json.time(device.claimExpirationTime);
        case IsConnectedField:
            return json.boolean(device.isConnected);
        case LastConnectTimeField:
            return json.time(device.lastConnectTime);
        case LastDisconnectTimeField:
            return json.time(device.lastDisconnectTime);
        case LastCommandTimeField:
            return json.time(device.lastCommandTime);
        case LastEventTimeField:
            return json.time(device.lastEventTime);
        case ApiKeyField:
            return json.stringOrNull(device.apiKey);
        case OtherField:
            return json.skipValue(0);  // checked and ignored, as the codec does
    }
    return false;
}

std::optional<Device> readDevice(Utf8Json &json)
{
    if (!json.take('{'))
        return std::nullopt;
    Device device;
    quint32 seen = 0;
    if (!json.take('}')) {
        do {
            QByteArrayView key;
            if (!json.plainString(key) || !json.take(':'))
                return std::nullopt;
            const Field field = fieldNamed(key);
            if (field != OtherField && (seen & field))
                return std::nullopt;
            seen |= field;
            if (!readField(json, field, device))
                return std::nullopt;
        } while (json.take(','));
        if (!json.take('}'))
            return std::nullopt;
    }
    if (!(seen & IdField))
        return std::nullopt;  // required: the codec names it
    return device;
}

}  // namespace

std::optional<QList<Device>> readDeviceListQuickly(QByteArrayView body)
{
    Utf8Json json(body);
    if (!json.take('['))
        return std::nullopt;
    QList<Device> devices;
    // Each device opens one brace: room for all at once (a few MB/ms to count),
    // but no more than a body of braces in a string could make (a device is
    // 32 bytes of JSON at the very least with its fields; smaller ones grow).
    const auto braces = qsizetype(std::count(body.begin(), body.end(), '{'));
    devices.reserve(qMin(braces, body.size() / 32 + 1));
    if (!json.take(']')) {
        do {
            std::optional<Device> device = readDevice(json);
            if (!device)
                return std::nullopt;
            devices.append(std::move(*device));
        } while (json.take(','));
        if (!json.take(']'))
            return std::nullopt;
    }
    if (!json.atEnd())
        return std::nullopt;
    return devices;
}

Decoded<QList<Device>> readDeviceList(const QByteArray &body)
{
    if (std::optional<QList<Device>> devices = readDeviceListQuickly(body))
        return {std::move(devices), {}};
    const Decoded<QJsonValue> parsed = parse(body);
    if (!parsed.ok())
        return Decoded<QList<Device>>::failure(parsed.error);
    return decodeValidEntries<Device>(*parsed.value);
}

}  // namespace ModeDesk::Json
