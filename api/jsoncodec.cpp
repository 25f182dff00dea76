#include "jsoncodec.h"

#include "fieldreader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace ModeDesk::Json {

using namespace Detail;

namespace {

void putId(QJsonObject &object, const char *name, qint64 value)
{
    if (value != 0)
        object.insert(QLatin1String(name), value);
}

}  // namespace

Decoded<QJsonValue> parse(const QByteArray &document)
{
    QJsonParseError error{};
    const QJsonDocument parsed = QJsonDocument::fromJson(document, &error);
    if (error.error != QJsonParseError::NoError) {
        return Decoded<QJsonValue>::failure(QStringLiteral("invalid JSON at byte %1: %2")
                                                .arg(error.offset)
                                                .arg(error.errorString()));
    }
    if (parsed.isArray())
        return {QJsonValue(parsed.array()), {}};
    return {QJsonValue(parsed.object()), {}};
}

QByteArray serialize(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    // A bare scalar: wrap it and strip the brackets (QJsonDocument holds containers only).
    QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

// ---- decode ---------------------------------------------------------------

template <>
Decoded<User> decode<User>(const QJsonValue &json)
{
    FieldReader r(json, "User");
    User user;
    user.id = r.integer("id", FieldReader::Required);
    user.projectId = r.integer("projectId");
    user.creationTime = r.time("creationTime");
    user.name = r.string("name");
    user.email = r.string("email");
    user.phoneNumber = r.string("phoneNumber");
    user.verified = r.boolean("verified");
    return r.result(user);
}

template <>
Decoded<Home> decode<Home>(const QJsonValue &json)
{
    FieldReader r(json, "Home");
    Home home;
    home.id = r.integer("id", FieldReader::Required);
    home.projectId = r.integer("projectId");
    home.creationTime = r.time("creationTime");
    home.name = r.string("name");
    home.timezone = r.string("timezone");
    home.deactivated = r.boolean("deactivated");
    return r.result(home);
}

template <>
Decoded<HomeMember> decode<HomeMember>(const QJsonValue &json)
{
    FieldReader r(json, "HomeMember");
    HomeMember member;
    member.userId = r.integer("userId", FieldReader::Required);
    member.creationTime = r.time("creationTime");
    member.name = r.string("name");
    member.email = r.string("email");
    member.phoneNumber = r.string("phoneNumber");
    member.verified = r.boolean("verified");
    member.role = r.string("role");
    return r.result(member);
}

template <>
Decoded<SmartModule> decode<SmartModule>(const QJsonValue &json)
{
    FieldReader r(json, "SmartModule");
    SmartModule module;
    module.id = r.string("id", FieldReader::Required);
    module.moduleType = r.string("moduleType");
    module.description = r.string("description");
    module.creationTime = r.time("creationTime");
    module.suspended = r.boolean("suspended");
    module.subscribedEvents = r.strings("subscribedEvents");
    return r.result(module);
}

template <>
Decoded<Device> decode<Device>(const QJsonValue &json)
{
    FieldReader r(json, "Device");
    Device device;
    device.id = r.integer("id", FieldReader::Required);
    device.projectId = r.integer("projectId");
    device.homeId = r.integer("homeId");
    device.deviceClass = r.string("deviceClass");
    device.name = r.string("name");
    device.tag = r.string("tag");
    device.claimTime = r.time("claimTime");
    device.claimExpirationTime = r.time("claimExpirationTime");
    device.isConnected = r.boolean("isConnected");
    device.lastConnectTime = r.time("lastConnectTime");
    device.lastDisconnectTime = r.time("lastDisconnectTime");
    device.lastCommandTime = r.time("lastCommandTime");
    device.lastEventTime = r.time("lastEventTime");
    device.apiKey = r.string("apiKey");
    return r.result(device);
}

template <>
Decoded<Event> decode<Event>(const QJsonValue &json)
{
    FieldReader r(json, "Event");
    Event event;
    event.eventType = r.string("eventType", FieldReader::Required);
    event.eventData = r.object("eventData");
    event.timestamp = r.time("timestamp");
    event.homeId = r.integer("homeId");
    event.originDeviceId = r.integer("originDeviceId");
    event.originDeviceClass = r.string("originDeviceClass");
    event.originDeviceIp = r.string("originDeviceIp");
    event.originProjectKeyId = r.string("originProjectKeyId");
    event.originProjectKeyName = r.string("originProjectKeyName");
    return r.result(event);
}

template <>
Decoded<DeviceCommand> decode<DeviceCommand>(const QJsonValue &json)
{
    FieldReader r(json, "DeviceCommand");
    DeviceCommand command;
    command.action = r.string("action", FieldReader::Required);
    command.parameters = r.object("parameters");
    return r.result(command);
}

template <>
Decoded<KeyValuePair> decode<KeyValuePair>(const QJsonValue &json)
{
    FieldReader r(json, "KeyValuePair");
    KeyValuePair pair;
    pair.key = r.string("key", FieldReader::Required);
    pair.value = r.anyButNull("value");
    pair.modificationTime = r.time("modificationTime");
    return r.result(pair);
}

template <>
Decoded<ClientAuthentication> decode<ClientAuthentication>(const QJsonValue &json)
{
    FieldReader r(json, "ClientAuthentication");
    ClientAuthentication auth;
    auth.token = r.string("token", FieldReader::Required);
    auth.userId = r.integer("userId", FieldReader::Required);
    auth.expirationTime = r.time("expirationTime");
    return r.result(auth);
}

template <>
Decoded<AuthenticationInfo> decode<AuthenticationInfo>(const QJsonValue &json)
{
    FieldReader r(json, "AuthenticationInfo");
    AuthenticationInfo info;
    info.type = r.string("type", FieldReader::Required);
    info.userId = r.integer("userId");
    info.deviceId = r.integer("deviceId");
    info.projectId = r.integer("projectId");
    info.appId = r.string("appId");
    info.projectKeyName = r.string("projectKeyName");
    info.expirationTime = r.time("expirationTime");
    return r.result(info);
}

template <>
Decoded<UserSessionInfo> decode<UserSessionInfo>(const QJsonValue &json)
{
    FieldReader r(json, "UserSessionInfo");
    UserSessionInfo info;
    info.userId = r.integer("userId", FieldReader::Required);
    info.projectId = r.integer("projectId");
    info.appId = r.string("appId");
    info.creationTime = r.time("creationTime");
    return r.result(info);
}

template <>
Decoded<DeviceProvisioningToken> decode<DeviceProvisioningToken>(const QJsonValue &json)
{
    FieldReader r(json, "DeviceProvisioningToken");
    DeviceProvisioningToken token;
    token.token = r.string("token", FieldReader::Required);
    token.expirationTime = r.time("expirationTime");
    return r.result(token);
}

template <>
Decoded<RegistrationState> decode<RegistrationState>(const QJsonValue &json)
{
    FieldReader r(json, "RegistrationState");
    RegistrationState state;
    state.claimExpirationTime = r.time("claimExpirationTime");
    return r.result(state);
}

template <>
Decoded<SmsMessageReceipt> decode<SmsMessageReceipt>(const QJsonValue &json)
{
    FieldReader r(json, "SmsMessageReceipt");
    SmsMessageReceipt receipt;
    receipt.recipient = r.string("recipient", FieldReader::Required);
    return r.result(receipt);
}

template <>
Decoded<ErrorBody> decode<ErrorBody>(const QJsonValue &json)
{
    FieldReader r(json, "Error");
    ErrorBody error;
    error.reason = r.string("reason", FieldReader::Required);
    error.data = r.object("data");
    return r.result(error);
}

template <>
Decoded<ProvisionedDevice> decode<ProvisionedDevice>(const QJsonValue &json)
{
    Decoded<Device> device = decode<Device>(json);
    if (!device.ok())
        return Decoded<ProvisionedDevice>::failure(device.error);
    FieldReader r(json, "ProvisionedDevice");
    ProvisionedDevice provisioned{*device.value, r.string("claimCode")};
    return r.result(provisioned);
}

template <>
Decoded<OutboxEntry> decode<OutboxEntry>(const QJsonValue &json)
{
    FieldReader r(json, "OutboxEntry");
    OutboxEntry entry;
    entry.id = r.integer("id", FieldReader::Required);
    entry.channel = r.string("channel");
    entry.to = r.string("to");
    entry.purpose = r.string("purpose");
    entry.code = r.string("code");
    entry.token = r.string("token");
    entry.text = r.string("text");
    entry.time = r.time("time");
    return r.result(entry);
}

// ---- encode ---------------------------------------------------------------

QJsonObject encode(const User &user)
{
    QJsonObject o{{QStringLiteral("id"), user.id},
                  {QStringLiteral("projectId"), user.projectId},
                  {QStringLiteral("name"), user.name},
                  {QStringLiteral("verified"), user.verified}};
    putTime(o, "creationTime", user.creationTime);
    putString(o, "email", user.email);
    putString(o, "phoneNumber", user.phoneNumber);
    putString(o, "password", user.password);
    return o;
}

QJsonObject encode(const Home &home)
{
    QJsonObject o{{QStringLiteral("id"), home.id},
                  {QStringLiteral("projectId"), home.projectId},
                  {QStringLiteral("name"), home.name}};
    putTime(o, "creationTime", home.creationTime);
    putString(o, "timezone", home.timezone);
    if (home.deactivated)
        o.insert(QStringLiteral("deactivated"), true);
    return o;
}

QJsonObject encode(const HomeMember &member)
{
    QJsonObject o{{QStringLiteral("userId"), member.userId},
                  {QStringLiteral("name"), member.name},
                  {QStringLiteral("verified"), member.verified}};
    putTime(o, "creationTime", member.creationTime);
    putString(o, "email", member.email);
    putString(o, "phoneNumber", member.phoneNumber);
    putString(o, "role", member.role);
    return o;
}

QJsonObject encode(const SmartModule &module)
{
    QJsonObject o{
        {QStringLiteral("id"), module.id},
        {QStringLiteral("moduleType"), module.moduleType},
        {QStringLiteral("description"), module.description},
        {QStringLiteral("suspended"), module.suspended},
        {QStringLiteral("subscribedEvents"), QJsonArray::fromStringList(module.subscribedEvents)}};
    putTime(o, "creationTime", module.creationTime);
    return o;
}

QJsonObject encode(const Device &device)
{
    QJsonObject o{{QStringLiteral("id"), device.id},
                  {QStringLiteral("projectId"), device.projectId},
                  {QStringLiteral("homeId"), device.homeId},
                  {QStringLiteral("deviceClass"), device.deviceClass},
                  {QStringLiteral("name"), device.name},
                  {QStringLiteral("tag"), device.tag},
                  {QStringLiteral("isConnected"), device.isConnected}};
    putTime(o, "claimTime", device.claimTime);
    putTime(o, "claimExpirationTime", device.claimExpirationTime);
    putTime(o, "lastConnectTime", device.lastConnectTime);
    putTime(o, "lastDisconnectTime", device.lastDisconnectTime);
    putTime(o, "lastCommandTime", device.lastCommandTime);
    putTime(o, "lastEventTime", device.lastEventTime);
    putString(o, "apiKey", device.apiKey);
    return o;
}

QJsonObject encode(const Event &event)
{
    QJsonObject o{{QStringLiteral("eventType"), event.eventType},
                  {QStringLiteral("eventData"), event.eventData.toObject()}};
    putTime(o, "timestamp", event.timestamp);
    putId(o, "homeId", event.homeId);
    putId(o, "originDeviceId", event.originDeviceId);
    putString(o, "originDeviceClass", event.originDeviceClass);
    putString(o, "originDeviceIp", event.originDeviceIp);
    putString(o, "originProjectKeyId", event.originProjectKeyId);
    putString(o, "originProjectKeyName", event.originProjectKeyName);
    return o;
}

QJsonObject encode(const DeviceCommand &command)
{
    return {{QStringLiteral("action"), command.action},
            {QStringLiteral("parameters"), command.parameters}};
}

QJsonObject encode(const KeyValuePair &pair)
{
    QJsonObject o{{QStringLiteral("key"), pair.key}, {QStringLiteral("value"), pair.value}};
    putTime(o, "modificationTime", pair.modificationTime);
    return o;
}

QJsonObject encode(const ClientAuthentication &auth)
{
    QJsonObject o{{QStringLiteral("token"), auth.token}, {QStringLiteral("userId"), auth.userId}};
    putTime(o, "expirationTime", auth.expirationTime);
    return o;
}

QJsonObject encode(const AuthenticationInfo &info)
{
    QJsonObject o{{QStringLiteral("type"), info.type}};
    putId(o, "userId", info.userId);
    putId(o, "deviceId", info.deviceId);
    putId(o, "projectId", info.projectId);
    putString(o, "appId", info.appId);
    putString(o, "projectKeyName", info.projectKeyName);
    putTime(o, "expirationTime", info.expirationTime);
    return o;
}

QJsonObject encode(const UserSessionInfo &info)
{
    QJsonObject o{{QStringLiteral("userId"), info.userId},
                  {QStringLiteral("projectId"), info.projectId},
                  {QStringLiteral("appId"), info.appId}};
    putTime(o, "creationTime", info.creationTime);
    return o;
}

QJsonObject encode(const DeviceProvisioningToken &token)
{
    QJsonObject o{{QStringLiteral("token"), token.token}};
    putTime(o, "expirationTime", token.expirationTime);
    return o;
}

QJsonObject encode(const RegistrationState &state)
{
    QJsonObject o;
    putTime(o, "claimExpirationTime", state.claimExpirationTime);
    return o;
}

QJsonObject encode(const SmsMessageReceipt &receipt)
{
    return {{QStringLiteral("recipient"), receipt.recipient}};
}

QJsonObject encode(const ErrorBody &error)
{
    QJsonObject o{{QStringLiteral("reason"), error.reason}};
    if (!error.data.isEmpty())
        o.insert(QStringLiteral("data"), error.data);
    return o;
}

}  // namespace ModeDesk::Json
