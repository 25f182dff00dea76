#include "guardedtcpserver.h"

#include "logging.h"

#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace ModeDesk::Sandbox {

namespace {

const QByteArray TooLarge =
    "HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/json; charset=utf-8\r\n"
    "Content-Length: 31\r\nConnection: close\r\n\r\n{\"reason\":\"REQUEST_TOO_LARGE\"}\n";

// Counts the bytes of the request in flight (reset whenever a reply goes out).
struct GuardState {
    qint64 pending = 0;
    bool tripped = false;
};

// After answering 413, keep reading (and dropping) what the client still
// sends: most clients read the answer only once their upload is done, and a
// hang-up mid-upload would leave them with a bare "connection reset".
constexpr int DrainQuietMs = 500;
constexpr int DrainLimitMs = 15'000;

}  // namespace

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    auto state = std::make_shared<GuardState>();
    const qint64 limit = m_maxRequestBytes;
    // Connected before QAbstractHttpServer's own slot, so this runs first.
    auto readConnection = std::make_shared<QMetaObject::Connection>();
    *readConnection =
        connect(socket, &QTcpSocket::readyRead, socket, [socket, state, limit, readConnection] {
            if (state->tripped) {
                socket->readAll();  // drain: the parser must not see the rest
                if (auto *quiet = socket->findChild<QTimer *>(QStringLiteral("drainQuiet")))
                    quiet->start();
                return;
            }
            if (state->pending == 0) {
                const QByteArray head = socket->peek(4096).toLower();
                if (head.contains("upgrade: websocket")) {
                    // QWebSocket takes over this socket and has its own frame limits.
                    QObject::disconnect(*readConnection);
                    return;
                }
            }
            state->pending += socket->bytesAvailable();
            if (state->pending > limit) {
                state->tripped = true;
                qCWarning(lcSandbox) << "refused a request of more than" << limit << "bytes from"
                                     << socket->peerAddress().toString();
                socket->readAll();
                socket->write(TooLarge);
                auto *quiet = new QTimer(socket);
                quiet->setObjectName(QStringLiteral("drainQuiet"));
                quiet->setSingleShot(true);
                quiet->setInterval(DrainQuietMs);
                QObject::connect(quiet, &QTimer::timeout, socket, &QTcpSocket::disconnectFromHost);
                quiet->start();
                QTimer::singleShot(DrainLimitMs, socket, &QTcpSocket::abort);
            }
        });
    connect(socket, &QTcpSocket::bytesWritten, socket, [state] { state->pending = 0; });
    addPendingConnection(socket);  // QTcpServer emits newConnection() after this returns
}

}  // namespace ModeDesk::Sandbox
