#include "hostileserver.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace ModeDesk::Testing {

namespace {
constexpr qint64 ChunkBytes = 64 * 1024;

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + (status < 400 ? " OK" : " Error") + "\r\n";
}

// Writes filler as fast as the client takes it, until `left` is spent or the client goes.
void stream(QTcpSocket *socket, qint64 left, int *open)
{
    ++*open;
    auto remaining = std::make_shared<qint64>(left);
    const QByteArray chunk(ChunkBytes, ' ');
    const auto more = [socket, remaining, chunk] {
        while (*remaining > 0 && socket->bytesToWrite() < 4 * ChunkBytes) {
            const qint64 n = qMin<qint64>(*remaining, chunk.size());
            socket->write(chunk.constData(), n);
            *remaining -= n;
        }
        if (*remaining <= 0 && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, more);
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [open] { --*open; });
    more();
}
}  // namespace

HostileServer::HostileServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection())
            serve(socket);
    });
    // What the dashboard asks when it signs in and shows home 1: all well by default.
    on(QStringLiteral("/auth"), json(R"({"type":"user","userId":1,"projectId":1})"));
    on(QStringLiteral("/users/1"), json(R"({"id":1,"projectId":1,"name":"Ana"})"));
    on(QStringLiteral("/homes?"), json(R"([{"id":1,"projectId":1,"name":"Home"}])"));
    on(QStringLiteral("/devices?"),
       json(R"([{"id":7,"projectId":1,"homeId":1,"deviceClass":"sensor","name":"Door"}])"));
    on(QStringLiteral("/homes/1/members"), json("[]"));
    on(QStringLiteral("/homes/1/kv"), json("[]"));
    on(QStringLiteral("/homes/1/smartModules"), json("[]"));
    on(QStringLiteral("/userSession"), json(R"({"reason":"NOT_FOUND"})", 404));
}

bool HostileServer::start()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void HostileServer::on(const QString &prefix, const Reply &reply)
{
    m_replies.insert(prefix, reply);
}

HostileServer::Reply HostileServer::json(const QByteArray &body, int status)
{
    Reply reply;
    reply.status = status;
    reply.body = body;
    return reply;
}

int HostileServer::requests(const QString &prefix) const
{
    int n = 0;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        if (it.key().startsWith(prefix))
            n += it.value();
    }
    return n;
}

void HostileServer::serve(QTcpSocket *socket)
{
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
        if (socket->property("answered").toBool()) {
            socket->readAll();  // a body, or what a client sends after: not read
            return;
        }
        *buffer += socket->readAll();
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = buffer->left(buffer->indexOf("\r\n")).split(' ');
        socket->setProperty("answered", true);
        answer(socket, QString::fromUtf8(requestLine.value(1)));
    });
}

void HostileServer::answer(QTcpSocket *socket, const QString &target)
{
    QString best;
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        if (target.startsWith(it.key()) && it.key().size() > best.size())
            best = it.key();
    }
    ++m_seen[target];
    const Reply reply =
        best.isEmpty() ? json(R"({"reason":"NOT_FOUND"})", 404) : m_replies.value(best);
    const QByteArray head = statusLine(reply.status) +
                            "Content-Type: application/json; charset=utf-8\r\n"
                            "Connection: close\r\n";
    switch (reply.way) {
        case Reply::Way::Whole:
            socket->write(head + "Content-Length: " + QByteArray::number(reply.body.size()) +
                          "\r\n\r\n" + reply.body);
            socket->disconnectFromHost();
            return;
        case Reply::Way::Endless:
            socket->write(head + "\r\n" + reply.body);
            stream(socket, reply.bytes, &m_streams);
            return;
        case Reply::Way::Announced:
            socket->write(head + "Content-Length: " + QByteArray::number(reply.bytes) + "\r\n\r\n");
            stream(socket, reply.bytes, &m_streams);
            return;
        case Reply::Way::CutShort:
            socket->write(head + "Content-Length: " + QByteArray::number(reply.bytes) + "\r\n\r\n" +
                          reply.body);
            socket->disconnectFromHost();
            return;
        case Reply::Way::Drip: {
            socket->write(head + "Content-Length: " + QByteArray::number(reply.body.size()) +
                          "\r\n\r\n");
            ++m_streams;
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = reply.body] {
                if (*sent >= body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(body.mid((*sent)++, 1));
            });
            connect(socket, &QTcpSocket::disconnected, this, [this] { --m_streams; });
            timer->start(reply.intervalMs);
            return;
        }
        case Reply::Way::Silent:
            return;  // the socket stays open, and quiet
    }
}

}  // namespace ModeDesk::Testing
