#include "guardedtcpserver.h"

#include "logging.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ModeDesk::Sandbox {

namespace {
// Room for a request line, headers and chunk framing beside the largest body.
constexpr qint64 ReadBufferSlack = 64 * 1024;
constexpr int RefusedLingerMs = 2'000;
}  // namespace

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    const QString peer = socket->peerAddress().toString();
    if (m_total >= m_limits.maxTotal || m_perPeer.value(peer) >= m_limits.maxPerPeer) {
        // One line for the first refusal and then every 1,000th: a flood must
        // not become a flood of log lines.
        if (m_refused++ % 1000 == 0) {
            qCWarning(lcSandbox).nospace().noquote()
                << "refused a connection from " << peer << " (" << m_perPeer.value(peer)
                << " open from it, " << m_total << " in all; " << m_refused << " refused so far)";
        }
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(RefusedLingerMs, socket, &QObject::deleteLater);
        ConnectionGuard::refuse(socket, 503, "TOO_MANY_CONNECTIONS");
        return;
    }
    ++m_total;
    ++m_perPeer[peer];
    // A reply goes out in several writes (head, body): without this, Nagle holds
    // the last one until the client's delayed ACK, 40 ms later.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const ConnectionGuard::Bounds &bounds = m_limits.bounds;
    socket->setReadBufferSize(bounds.maxHeaderBytes + bounds.maxBodyBytes + ReadBufferSlack);
    // The guard dies with the socket, whoever owns it by then (QWebSocket, say).
    const quint16 port = socket->peerPort();
    m_guards.insert({peer, port},
                    new ConnectionGuard(socket, bounds,
                                        [server = QPointer<GuardedTcpServer>(this), peer, port] {
                                            if (server)
                                                server->release(peer, port);
                                        }));
    addPendingConnection(socket);  // QTcpServer emits newConnection() after this returns
}

void GuardedTcpServer::handOver(const QHostAddress &peer, quint16 port)
{
    if (ConnectionGuard *guard = m_guards.value({peer.toString(), port}))
        guard->handOver();
}

void GuardedTcpServer::release(const QString &peer, quint16 port)
{
    m_guards.remove({peer, port});
    --m_total;
    if (--m_perPeer[peer] <= 0)
        m_perPeer.remove(peer);
}

}  // namespace ModeDesk::Sandbox
