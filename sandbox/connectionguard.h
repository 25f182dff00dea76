// One HTTP connection's bounds, enforced before QAbstractHttpServer parses a
// byte: header size and time, body size and time, idle keep-alive. It scans
// the bytes as they arrive (peeking, never consuming) just far enough to find
// where each request's headers end and how long its body is. A refusal is
// answered and the connection closed: nothing more is read from it.
#pragma once

#include <QByteArray>
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

private:
    enum class Phase {
        Headers,      // reading a request line and headers
        Body,         // m_bodyLeft bytes of a Content-Length body to come
        ChunkedBody,  // a chunked body: ends when its reply goes out
        HandedOver,   // a WebSocket upgrade: QWebSocket's frame limits apply now
        Refused,
    };

    void beforeParser();
    void afterParser();
    void scan(QByteArray bytes);
    bool endHeaders();  // false: stop scanning
    void bodyDone();
    void replyWritten();
    void idleTimeout();
    void trip(int status, const char *reason);

    QTcpSocket *m_socket;
    Bounds m_bounds;
    std::function<void()> m_onGone;
    Phase m_phase = Phase::Headers;
    QByteArray m_headers;  // of the request being read; at most maxHeaderBytes
    qint64 m_bodyLeft = 0;
    qint64 m_bodyRead = 0;
    qint64 m_unread = 0;  // bytes the parser left in the socket last time
    bool m_afterParserConnected = false;
    bool m_awaitingReply = false;
    QTimer m_headerTimer;
    QTimer m_bodyTimer;
    QTimer m_idleTimer;
};

}  // namespace ModeDesk::Sandbox
