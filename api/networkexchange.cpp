#include "networkexchange.h"

#include "httptransport.h"
#include "jsoncodec.h"
#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace ModeDesk {

namespace {
constexpr int MaxRedirects = 5;

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}
}  // namespace

NetworkExchange::NetworkExchange(HttpTransport *transport, RequestSpec spec, QObject *parent)
    : QObject(parent), m_transport(transport), m_spec(std::move(spec))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { send(m_url, m_method, m_body); });
}

void NetworkExchange::start()
{
    m_clock.start();
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
    QNetworkRequest request = m_transport->createRequest(url);
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    m_reply = m_transport->networkManager()->sendCustomRequest(request, method, body);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReplyFinished(reply); });
    connect(reply, &QNetworkReply::downloadProgress, this, &NetworkExchange::progress);
}

void NetworkExchange::onReplyFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    if (m_cancelled) {
        finish(0, {},
               makeError(ApiError::Kind::Cancelled, QStringLiteral("CANCELLED"),
                         QStringLiteral("cancelled")));
        return;
    }
    if (status == 0) {
        // Qt reports a transfer timeout as an aborted (cancelled) reply.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        if (retryLater())
            return;
        finish(0, {},
               timedOut ? makeError(ApiError::Kind::Timeout, QStringLiteral("TIMEOUT"),
                                    QStringLiteral("no answer within %1 s")
                                        .arg(m_transport->timeoutMs() / 1000.0))
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
    // Path only: queries and bodies can carry personal data; keys never appear.
    qCInfo(lcApi).noquote() << m_spec.method << m_spec.path << (status ? status : -1)
                            << m_clock.elapsed() << "ms"
                            << (m_attempt > 1 ? QStringLiteral("(%1 attempts)").arg(m_attempt)
                                              : QString());
    emit completed(status, body, error);
}

}  // namespace ModeDesk
