// A WebSocket client for tests that collects every text frame it receives.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <QWebSocket>

namespace ModeDesk::Testing {

class SocketProbe
{
public:
    enum class KeyPlacement { Header, QueryParameter };

    SocketProbe();
    // Opens and waits until the socket is connected or closed (by refusal).
    bool open(const QUrl &url, const QString &key, KeyPlacement placement = KeyPlacement::Header);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Waits for the server to close the socket; true if it did.
    bool waitForClose(int timeoutMs = 5000);
    QWebSocketProtocol::CloseCode closeCode() const { return m_socket.closeCode(); }
    QString closeReason() const { return m_socket.closeReason(); }

    // Waits until at least count frames (of the type, if given) have arrived.
    bool waitForFrames(int count, const QString &eventType = {}, int timeoutMs = 5000);
    QList<QJsonObject> frames(const QString &eventType = {}) const;
    void clear() { m_frames.clear(); }

    bool pingAndWaitForPong(int timeoutMs = 3000);
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_frames;
    bool m_ponged = false;
};

}  // namespace ModeDesk::Testing
