#include "httptransport.h"

namespace ModeDesk {

HttpTransport::HttpTransport(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection ? connection : new ServerConnection(this))
{
    qRegisterMetaType<ApiError>();
}

void HttpTransport::setKey(const QString &key)
{
    m_key = key;
    m_signedOutReported = false;
}

QNetworkRequest HttpTransport::createRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ModeDesk/" MODEDESK_VERSION));
    if (!m_key.isEmpty() && isSameOrigin(url))
        request.setRawHeader("Authorization", "ModeCloud " + m_key.toUtf8());
    return request;
}

void HttpTransport::noteSignedOut(const ApiError &error)
{
    // Only a 401 to the key itself: another host (an export's storage) never saw it.
    if (!error.isSignedOut() || m_key.isEmpty() || m_signedOutReported || !isSameOrigin(error.url))
        return;
    m_signedOutReported = true;
    emit signedOut(error);
}

}  // namespace ModeDesk
