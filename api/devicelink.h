// The device side of MODE, for the simulator and for provisioning: with a
// device id and key it listens for commands on /devices/{id}/command (same
// keepalive and reconnect rules as the user socket), sends events, opens a
// claimable window, and redeems on-demand provisioning tokens.
#pragma once

#include "apiclient.h"
#include "reconnectingsocket.h"

namespace ModeDesk {

class DeviceLink : public QObject
{
    Q_OBJECT

public:
    DeviceLink(const QUrl &baseUrl, qint64 deviceId, const QString &apiKey,
               QObject *parent = nullptr);
    // On a shared connection (its base URL is the server's).
    DeviceLink(ServerConnection *connection, qint64 deviceId, const QString &apiKey,
               QObject *parent = nullptr);

    // POST /devices {token} needs no key: the answer is the new device with
    // its id and apiKey (shown this once). The call owns its own client.
    static ApiCall<Device> *redeemToken(const QUrl &baseUrl, const QString &token);
    static ApiCall<Device> *redeemToken(ServerConnection *connection, const QString &token);

    qint64 deviceId() const { return m_deviceId; }
    void setKeepAlive(const KeepAlive &keepAlive) { m_socket.setKeepAlive(keepAlive); }
    void listen();
    void stop();
    // The server is known to be back: retry now rather than after the backoff.
    void reconnectNow() { m_socket.reconnectNow(); }
    LinkState state() const { return m_socket.state(); }

    ApiCall<NoContent> *sendEvent(const QString &eventType, const QJsonObject &eventData);
    // durationSeconds 0: the server's default window.
    ApiCall<RegistrationState> *setClaimable(bool claimable, int durationSeconds = 0);

signals:
    void commandReceived(const ModeDesk::DeviceCommand &command);
    void stateChanged(ModeDesk::LinkState state);
    void refused(const QString &reason);
    // A frame that is not a command (logged and dropped).
    void malformedCommand(const QString &problem);

private:
    void onMessage(const QString &message);

    qint64 m_deviceId;
    QUrl m_baseUrl;
    QString m_apiKey;
    ApiClient m_client;
    ReconnectingSocket m_socket;
};

}  // namespace ModeDesk

Q_DECLARE_METATYPE(ModeDesk::DeviceCommand)
