// Input rules shared by the route handlers. Each throws the documented 403
// with a specific reason when the input is not acceptable.
#pragma once

#include "modeobjects.h"

#include <QJsonValue>
#include <QString>

namespace ModeDesk::Sandbox {

class RequestFields;
struct ApiRequest;

namespace Validation {

inline constexpr int MaxNameLength = 100;
inline constexpr int MaxKeyLength = 64;
inline constexpr int MaxValueBytes = 64 * 1024;
inline constexpr int MinPasswordLength = 8;

QString email(const QString &text);        // trimmed; INVALID_EMAIL
QString phoneNumber(const QString &text);  // to E.164 ("+15555550100"); INVALID_PHONE_NUMBER
void password(const QString &text);        // PASSWORD_TOO_SHORT, PASSWORD_TOO_WEAK
QString name(const QString &field, const QString &text);       // non-empty, bounded
QString timezone(const QString &text);                         // IANA id or empty
bool isTimeZone(const QString &name);                          // a zone QTimeZone can build
void keyValueKey(const QString &key);                          // INVALID_KEY
void keyValueValue(const QJsonValue &value);                   // INVALID_VALUE, VALUE_TOO_LARGE
void projectId(const RequestFields &fields, qint64 expected);  // INVALID_PROJECT_ID
// A sent Event body: eventType non-empty, eventData an object if present.
Event sentEvent(const ApiRequest &request);

}  // namespace Validation
}  // namespace ModeDesk::Sandbox
