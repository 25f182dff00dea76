#include "eventframereader.h"

#include "jsonscan.h"

#include <QVarLengthArray>
#include <QtAlgorithms>
#include <algorithm>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define MODEDESK_QUICKJSON_SSE2 1
#endif

namespace ModeDesk {

namespace {

constexpr int MaxDepth = 64;    // deeper payloads go to the codec
constexpr int MaxMembers = 64;  // larger objects too (keys checked pairwise)

// The ASCII characters a JSON string holds as they are: not a quote, a
// backslash or a control character.
constexpr std::array<bool, 0x80> PlainAscii = [] {
    std::array<bool, 0x80> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\';
    return plain;
}();

#ifdef MODEDESK_QUICKJSON_SSE2
// Of eight UTF-16 units, the ones a string scan must look at on its own (a
// quote, a backslash, a control character, a surrogate): two mask bits each.
unsigned specialUnits(const char16_t *p)
{
    __m128i v;
    std::memcpy(&v, p, sizeof v);  // an unaligned load
    const __m128i quote = _mm_cmpeq_epi16(v, _mm_set1_epi16(0x22));
    const __m128i backslash = _mm_cmpeq_epi16(v, _mm_set1_epi16(0x5C));
    // Unsigned v < 0x20, with the signed compare SSE2 has.
    const __m128i control = _mm_cmplt_epi16(_mm_xor_si128(v, _mm_set1_epi16(short(0x8000))),
                                            _mm_set1_epi16(short(0x8020)));
    const __m128i surrogate = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(short(0xF800))),
                                              _mm_set1_epi16(short(0xD800)));
    return unsigned(_mm_movemask_epi8(
        _mm_or_si128(_mm_or_si128(quote, backslash), _mm_or_si128(control, surrogate))));
}
#endif

// key == word, for ASCII words written as u"..." literals: sizes first, then
// the characters, all inline (QStringView's own == calls out of line).
template <qsizetype N>
bool spells(QStringView key, const char16_t (&word)[N])
{
    return key.size() == N - 1 && std::equal(key.utf16(), key.utf16() + (N - 1), word);
}

bool sameText(QStringView a, QStringView b)
{
    return a.size() == b.size() && std::equal(a.utf16(), a.utf16() + a.size(), b.utf16());
}

// Strict JSON over UTF-16, for the quick reader. Every method returns false
// for anything it is not sure Qt reads the same way: the caller then hands
// the frame to the codec, which reads it (or names its error). Compact JSON
// (SpacesAllowed false) is what servers send: whitespace between tokens then
// fails the read, and the caller reads the frame again allowing it (looking
// for whitespace before every token was a tenth of the whole read).
template <bool SpacesAllowed>
class QuickJson
{
public:
    explicit QuickJson(QStringView text) : m_p(text.utf16()), m_end(m_p + text.size()) {}

    const char16_t *position() const { return m_p; }
    // Whether a string read since the last forgetEscapes() had an escape in it.
    bool sawEscape() const { return m_sawEscape; }
    void forgetEscapes() { m_sawEscape = false; }

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }

    bool take(char16_t c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool next(char16_t c)
    {
        skipSpace();
        return m_p != m_end && *m_p == c;
    }

    // A string without escapes, as a view into the frame (keys, mostly).
    bool plainString(QStringView &out)
    {
        if (!take(u'"'))
            return false;
        const char16_t *start = m_p;
        if (!scanPlain() || *m_p != u'"')
            return false;  // cut short, or an escape: not a plain string
        out = QStringView(start, m_p - start);
        ++m_p;
        return true;
    }

    bool string(QString &out)
    {
        if (!take(u'"'))
            return false;
        const char16_t *start = m_p;
        if (!scanPlain())
            return false;
        out = QString(reinterpret_cast<const QChar *>(start), m_p - start);
        if (*m_p == u'"') {
            ++m_p;
            return true;
        }
        return escapedRest(&out);
    }

    bool null() { return literal(u"null"); }

    // A string field as the codec reads it: null reads as empty.
    bool stringOrNull(QString &out)
    {
        if (next(u'n'))
            return literal(u"null");
        return string(out);
    }

    // An id: an integer literal within 2^53 (or null, read as 0).
    bool id(qint64 &out)
    {
        if (next(u'n')) {
            out = 0;
            return literal(u"null");
        }
        return JsonScan::integer(m_p, m_end, out);
    }

    // Checks one value without building it. spaced: whitespace seen between
    // its tokens (the caller then keeps a normalized copy).
    bool skipValue(int depth, bool &spaced)
    {
        spaced |= skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
            case u'{':
                return skipObject(depth + 1, spaced);
            case u'[':
                return skipArray(depth + 1, spaced);
            case u'"':
                ++m_p;
                return scanPlain() && (*m_p == u'"' ? (++m_p, true) : escapedRest(nullptr));
            case u't':
                return literal(u"true");
            case u'f':
                return literal(u"false");
            case u'n':
                return literal(u"null");
            default:
                return JsonScan::skipNumber(m_p, m_end);
        }
    }

private:
    bool skipSpace()
    {
        if constexpr (!SpacesAllowed)
            return false;
        if (m_p == m_end || *m_p > u' ')
            return false;
        const char16_t *start = m_p;
        while (m_p != m_end && (*m_p == u' ' || *m_p == u'\n' || *m_p == u'\r' || *m_p == u'\t'))
            ++m_p;
        return m_p != start;
    }

    bool skipObject(int depth, bool &spaced)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p;  // {
        spaced |= skipSpace();
        if (m_p != m_end && *m_p == u'}') {
            ++m_p;
            return true;
        }
        QVarLengthArray<QStringView, 16> keys;
        for (;;) {
            QStringView key;
            spaced |= skipSpace();
            if (!plainString(key))
                return false;
            // A repeated key: which one Qt keeps is Qt's business.
            if (keys.size() == MaxMembers ||
                std::any_of(keys.cbegin(), keys.cend(),
                            [key](QStringView seen) { return sameText(seen, key); }))
                return false;
            keys.append(key);
            spaced |= skipSpace();
            if (!take(u':') || !skipValue(depth, spaced))
                return false;
            spaced |= skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == u'}') {
                ++m_p;
                return true;
            }
            if (*m_p++ != u',')
                return false;
        }
    }

    bool skipArray(int depth, bool &spaced)
    {
        if (depth > MaxDepth)
            return false;
        ++m_p;  // [
        spaced |= skipSpace();
        if (m_p != m_end && *m_p == u']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!skipValue(depth, spaced))
                return false;
            spaced |= skipSpace();
            if (m_p == m_end)
                return false;
            if (*m_p == u']') {
                ++m_p;
                return true;
            }
            if (*m_p++ != u',')
                return false;
        }
    }

    // Moves past plain characters; stops at a quote or a backslash (true),
    // or fails at a control character, a broken surrogate pair or the end.
    bool scanPlain()
    {
        while (m_p != m_end) {
#ifdef MODEDESK_QUICKJSON_SSE2
            // Eight at a time while none needs a look of its own.
            while (m_end - m_p >= 8) {
                const unsigned special = specialUnits(m_p);
                if (special == 0) {
                    m_p += 8;
                    continue;
                }
                m_p += qCountTrailingZeroBits(special) / 2;
                break;
            }
            if (m_p == m_end)
                break;
#endif
            const char16_t c = *m_p;
            if (c < 0x80) {
                if (!PlainAscii[c])
                    return c == u'"' || c == u'\\';
            } else if (QChar::isSurrogate(c)) {
                if (!QChar::isHighSurrogate(c) || m_end - m_p < 2 || !QChar::isLowSurrogate(m_p[1]))
                    return false;
                ++m_p;
            }
            ++m_p;
        }
        return false;
    }

    // The rest of a string from its first escape, appended to out (if given).
    bool escapedRest(QString *out)
    {
        m_sawEscape = true;
        while (m_p != m_end) {
            const char16_t c = *m_p;
            if (c == u'"') {
                ++m_p;
                return true;
            }
            if (c != u'\\') {
                const char16_t *start = m_p;
                if (!scanPlain())
                    return false;
                if (out)
                    out->append(QStringView(start, m_p - start));
                continue;
            }
            if (m_end - m_p < 2)
                return false;
            const char16_t escaped = m_p[1];
            m_p += 2;
            char16_t meaning = JsonScan::unescaped(escaped);
            if (escaped == u'u') {
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
    bool literal(const char16_t (&word)[N])
    {
        if (m_end - m_p < N - 1 || !std::equal(m_p, m_p + (N - 1), word))
            return false;
        m_p += N - 1;
        return true;
    }

    const char16_t *m_p;
    const char16_t *m_end;
    bool m_sawEscape = false;
};

// A checked JSON text as Qt writes it compactly: no whitespace between
// tokens, and each string with only the escapes Qt writes (so that "caf\u00e9"
// is shown and found as "café"). Members keep the order they came in.
QString normalized(QStringView json)
{
    static constexpr char Hex[] = "0123456789abcdef";
    QString out;
    out.reserve(json.size());
    const auto putEscaped = [&out](char16_t c) {
        switch (c) {
            case u'"':
                out.append(u"\\\"");
                return;
            case u'\\':
                out.append(u"\\\\");
                return;
            case u'\b':
                out.append(u"\\b");
                return;
            case u'\f':
                out.append(u"\\f");
                return;
            case u'\n':
                out.append(u"\\n");
                return;
            case u'\r':
                out.append(u"\\r");
                return;
            case u'\t':
                out.append(u"\\t");
                return;
        }
        if (c < 0x20) {
            out.append(u"\\u00");
            out.append(QLatin1Char(Hex[c >> 4]));
            out.append(QLatin1Char(Hex[c & 0xf]));
            return;
        }
        out.append(QChar(c));
    };
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char16_t c = json[i].unicode();
        if (!inString) {
            if (c == u'"')
                inString = true;
            if (c != u' ' && c != u'\n' && c != u'\r' && c != u'\t')
                out.append(QChar(c));
            continue;
        }
        if (c == u'"') {
            inString = false;
            out.append(QChar(c));
        } else if (c != u'\\') {
            out.append(QChar(c));
        } else {
            // The reader let through only these escapes, \u without surrogates or NUL.
            const char16_t e = json[++i].unicode();
            if (e == u'u') {
                putEscaped(char16_t(json.mid(i + 1, 4).toUInt(nullptr, 16)));
                i += 4;
            } else {
                putEscaped(JsonScan::unescaped(e));
            }
        }
    }
    return out;
}

// UTF-8 of a checked payload. ASCII, the usual case, is narrowed into an array
// of its exact size (QString::toUtf8 sizes for the worst case, then shrinks).
QByteArray utf8Of(QStringView text)
{
    const char16_t *in = text.utf16();
    const qsizetype size = text.size();
    QByteArray out(size, Qt::Uninitialized);
    char *to = out.data();
    qsizetype i = 0;
#ifdef MODEDESK_QUICKJSON_SSE2
    for (; i + 8 <= size; i += 8) {
        __m128i v;
        std::memcpy(&v, in + i, sizeof v);
        const __m128i high = _mm_and_si128(v, _mm_set1_epi16(short(0xFF80)));
        if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF)
            return text.toUtf8();
        _mm_storel_epi64(reinterpret_cast<__m128i *>(to + i), _mm_packus_epi16(v, v));
    }
#endif
    for (; i < size; ++i) {
        if (in[i] >= 0x80)
            return text.toUtf8();
        to[i] = char(in[i]);
    }
    return out;
}

// The Event fields the quick reader fills; a second sight of one hands over.
enum Field : unsigned {
    EventTypeField = 1 << 0,
    EventDataField = 1 << 1,
    TimestampField = 1 << 2,
    HomeIdField = 1 << 3,
    OriginDeviceIdField = 1 << 4,
    OriginDeviceClassField = 1 << 5,
    OriginDeviceIpField = 1 << 6,
    OriginProjectKeyIdField = 1 << 7,
    OriginProjectKeyNameField = 1 << 8,
    OtherField = 0,
};

Field fieldNamed(QStringView key)
{
    if (spells(key, u"eventType"))
        return EventTypeField;
    if (spells(key, u"eventData"))
        return EventDataField;
    if (spells(key, u"timestamp"))
        return TimestampField;
    if (spells(key, u"homeId"))
        return HomeIdField;
    if (spells(key, u"originDeviceId"))
        return OriginDeviceIdField;
    if (spells(key, u"originDeviceClass"))
        return OriginDeviceClassField;
    if (spells(key, u"originDeviceIp"))
        return OriginDeviceIpField;
    if (spells(key, u"originProjectKeyId"))
        return OriginProjectKeyIdField;
    if (spells(key, u"originProjectKeyName"))
        return OriginProjectKeyNameField;
    return OtherField;
}

// Reads the value of one top-level field into event.
template <bool SpacesAllowed>
bool readField(QuickJson<SpacesAllowed> &json, Field field, Event &event, RecentStrings &recent,
               Json::TimeReader &times)
{
    switch (field) {
        case EventTypeField:
        case OriginDeviceClassField: {
            // The two that repeat across a flood: one shared copy of each.
            QString &target = field == EventTypeField ? event.eventType : event.originDeviceClass;
            QStringView plain;
            if (json.next(u'"') && json.plainString(plain)) {
                target = recent.shared(plain);
                return true;
            }
            // Escaped, null (for a class) or not a string: the codec's to read.
            return false;
        }
        case EventDataField: {
            if (json.next(u'n'))
                return json.null();  // no payload
            if (!json.next(u'{'))
                return false;
            const char16_t *start = json.position();
            bool spaced = false;
            json.forgetEscapes();
            if (!json.skipValue(0, spaced))
                return false;
            const QStringView text(start, json.position() - start);
            const bool asQtWritesIt = !spaced && !json.sawEscape();
            event.eventData =
                EventData::fromCheckedJson(asQtWritesIt ? utf8Of(text) : normalized(text).toUtf8());
            return true;
        }
        case TimestampField: {
            if (json.next(u'n'))
                return json.null();
            QStringView text;
            if (!json.plainString(text))
                return false;  // escaped or not a string: the codec's to read
            if (text.isEmpty())
                return true;
            event.timestamp = times.read(text);
            return event.timestamp.isValid();
        }
        case HomeIdField:
            return json.id(event.homeId);
        case OriginDeviceIdField:
            return json.id(event.originDeviceId);
        case OriginDeviceIpField:
            return json.stringOrNull(event.originDeviceIp);
        case OriginProjectKeyIdField:
            return json.stringOrNull(event.originProjectKeyId);
        case OriginProjectKeyNameField:
            return json.stringOrNull(event.originProjectKeyName);
        case OtherField: {
            bool spaced = false;
            return json.skipValue(0, spaced);  // checked and ignored, as the codec does
        }
    }
    return false;
}

}  // namespace

Json::Decoded<Event> EventFrameReader::read(QStringView frame)
{
    Event event;
    QString error;
    if (!read(frame, event, error))
        return Json::Decoded<Event>::failure(std::move(error));
    return {std::move(event), {}};
}

bool EventFrameReader::read(QStringView frame, Event &event, QString &error)
{
    if (readQuicklyInto(frame, event))
        return true;
    ++m_handedOver;
    const Json::Decoded<QJsonValue> parsed = Json::parse(frame.toUtf8());
    Json::Decoded<Event> decoded = parsed.ok() ? Json::decode<Event>(*parsed.value)
                                               : Json::Decoded<Event>::failure(parsed.error);
    if (!decoded.ok()) {
        error = std::move(decoded.error);
        return false;
    }
    event = std::move(*decoded.value);
    return true;
}

std::optional<Event> EventFrameReader::readQuickly(QStringView frame)
{
    Event event;
    if (!readQuicklyInto(frame, event))
        return std::nullopt;
    return event;
}

bool EventFrameReader::readQuicklyInto(QStringView frame, Event &event)
{
    if (readQuicklyAs<false>(frame, event))
        return true;
    event = Event();  // what the compact reading filled before it gave up
    return readQuicklyAs<true>(frame, event);
}

template <bool SpacesAllowed>
bool EventFrameReader::readQuicklyAs(QStringView frame, Event &event)
{
    QuickJson<SpacesAllowed> json(frame);
    if (!json.take(u'{'))
        return false;
    unsigned seen = 0;
    if (!json.take(u'}')) {
        do {
            QStringView key;
            if (!json.plainString(key) || !json.take(u':'))
                return false;
            const Field field = fieldNamed(key);
            if (field != OtherField && (seen & field))
                return false;
            seen |= field;
            if (!readField(json, field, event, m_recent, m_times))
                return false;
        } while (json.take(u','));
        if (!json.take(u'}'))
            return false;
    }
    return (seen & EventTypeField) && json.atEnd();
}

QString RecentStrings::shared(QStringView text)
{
    // A cheap spread (length and three characters) is enough for a few dozen names.
    const size_t spread = text.isEmpty()
                              ? 0
                              : size_t(text.size()) * 31 + text.front().unicode() * 7 +
                                    text.back().unicode() * 3 + text[text.size() / 2].unicode();
    QString &slot = m_slots[spread % m_slots.size()];
    if (!sameText(slot, text))
        slot = text.toString();
    return slot;
}

}  // namespace ModeDesk
