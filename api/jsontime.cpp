// RFC 3339 times as MODE writes them: formatTime and parseTime (jsoncodec.h).
#include "jsoncodec.h"

#include <QTimeZone>
#include <algorithm>
#include <optional>

namespace ModeDesk::Json {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

namespace {

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (as QDate).
qint64 daysSinceEpoch(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: years start in March, leap day last.
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

int daysInMonth(int year, int month)
{
    static constexpr int Days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : Days[month - 1];
}

// The shape MODE and the sandbox write, "2015-04-21T00:16:22.381Z" (or with no
// fraction), read without QDateTime::fromString, which costs ten times as
// much and led the event ingest profile. Anything else (offsets, other
// fraction lengths, out-of-range fields) is left to Qt: nullopt.
std::optional<qint64> canonicalUtcMsecs(QStringView text)
{
    const qsizetype size = text.size();
    if ((size != 20 && size != 24) || text[size - 1] != u'Z')
        return std::nullopt;
    bool digitsOk = true;
    const auto number = [&](qsizetype at, int count) {
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = text[at + i].unicode();
            digitsOk = digitsOk && c >= u'0' && c <= u'9';
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
    const int hour = number(11, 2), minute = number(14, 2), second = number(17, 2);
    const int msec = size == 24 ? number(20, 3) : 0;
    if (!digitsOk || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' || text[13] != u':' ||
        text[16] != u':' || (size == 24 && text[19] != u'.'))
        return std::nullopt;
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const qint64 seconds =
        ((daysSinceEpoch(year, month, day) * 24 + hour) * 60 + minute) * 60 + second;
    return seconds * 1000 + msec;
}

QDateTime utcFromMsecs(qint64 msecs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
#else
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);  // deprecated in newer Qt
#endif
}

}  // namespace

QDateTime parseTime(QStringView text)
{
    if (const std::optional<qint64> msecs = canonicalUtcMsecs(text))
        return utcFromMsecs(*msecs);
    QDateTime parsed = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return {};  // RFC 3339 requires an offset or "Z"
    return parsed.toUTC();
}

QDateTime TimeReader::read(QStringView text)
{
    constexpr qsizetype SecondLength = 19;  // "2015-04-21T00:16:22"
    const char16_t *units = text.utf16();
    if (text.size() == 24 && m_known && units[19] == u'.' && units[23] == u'Z' &&
        std::equal(units, units + SecondLength, m_second.begin())) {
        const char16_t a = units[20], b = units[21], c = units[22];
        if (a >= u'0' && a <= u'9' && b >= u'0' && b <= u'9' && c >= u'0' && c <= u'9')
            return utcFromMsecs(m_secondMsecs + (a - u'0') * 100 + (b - u'0') * 10 + (c - u'0'));
    }
    const std::optional<qint64> msecs = canonicalUtcMsecs(text);
    if (!msecs)
        return parseTime(text);
    // Canonical: its second is what the next times will likely share.
    std::copy(units, units + SecondLength, m_second.begin());
    const int fraction = text.size() == 24 ? QStringView(text).mid(20, 3).toInt() : 0;
    m_secondMsecs = *msecs - fraction;  // not *msecs % 1000: times before 1970 count down
    m_known = true;
    return utcFromMsecs(*msecs);
}

}  // namespace ModeDesk::Json
