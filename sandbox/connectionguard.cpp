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
// The longest a complete request may wait for its answer before the idle
// timeout applies to it.
constexpr int ReplyLimitMs = 60'000;

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

}  // namespace

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const Bounds &bounds,
                                 std::function<void()> onGone)
    : QObject(socket)
    , m_socket(socket)
    , m_onGone(std::move(onGone))
    , m_framer({bounds.maxHeaderBytes, bounds.maxBodyBytes})
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
    if (m_state == State::Refused) {
        // Drop it for real: inside the parser's read transaction it would be kept.
        if (m_socket->isTransactionStarted())
            m_socket->rollbackTransaction();
        m_socket->readAll();
        m_idleTimer.start(DrainQuietMs);
        return;
    }
    if (m_state == State::HandedOver)
        return;
    m_idleTimer.start();
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unread;
    if (fresh <= 0)
        return;
    if (fresh < m_framer.bodyLeft()) {
        m_framer.skipBody(fresh);  // the common case needs no copy
        return;
    }
    m_framer.feed(m_socket->peek(available).mid(m_unread),
                  [this](RequestFramer::Step step) { onStep(step); });
    // What the parser leaves unread (pipelined bytes while it waits for a
    // reply, Qt 6.5+) is learnt once every slot has run, whatever their order
    // (Qt reconnects its own slot after a reply), and before the next read.
    if (!m_unreadCheckQueued) {
        m_unreadCheckQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_unreadCheckQueued = false;
                m_unread = m_state == State::Http ? m_socket->bytesAvailable() : 0;
            },
            Qt::QueuedConnection);
    }
}

void ConnectionGuard::handOver()
{
    m_state = State::HandedOver;
    m_headerTimer.stop();
    m_bodyTimer.stop();
    m_idleTimer.stop();
    m_socket->setReadBufferSize(0);
    disconnect(m_socket, nullptr, this, nullptr);
}

void ConnectionGuard::onStep(RequestFramer::Step step)
{
    using Step = RequestFramer::Step;
    switch (step) {
        case Step::HeadersStarted:
            m_headerTimer.start();
            break;
        case Step::BodyStarted:
            m_headerTimer.stop();
            m_bodyTimer.start();
            break;
        case Step::RequestComplete:
            m_headerTimer.stop();
            m_bodyTimer.stop();
            // An upgrade must be taken (handOver) or answered within the header
            // time: a handshake that fails leaves no one to answer it.
            if (m_framer.lastWasUpgrade())
                m_headerTimer.start();
            if (!m_awaitingReply)
                m_awaitingSince.start();
            m_awaitingReply = true;
            break;
        case Step::HeadersTooLarge:
            trip(431, "HEADERS_TOO_LARGE");
            break;
        case Step::BodyTooLarge:
            trip(413, "REQUEST_TOO_LARGE");
            break;
    }
}

void ConnectionGuard::replyWritten()
{
    if (m_state != State::Http || m_socket->bytesToWrite() > 0)
        return;
    // A chunked request ends with its reply: that is no new wait.
    m_framer.replyWritten([this](RequestFramer::Step step) { onStep(step); });
    m_awaitingReply = false;
    m_headerTimer.stop();  // an upgrade answered (refused) goes on as HTTP
    m_idleTimer.start();
}

void ConnectionGuard::idleTimeout()
{
    if (m_state == State::Refused) {
        m_socket->disconnectFromHost();  // the drain went quiet
        return;
    }
    // The server may take a while to answer (a password check under load),
    // but not for ever: a request it never answers must not hold the connection.
    const bool answering =
        m_awaitingReply && m_awaitingSince.elapsed() < qMax(m_idleTimer.interval(), ReplyLimitMs);
    if (m_socket->bytesToWrite() == 0 && (answering || m_framer.midRequest())) {
        m_idleTimer.start();  // another timer bounds a request mid-way
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
    m_state = State::Refused;
    m_headerTimer.stop();
    m_bodyTimer.stop();
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
