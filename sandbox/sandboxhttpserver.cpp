#include "sandboxhttpserver.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

#include <QHttpServerResponder>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpServerWebSocketUpgradeResponse>
#endif

namespace ModeDesk::Sandbox {

SandboxHttpServer::SandboxHttpServer(RequestHandler handler, UpgradeFilter upgradeFilter,
                                     QObject *parent)
    : QAbstractHttpServer(parent), m_handler(std::move(handler)), m_upgradeFilter(upgradeFilter)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // From 6.8 an upgrade needs a verifier's yes. Keys are checked once the
    // socket is open (the same code path as 6.4, which upgrades everything).
    // An upgrade to any other path is answered as the path is without one
    // (401, 404, ...), as on 6.4: 6.8 writes no answer when nobody accepts.
    addWebSocketUpgradeVerifier(this, [this, upgradeFilter](const QHttpServerRequest &request) {
        if (upgradeFilter(request.url()))
            return QHttpServerWebSocketUpgradeResponse::accept();
        // Only a GET can be an upgrade; its routes change nothing and do no slow work.
        if (request.method() != QHttpServerRequest::Method::Get)
            return QHttpServerWebSocketUpgradeResponse::deny(405, "METHOD_NOT_ALLOWED");
        const HttpReply reply = m_handler(request);
        if (reply.deferred)
            return QHttpServerWebSocketUpgradeResponse::deny(404, "NOT_FOUND");
        // 6.8 writes the text as the status line's reason: MODE's reason, not JSON.
        const QByteArray reason = QJsonDocument::fromJson(reply.body)
                                      .object()
                                      .value(QStringLiteral("reason"))
                                      .toString()
                                      .toUtf8();
        return QHttpServerWebSocketUpgradeResponse::deny(reply.status,
                                                         reason.isEmpty() ? "Error" : reason);
    });
#endif
}

QByteArray SandboxHttpServer::headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    return request.headers().value(name).toByteArray();
#else
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
#endif
}

namespace {
void write(QHttpServerResponder &responder, const HttpReply &reply)
{
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
    if (reply.body.isEmpty())
        responder.write(status);
    else
        responder.write(reply.body, reply.contentType, status);
}
}  // namespace

void SandboxHttpServer::respond(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    const HttpReply reply = m_handler(request);
    if (!reply.deferred) {
        write(responder, reply);
        return;
    }
    // The work runs on the pool; the responder waits here, and the reply is
    // written on this thread when it is done. Other requests go on meanwhile.
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4's responder holds the raw socket: a client that left meanwhile
    // must not be written to. (From 6.5 the responder's stream tracks that.)
    const QPointer<QTcpSocket> socket(responder.socket());
#endif
    auto waiting = std::make_shared<QHttpServerResponder>(std::move(responder));
    auto *watcher = new QFutureWatcher<QVariant>(this);
    const std::shared_ptr<HttpReply::Deferred> deferred = reply.deferred;
    connect(watcher, &QFutureWatcher<QVariant>::finished, this, [=] {
        watcher->deleteLater();
        const HttpReply finished = deferred->finish(watcher->result());  // its state changes anyway
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
#endif
        write(*waiting, finished);
    });
    watcher->setFuture(QtConcurrent::run([deferred] { return deferred->work(); }));
}

namespace {
// Before 6.8, Qt offers upgrade requests to handleRequest() and upgrades the
// socket when it returns true without answering (as a QHttpServer route would).
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return SandboxHttpServer::headerValue(request, "upgrade")
               .compare("websocket", Qt::CaseInsensitive) == 0;
}
}  // namespace

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request,
                                      QHttpServerResponder &responder)
{
    // Before 6.8 (from 6.8 upgrades never come here: the verifier decides).
    if (isWebSocketUpgrade(request))
        return m_upgradeFilter(request.url());  // false: missingHandler answers as without one
    respond(request, responder);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request,
                                       QHttpServerResponder &responder)
{
    respond(request, responder);
}
#else
bool SandboxHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request))
        return m_upgradeFilter(request.url());  // false: missingHandler answers as without one
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(request, responder);
    return true;
}

void SandboxHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    respond(request, responder);
}
#endif

}  // namespace ModeDesk::Sandbox
