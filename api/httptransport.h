// Owns the QNetworkAccessManager, the base URL and the key: the key is added
// to requests in exactly one place (createRequest), and only for the base
// URL's origin. Reports a 401 once as "signed out".
#pragma once

#include "apicall.h"
#include "networkexchange.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace ModeDesk {

class HttpTransport : public QObject
{
    Q_OBJECT

public:
    explicit HttpTransport(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setKey(const QString &key);
    bool hasKey() const { return !m_key.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }
    QNetworkAccessManager *networkManager() { return &m_nam; }

    QUrl urlFor(const QString &path, const QUrlQuery &query) const;
    QNetworkRequest createRequest(const QUrl &url) const;
    bool isSameOrigin(const QUrl &url) const;

    template <typename T>
    ApiCall<T> *send(RequestSpec spec, typename ApiCall<T>::Decoder decoder)
    {
        auto *call = new ApiCall<T>(std::move(decoder), this);
        auto *exchange = new NetworkExchange(this, std::move(spec), call);
        call->attach(exchange);
        connect(exchange, &NetworkExchange::completed, call,
                [this, call](int status, const QByteArray &body, const ApiError &error) {
                    noteSignedOut(error);
                    call->complete(status, body, error);
                });
        exchange->start();
        return call;
    }

signals:
    // Once per key: the key no longer works and the app should ask for another.
    void signedOut(const ModeDesk::ApiError &error);

private:
    void noteSignedOut(const ApiError &error);

    QNetworkAccessManager m_nam;
    QUrl m_baseUrl;
    QString m_key;
    int m_timeoutMs = 15'000;
    RetryPolicy m_retryPolicy;
    bool m_signedOutReported = false;
};

}  // namespace ModeDesk
