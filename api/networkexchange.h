// One logical request: sent, retried when that is safe, redirected only
// where the key may follow, bounded in size and in time, cancellable. Internal
// to api/.
#pragma once

#include "apierror.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

class QIODevice;
class QNetworkReply;

namespace ModeDesk {

class HttpTransport;

struct RetryPolicy {
    int maxAttempts = 4;  // for idempotent calls (GET, PUT, DELETE); POST/PATCH get one
    int initialDelayMs = 250;
    int maxDelayMs = 8'000;
};

// What a call may cost: the most bytes its answer may have, and the time
// from sending to a whole answer, retries included. One table for every
// kind of call (docs/architecture.md, "Bounds").
struct CallBounds {
    enum class Kind {
        Read,      // GET of an object or a list
        Write,     // POST, PUT, PATCH, DELETE (sign-in included)
        Download,  // an export's file, streamed to a file with progress
    };
    qint64 maxBytes = 0;
    int deadlineMs = 0;

    static CallBounds forKind(Kind kind);
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
    // Unset: by the method (GET reads, the rest writes).
    std::optional<CallBounds::Kind> kind = {};
    // Where a successful answer's body goes as it arrives, instead of memory
    // (not owned; the caller commits or discards it).
    QIODevice *sink = nullptr;
    // Among requests waiting for a connection, higher goes first: what is on screen
    // ahead of background loads (Qt orders its queue per server by this).
    QNetworkRequest::Priority priority = QNetworkRequest::NormalPriority;

    bool isIdempotent() const { return method == "GET" || method == "PUT" || method == "DELETE"; }
    CallBounds::Kind effectiveKind() const
    {
        return kind ? *kind : method == "GET" ? CallBounds::Kind::Read : CallBounds::Kind::Write;
    }
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
    void onMetaData(QNetworkReply *reply);
    void onReadyRead(QNetworkReply *reply);
    void onReplyFinished(QNetworkReply *reply);
    bool retryLater(int retryAfterSeconds = 0);
    void followRedirect(QNetworkReply *reply, int status);
    void abortWith(ApiError::Kind kind, const QString &reason, const QString &message);
    void finish(int status, const QByteArray &body, ApiError error);
    ApiError makeError(ApiError::Kind kind, const QString &reason, const QString &message) const;

    HttpTransport *m_transport;
    RequestSpec m_spec;
    CallBounds m_bounds;
    QUrl m_url;
    QByteArray m_method;
    QByteArray m_body;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_received;  // this attempt's answer so far (not what went to the sink)
    qint64 m_receivedBytes = 0;
    qint64 m_sunkBytes = 0;           // written to the sink over all attempts
    bool m_toSink = false;            // this attempt's body goes to the sink (a 2xx answer)
    std::optional<ApiError> m_abort;  // why this exchange aborted its reply (size, deadline)
    QTimer m_retryTimer;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    int m_redirects = 0;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_http2 = false;         // this attempt's answer came over HTTP/2
    bool m_http2Allowed = false;  // this attempt could use it
};

}  // namespace ModeDesk
