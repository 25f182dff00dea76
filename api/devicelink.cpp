#include "devicelink.h"

#include "logging.h"

namespace ModeDesk {

DeviceLink::DeviceLink(const QUrl &baseUrl, qint64 deviceId, const QString &apiKey, QObject *parent)
    : DeviceLink(static_cast<ServerConnection *>(nullptr), deviceId, apiKey, parent)
{
    m_baseUrl = baseUrl;
    m_client.setBaseUrl(baseUrl);
}

DeviceLink::DeviceLink(ServerConnection *connection, qint64 deviceId, const QString &apiKey,
                       QObject *parent)
    : QObject(parent)
    , m_deviceId(deviceId)
    , m_baseUrl(connection ? connection->baseUrl() : QUrl())
    , m_apiKey(apiKey)
    , m_client(connection)
{
    qRegisterMetaType<DeviceCommand>();
    m_client.setKey(apiKey);
    m_socket.setMessageHandler([this](const QString &message) { onMessage(message); });
    connect(&m_socket, &ReconnectingSocket::stateChanged, this, &DeviceLink::stateChanged);
    connect(&m_socket, &ReconnectingSocket::refused, this, &DeviceLink::refused);
}

ApiCall<Device> *DeviceLink::redeemToken(const QUrl &baseUrl, const QString &token)
{
    auto *client = new ApiClient;
    client->setBaseUrl(baseUrl);
    ApiCall<Device> *call = client->redeemProvisioningToken(token);
    // The call belongs to the client; the client goes once its call is done.
    connect(call, &ApiCallBase::finished, client, &QObject::deleteLater);
    return call;
}

ApiCall<Device> *DeviceLink::redeemToken(ServerConnection *connection, const QString &token)
{
    auto *client = new ApiClient(connection);  // a key-less handle: cheap
    ApiCall<Device> *call = client->redeemProvisioningToken(token);
    // The call belongs to the client; the client goes once its call is done.
    connect(call, &ApiCallBase::finished, client, &QObject::deleteLater);
    return call;
}

void DeviceLink::listen()
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + QStringLiteral("/devices/%1/command").arg(m_deviceId));
    m_socket.open(url, m_apiKey);
}

void DeviceLink::stop()
{
    m_socket.close();
}

ApiCall<NoContent> *DeviceLink::sendEvent(const QString &eventType, const QJsonObject &eventData)
{
    return m_client.sendDeviceEvent(m_deviceId, eventType, eventData);
}

ApiCall<RegistrationState> *DeviceLink::setClaimable(bool claimable, int durationSeconds)
{
    return m_client.setClaimable(m_deviceId, claimable, durationSeconds);
}

void DeviceLink::onMessage(const QString &message)
{
    const Json::Decoded<QJsonValue> parsed = Json::parse(message.toUtf8());
    const Json::Decoded<DeviceCommand> command =
        parsed.ok() ? Json::decode<DeviceCommand>(*parsed.value)
                    : Json::Decoded<DeviceCommand>::failure(parsed.error);
    if (!command.ok()) {
        qCWarning(lcWs).noquote() << "device" << m_deviceId << "dropped a frame:" << command.error;
        emit malformedCommand(command.error);
        return;
    }
    emit commandReceived(*command.value);
}

}  // namespace ModeDesk
