// The pieces of strict JSON both quick readers share, over UTF-16 (event
// frames, as QWebSocket hands them over) or UTF-8 (HTTP bodies): escapes,
// numbers and ids, each read only where Qt surely reads it the same way
// (false otherwise: the caller hands the text to the codec). Internal to api/.
#pragma once

#include <QtGlobal>

namespace ModeDesk::JsonScan {

constexpr qint64 MaxSafeInteger = (1LL << 53) - 1;  // as the codec reads ids

template <typename Unit>
constexpr bool isDigit(Unit c)
{
    return c >= Unit('0') && c <= Unit('9');
}

// What a one-letter escape (\n, \", ...) stands for; 0 for anything else.
template <typename Unit>
constexpr char16_t unescaped(Unit letter)
{
    switch (char16_t(letter)) {
        case u'"':
        case u'\\':
        case u'/':
            return char16_t(letter);
        case u'b':
            return u'\b';
        case u'f':
            return u'\f';
        case u'n':
            return u'\n';
        case u'r':
            return u'\r';
        case u't':
            return u'\t';
    }
    return 0;
}

// The four hex digits of a \u escape, at p.
template <typename Unit>
bool hex4(const Unit *&p, const Unit *end, char16_t &code)
{
    if (end - p < 4)
        return false;
    for (int i = 0; i < 4; ++i) {
        const char16_t c = char16_t(*p++);
        int digit;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        else
            return false;
        code = char16_t(code * 16 + digit);
    }
    return true;
}

// RFC 8259's number grammar, within what Qt surely reads as a finite double.
template <typename Unit>
bool skipNumber(const Unit *&p, const Unit *end)
{
    if (p != end && *p == Unit('-'))
        ++p;
    if (p == end || !isDigit(*p))
        return false;
    int digits = 0;
    if (*p == Unit('0')) {
        ++p;
    } else {
        for (; p != end && isDigit(*p); ++p)
            ++digits;
    }
    if (p != end && *p == Unit('.')) {
        ++p;
        if (p == end || !isDigit(*p))
            return false;
        for (; p != end && isDigit(*p); ++p)
            ++digits;
    }
    if (p != end && (*p == Unit('e') || *p == Unit('E'))) {
        ++p;
        if (p != end && (*p == Unit('+') || *p == Unit('-')))
            ++p;
        int exponent = 0;
        if (p == end || !isDigit(*p))
            return false;
        for (; p != end && isDigit(*p); ++p) {
            exponent = exponent * 10 + int(*p - Unit('0'));
            if (exponent > 290)
                return false;
        }
    }
    return digits <= 17;
}

// An id as the codec reads one: an integer literal within 2^53 (no
// fraction or exponent: 5.0 is an integer too, but the codec's to judge).
template <typename Unit>
bool integer(const Unit *&p, const Unit *end, qint64 &out)
{
    const bool negative = p != end && *p == Unit('-');
    if (negative)
        ++p;
    if (p == end || !isDigit(*p) || (*p == Unit('0') && end - p > 1 && isDigit(p[1])))
        return false;
    qint64 n = 0;
    for (int digits = 0; p != end && isDigit(*p); ++p) {
        if (++digits > 16)
            return false;
        n = n * 10 + qint64(*p - Unit('0'));
    }
    if (p != end && (*p == Unit('.') || *p == Unit('e') || *p == Unit('E')))
        return false;
    if (n > MaxSafeInteger)
        return false;
    out = negative ? -n : n;
    return true;
}

}  // namespace ModeDesk::JsonScan
