#include "serverconnection.h"

#include <QUrlQuery>

namespace ModeDesk {

ServerConnection::ServerConnection(QObject *parent) : QObject(parent)
{
    // Redirects are followed by hand (NetworkExchange) so that the key never
    // goes to another host and https never drops to http.
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QNetworkAccessManager *ServerConnection::networkManager(QNetworkRequest::Priority priority)
{
    if (priority != QNetworkRequest::LowPriority)
        return &m_nam;
    m_nextBackground = (m_nextBackground + 1) % BackgroundPools;
    std::unique_ptr<QNetworkAccessManager> &pool = m_background[m_nextBackground];
    if (!pool) {
        pool = std::make_unique<QNetworkAccessManager>();
        pool->setRedirectPolicy(m_nam.redirectPolicy());  // as the main one: by hand
    }
    return pool.get();
}

void ServerConnection::noteProtocol(bool http2)
{
    if (http2 == m_http2)
        return;
    m_http2 = http2;
    emit protocolChanged(http2);
}

void ServerConnection::setBackgroundHttp2(bool allowed)
{
    m_backgroundHttp2 = allowed;
    emit protocolChanged(m_http2);  // the fleet's window follows
}

void ServerConnection::setBaseUrl(const QUrl &url)
{
    QUrl base = url;
    base.setPath(url.path().endsWith(QLatin1Char('/')) ? url.path().chopped(1) : url.path());
    if (base != m_baseUrl)
        noteProtocol(false);  // another server: not known yet
    m_baseUrl = base;
}

void ServerConnection::openAhead()
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty())
        return;
    if (m_baseUrl.scheme() == QLatin1String("https")) {
#if QT_CONFIG(ssl)
        m_nam.connectToHostEncrypted(m_baseUrl.host(), quint16(m_baseUrl.port(443)));
#endif
    } else if (m_baseUrl.scheme() == QLatin1String("http")) {
        m_nam.connectToHost(m_baseUrl.host(), quint16(m_baseUrl.port(80)));
    }
}

QUrl ServerConnection::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool ServerConnection::isSameOrigin(const QUrl &url) const
{
    return url.scheme() == m_baseUrl.scheme() &&
           url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == QLatin1String("https") ? 443 : 80) ==
               m_baseUrl.port(m_baseUrl.scheme() == QLatin1String("https") ? 443 : 80);
}

}  // namespace ModeDesk
