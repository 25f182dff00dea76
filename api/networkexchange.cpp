#include "networkexchange.h"

#include "httptransport.h"
#include "jsoncodec.h"
#include "logging.h"

#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace ModeDesk {

namespace {
constexpr int MaxRedirects = 5;
constexpr qint64 MiB = 1024 * 1024;
// An error's body is read for its reason only: a page of it is plenty.
constexpr qint64 MaxErrorBodyBytes = 64 * 1024;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Qt's codes below 100 are the connection's (refused, closed, timed out...);
// from 200 on they stand for an HTTP status, which the status itself tells.
bool isConnectionError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ProxyConnectionRefusedError;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / MiB, 'f', bytes < 10 * MiB ? 1 : 0);
}
}  // namespace

CallBounds CallBounds::forKind(Kind kind)
{
    switch (kind) {
        case Kind::Read:
            return {64 * MiB, 45'000};
        case Kind::Write:
            return {1 * MiB, 30'000};
        case Kind::Download:
            return {256 * MiB, 10 * 60'000};
    }
    return {};
}

NetworkExchange::NetworkExchange(HttpTransport *transport, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_spec(std::move(spec))
    , m_bounds(transport->bounds(m_spec.effectiveKind()))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { send(m_url, m_method, m_body); });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        const QString message = QStringLiteral("no whole answer from %1 within %2 s")
                                    .arg(m_url.host())
                                    .arg(m_bounds.deadlineMs / 1000);
        if (m_transport->isSameOrigin(m_url))
            m_transport->connection()->noteUnanswered();
        if (m_reply) {
            abortWith(ApiError::Kind::Timeout, QStringLiteral("TIMEOUT"), message);
            return;
        }
        m_retryTimer.stop();  // waiting to retry: the time is up all the same
        finish(0, {}, makeError(ApiError::Kind::Timeout, QStringLiteral("TIMEOUT"), message));
    });
}

void NetworkExchange::start()
{
    m_clock.start();
    m_deadline.start(m_bounds.deadlineMs);
    m_url = m_spec.url.isValid() ? m_spec.url : m_transport->urlFor(m_spec.path, m_spec.query);
    m_method = m_spec.method;
    m_body = m_spec.body;
    send(m_url, m_method, m_body);
}

void NetworkExchange::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();  // finished() follows, and reports the cancel
        return;
    }
    m_retryTimer.stop();
    finish(0, {},
           makeError(ApiError::Kind::Cancelled, QStringLiteral("CANCELLED"),
                     QStringLiteral("cancelled")));
}

int NetworkExchange::backoffDelayMs(const RetryPolicy &policy, int attempt)
{
    const qint64 exponential = qint64(policy.initialDelayMs) << qMin(attempt - 1, 20);
    const int capped = int(qMin<qint64>(exponential, policy.maxDelayMs));
    return capped / 2 + int(QRandomGenerator::global()->bounded(capped / 2 + 1));
}

void NetworkExchange::send(const QUrl &url, const QByteArray &method, const QByteArray &body)
{
    ++m_attempt;
    m_received.clear();
    m_receivedBytes = 0;
    m_toSink = false;
    m_abort.reset();
    QNetworkRequest request = m_transport->createRequest(url);
    request.setPriority(m_spec.priority);
    m_http2 = false;
    m_http2Allowed = m_spec.priority != QNetworkRequest::LowPriority ||
                     m_transport->connection()->backgroundHttp2();
    if (!m_http2Allowed)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    m_reply =
        m_transport->networkManager(m_spec.priority)->sendCustomRequest(request, method, body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaData(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, &NetworkExchange::progress);
}

// The headers are in: an answer that says it is too large goes before a byte of it is read.
void NetworkExchange::onMetaData(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_toSink = m_spec.sink && status >= 200 && status < 300;
    const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const qint64 bound = m_toSink || status < 300 ? m_bounds.maxBytes : MaxErrorBodyBytes;
    if (announced > bound)
        abortWith(ApiError::Kind::TooLarge, QStringLiteral("REPLY_TOO_LARGE"),
                  QStringLiteral("it announced %1 MB, more than the %2 MB taken")
                      .arg(megabytes(announced), megabytes(bound)));
}

void NetworkExchange::onReadyRead(QNetworkReply *reply)
{
    if (m_abort || !reply->isOpen())  // closed: timed out, aborted or failed; nothing to read
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray chunk = reply->readAll();
    m_receivedBytes += chunk.size();
    const qint64 bound = m_toSink || status < 300 ? m_bounds.maxBytes : MaxErrorBodyBytes;
    if (m_receivedBytes > bound) {
        // Dropped at once, and the memory with it: nothing past the bound is held.
        m_received = QByteArray();
        abortWith(ApiError::Kind::TooLarge, QStringLiteral("REPLY_TOO_LARGE"),
                  QStringLiteral("more than the %1 MB taken").arg(megabytes(bound)));
        return;
    }
    if (!m_toSink) {
        m_received += chunk;
        return;
    }
    if (m_spec.sink->write(chunk) != chunk.size()) {
        abortWith(ApiError::Kind::Network, QStringLiteral("WRITE_FAILED"),
                  QStringLiteral("cannot write the download: %1").arg(m_spec.sink->errorString()));
        return;
    }
    m_sunkBytes += chunk.size();
}

void NetworkExchange::abortWith(ApiError::Kind kind, const QString &reason, const QString &message)
{
    if (m_abort || !m_reply)
        return;
    m_abort = makeError(kind, reason, message);
    m_reply->abort();  // finished() follows, and reports m_abort
}

void NetworkExchange::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0) {  // the server answered: over which protocol
        m_http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        // What the server offers: known only where HTTP/2 was allowed, from itself.
        if (m_http2Allowed && m_transport->isSameOrigin(m_url))
            m_transport->connection()->noteProtocol(m_http2);
    }
    if (!m_abort && !m_cancelled)
        onReadyRead(reply);  // what came with the end
    const QByteArray body = std::exchange(m_received, {});

    if (m_cancelled) {
        finish(0, {},
               makeError(ApiError::Kind::Cancelled, QStringLiteral("CANCELLED"),
                         QStringLiteral("cancelled")));
        return;
    }
    if (m_abort) {
        ApiError error = *m_abort;
        error.httpStatus = status;
        finish(status, {}, error);
        return;
    }
    // No answer, or an answer cut short (its status came, its body did not):
    // never taken for one. Either may be tried again when that is safe.
    const bool cutShort = status != 0 && isConnectionError(reply->error());
    if (status == 0 || cutShort) {
        // Qt reports its transfer timeout (a silent connection) as an aborted reply.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        if (timedOut && m_transport->isSameOrigin(m_url))
            m_transport->connection()->noteUnanswered();
        if ((m_sunkBytes == 0 || !m_spec.sink) && retryLater())
            return;
        finish(0, {},
               timedOut ? makeError(ApiError::Kind::Timeout, QStringLiteral("TIMEOUT"),
                                    QStringLiteral("%1 went silent for %2 s")
                                        .arg(m_url.host())
                                        .arg(m_transport->timeoutMs() / 1000.0))
               : cutShort
                   ? makeError(ApiError::Kind::Network, QStringLiteral("CUT_SHORT"),
                               QStringLiteral("the answer (%1) was cut short after %2 bytes: %3")
                                   .arg(status)
                                   .arg(m_receivedBytes)
                                   .arg(reply->errorString()))
                   : makeError(ApiError::Kind::Network, QStringLiteral("NETWORK_ERROR"),
                               reply->errorString()));
        return;
    }
    if (isRedirect(status)) {
        followRedirect(reply, status);
        return;
    }
    if (status == 503 && retryLater(reply->rawHeader("Retry-After").toInt()))
        return;

    ApiError error = makeError(ApiError::Kind::Http, {}, {});
    error.httpStatus = status;
    if (status >= 400) {
        const Json::Decoded<QJsonValue> parsed = Json::parse(body);
        const Json::Decoded<ErrorBody> decoded =
            parsed.ok() ? Json::decode<ErrorBody>(*parsed.value)
                        : Json::Decoded<ErrorBody>::failure(parsed.error);
        if (decoded.ok()) {
            error.reason = decoded.value->reason;
            error.data = decoded.value->data;
        }
        error.message =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    }
    finish(status, body, error);
}

bool NetworkExchange::retryLater(int retryAfterSeconds)
{
    const RetryPolicy policy = m_transport->retryPolicy();
    if (!m_spec.isIdempotent() || m_attempt >= policy.maxAttempts)
        return false;
    int delay = backoffDelayMs(policy, m_attempt);
    if (retryAfterSeconds > 0)
        delay = qMin(retryAfterSeconds * 1000, policy.maxDelayMs);
    if (m_deadline.remainingTime() <= delay)
        return false;  // no time left for another try: say so now, not at the deadline
    qCDebug(lcApi).noquote() << m_method << m_url.path() << "attempt" << m_attempt
                             << "failed; retrying in" << delay << "ms";
    m_retryTimer.start(delay);
    return true;
}

void NetworkExchange::followRedirect(QNetworkReply *reply, int status)
{
    const QUrl target = m_url.resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    QString refusal;
    if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https"))
        refusal = QStringLiteral("it leads from https to %1").arg(target.scheme());
    else if (m_transport->hasKey() && m_transport->isSameOrigin(m_url) &&
             !m_transport->isSameOrigin(target))
        // A keyless download (an export's signed URL) may move on; an API call may not.
        refusal = QStringLiteral("it leads to another host (%1); the key is not sent there")
                      .arg(target.host());
    else if (++m_redirects > MaxRedirects)
        refusal = QStringLiteral("more than %1 redirects").arg(MaxRedirects);
    if (!refusal.isEmpty()) {
        finish(status, {},
               makeError(ApiError::Kind::RedirectRefused, QStringLiteral("REDIRECT_REFUSED"),
                         refusal));
        return;
    }
    if (status == 303) {  // "see other": fetch the result with GET
        m_method = "GET";
        m_body.clear();
    }
    m_url = target;
    --m_attempt;  // a redirect is not a failed attempt
    send(m_url, m_method, m_body);
}

ApiError NetworkExchange::makeError(ApiError::Kind kind, const QString &reason,
                                    const QString &message) const
{
    ApiError error;
    error.kind = kind;
    error.reason = reason;
    error.message = message;
    error.url = m_url;
    error.method = QString::fromLatin1(m_method);
    return error;
}

void NetworkExchange::finish(int status, const QByteArray &body, ApiError error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_retryTimer.stop();
    // Path only: queries and bodies can carry personal data; keys never appear.
    qCInfo(lcApi).noquote() << m_spec.method << m_spec.path << (status ? status : -1)
                            << m_clock.elapsed() << "ms" << (m_http2 ? "h2" : "")
                            << (m_attempt > 1 ? QStringLiteral("(%1 attempts)").arg(m_attempt)
                                              : QString())
                            << (error.kind != ApiError::Kind::Http ? error.reason : QString());
    emit completed(status, body, error);
}

}  // namespace ModeDesk
