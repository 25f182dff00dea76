#include "modelformat.h"

#include "jsoncodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextDocument>

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

QString lastKnown(const QDateTime &asOf)
{
    return QCoreApplication::translate("ModelFormat",
                                       "As last seen on %1; not confirmed by the server yet.")
        .arg(dateTime(asOf));
}

QString listAsLastSeen(const QDateTime &asOf)
{
    return QCoreApplication::translate("ModelFormat", "The list is as last seen on %1.")
        .arg(dateTime(asOf));
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

namespace {
// Writes value into out until it holds more than budget characters.
void preview(const QJsonValue &value, QString &out, qsizetype budget, bool indented, int depth)
{
    if (out.size() > budget)
        return;
    const auto newline = [&](int level) {
        if (indented)
            out += QLatin1Char('\n') + QString(level * 4, QLatin1Char(' '));
    };
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        out += QLatin1Char('{');
        bool first = true;
        for (auto it = object.begin(); it != object.end() && out.size() <= budget; ++it) {
            if (!first)
                out += QLatin1Char(',');
            first = false;
            newline(depth + 1);
            out += QString::fromUtf8(Json::serialize(QJsonArray{it.key()})).mid(1).chopped(1);
            out += indented ? QLatin1String(": ") : QLatin1String(":");
            preview(it.value(), out, budget, indented, depth + 1);
        }
        if (!object.isEmpty())
            newline(depth);
        out += QLatin1Char('}');
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        out += QLatin1Char('[');
        for (qsizetype i = 0; i < array.size() && out.size() <= budget; ++i) {
            if (i > 0)
                out += QLatin1Char(',');
            newline(depth + 1);
            preview(array.at(i), out, budget, indented, depth + 1);
        }
        if (!array.isEmpty())
            newline(depth);
        out += QLatin1Char(']');
    } else {
        out += QString::fromUtf8(Json::serialize(QJsonArray{value})).mid(1).chopped(1);
    }
}
}  // namespace

QString previewJson(const QJsonValue &value, int maxChars, bool indented)
{
    QString out;
    preview(value, out, maxChars, indented, 0);
    if (out.size() > maxChars)
        out = out.left(maxChars - 1) + QChar(0x2026);
    return out;
}

QString plainTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(text.toHtmlEscaped());
}

qint64 jsonBytes(const QJsonValue &value)
{
    return Json::serialize(value).size();
}

QString byteSize(qint64 bytes)
{
    const QLocale locale;
    if (bytes >= 1024 * 1024)
        return QCoreApplication::translate("ModeDesk::ModelFormat", "%1 MB")
            .arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
    if (bytes >= 1024)
        return QCoreApplication::translate("ModeDesk::ModelFormat", "%1 KB")
            .arg(locale.toString((bytes + 1023) / 1024));
    const int count = int(bytes);
    return QCoreApplication::translate("ModeDesk::ModelFormat", "%n byte(s)", nullptr, count);
}

}  // namespace ModeDesk::ModelFormat
