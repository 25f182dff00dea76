// A TCP proxy that puts a distance between a client and a server on loopback:
// every chunk waits half the round-trip time in each direction, and a new
// connection's first bytes wait one round trip more (its TCP handshake), as
// the real cloud is 100-250 ms away. HTTP and WebSockets pass unchanged.
// It lives on whatever thread it is started on (Bench::ThreadedServer gives
// it one, so that a busy UI thread does not add to the distance).
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <atomic>
#include <memory>

namespace ModeDesk::Testing {

class DelayProxy : public QObject
{
    Q_OBJECT

public:
    DelayProxy(quint16 targetPort, int roundTripMs, QObject *parent = nullptr);
    ~DelayProxy() override;

    // Listens on 127.0.0.1 (port 0: any free one); returns the port, 0 on failure.
    quint16 start();
    quint16 port() const { return m_server.serverPort(); }
    int roundTripMs() const { return m_roundTripMs; }
    // Connections the clients opened through it (each cost a handshake).
    int connectionsOpened() const { return m_opened.load(); }

private:
    // One direction of one connection: chunks wait for their time, in order.
    struct Lane {
        QPointer<QTcpSocket> to;
        QList<std::pair<qint64, QByteArray>> due;  // (when, bytes); empty bytes: close
        QTimer timer;
    };
    struct Pipe {
        QTcpSocket *client = nullptr;
        QTcpSocket *server = nullptr;
        qint64 openedAt = 0;
        bool sentFirst = false;
        Lane up;    // client -> server
        Lane down;  // server -> client
    };

    void accept();
    void forward(Pipe *pipe, Lane *lane, QByteArray bytes, qint64 extraMs);
    void flush(Lane *lane);

    quint16 m_targetPort;
    int m_roundTripMs;
    QTcpServer m_server;  // a child: it moves to the proxy's thread with it
    QElapsedTimer m_clock;
    std::atomic<int> m_opened{0};
    QList<std::shared_ptr<Pipe>> m_pipes;
};

}  // namespace ModeDesk::Testing
