#include "reconnectingsocket.h"

#include "logging.h"
#include "networkexchange.h"

#include <QWebSocket>

namespace ModeDesk {

QString linkStateName(LinkState state)
{
    switch (state) {
        case LinkState::Closed:
            return QStringLiteral("closed");
        case LinkState::Connecting:
            return QStringLiteral("connecting");
        case LinkState::Live:
            return QStringLiteral("live");
        case LinkState::Reconnecting:
            return QStringLiteral("reconnecting");
        case LinkState::Refused:
            return QStringLiteral("refused");
    }
    return {};
}

ReconnectingSocket::ReconnectingSocket(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<LinkState>();
    m_pongTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, &ReconnectingSocket::sendPing);
    connect(&m_pongTimer, &QTimer::timeout, this, [this] {
        // In a flood the pong waits behind megabytes of frames: frames read
        // since the ping prove the link as well as the pong would.
        if (m_heardSincePing) {
            m_heardSincePing = false;
            m_pongTimer.start(m_keepAlive.pongTimeoutMs);
            return;
        }
        qCInfo(lcWs) << "no pong within" << m_keepAlive.pongTimeoutMs << "ms: link is dead";
        if (m_socket)
            m_socket->abort();  // disconnected() follows and schedules the reconnect
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &ReconnectingSocket::connectNow);
}

ReconnectingSocket::~ReconnectingSocket()
{
    m_wanted = false;
    dropSocket();
}

void ReconnectingSocket::open(const QUrl &url, const QString &key, bool knownToWork)
{
    m_url = url;
    if (m_url.scheme() == QLatin1String("http"))
        m_url.setScheme(QStringLiteral("ws"));
    else if (m_url.scheme() == QLatin1String("https"))
        m_url.setScheme(QStringLiteral("wss"));
    m_key = key;
    m_wanted = true;
    m_refusal.clear();
    m_failedAttempts = 0;
    m_reconnects = 0;
    m_everLive = false;
    m_knownToWork = knownToWork;
    connectNow();
}

void ReconnectingSocket::reconnectNow()
{
    if (!m_wanted || m_state == LinkState::Live || m_state == LinkState::Refused)
        return;
    m_retryTimer.stop();
    m_failedAttempts = 0;  // the server is known to be back: start the backoff over
    connectNow();
}

void ReconnectingSocket::close()
{
    m_wanted = false;
    m_retryTimer.stop();
    dropSocket();
    setState(LinkState::Closed);
}

void ReconnectingSocket::dropSocket()
{
    m_pingTimer.stop();
    m_pongTimer.stop();
    if (m_socket) {
        QWebSocket *socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void ReconnectingSocket::connectNow()
{
    dropSocket();
    setState(m_everLive || m_failedAttempts > 0 ? LinkState::Reconnecting : LinkState::Connecting);
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, &ReconnectingSocket::onConnected);
    // stateChanged, not disconnected: a connect that fails never was connected.
    connect(socket, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState state) {
        if (state == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString &message) {
        m_heardSincePing = true;
        if (m_onMessage)
            m_onMessage(message);
    });
    connect(socket, &QWebSocket::pong, this, [this] { m_pongTimer.stop(); });
    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "ModeCloud " + m_key.toUtf8());
    socket->open(request);
}

void ReconnectingSocket::onConnected()
{
    const bool wasLiveBefore = m_everLive;
    m_everLive = true;
    qCInfo(lcWs).noquote() << "socket live:" << m_url.path();
    m_failedAttempts = 0;
    m_pingTimer.start(m_keepAlive.pingIntervalMs);
    if (wasLiveBefore)
        ++m_reconnects;  // before the state change, so health reports it with "live"
    setState(LinkState::Live);
    if (wasLiveBefore)
        emit reconnected();
}

void ReconnectingSocket::onDisconnected()
{
    if (!m_socket)
        return;
    const auto code = m_socket->closeCode();
    const QString text = m_socket->closeReason();
    const QString error = m_socket->errorString();
    // MODE refuses a key with 401/403 before the upgrade; the sandbox (and
    // any server that cannot) closes at once with 1008 and the reason.
    const bool handshakeRefused =
        m_socket->error() == QAbstractSocket::ConnectionRefusedError &&
        (error.contains(QLatin1String("401")) || error.contains(QLatin1String("403")));
    dropSocket();
    if (code == QWebSocketProtocol::CloseCodePolicyViolated || handshakeRefused) {
        m_refusal = text.isEmpty() ? error : text;
        qCWarning(lcWs).noquote() << "socket refused by the server:" << m_refusal;
        m_wanted = false;
        setState(LinkState::Refused);
        emit refused(m_refusal);
        return;
    }
    if (m_wanted)
        scheduleReconnect();
    else
        setState(LinkState::Closed);
}

void ReconnectingSocket::scheduleReconnect()
{
    ++m_failedAttempts;
    const int cap = m_everLive || m_knownToWork
                        ? qMin(m_keepAlive.maxRetryMs, m_keepAlive.maxRetryOnceLiveMs)
                        : m_keepAlive.maxRetryMs;
    const RetryPolicy policy{0, m_keepAlive.initialRetryMs, cap};
    const int delay = NetworkExchange::backoffDelayMs(policy, m_failedAttempts);
    qCInfo(lcWs) << "link down; reconnecting in" << delay << "ms (attempt" << m_failedAttempts
                 << ")";
    setState(LinkState::Reconnecting);
    m_retryTimer.start(delay);
}

void ReconnectingSocket::checkNow()
{
    if (m_state == LinkState::Live)
        sendPing();  // none while one is waiting for its pong
}

void ReconnectingSocket::sendPing()
{
    if (!m_socket || m_pongTimer.isActive())
        return;
    m_heardSincePing = false;
    m_socket->ping();
    m_pongTimer.start(m_keepAlive.pongTimeoutMs);
}

void ReconnectingSocket::setState(LinkState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

}  // namespace ModeDesk
