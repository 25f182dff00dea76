#include "socketprobe.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>
#include <QUrlQuery>

namespace ModeDesk::Testing {

SocketProbe::SocketProbe()
{
    QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
        m_frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
    });
    QObject::connect(&m_socket, &QWebSocket::pong, [this] { m_ponged = true; });
}

bool SocketProbe::open(const QUrl &url, const QString &key, KeyPlacement placement)
{
    QUrl target = url;
    target.setScheme(url.scheme() == QLatin1String("https") ? QStringLiteral("wss")
                                                            : QStringLiteral("ws"));
    QNetworkRequest request;
    if (placement == KeyPlacement::Header && !key.isEmpty()) {
        request.setRawHeader("Authorization", "ModeCloud " + key.toUtf8());
    } else if (!key.isEmpty()) {
        QUrlQuery query(target);
        query.addQueryItem(QStringLiteral("authToken"),
                           QString::fromLatin1(QUrl::toPercentEncoding(key)));
        target.setQuery(query);
    }
    request.setUrl(target);
    m_socket.open(request);
    // Connected, or refused: the sandbox accepts the upgrade and closes with 1008.
    (void)QTest::qWaitFor(
        [this] {
            return m_socket.state() == QAbstractSocket::ConnectedState ||
                   m_socket.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    // Give a refusal (an immediate close frame) the chance to arrive.
    QTest::qWait(50);
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool SocketProbe::waitForClose(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; },
                           timeoutMs);
}

bool SocketProbe::waitForFrames(int count, const QString &eventType, int timeoutMs)
{
    return QTest::qWaitFor([&] { return frames(eventType).size() >= count; }, timeoutMs);
}

QList<QJsonObject> SocketProbe::frames(const QString &eventType) const
{
    if (eventType.isEmpty())
        return m_frames;
    QList<QJsonObject> matching;
    for (const QJsonObject &frame : m_frames) {
        if (frame.value(QStringLiteral("eventType")).toString() == eventType)
            matching.append(frame);
    }
    return matching;
}

bool SocketProbe::pingAndWaitForPong(int timeoutMs)
{
    m_ponged = false;
    m_socket.ping("modedesk");
    return QTest::qWaitFor([this] { return m_ponged; }, timeoutMs);
}

}  // namespace ModeDesk::Testing
