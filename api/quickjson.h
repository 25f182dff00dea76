// QuickJson: strict JSON over UTF-16, as QWebSocket hands text frames over,
// for the event frame reader. Internal to api/.
#pragma once

#include "jsonscan.h"

#include <QStringView>
#include <QVarLengthArray>
#include <QtAlgorithms>
#include <algorithm>
#include <array>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define MODEDESK_QUICKJSON_SSE2 1
#endif

namespace ModeDesk {

namespace QuickJsonDetail {

// The ASCII characters a JSON string holds as they are: not a quote, a
// backslash or a control character.
inline constexpr std::array<bool, 0x80> PlainAscii = [] {
    std::array<bool, 0x80> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[c] = c != '"' && c != '\\';
    return plain;
}();

#ifdef MODEDESK_QUICKJSON_SSE2
// Of eight UTF-16 units, the ones a string scan must look at on its own (a
// quote, a backslash, a control character, a surrogate): two mask bits each.
inline unsigned specialUnits(const char16_t *p)
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

}  // namespace QuickJsonDetail

// a == b, inline (QStringView's own == calls out of line).
inline bool sameText(QStringView a, QStringView b)
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
    static constexpr int MaxDepth = 64;    // deeper payloads go to the codec
    static constexpr int MaxMembers = 64;  // larger objects too (keys checked pairwise)

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
                const unsigned special = QuickJsonDetail::specialUnits(m_p);
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
                if (!QuickJsonDetail::PlainAscii[c])
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

}  // namespace ModeDesk
