// One key on a ServerConnection: the key is added to requests in exactly
// one place (createRequest), and only for the base URL's origin. Reports a
// 401 once as "signed out".
#pragma once

#include "apicall.h"
#include "networkexchange.h"
#include "serverconnection.h"

#include <QNetworkRequest>
#include <QPointer>

namespace ModeDesk {

class HttpTransport : public QObject
{
    Q_OBJECT

public:
    // On connection, shared with other keys; without one, on a connection of its own.
    explicit HttpTransport(ServerConnection *connection = nullptr, QObject *parent = nullptr);

    ServerConnection *connection() const { return m_connection; }
    void setBaseUrl(const QUrl &url) { m_connection->setBaseUrl(url); }
    QUrl baseUrl() const { return m_connection->baseUrl(); }
    void setKey(const QString &key);
    bool hasKey() const { return !m_key.isEmpty(); }
    int timeoutMs() const { return m_connection->timeoutMs(); }
    RetryPolicy retryPolicy() const { return m_connection->retryPolicy(); }
    CallBounds bounds(CallBounds::Kind kind) const { return m_connection->bounds(kind); }
    QNetworkAccessManager *networkManager(
        QNetworkRequest::Priority priority = QNetworkRequest::NormalPriority)
    {
        return m_connection->networkManager(priority);
    }

    QUrl urlFor(const QString &path, const QUrlQuery &query) const
    {
        return m_connection->urlFor(path, query);
    }
    QNetworkRequest createRequest(const QUrl &url) const;
    bool isSameOrigin(const QUrl &url) const { return m_connection->isSameOrigin(url); }

    template <typename T>
    ApiCall<T> *send(RequestSpec spec, typename ApiCall<T>::Decoder decoder)
    {
        auto *call = new ApiCall<T>(std::move(decoder), this);
        auto *exchange = new NetworkExchange(this, std::move(spec), call);
        call->attach(exchange);
        connect(exchange, &NetworkExchange::progress, call, &ApiCallBase::progress);
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

    ServerConnection *m_connection;
    QString m_key;
    bool m_signedOutReported = false;
};

}  // namespace ModeDesk
