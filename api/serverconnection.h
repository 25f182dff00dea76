// One connection to one MODE server: the QNetworkAccessManager, the base URL,
// the transfer timeout and the retry policy, set from the profile in one
// place. Every ApiClient of the dashboard (the user's key, a project key,
// the sandbox's admin key, a simulated device's key) is a cheap handle on
// it that adds only its key.
#pragma once

#include "networkexchange.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <memory>

namespace ModeDesk {

class ServerConnection : public QObject
{
    Q_OBJECT

public:
    explicit ServerConnection(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    // What a kind of call may cost (CallBounds::forKind unless set here: tests, say).
    void setBounds(CallBounds::Kind kind, const CallBounds &bounds)
    {
        m_bounds.insert(kind, bounds);
    }
    CallBounds bounds(CallBounds::Kind kind) const
    {
        return m_bounds.value(kind, CallBounds::forKind(kind));
    }
    // The manager a request goes through. Background reads (LowPriority: the fleet's
    // thousand homes) take turns over managers of their own: over HTTP/1.1 each is a
    // pool of Qt's six connections per server, so at 250 ms a fleet needs a quarter
    // of the round trips, and what is on screen keeps the main pool to itself (over
    // HTTP/2 each is one connection carrying many streams).
    QNetworkAccessManager *networkManager(
        QNetworkRequest::Priority priority = QNetworkRequest::NormalPriority);
    static constexpr int BackgroundPools = 4;
    // Requests a background load may keep in flight: what the pools carry at once.
    static constexpr int BackgroundInFlight = 6 * BackgroundPools;
    // The same over HTTP/2, where each pool is one connection of many streams: still
    // far under a server's usual limit of 100 streams per connection.
    static constexpr int Http2InFlight = 24 * BackgroundPools;

    // The server answered over HTTP/2 (negotiated by TLS when it offers it; Qt asks
    // for it over https by default). Known from the first answer; false until then.
    bool isHttp2() const { return m_http2; }
    // Background reads over HTTP/2 too (many streams on each pool's one connection).
    // Off by default: under a fleet's load Qt 6.4's HTTP/2 client leaves a few streams
    // without an answer until the transfer timeout (bench_distance, h2 figures), where
    // HTTP/1.1 pools are steady. What is on screen uses HTTP/2 whenever it is offered.
    void setBackgroundHttp2(bool allowed);
    bool backgroundHttp2() const { return m_backgroundHttp2; }
    int backgroundInFlight() const
    {
        return m_http2 && m_backgroundHttp2 ? Http2InFlight : BackgroundInFlight;
    }
    // An answer came over this protocol (NetworkExchange says, for every answer).
    void noteProtocol(bool http2);
    // A call to this server got no answer in time (NetworkExchange says).
    void noteUnanswered() { emit callUnanswered(); }

    // Opens a connection to the server now (with TLS over https), so that the first
    // request does not pay for the handshakes: one to three round trips at a distance.
    void openAhead();

    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    // Same scheme, host and port as the base URL: only there does a key go.
    bool isSameOrigin(const QUrl &url) const;

signals:
    // The server's protocol is known, or another now (HTTP/2 or not).
    void protocolChanged(bool http2);
    // A call went unanswered (timed out): the server may have frozen with its
    // connections open. Whoever keeps a live link to it can check it now.
    void callUnanswered();

private:
    QNetworkAccessManager m_nam;
    // Made on first use: a simulated device's own connection never needs them.
    std::unique_ptr<QNetworkAccessManager> m_background[BackgroundPools];
    int m_nextBackground = 0;
    bool m_http2 = false;
    bool m_backgroundHttp2 = false;
    QUrl m_baseUrl;
    int m_timeoutMs = 15'000;
    RetryPolicy m_retryPolicy;
    QHash<CallBounds::Kind, CallBounds> m_bounds;
};

}  // namespace ModeDesk
