// The pieces both JSON codecs (jsoncodec.cpp, tsdbobjects.cpp) read and
// write fields with. Internal to modedesk_api.
#pragma once

#include "jsoncodec.h"

#include <QJsonObject>
#include <cmath>

namespace ModeDesk::Json::Detail {

constexpr double MaxSafeInteger = 9007199254740991.0;  // 2^53 - 1

inline QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
        case QJsonValue::Null:
            return QStringLiteral("null");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        case QJsonValue::Undefined:
            break;
    }
    return QStringLiteral("nothing");
}

// Reads typed fields from one JSON object and keeps the first error. Unknown
// fields are ignored; an optional field that is absent or null reads as its
// default; a required one that is absent or null makes the object invalid.
class FieldReader
{
public:
    FieldReader(const QJsonValue &json, const char *objectName)
        : m_object(json.toObject()), m_objectName(QLatin1String(objectName))
    {
        if (!json.isObject())
            fail(QStringLiteral("expected %1 object, got %2").arg(m_objectName, typeName(json)));
    }

    enum Presence { Optional, Required };

    qint64 integer(const char *name, Presence presence = Optional)
    {
        const QJsonValue value = field(name, presence);
        if (isAbsent(value))
            return 0;
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number ||
            std::fabs(number) > MaxSafeInteger) {
            wrongType(name, "an integer", value);
            return 0;
        }
        return static_cast<qint64>(number);
    }

    QString string(const char *name, Presence presence = Optional)
    {
        const QJsonValue value = field(name, presence);
        if (isAbsent(value))
            return {};
        if (!value.isString())
            wrongType(name, "a string", value);
        return value.toString();
    }

    bool boolean(const char *name)
    {
        const QJsonValue value = field(name, Optional);
        if (isAbsent(value))
            return false;
        if (!value.isBool())
            wrongType(name, "a boolean", value);
        return value.toBool();
    }

    QDateTime time(const char *name, Presence presence = Optional)
    {
        const QString text = string(name, presence);
        if (text.isEmpty())
            return {};
        QDateTime parsed = parseTime(text);
        if (!parsed.isValid())
            fail(QStringLiteral("%1.%2: \"%3\" is not an RFC 3339 time")
                     .arg(m_objectName, QLatin1String(name), text));
        return parsed;
    }

    QJsonObject object(const char *name, Presence presence = Optional)
    {
        const QJsonValue value = field(name, presence);
        if (isAbsent(value))
            return {};
        if (!value.isObject())
            wrongType(name, "an object", value);
        return value.toObject();
    }

    QJsonArray array(const char *name, Presence presence = Optional)
    {
        const QJsonValue value = field(name, presence);
        if (isAbsent(value))
            return {};
        if (!value.isArray())
            wrongType(name, "an array", value);
        return value.toArray();
    }

    // An array of strings.
    QStringList strings(const char *name)
    {
        QStringList list;
        for (const QJsonValue &entry : array(name)) {
            if (!entry.isString())
                wrongType(name, "an array of strings", entry);
            list.append(entry.toString());
        }
        return list;
    }

    // Reports a problem found by the caller (in nested data, say).
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
    }

    QJsonValue anyButNull(const char *name)
    {
        const QJsonValue value = field(name, Optional);
        if (value.isUndefined())
            fail(QStringLiteral("%1.%2 is missing").arg(m_objectName, QLatin1String(name)));
        else if (value.isNull())
            fail(QStringLiteral("%1.%2 must not be null").arg(m_objectName, QLatin1String(name)));
        return value;
    }

    bool ok() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    template <typename T>
    Decoded<T> result(T value) const
    {
        if (!ok())
            return Decoded<T>::failure(m_error);
        return {std::move(value), {}};
    }

private:
    static bool isAbsent(const QJsonValue &value) { return value.isUndefined() || value.isNull(); }

    QJsonValue field(const char *name, Presence presence)
    {
        const QJsonValue value = m_object.value(QLatin1String(name));
        if (presence == Required && value.isUndefined())
            fail(QStringLiteral("%1.%2 is missing").arg(m_objectName, QLatin1String(name)));
        else if (presence == Required && value.isNull())
            fail(QStringLiteral("%1.%2 is null").arg(m_objectName, QLatin1String(name)));
        return value;
    }

    void wrongType(const char *name, const char *expected, const QJsonValue &got)
    {
        fail(QStringLiteral("%1.%2: expected %3, got %4")
                 .arg(m_objectName, QLatin1String(name), QLatin1String(expected), typeName(got)));
    }

    QJsonObject m_object;
    QString m_objectName;
    QString m_error;
};

inline void putString(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}

inline void putTime(QJsonObject &object, const char *name, const QDateTime &value)
{
    if (value.isValid())
        object.insert(QLatin1String(name), formatTime(value));
}
}  // namespace ModeDesk::Json::Detail
