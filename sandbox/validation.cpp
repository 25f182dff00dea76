#include "validation.h"

#include "httpexchange.h"
#include "jsoncodec.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace ModeDesk::Sandbox::Validation {

namespace {
[[noreturn]] void reject(const char *reason, const QString &message = {})
{
    QJsonObject data;
    if (!message.isEmpty())
        data.insert(QStringLiteral("message"), message);
    throw ApiFailure(403, QLatin1String(reason), data);
}
}  // namespace

QString email(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 254 || !pattern.match(trimmed).hasMatch())
        reject("INVALID_EMAIL");
    return trimmed;
}

QString phoneNumber(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(QRegularExpression(QStringLiteral("[\\s().-]")));
    static const QRegularExpression e164(QStringLiteral("^\\+?[1-9][0-9]{6,14}$"));
    if (!e164.match(digits).hasMatch())
        reject("INVALID_PHONE_NUMBER", QStringLiteral("use international form, e.g. +15555550100"));
    return digits.startsWith(QLatin1Char('+')) ? digits : QStringLiteral("+") + digits;
}

void password(const QString &text)
{
    if (text.size() < MinPasswordLength)
        reject("PASSWORD_TOO_SHORT",
               QStringLiteral("at least %1 characters").arg(MinPasswordLength));
    static const QStringList common = {QStringLiteral("password"),  QStringLiteral("12345678"),
                                       QStringLiteral("123456789"), QStringLiteral("qwertyui"),
                                       QStringLiteral("password1"), QStringLiteral("iloveyou")};
    const bool oneCharacter = text.count(text.at(0)) == text.size();
    if (oneCharacter || common.contains(text.toLower()))
        reject("PASSWORD_TOO_WEAK");
}

QString name(const QString &field, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throwInvalidInput(field, QStringLiteral("must not be empty"));
    if (trimmed.size() > MaxNameLength)
        throwInvalidInput(field, QStringLiteral("at most %1 characters").arg(MaxNameLength));
    return trimmed;
}

bool isTimeZone(const QString &name)
{
    // Constructed, not looked up: Qt 6.4 on Debian 12 lists no "Etc/UTC" as available,
    // yet builds it (and MODE takes every IANA name).
    return QTimeZone(name.toUtf8()).isValid();
}

QString timezone(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty() && !isTimeZone(trimmed))
        throwInvalidInput(QStringLiteral("timezone"),
                          QStringLiteral("\"%1\" is not an IANA time zone").arg(trimmed));
    return trimmed;
}

void keyValueKey(const QString &key)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$"));
    if (key.size() > MaxKeyLength || !pattern.match(key).hasMatch())
        reject("INVALID_KEY", QStringLiteral("letters, digits, '_' and '-', at most %1 "
                                             "characters, starting and ending with a letter or "
                                             "digit")
                                  .arg(MaxKeyLength));
}

void keyValueValue(const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull())
        reject("INVALID_VALUE", QStringLiteral("\"value\" is required and must not be null"));
    if (Json::serialize(value).size() > MaxValueBytes)
        reject("VALUE_TOO_LARGE", QStringLiteral("at most %1 bytes of JSON").arg(MaxValueBytes));
}

void projectId(const RequestFields &fields, qint64 expected)
{
    if (fields.requiredInteger(QStringLiteral("projectId")) != expected)
        reject("INVALID_PROJECT_ID");
}

Event sentEvent(const ApiRequest &request)
{
    const Json::Decoded<Event> sent = Json::decode<Event>(request.jsonObject());
    if (!sent.ok())
        throwInvalidInput(QStringLiteral("body"), sent.error);
    if (sent.value->eventType.trimmed().isEmpty())
        throwInvalidInput(QStringLiteral("eventType"), QStringLiteral("must not be empty"));
    Event event;
    event.eventType = sent.value->eventType;
    event.eventData = sent.value->eventData;
    return event;
}

}  // namespace ModeDesk::Sandbox::Validation
