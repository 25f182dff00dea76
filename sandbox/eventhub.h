// The sandbox's live side: user sockets (/userSession/websocket) receive every
// event of every home their user belongs to; device sockets
// (/devices/{id}/command) receive that device's commands.
#pragma once

#include "modeobjects.h"

#include <QHash>
#include <QMultiHash>
#include <QObject>
#include <functional>
#include <memory>

class QWebSocket;

namespace ModeDesk::Sandbox {

class DeviceStore;
class HomeStore;

class EventHub : public QObject
{
    Q_OBJECT

public:
    // A socket with more than maxQueueBytes unsent (a client that stopped
    // reading) is closed with SlowConsumerCloseCode instead of growing.
    EventHub(const HomeStore &homes, const DeviceStore &devices, qint64 maxQueueBytes,
             QObject *parent = nullptr);
    ~EventHub() override;

    void addUserSocket(std::unique_ptr<QWebSocket> socket, qint64 userId, qint64 sessionId);
    void addDeviceSocket(std::unique_ptr<QWebSocket> socket, qint64 deviceId);
    // A device played inside the sandbox (demo mode): counts as connected and
    // gets its commands through the callback instead of a socket.
    void addVirtualDevice(qint64 deviceId, std::function<void(const DeviceCommand &)> onCommand);

    bool isDeviceConnected(qint64 deviceId) const;
    // False when the device has no open command socket.
    bool sendCommand(qint64 deviceId, const DeviceCommand &command);
    // Fills in the timestamp when unset and sends the event to every member
    // socket of event.homeId.
    void publish(Event event);
    // Sees every published event after its delivery (the TSDB feed).
    void setObserver(std::function<void(const Event &)> observer)
    {
        m_observer = std::move(observer);
    }

    // Close with 1008 (policy): clients take it as "this key no longer works".
    void closeSession(qint64 sessionId, const QString &reason);
    void closeDevice(qint64 deviceId, const QString &reason);

    int userSocketCount() const { return static_cast<int>(m_userSockets.size()); }

    // Private-use range (RFC 6455 7.4.2): not 1008, which clients take as "key refused".
    static constexpr int SlowConsumerCloseCode = 4008;

private:
    struct UserSocket {
        QWebSocket *socket;
        qint64 sessionId;
    };

    void deviceOnline(qint64 deviceId);
    void deviceOffline(qint64 deviceId);
    void publishPresence(qint64 deviceId, bool online);
    void removeUserSocket(QWebSocket *socket);
    // False (and the socket is being closed) when the frame would overfill its queue.
    bool send(QWebSocket *socket, const QString &frame);
    void dropSlowConsumer(QWebSocket *socket);

    const HomeStore &m_homes;
    const DeviceStore &m_devices;
    qint64 m_maxQueueBytes;
    QMultiHash<qint64, UserSocket> m_userSockets;  // by user id
    QHash<qint64, QWebSocket *> m_deviceSockets;   // by device id
    QHash<qint64, std::function<void(const DeviceCommand &)>> m_virtualDevices;
    std::function<void(const Event &)> m_observer;
};

}  // namespace ModeDesk::Sandbox
