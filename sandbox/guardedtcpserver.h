// A QTcpServer that bounds what a client can make the sandbox hold: every
// connection gets a ConnectionGuard (request sizes and times, idle keep-alive)
// and a read buffer no larger than one request, and there are at most so many
// connections per peer address and in all. QHttpServer reads a whole body into
// memory, so these bounds have to sit below it.
#pragma once

#include "connectionguard.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>
#include <utility>

namespace ModeDesk::Sandbox {

class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits {
        ConnectionGuard::Bounds bounds;
        int maxPerPeer = 0;
        int maxTotal = 0;
    };

    explicit GuardedTcpServer(const Limits &limits, QObject *parent = nullptr)
        : QTcpServer(parent), m_limits(limits)
    {}

    int openConnections() const { return m_total; }
    // The HTTP server accepted a WebSocket upgrade on this connection.
    void handOver(const QHostAddress &peer, quint16 port);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void release(const QString &peer, quint16 port);

    Limits m_limits;
    QHash<QString, int> m_perPeer;
    QHash<std::pair<QString, quint16>, ConnectionGuard *> m_guards;  // by peer address and port
    int m_total = 0;
    qint64 m_refused = 0;
};

}  // namespace ModeDesk::Sandbox
