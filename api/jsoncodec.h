// The one definition of each MODE JSON shape: decode (tolerant of unknown
// fields, strict about types, with a readable error) and encode (round-trips).
// Used by the sandbox to answer and by the API client to read answers.
#pragma once

#include "modeobjects.h"

#include <QByteArray>
#include <QJsonArray>
#include <array>
#include <optional>

namespace ModeDesk::Json {

// The outcome of a decode: a value, or an error naming the field and the problem.
template <typename T>
struct Decoded {
    Decoded() = default;
    Decoded(std::optional<T> decoded, QString problem)
        : value(std::move(decoded)), error(std::move(problem))
    {}

    std::optional<T> value;
    QString error;
    // A list read with decodeValidEntries: how many entries it left out, and why the first.
    int dropped = 0;
    QString dropReason;

    bool ok() const { return value.has_value(); }
    static Decoded failure(QString message) { return {std::nullopt, std::move(message)}; }
};

// RFC 3339 in UTC with milliseconds ("2015-04-21T00:16:22.381Z"); an invalid
// QDateTime formats as an empty string.
QString formatTime(const QDateTime &time);
// Accepts any fraction length (nanoseconds are rounded to milliseconds).
QDateTime parseTime(QStringView text);

// parseTime for a stream of times that mostly share their second (a flood:
// thousands of events a second): the date and time of day of the last
// canonical time are kept, so a time in the same second costs its
// milliseconds only. Reads exactly what parseTime reads.
class TimeReader
{
public:
    QDateTime read(QStringView text);

private:
    std::array<char16_t, 19> m_second{};  // "2015-04-21T00:16:22", as last read
    qint64 m_secondMsecs = 0;
    bool m_known = false;
};

// Parses a whole document; the error names the byte offset of the problem.
Decoded<QJsonValue> parse(const QByteArray &document);
QByteArray serialize(const QJsonValue &value);

// decode<T>() exists for every object in modeobjects.h.
template <typename T>
Decoded<T> decode(const QJsonValue &json);

template <typename T>
Decoded<QList<T>> decodeList(const QJsonValue &json)
{
    if (!json.isArray())
        return Decoded<QList<T>>::failure(QStringLiteral("expected a JSON array"));
    QList<T> items;
    const QJsonArray array = json.toArray();
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Decoded<T> item = decode<T>(array.at(i));
        if (!item.ok())
            return Decoded<QList<T>>::failure(QStringLiteral("[%1]: %2").arg(i).arg(item.error));
        items.append(std::move(*item.value));
    }
    return {std::move(items), {}};
}

// A list from a server that may send broken entries: the valid ones are kept,
// and the result says how many were left out and why the first was. Not an
// array at all is still an error.
template <typename T>
Decoded<QList<T>> decodeValidEntries(const QJsonValue &json)
{
    if (!json.isArray())
        return Decoded<QList<T>>::failure(QStringLiteral("expected a JSON array"));
    Decoded<QList<T>> result{QList<T>(), {}};
    const QJsonArray array = json.toArray();
    result.value->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        Decoded<T> item = decode<T>(array.at(i));
        if (item.ok()) {
            result.value->append(std::move(*item.value));
        } else if (result.dropped++ == 0) {
            result.dropReason = QStringLiteral("[%1]: %2").arg(i).arg(item.error);
        }
    }
    return result;
}

QJsonObject encode(const User &user);
QJsonObject encode(const Home &home);
QJsonObject encode(const HomeMember &member);
QJsonObject encode(const SmartModule &module);
QJsonObject encode(const Device &device);
QJsonObject encode(const Event &event);
QJsonObject encode(const DeviceCommand &command);
QJsonObject encode(const KeyValuePair &pair);
QJsonObject encode(const ClientAuthentication &auth);
QJsonObject encode(const AuthenticationInfo &info);
QJsonObject encode(const UserSessionInfo &info);
QJsonObject encode(const DeviceProvisioningToken &token);
QJsonObject encode(const RegistrationState &state);
QJsonObject encode(const SmsMessageReceipt &receipt);
QJsonObject encode(const ErrorBody &error);

template <typename T>
QJsonArray encodeList(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(encode(item));
    return array;
}

}  // namespace ModeDesk::Json
