// QAbstractHttpServer with one request callback. Keeps the differences between
// Qt 6.4 (QTcpSocket-based handlers) and 6.5+ (QHttpServerResponder&) here.
#pragma once

#include "httpexchange.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <functional>

namespace ModeDesk::Sandbox {

class SandboxHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using RequestHandler = std::function<HttpReply(const QHttpServerRequest &)>;
    // Decides whether a WebSocket upgrade request names a socket endpoint.
    using UpgradeFilter = std::function<bool(const QUrl &)>;

    SandboxHttpServer(RequestHandler handler, UpgradeFilter upgradeFilter,
                      QObject *parent = nullptr);

    static QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request,
                        QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    void respond(const QHttpServerRequest &request, QHttpServerResponder &responder);

    RequestHandler m_handler;
    UpgradeFilter m_upgradeFilter;
};

}  // namespace ModeDesk::Sandbox
