#include "delayproxy.h"

#include <QHostAddress>

namespace ModeDesk::Testing {

DelayProxy::DelayProxy(quint16 targetPort, int roundTripMs, QObject *parent)
    : QObject(parent), m_targetPort(targetPort), m_roundTripMs(roundTripMs), m_server(this)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &DelayProxy::accept);
}

DelayProxy::~DelayProxy()
{
    for (const auto &pipe : std::as_const(m_pipes)) {
        pipe->up.timer.stop();
        pipe->down.timer.stop();
        delete pipe->client;
        delete pipe->server;
    }
}

quint16 DelayProxy::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0) ? m_server.serverPort() : 0;
}

void DelayProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        ++m_opened;
        auto pipe = std::make_shared<Pipe>();
        Pipe *p = pipe.get();
        m_pipes.append(pipe);
        client->setParent(nullptr);
        p->client = client;
        p->server = new QTcpSocket;
        p->openedAt = m_clock.elapsed();
        p->up.to = p->server;
        p->down.to = p->client;
        for (Lane *lane : {&p->up, &p->down}) {
            lane->timer.setSingleShot(true);
            lane->timer.setTimerType(Qt::PreciseTimer);
            connect(&lane->timer, &QTimer::timeout, this, [this, lane] { flush(lane); });
        }
        // Forwarded at once, as a real path would (no Nagle's delay on this hop).
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(p->server, &QTcpSocket::connected, this,
                [p] { p->server->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
        p->server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        // The first bytes from the client pay for the handshake: one round trip more.
        connect(client, &QTcpSocket::readyRead, this, [this, p] {
            // A connection opened ahead has its handshake done by the time it is used.
            const qint64 extra =
                p->sentFirst ? 0
                             : std::max<qint64>(0, p->openedAt + m_roundTripMs - m_clock.elapsed());
            p->sentFirst = true;
            forward(p, &p->up, p->client->readAll(), extra);
        });
        connect(p->server, &QTcpSocket::readyRead, this,
                [this, p] { forward(p, &p->down, p->server->readAll(), 0); });
        // A side that closes closes the other, after what it sent has arrived.
        connect(client, &QTcpSocket::disconnected, this, [this, p] { forward(p, &p->up, {}, 0); });
        connect(p->server, &QTcpSocket::disconnected, this,
                [this, p] { forward(p, &p->down, {}, 0); });
        // Bytes already there before the connections above.
        if (client->bytesAvailable() > 0)
            emit client->readyRead();
    }
}

void DelayProxy::forward(Pipe *, Lane *lane, QByteArray bytes, qint64 extraMs)
{
    const qint64 due = m_clock.elapsed() + m_roundTripMs / 2 + extraMs;
    // In order: never before what was sent earlier in the same direction.
    const qint64 when = lane->due.isEmpty() ? due : std::max(due, lane->due.last().first);
    lane->due.append({when, std::move(bytes)});
    if (!lane->timer.isActive())
        lane->timer.start(int(std::max<qint64>(0, lane->due.first().first - m_clock.elapsed())));
}

void DelayProxy::flush(Lane *lane)
{
    const qint64 now = m_clock.elapsed();
    while (!lane->due.isEmpty() && lane->due.first().first <= now) {
        const QByteArray bytes = lane->due.takeFirst().second;
        if (!lane->to)
            continue;
        if (bytes.isEmpty())
            lane->to->disconnectFromHost();  // after its buffered bytes
        else
            lane->to->write(bytes);  // buffered until connected, for the server side
    }
    if (!lane->due.isEmpty())
        lane->timer.start(int(std::max<qint64>(0, lane->due.first().first - now)));
}

}  // namespace ModeDesk::Testing
