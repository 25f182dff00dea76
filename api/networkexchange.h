// One logical request: sent, retried when that is safe, redirected only
// where the key may follow, timed out, cancellable. Internal to api/.
#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;

namespace ModeDesk {

class HttpTransport;

struct RetryPolicy {
    int maxAttempts = 4;  // for idempotent calls (GET, PUT, DELETE); POST/PATCH get one
    int initialDelayMs = 250;
    int maxDelayMs = 8'000;
};

struct RequestSpec {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    // An absolute URL (an export's dataUrl) instead of path and query: the
    // key goes with it only to the base URL's origin.
    QUrl url;

    bool isIdempotent() const { return method == "GET" || method == "PUT" || method == "DELETE"; }
};

class NetworkExchange : public QObject
{
    Q_OBJECT

public:
    NetworkExchange(HttpTransport *transport, RequestSpec spec, QObject *parent);

    void start();
    void cancel();

    // "Equal jitter": half the capped exponential delay, plus up to as much again.
    static int backoffDelayMs(const RetryPolicy &policy, int attempt);

signals:
    // error.kind is Http with httpStatus set whenever the server answered.
    void completed(int status, const QByteArray &body, const ModeDesk::ApiError &error);
    void progress(qint64 received, qint64 total);

private:
    void send(const QUrl &url, const QByteArray &method, const QByteArray &body);
    void onReplyFinished(QNetworkReply *reply);
    bool retryLater(int retryAfterSeconds = 0);
    void followRedirect(QNetworkReply *reply, int status);
    void finish(int status, const QByteArray &body, ApiError error);
    ApiError makeError(ApiError::Kind kind, const QString &reason, const QString &message) const;

    HttpTransport *m_transport;
    RequestSpec m_spec;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_cancelled = false;
    bool m_done = false;
};

}  // namespace ModeDesk
