#include "eventhub.h"

#include "devicestore.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "logging.h"
#include "sandboxdatabase.h"

#include <QTimer>
#include <QWebSocket>

namespace ModeDesk::Sandbox {

namespace {
constexpr auto PolicyViolation = QWebSocketProtocol::CloseCodePolicyViolated;
// Nothing application-level travels client-to-server on either socket; cap it.
constexpr qint64 MaxIncomingMessage = 64 * 1024;
// A dropped slow consumer gets this long to take its close frame.
constexpr int SlowConsumerGraceMs = 1'000;
}  // namespace

EventHub::EventHub(const HomeStore &homes, const DeviceStore &devices, qint64 maxQueueBytes,
                   QObject *parent)
    : QObject(parent), m_homes(homes), m_devices(devices), m_maxQueueBytes(maxQueueBytes)
{}

EventHub::~EventHub()
{
    // Sockets are children of the hub; stop their signals reaching a half-destroyed hub.
    for (QWebSocket *socket : findChildren<QWebSocket *>())
        socket->disconnect(this);
}

void EventHub::addUserSocket(std::unique_ptr<QWebSocket> owned, qint64 userId, qint64 sessionId)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingMessage);
    m_userSockets.insert(userId, {socket, sessionId});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { removeUserSocket(socket); });
    qCInfo(lcWs) << "user socket opened for user" << userId;
}

void EventHub::removeUserSocket(QWebSocket *socket)
{
    for (auto it = m_userSockets.begin(); it != m_userSockets.end();) {
        if (it->socket == socket)
            it = m_userSockets.erase(it);
        else
            ++it;
    }
    socket->deleteLater();
}

void EventHub::addDeviceSocket(std::unique_ptr<QWebSocket> owned, qint64 deviceId)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingMessage);
    // One command socket per device: a new connection replaces the old one.
    if (QWebSocket *previous = m_deviceSockets.take(deviceId)) {
        previous->disconnect(this);
        previous->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("REPLACED"));
        previous->deleteLater();
    }
    const bool wasConnected = isDeviceConnected(deviceId);
    m_deviceSockets.insert(deviceId, socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket, deviceId] {
        if (m_deviceSockets.value(deviceId) == socket) {
            m_deviceSockets.remove(deviceId);
            deviceOffline(deviceId);
        }
        socket->deleteLater();
    });
    if (!wasConnected)
        deviceOnline(deviceId);
}

void EventHub::addVirtualDevice(qint64 deviceId,
                                std::function<void(const DeviceCommand &)> onCommand)
{
    m_virtualDevices.insert(deviceId, std::move(onCommand));
    deviceOnline(deviceId);
}

bool EventHub::isDeviceConnected(qint64 deviceId) const
{
    return m_deviceSockets.contains(deviceId) || m_virtualDevices.contains(deviceId);
}

bool EventHub::sendCommand(qint64 deviceId, const DeviceCommand &command)
{
    if (QWebSocket *socket = m_deviceSockets.value(deviceId))
        return send(socket, QString::fromUtf8(Json::serialize(Json::encode(command))));
    if (const auto handler = m_virtualDevices.value(deviceId)) {
        handler(command);
        return true;
    }
    return false;
}

void EventHub::publish(Event event)
{
    if (event.homeId == 0)
        return;  // an unclaimed device has nobody to tell
    if (!event.timestamp.isValid())
        event.timestamp = QDateTime::currentDateTimeUtc();
    const QString frame = QString::fromUtf8(Json::serialize(Json::encode(event)));
    // Collect first: dropping a slow consumer edits m_userSockets.
    QList<QWebSocket *> sockets;
    for (qint64 userId : m_homes.memberUserIds(event.homeId)) {
        for (auto it = m_userSockets.constFind(userId);
             it != m_userSockets.cend() && it.key() == userId; ++it) {
            sockets.append(it->socket);
        }
    }
    for (QWebSocket *socket : std::as_const(sockets))
        send(socket, frame);
    if (m_observer)
        m_observer(event);
}

bool EventHub::send(QWebSocket *socket, const QString &frame)
{
    // UTF-16 length is within 3x of the UTF-8 bytes it becomes: close enough for a bound.
    if (socket->bytesToWrite() + frame.size() > m_maxQueueBytes) {
        dropSlowConsumer(socket);
        return false;
    }
    socket->sendTextMessage(frame);
    return true;
}

void EventHub::dropSlowConsumer(QWebSocket *socket)
{
    qCWarning(lcWs).nospace().noquote()
        << "closed a socket from " << socket->peerAddress().toString() << " that stopped reading ("
        << socket->bytesToWrite() << " bytes unsent, the limit is " << m_maxQueueBytes << ")";
    socket->disconnect(this);
    for (auto it = m_userSockets.begin(); it != m_userSockets.end();)
        it = it->socket == socket ? m_userSockets.erase(it) : std::next(it);
    for (auto it = m_deviceSockets.begin(); it != m_deviceSockets.end(); ++it) {
        if (it.value() == socket) {
            const qint64 deviceId = it.key();
            m_deviceSockets.erase(it);
            if (!isDeviceConnected(deviceId))
                deviceOffline(deviceId);
            break;
        }
    }
    socket->close(static_cast<QWebSocketProtocol::CloseCode>(SlowConsumerCloseCode),
                  QStringLiteral("SLOW_CONSUMER"));
    // Still the hub's child (so it dies with the hub) until it is gone.
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(SlowConsumerGraceMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

void EventHub::closeSession(qint64 sessionId, const QString &reason)
{
    // Collect first: close() may emit disconnected() and edit m_userSockets.
    QList<QWebSocket *> sockets;
    for (const UserSocket &entry : std::as_const(m_userSockets)) {
        if (entry.sessionId == sessionId)
            sockets.append(entry.socket);
    }
    for (QWebSocket *socket : sockets)
        socket->close(PolicyViolation, reason);
}

void EventHub::closeDevice(qint64 deviceId, const QString &reason)
{
    if (QWebSocket *socket = m_deviceSockets.value(deviceId))
        socket->close(PolicyViolation, reason);
    if (m_virtualDevices.remove(deviceId) > 0)
        deviceOffline(deviceId);
}

void EventHub::deviceOnline(qint64 deviceId)
{
    publishPresence(deviceId, true);
}

void EventHub::deviceOffline(qint64 deviceId)
{
    publishPresence(deviceId, false);
}

void EventHub::publishPresence(qint64 deviceId, bool online)
{
    try {
        const auto device = m_devices.device(deviceId);
        if (!device)
            return;  // deleted: nothing to record or tell
        m_devices.touch(deviceId,
                        online ? DeviceStore::Touch::Connect : DeviceStore::Touch::Disconnect);
        qCInfo(lcWs) << "device" << deviceId << (online ? "connected" : "disconnected");
        Event event;
        event.eventType =
            QLatin1String(online ? EventTypes::DeviceConnected : EventTypes::DeviceDisconnected);
        event.eventData = QJsonObject{{QStringLiteral("deviceId"), deviceId},
                                      {QStringLiteral("name"), device->name},
                                      {QStringLiteral("deviceClass"), device->deviceClass}};
        event.homeId = device->homeId;
        event.originDeviceId = deviceId;
        event.originDeviceClass = device->deviceClass;
        publish(event);
    } catch (const DatabaseError &error) {
        qCWarning(lcWs) << "cannot record presence of device" << deviceId << error.what();
    }
}

}  // namespace ModeDesk::Sandbox
