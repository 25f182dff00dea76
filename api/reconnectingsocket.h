// A WebSocket that stays up: it pings on a timer, treats a late pong as a
// dead link, reconnects with capped, jittered backoff, and stops for good
// when the server refuses the key. Shared by EventStream and DeviceLink.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class QWebSocket;

namespace ModeDesk {

struct KeepAlive {
    int pingIntervalMs = 30'000;
    int pongTimeoutMs = 10'000;
    int initialRetryMs = 1'000;
    int maxRetryMs = 60'000;
    // A link that has been live is worth coming back to soon: after a server
    // outage it is tried at least this often, so it is live within this long of
    // the server's return. (Never live yet: a wrong URL, say, backs off to maxRetryMs.)
    int maxRetryOnceLiveMs = 10'000;
};

enum class LinkState { Closed, Connecting, Live, Reconnecting, Refused };
QString linkStateName(LinkState state);

class ReconnectingSocket : public QObject
{
    Q_OBJECT

public:
    explicit ReconnectingSocket(QObject *parent = nullptr);
    ~ReconnectingSocket() override;

    void setKeepAlive(const KeepAlive &keepAlive) { m_keepAlive = keepAlive; }
    // url: http(s) or ws(s); the key goes in the Authorization header.
    // knownToWork: the server took this key before (a kept key, resumed): a server that
    // is away is then tried as often as one that has been live (maxRetryOnceLiveMs).
    void open(const QUrl &url, const QString &key, bool knownToWork = false);
    void close();
    // The server is back (a supervised local sandbox restarted): retry at once
    // instead of waiting out the backoff.
    void reconnectNow();
    // Something else went unanswered by the server: ask the link now (a ping)
    // rather than at the next timer. No pong in time: the link is dead.
    void checkNow();

    // Each text frame goes straight to this (one call, no second signal: a
    // flood brings hundreds of thousands a second). Set before open().
    void setMessageHandler(std::function<void(const QString &)> handler)
    {
        m_onMessage = std::move(handler);
    }

    LinkState state() const { return m_state; }
    int reconnectCount() const { return m_reconnects; }
    QString refusalReason() const { return m_refusal; }

signals:
    void stateChanged(ModeDesk::LinkState state);
    // Live again after a drop: whatever happened meanwhile was missed.
    void reconnected();
    void refused(const QString &reason);

private:
    void connectNow();
    void onConnected();
    void onDisconnected();
    void scheduleReconnect();
    void sendPing();
    void setState(LinkState state);
    void dropSocket();

    KeepAlive m_keepAlive;
    std::function<void(const QString &)> m_onMessage;
    QUrl m_url;
    QString m_key;
    QPointer<QWebSocket> m_socket;
    QTimer m_pingTimer;
    QTimer m_pongTimer;
    bool m_heardSincePing = false;  // a frame since the last ping: alive, pong or not
    QTimer m_retryTimer;
    LinkState m_state = LinkState::Closed;
    int m_failedAttempts = 0;
    int m_reconnects = 0;
    bool m_everLive = false;
    bool m_knownToWork = false;
    bool m_wanted = false;
    QString m_refusal;
};

}  // namespace ModeDesk

Q_DECLARE_METATYPE(ModeDesk::LinkState)
