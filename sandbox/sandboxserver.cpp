#include "sandboxserver.h"

#include "attemptlimiter.h"

#include "authenticator.h"
#include "credentials.h"
#include "devicestore.h"
#include "eventhub.h"
#include "faultinjector.h"
#include "guardedtcpserver.h"
#include "homestore.h"
#include "logging.h"
#include "projectstore.h"
#include "router.h"
#include "routes.h"
#include "sandboxdatabase.h"
#include "sandboxhttpserver.h"
#include "tsdbexports.h"
#include "tsdbfeed.h"
#include "tsdbstore.h"
#include "userstore.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>

namespace ModeDesk::Sandbox {

namespace {

const QString UserSocketPath = QStringLiteral("/userSession/websocket");
const QRegularExpression DeviceSocketPath(QStringLiteral("^/devices/([1-9][0-9]{0,17})/command$"));
constexpr int RefusedSocketGraceMs = 5000;

HttpMethod methodOf(const QHttpServerRequest &request)
{
    switch (request.method()) {
        case QHttpServerRequest::Method::Get:
            return HttpMethod::Get;
        case QHttpServerRequest::Method::Post:
            return HttpMethod::Post;
        case QHttpServerRequest::Method::Put:
            return HttpMethod::Put;
        case QHttpServerRequest::Method::Patch:
            return HttpMethod::Patch;
        case QHttpServerRequest::Method::Delete:
            return HttpMethod::Delete;
        default:
            return HttpMethod::Other;
    }
}

}  // namespace

class SandboxServer::Private
{
public:
    explicit Private(SandboxOptions opts)
        : options(std::move(opts)), exports(db.clock()), limiter(db.clock())
    {}

    HttpReply handle(const QHttpServerRequest &request);
    void acceptWebSocket(std::unique_ptr<QWebSocket> socket);
    void refuse(std::unique_ptr<QWebSocket> socket, const QString &reason);

    SandboxOptions options;
    QString error;
    SandboxDatabase db;
    std::unique_ptr<ProjectStore> project;
    std::unique_ptr<UserStore> users;
    std::unique_ptr<HomeStore> homes;
    std::unique_ptr<DeviceStore> devices;
    std::unique_ptr<TsdbStore> tsdb;
    std::unique_ptr<TsdbFeed> tsdbFeed;
    TsdbExports exports;
    std::unique_ptr<EventHub> hub;
    std::unique_ptr<SandboxContext> ctx;
    std::unique_ptr<Authenticator> authenticator;
    std::unique_ptr<DemoSimulator> demo;
    std::optional<DemoCredentials> demoCredentials;
    Router router;
    FaultInjector faults;
    AttemptLimiter limiter;
    std::unique_ptr<SandboxHttpServer> http;
    GuardedTcpServer *tcp = nullptr;  // owned by http
    QObject *owner = nullptr;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(std::move(options)))
{
    d->owner = this;
}

SandboxServer::~SandboxServer()
{
    // Sockets first (their disconnects touch the stores), then the rest.
    d->http.reset();
    d->demo.reset();
    d->hub.reset();
}

bool SandboxServer::start()
{
    try {
        if (!d->db.open(d->options.databasePath)) {
            d->error = d->db.errorString();
            return false;
        }
        // A key of its own, kept with the data: a restart on the same database keeps it,
        // so a key copied from the outbox or the menu goes on working.
        if (d->options.adminKey.isEmpty()) {
            d->options.adminKey = d->db.meta(QStringLiteral("admin_key"));
            if (d->options.adminKey.isEmpty()) {
                d->options.adminKey = Credentials::newToken();
                d->db.setMeta(QStringLiteral("admin_key"), d->options.adminKey);
            }
        }
        d->project = std::make_unique<ProjectStore>(d->db);
        if (!d->project->initialize(d->options.accountMode, &d->error))
            return false;
        static const QRegularExpression validClass(
            QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,63}")));
        for (const QString &deviceClass : std::as_const(d->options.deviceClasses)) {
            if (!validClass.match(deviceClass).hasMatch()) {
                d->error = QStringLiteral("--device-class %1: lowercase letters, digits, - and _")
                               .arg(deviceClass);
                return false;
            }
            d->project->addDeviceClass(deviceClass);
        }
        const qint64 projectId = d->project->projectId();
        d->users = std::make_unique<UserStore>(d->db, projectId);
        d->homes = std::make_unique<HomeStore>(d->db, projectId);
        d->devices = std::make_unique<DeviceStore>(d->db, projectId);
        d->tsdb = std::make_unique<TsdbStore>(d->db);
        d->tsdbFeed = std::make_unique<TsdbFeed>(*d->tsdb);
        d->hub = std::make_unique<EventHub>(*d->homes, *d->devices,
                                            d->options.connections.maxSocketQueueBytes);
        d->devices->setConnectionProbe(
            [hub = d->hub.get()](qint64 id) { return hub->isDeviceConnected(id); });
        d->hub->setObserver([feed = d->tsdbFeed.get()](const Event &event) { feed->take(event); });
        d->ctx = std::make_unique<SandboxContext>(SandboxContext{d->options, d->db, *d->project,
                                                                 *d->users, *d->homes, *d->devices,
                                                                 *d->tsdb, *d->hub, d->limiter,
                                                                 d->db.clock()});
        d->authenticator = std::make_unique<Authenticator>(*d->users, *d->devices, *d->project);

        Routes::addUserRoutes(d->router, *d->ctx);
        Routes::addAuthRoutes(d->router, *d->ctx);
        Routes::addHomeRoutes(d->router, *d->ctx);
        Routes::addKeyValueRoutes(d->router, *d->ctx);
        Routes::addDeviceRoutes(d->router, *d->ctx);
        Routes::addAdminRoutes(d->router, *d->ctx, d->options.adminKey, d->faults);
        Routes::addTsdbRoutes(d->router, *d->ctx, d->options.adminKey, d->exports);

        if (d->options.demo) {
            d->demo = std::make_unique<DemoSimulator>(*d->ctx);
            d->demoCredentials = d->demo->seed();
            d->demo->start();
        }
    } catch (const DatabaseError &error) {
        d->error = QString::fromUtf8(error.what());
        return false;
    }

    d->http = std::make_unique<SandboxHttpServer>(
        [this](const QHttpServerRequest &request) { return d->handle(request); },
        [](const QUrl &url) {
            return url.path() == UserSocketPath || DeviceSocketPath.match(url.path()).hasMatch();
        });
    const SandboxOptions::Connections &connections = d->options.connections;
    GuardedTcpServer::Limits limits;
    limits.bounds = {connections.maxHeaderBytes, d->options.maxBodyBytes,
                     connections.headerTimeoutMs, connections.bodyTimeoutMs,
                     connections.idleTimeoutMs};
    limits.maxPerPeer = connections.maxPerPeer;
    limits.maxTotal = connections.maxTotal;
    d->tcp = new GuardedTcpServer(limits, d->http.get());
    if (!d->tcp->listen(d->options.address, d->options.port)) {
        d->error = QStringLiteral("cannot listen on %1:%2: %3")
                       .arg(d->options.address.toString())
                       .arg(d->options.port)
                       .arg(d->tcp->errorString());
        return false;
    }
    d->http->bind(d->tcp);
    connect(d->http.get(), &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (d->http->hasPendingWebSocketConnections())
            d->acceptWebSocket(d->http->nextPendingWebSocketConnection());
    });
    qCInfo(lcSandbox).noquote() << "MODE sandbox on" << baseUrl().toString() << "project"
                                << d->project->projectId() << "in"
                                << accountModeName(d->project->accountMode()) << "mode";
    return true;
}

HttpReply SandboxServer::Private::handle(const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest api;
    api.method = methodOf(request);
    api.path = request.url().path();
    api.query = request.query();
    api.body = request.body();
    // As sent: a multipart boundary is case-sensitive.
    api.contentType = SandboxHttpServer::headerValue(request, "content-type");
    api.remoteAddress = request.remoteAddress().toString();
    api.host = QString::fromLatin1(SandboxHttpServer::headerValue(request, "host"));
    api.key =
        Authenticator::keyFromHeader(SandboxHttpServer::headerValue(request, "authorization"));

    HttpReply reply;
    if (api.body.size() > options.maxBodyBytes) {
        reply = HttpReply::error(413, QStringLiteral("REQUEST_TOO_LARGE"));
    } else {
        try {
            // Admin routes take the admin key, which is no API key.
            const bool admin = api.path.startsWith(QLatin1String("/sandbox/"));
            if (!admin)
                api.caller = authenticator->identify(api.key);
            const std::optional<HttpReply> fault = admin ? std::nullopt : faults.take(api);
            reply = fault ? *fault : router.dispatch(api);
        } catch (const DatabaseError &dbError) {
            qCWarning(lcSandbox) << "database error identifying caller:" << dbError.what();
            reply = HttpReply::error(500, QStringLiteral("DATABASE_ERROR"));
        }
    }
    qCDebug(lcSandbox).noquote() << methodName(api.method) << api.path << reply.status
                                 << timer.elapsed() << "ms";
    return reply;
}

void SandboxServer::Private::refuse(std::unique_ptr<QWebSocket> owned, const QString &reason)
{
    QWebSocket *socket = owned.release();
    socket->setParent(owner);
    QObject::connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    QTimer::singleShot(RefusedSocketGraceMs, socket, [socket] { socket->abort(); });
    qCInfo(lcWs).noquote() << "refused socket to" << socket->requestUrl().path() << ":" << reason;
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
}

void SandboxServer::Private::acceptWebSocket(std::unique_ptr<QWebSocket> socket)
{
    // The handshake is done: QWebSocket's frame limits apply from here.
    tcp->handOver(socket->peerAddress(), socket->peerPort());
    const QUrl url = socket->requestUrl();
    QString key = Authenticator::keyFromHeader(socket->request().rawHeader("Authorization"));
    if (key.isEmpty())
        key = QUrlQuery(url).queryItemValue(QStringLiteral("authToken"), QUrl::FullyDecoded);
    Caller caller;
    try {
        caller = authenticator->identify(key);
    } catch (const DatabaseError &dbError) {
        qCWarning(lcWs) << "database error identifying socket:" << dbError.what();
        refuse(std::move(socket), QStringLiteral("DATABASE_ERROR"));
        return;
    }
    if (caller.kind == Caller::Kind::Nobody)
        return refuse(std::move(socket), QStringLiteral("AUTHORIZATION_REQUIRED"));
    if (caller.kind == Caller::Kind::Unknown)
        return refuse(std::move(socket), QStringLiteral("UNAUTHENTICATED_CLIENT"));

    if (url.path() == UserSocketPath) {
        // The reference: "This API call is not allowed for BYOU projects."
        if (!caller.isUser() || project->accountMode() == AccountMode::Byou)
            return refuse(std::move(socket), QStringLiteral("PERMISSION_DENIED"));
        hub->addUserSocket(std::move(socket), caller.userId, caller.sessionId);
        return;
    }
    const QRegularExpressionMatch match = DeviceSocketPath.match(url.path());
    if (match.hasMatch()) {
        if (!caller.isDevice())
            return refuse(std::move(socket), QStringLiteral("PERMISSION_DENIED"));
        if (caller.deviceId != match.captured(1).toLongLong())
            return refuse(std::move(socket), QStringLiteral("NOT_FOUND"));
        hub->addDeviceSocket(std::move(socket), caller.deviceId);
        return;
    }
    refuse(std::move(socket), QStringLiteral("NOT_FOUND"));
}

QString SandboxServer::errorString() const
{
    return d->error;
}

quint16 SandboxServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->options.address.toString());
    url.setPort(port());
    return url;
}

QString SandboxServer::adminKey() const
{
    return d->options.adminKey;
}

qint64 SandboxServer::projectId() const
{
    return d->project ? d->project->projectId() : 0;
}

AccountMode SandboxServer::accountMode() const
{
    return d->project ? d->project->accountMode() : AccountMode::Email;
}

QStringList SandboxServer::deviceClasses() const
{
    return d->project ? d->project->deviceClasses() : QStringList();
}

QStringList SandboxServer::appIds() const
{
    return d->project ? d->project->appIds() : QStringList();
}

void SandboxServer::advanceClock(qint64 ms)
{
    d->db.clock().advance(ms);
}

std::optional<DemoCredentials> SandboxServer::demoCredentials() const
{
    return d->demoCredentials;
}

}  // namespace ModeDesk::Sandbox
