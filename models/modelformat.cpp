#include "modelformat.h"

#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ModeDesk::ModelFormat {

QString dateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString shortDateTime(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("—");
    const QDateTime local = time.toLocalTime();
    return local.date() == QDate::currentDate()
               ? local.toString(QStringLiteral("HH:mm:ss"))
               : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ago(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return QCoreApplication::translate("ModelFormat", "never");
    const qint64 seconds = time.secsTo(now);
    if (seconds < 10)
        return QCoreApplication::translate("ModelFormat", "just now");
    // Plain int arguments: Qt 6.4's lupdate misses a translate() whose count is a cast.
    if (seconds < 60) {
        const int n = static_cast<int>(seconds);
        return QCoreApplication::translate("ModelFormat", "%n s ago", nullptr, n);
    }
    if (seconds < 3600) {
        const int n = static_cast<int>(seconds / 60);
        return QCoreApplication::translate("ModelFormat", "%n min ago", nullptr, n);
    }
    if (seconds < 86400) {
        const int n = static_cast<int>(seconds / 3600);
        return QCoreApplication::translate("ModelFormat", "%n h ago", nullptr, n);
    }
    return dateTime(time);
}

QString oneLineJson(const QJsonValue &value, int maxChars)
{
    QString text = QString::fromUtf8(Json::serialize(value));
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

QString oneLinePayload(const EventData &data, int maxChars)
{
    // The payload is compact JSON already: only the cut is left to do.
    const QByteArray json = data.json();
    if (json.size() <= maxChars)
        return QString::fromUtf8(json);
    QString text = QString::fromUtf8(json.left(maxChars * 4));
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

QString prettyPayload(const EventData &data)
{
    return prettyJson(QJsonValue(data.toObject()));
}

QString prettyJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented))
            .trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
            .trimmed();
    return oneLineJson(value, 100'000);
}

}  // namespace ModeDesk::ModelFormat
