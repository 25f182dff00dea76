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

    // Opens a connection to the server now (with TLS over https), so that the first
    // request does not pay for the handshakes: one to three round trips at a distance.
    void openAhead();

    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    // Same scheme, host and port as the base URL: only there does a key go.
    bool isSameOrigin(const QUrl &url) const;

private:
    QNetworkAccessManager m_nam;
    // Made on first use: a simulated device's own connection never needs them.
    std::unique_ptr<QNetworkAccessManager> m_background[BackgroundPools];
    int m_nextBackground = 0;
    QUrl m_baseUrl;
    int m_timeoutMs = 15'000;
    RetryPolicy m_retryPolicy;
    QHash<CallBounds::Kind, CallBounds> m_bounds;
};

}  // namespace ModeDesk
