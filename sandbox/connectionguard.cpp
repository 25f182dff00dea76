#include "connectionguard.h"

#include "logging.h"

#include <QHostAddress>
#include <QTcpSocket>

namespace ModeDesk::Sandbox {

namespace {

// After a refusal, what the client still sends is read and dropped for a
// moment before the connection closes: most clients read the answer only once
// their upload is done, and closing with unread data sends a reset that can
// destroy the answer in flight. Bounded in time; nothing is kept.
constexpr int DrainQuietMs = 300;
constexpr int DrainLimitMs = 2'000;

const char *statusText(int status)
{
    switch (status) {
        case 408:
            return "Request Timeout";
        case 413:
            return "Payload Too Large";
        case 431:
            return "Request Header Fields Too Large";
        case 503:
            return "Service Unavailable";
        default:
            return "Error";
    }
}

QByteArray refusal(int status, const char *reason)
{
    const QByteArray body = QByteArray("{\"reason\":\"") + reason + "\"}\n";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
           "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

// The value of a header line "name: value" (name lower-case), or null.
QByteArray headerValue(const QByteArray &lowerHeaders, const QByteArray &name)
{
    for (const QByteArray &line : lowerHeaders.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

}  // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Bounds &bounds,
                                 std::function<void()> onGone)
    : QObject(socket), m_socket(socket), m_bounds(bounds), m_onGone(std::move(onGone))
{
    for (QTimer *timer : {&m_headerTimer, &m_bodyTimer, &m_idleTimer})
        timer->setSingleShot(true);
    m_headerTimer.setInterval(bounds.headerTimeoutMs);
    m_bodyTimer.setInterval(bounds.bodyTimeoutMs);
    m_idleTimer.setInterval(bounds.idleTimeoutMs);
    connect(&m_headerTimer, &QTimer::timeout, this, [this] { trip(408, "REQUEST_TIMEOUT"); });
    connect(&m_bodyTimer, &QTimer::timeout, this, [this] { trip(408, "REQUEST_TIMEOUT"); });
    connect(&m_idleTimer, &QTimer::timeout, this, &ConnectionGuard::idleTimeout);
    // Connected before the HTTP server's own slot, so this runs first.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeParser);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::replyWritten);
    m_idleTimer.start();
}

ConnectionGuard::~ConnectionGuard()
{
    if (m_onGone)
        m_onGone();
}

void ConnectionGuard::refuse(QTcpSocket *socket, int status, const char *reason)
{
    socket->write(refusal(status, reason));
    socket->disconnectFromHost();  // once the answer is out
}

void ConnectionGuard::beforeParser()
{
    if (m_phase == Phase::Refused) {
        // Drop it for real: inside the parser's read transaction it would be kept.
        if (m_socket->isTransactionStarted())
            m_socket->rollbackTransaction();
        m_socket->readAll();
        m_idleTimer.start(DrainQuietMs);
        return;
    }
    if (!m_afterParserConnected) {
        // Now the HTTP server's slot is connected: this one runs after it.
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterParser);
        m_afterParserConnected = true;
    }
    m_idleTimer.start();
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unread;
    if (fresh <= 0)
        return;
    if (m_phase == Phase::Body && fresh < m_bodyLeft) {
        m_bodyLeft -= fresh;  // the common case needs no copy
        return;
    }
    scan(m_socket->peek(available).mid(m_unread));
}

void ConnectionGuard::afterParser()
{
    // Normally the parser reads everything; while it waits for a reply (Qt 6.5+)
    // it leaves pipelined bytes, which must not be scanned twice.
    m_unread = m_phase == Phase::Refused ? 0 : m_socket->bytesAvailable();
}

void ConnectionGuard::scan(QByteArray bytes)
{
    while (!bytes.isEmpty()) {
        switch (m_phase) {
            case Phase::Headers: {
                if (m_headers.isEmpty())
                    m_headerTimer.start();
                const qsizetype searchFrom = qMax<qsizetype>(0, m_headers.size() - 3);
                m_headers.append(bytes);
                bytes.clear();
                const qsizetype crlf = m_headers.indexOf("\r\n\r\n", searchFrom);
                const qsizetype lf = m_headers.indexOf("\n\n", searchFrom);
                const bool useLf = lf >= 0 && (crlf < 0 || lf < crlf);
                const qsizetype end = useLf ? lf + 2 : (crlf >= 0 ? crlf + 4 : -1);
                if (end < 0 || end > m_bounds.maxHeaderBytes) {
                    if (m_headers.size() > m_bounds.maxHeaderBytes)
                        trip(431, "HEADERS_TOO_LARGE");
                    return;
                }
                bytes = m_headers.mid(end);
                m_headers.truncate(end);
                if (!endHeaders())
                    return;
                break;
            }
            case Phase::Body: {
                const qsizetype take = qMin<qsizetype>(bytes.size(), m_bodyLeft);
                m_bodyLeft -= take;
                bytes.remove(0, take);
                if (m_bodyLeft == 0)
                    bodyDone();
                break;
            }
            case Phase::ChunkedBody:
                m_bodyRead += bytes.size();
                if (m_bodyRead > m_bounds.maxBodyBytes + m_bounds.maxHeaderBytes)
                    trip(413, "REQUEST_TOO_LARGE");  // the framing is allowed a little
                return;
            case Phase::HandedOver:
            case Phase::Refused:
                return;
        }
    }
}

bool ConnectionGuard::endHeaders()
{
    m_headerTimer.stop();
    const QByteArray headers = m_headers.toLower();
    m_headers.clear();
    if (headerValue(headers, "upgrade").contains("websocket")) {
        // QWebSocket takes this socket over, with its own frame limits.
        m_phase = Phase::HandedOver;
        m_idleTimer.stop();
        m_bodyTimer.stop();
        m_socket->setReadBufferSize(0);
        disconnect(m_socket, nullptr, this, nullptr);
        return false;
    }
    if (headerValue(headers, "transfer-encoding").contains("chunked")) {
        m_phase = Phase::ChunkedBody;
        m_bodyRead = 0;
        m_bodyTimer.start();
        return true;
    }
    bool ok = false;
    const qint64 length = headerValue(headers, "content-length").toLongLong(&ok);
    if (ok && length > m_bounds.maxBodyBytes) {
        trip(413, "REQUEST_TOO_LARGE");  // refused before a byte of it is read
        return false;
    }
    if (ok && length > 0) {
        m_phase = Phase::Body;
        m_bodyLeft = length;
        m_bodyTimer.start();
    } else {
        bodyDone();  // no body (or one the parser refuses itself)
    }
    return true;
}

void ConnectionGuard::bodyDone()
{
    m_bodyTimer.stop();
    m_phase = Phase::Headers;
    m_awaitingReply = true;
}

void ConnectionGuard::replyWritten()
{
    if (m_phase == Phase::Refused || m_socket->bytesToWrite() > 0)
        return;
    m_awaitingReply = false;
    if (m_phase == Phase::ChunkedBody) {
        m_bodyTimer.stop();
        m_phase = Phase::Headers;
    }
    m_idleTimer.start();
}

void ConnectionGuard::idleTimeout()
{
    if (m_phase == Phase::Refused) {
        m_socket->disconnectFromHost();  // the drain went quiet
        return;
    }
    const bool midRequest = m_phase != Phase::Headers || !m_headers.isEmpty();
    if (m_socket->bytesToWrite() == 0 && (m_awaitingReply || midRequest)) {
        m_idleTimer.start();  // the server is still answering, or another timer bounds it
        return;
    }
    // Silent both ways for the whole interval: a keep-alive nobody uses, or a
    // client that stopped reading its answer.
    qCDebug(lcSandbox).noquote() << "closing an idle connection from"
                                 << m_socket->peerAddress().toString();
    if (m_socket->bytesToWrite() > 0)
        m_socket->abort();
    else
        m_socket->disconnectFromHost();
}

void ConnectionGuard::trip(int status, const char *reason)
{
    m_phase = Phase::Refused;
    m_headerTimer.stop();
    m_bodyTimer.stop();
    m_headers.clear();
    qCWarning(lcSandbox).noquote() << "refused a request from" << m_socket->peerAddress().toString()
                                   << "with" << status << reason;
    if (m_socket->isTransactionStarted())
        m_socket->rollbackTransaction();
    m_socket->readAll();
    m_socket->write(refusal(status, reason));
    m_idleTimer.start(DrainQuietMs);
    QTimer::singleShot(DrainLimitMs, m_socket, &QTcpSocket::abort);
}

}  // namespace ModeDesk::Sandbox
