#include "eventframereader.h"

#include "quickjson.h"

#include <algorithm>
#include <cstring>

namespace ModeDesk {

namespace {

// key == word, for ASCII words written as u"..." literals: sizes first, then
// the characters, all inline (QStringView's own == calls out of line).
template <qsizetype N>
bool spells(QStringView key, const char16_t (&word)[N])
{
    return key.size() == N - 1 && std::equal(key.utf16(), key.utf16() + (N - 1), word);
}

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
