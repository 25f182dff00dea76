// The value types of MODE API v2.1, one struct per object in
// shared/mode-api/objects.md. They carry data only; JSON lives in jsoncodec.h.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace ModeDesk {

// The three ways a MODE project can handle its user accounts.
enum class AccountMode { Email, Phone, Byou };

QString accountModeName(AccountMode mode);  // "email" | "phone" | "byou"
bool parseAccountMode(const QString &name, AccountMode *mode);

struct User {
    qint64 id = 0;
    qint64 projectId = 0;
    QDateTime creationTime;
    QString name;
    QString email;        // email projects
    QString phoneNumber;  // phone projects
    bool verified = false;
    QString password;  // write-only: sent on create/update, never returned
    bool operator==(const User &) const = default;
};

struct Home {
    qint64 id = 0;
    qint64 projectId = 0;
    QDateTime creationTime;
    QString name;
    QString timezone;  // IANA name, optional
    bool deactivated = false;
    bool operator==(const Home &) const = default;
};

struct HomeMember {
    qint64 userId = 0;
    QDateTime creationTime;
    QString name;
    QString email;
    QString phoneNumber;
    bool verified = false;
    QString role;  // "owner" | "member"
    bool operator==(const HomeMember &) const = default;
};

struct SmartModule {
    QString id;
    QString moduleType;
    QString description;
    QDateTime creationTime;
    bool suspended = false;
    QStringList subscribedEvents;  // event types it takes; "*" = all
    bool operator==(const SmartModule &) const = default;
};

struct Device {
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 homeId = 0;  // 0 while unclaimed
    QString deviceClass;
    QString name;
    QString tag;
    QDateTime claimTime;
    QDateTime claimExpirationTime;
    bool isConnected = false;
    QDateTime lastConnectTime;
    QDateTime lastDisconnectTime;
    QDateTime lastCommandTime;
    QDateTime lastEventTime;
    QString apiKey;  // only in the reply that creates a device from a provisioning token
    bool operator==(const Device &) const = default;
};

// An event's payload (a JSON object), kept as compact JSON text. Events
// arrive by the hundred thousand a second and most are only shown, searched
// or charted by a field or two: the text is read when someone asks, and a
// held event costs its text, not a tree of JSON values.
class EventData
{
public:
    EventData() = default;
    // Written as an object wherever events are made (devices, the sandbox, tests).
    EventData(const QJsonObject &object);  // NOLINT(google-explicit-constructor)
    EventData(std::initializer_list<QPair<QString, QJsonValue>> members)
        : EventData(QJsonObject(members))
    {}
    // Text that is known to be one JSON object (the event frame reader checked it).
    static EventData fromCheckedJson(QByteArray compactJson);

    QJsonObject toObject() const;  // parses the text (cheap for small payloads)
    QJsonValue value(QStringView key) const { return toObject().value(key); }
    bool isEmpty() const { return m_json.isEmpty(); }
    // Compact JSON: "{}" when empty.
    QByteArray json() const;

    // The same JSON object, however it was written down.
    bool operator==(const EventData &other) const;

private:
    QByteArray m_json;  // empty for {}
};

// An event as sent (eventType + eventData) and as delivered on the user socket
// (with the origin fields filled in by the server).
struct Event {
    QString eventType;
    EventData eventData;
    QDateTime timestamp;
    qint64 homeId = 0;
    qint64 originDeviceId = 0;
    QString originDeviceClass;
    QString originDeviceIp;
    QString originProjectKeyId;
    QString originProjectKeyName;
    bool operator==(const Event &) const = default;
};

struct DeviceCommand {
    QString action;
    QJsonObject parameters;
    bool operator==(const DeviceCommand &) const = default;
};

struct KeyValuePair {
    QString key;
    QJsonValue value;  // any JSON except null
    QDateTime modificationTime;
    // Read from a list (Json::readKeyValueList): the pair's size on the wire, and why
    // its value could not be read ("" when it could; else the value is undefined).
    qint64 wireBytes = 0;
    QString unreadable;
    bool operator==(const KeyValuePair &) const = default;
};

struct ClientAuthentication {
    QString token;
    qint64 userId = 0;
    QDateTime expirationTime;
    bool operator==(const ClientAuthentication &) const = default;
};

struct AuthenticationInfo {
    QString type;  // "user" | "device" | "project key" | "nobody"
    qint64 userId = 0;
    qint64 deviceId = 0;
    qint64 projectId = 0;
    QString appId;
    QString projectKeyName;
    QDateTime expirationTime;
    bool operator==(const AuthenticationInfo &) const = default;
};

struct UserSessionInfo {
    qint64 userId = 0;
    qint64 projectId = 0;
    QString appId;
    QDateTime creationTime;
    bool operator==(const UserSessionInfo &) const = default;
};

struct DeviceProvisioningToken {
    QString token;
    QDateTime expirationTime;
    bool operator==(const DeviceProvisioningToken &) const = default;
};

struct RegistrationState {
    QDateTime claimExpirationTime;
    bool operator==(const RegistrationState &) const = default;
};

struct SmsMessageReceipt {
    QString recipient;
    bool operator==(const SmsMessageReceipt &) const = default;
};

// The body of every error reply: {"reason": "UPPER_SNAKE_CASE", "data": {...}}.
struct ErrorBody {
    QString reason;
    QJsonObject data;
    bool operator==(const ErrorBody &) const = default;
};

}  // namespace ModeDesk

// QString, QJsonObject and QDateTime are relocatable, so Event is too: lists
// of events (batches, the log) move them with memmove.
Q_DECLARE_TYPEINFO(ModeDesk::Event, Q_RELOCATABLE_TYPE);

namespace ModeDesk {

// Reserved event types the server uses to report changes on the user socket.
namespace EventTypes {
inline constexpr auto DeviceConnected = "_deviceConnected_";
inline constexpr auto DeviceDisconnected = "_deviceDisconnected_";
inline constexpr auto KeyValueSaved = "_keyValueSaved_";
inline constexpr auto KeyValueDeleted = "_keyValueDeleted_";
}  // namespace EventTypes

}  // namespace ModeDesk

namespace ModeDesk {

// A device made by a local sandbox's admin (POST /sandbox/devices): the
// device with its apiKey, and the claim code printed on its "label".
struct ProvisionedDevice {
    Device device;
    QString claimCode;
    bool operator==(const ProvisionedDevice &) const = default;
};

// A message in a local sandbox's outbox (GET /sandbox/outbox): the mail or
// SMS that MODE would have sent.
struct OutboxEntry {
    qint64 id = 0;
    QString channel;  // "email" | "sms"
    QString to;
    QString purpose;
    QString code;
    QString token;
    QString text;
    QDateTime time;
    bool operator==(const OutboxEntry &) const = default;
};

}  // namespace ModeDesk
