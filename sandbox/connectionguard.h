// One HTTP connection's bounds, enforced before QAbstractHttpServer parses a
// byte: header size and time, body size and time, idle keep-alive. It peeks
// at the bytes as they arrive (never consuming them) and a RequestFramer
// finds where each request's headers and body end. A refusal is answered and
// the connection closed: what follows is dropped, never kept.
#pragma once

#include "requestframer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>

class QTcpSocket;

namespace ModeDesk::Sandbox {

class ConnectionGuard : public QObject
{
    Q_OBJECT

public:
    struct Bounds {
        qint64 maxHeaderBytes = 0;
        qint64 maxBodyBytes = 0;
        int headerTimeoutMs = 0;
        int bodyTimeoutMs = 0;
        int idleTimeoutMs = 0;
    };

    // Becomes the socket's child; call before the HTTP server connects to it.
    // onGone runs when the socket (and so the guard) is destroyed.
    ConnectionGuard(QTcpSocket *socket, const Bounds &bounds, std::function<void()> onGone);
    ~ConnectionGuard() override;

    // Answers with a short JSON refusal and closes the connection.
    static void refuse(QTcpSocket *socket, int status, const char *reason);

    // The server upgraded this connection to a WebSocket: QWebSocket's frame
    // limits apply from here, and the guard lets go.
    void handOver();

private:
    enum class State {
        Http,        // requests framed by m_framer
        HandedOver,  // a WebSocket upgrade: QWebSocket's frame limits apply now
        Refused,     // answered and closing: what comes is dropped
    };

    void beforeParser();
    void onStep(RequestFramer::Step step);
    void replyWritten();
    void idleTimeout();
    void trip(int status, const char *reason);

    QTcpSocket *m_socket;
    std::function<void()> m_onGone;
    RequestFramer m_framer;
    State m_state = State::Http;
    qint64 m_unread = 0;  // bytes the parser left in the socket last time
    bool m_unreadCheckQueued = false;
    bool m_awaitingReply = false;
    QElapsedTimer
        m_awaitingSince;  // a request the server never answers must not hold the connection
    QTimer m_headerTimer;
    QTimer m_bodyTimer;
    QTimer m_idleTimer;
};

}  // namespace ModeDesk::Sandbox
