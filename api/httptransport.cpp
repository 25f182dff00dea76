#include "httptransport.h"

namespace ModeDesk {

HttpTransport::HttpTransport(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ApiError>();
    // Redirects are followed by hand (NetworkExchange) so that the key never
    // goes to another host and https never drops to http.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

void HttpTransport::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    m_baseUrl.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path());
}

void HttpTransport::setKey(const QString &key)
{
    m_key = key;
    m_signedOutReported = false;
}

QUrl HttpTransport::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool HttpTransport::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_baseUrl.scheme() &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

QNetworkRequest HttpTransport::createRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ModeDesk/" MODEDESK_VERSION));
    if (!m_key.isEmpty() && isSameOrigin(url))
        request.setRawHeader("Authorization", "ModeCloud " + m_key.toUtf8());
    return request;
}

void HttpTransport::noteSignedOut(const ApiError &error)
{
    if (!error.isSignedOut() || m_key.isEmpty() || m_signedOutReported)
        return;
    m_signedOutReported = true;
    emit signedOut(error);
}

}  // namespace ModeDesk
