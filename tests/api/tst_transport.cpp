// What ApiClient does when things go wrong: timeouts, cancel, retries on
// injected 503s (idempotent calls only), the 401 "signed out" report,
// malformed replies, refused redirects, a server that is not there, logs
// that never carry a key; answers too large, too slow or cut short; lists
// with broken entries.
#include "apiclient.h"
#include "awaitcall.h"
#include "delayproxy.h"
#include "errortext.h"
#include "hostileserver.h"
#include "logging.h"
#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

// A loopback server that answers every request with one canned response (or
// never answers), and remembers the requests' header blocks.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray response) : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray data = socket->readAll();
                    requests.append(data);
                    if (!m_response.isEmpty())
                        socket->write(m_response);
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QList<QByteArray> requests;

private:
    QByteArray m_response;
};

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
// Whatever QT_LOGGING_RULES says, this test needs to read modedesk.api.
void enableModeDesk(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "modedesk.", 9) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

}  // namespace

class TestTransport : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_user;

    std::unique_ptr<ApiClient> client(const QString &key = {})
    {
        auto api = std::make_unique<ApiClient>();
        api->setBaseUrl(m_sandbox.server().baseUrl());
        api->setKey(key.isNull() ? m_user.key : key);
        api->setRetryPolicy({4, 20, 200});  // quick retries for tests
        return api;
    }

    void injectFault(const QString &path, const QString &method, int count, bool malformed = false)
    {
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/faults"),
                           {{QStringLiteral("path"), path},
                            {QStringLiteral("method"), method},
                            {QStringLiteral("count"), count},
                            {QStringLiteral("malformed"), malformed}},
                           m_sandbox.adminKey())
                     .status,
                 204);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_user = m_sandbox.signUp();
    }

    // A failed or aborted reply is not read: reading it only warned that it is closed.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("device not open"))); }

    void cleanup()
    {
        m_sandbox.http().del(QStringLiteral("/sandbox/faults"), m_sandbox.adminKey());
    }

    void idempotentCallsRetryOn503()
    {
        auto api = client();
        injectFault(QStringLiteral("/homes"), QStringLiteral("GET"), 2);
        const auto homes = await(api->getHomes(m_user.id));
        QVERIFY2(homes.ok(), qPrintable(homes.error ? homes.error->describe() : QString()));

        // More 503s than attempts: the last one is reported.
        injectFault(QStringLiteral("/homes"), QStringLiteral("GET"), 10);
        const auto failed = await(api->getHomes(m_user.id));
        QCOMPARE(failed.status(), 503);
        QCOMPARE(failed.reason(), QStringLiteral("SERVICE_UNAVAILABLE"));
    }

    void postIsNeverRetried()
    {
        auto api = client();
        injectFault(QStringLiteral("/homes"), QStringLiteral("POST"), 2);
        QCOMPARE(await(api->createHome(QStringLiteral("A"))).status(), 503);
        // The second injected 503 is still there: the first call used one attempt.
        QCOMPARE(await(api->createHome(QStringLiteral("B"))).status(), 503);
        QVERIFY(await(api->createHome(QStringLiteral("C"))).ok());
        const auto homes = await(api->getHomes(m_user.id));
        QCOMPARE(homes.value->size(), 1);  // exactly one home was created
        QVERIFY(await(api->deleteHome(homes.value->first().id)).ok());
    }

    void malformedReplyIsAClearError()
    {
        auto api = client();
        injectFault(QStringLiteral("/homes"), QStringLiteral("GET"), 1, /*malformed=*/true);
        const auto result = await(api->getHomes(m_user.id));
        QVERIFY(!result.ok());
        QCOMPARE(result.error->kind, ApiError::Kind::MalformedReply);
        QCOMPARE(result.reason(), QStringLiteral("MALFORMED_REPLY"));
        QVERIFY2(result.error->describe().contains(QStringLiteral("/homes")),
                 qPrintable(result.error->describe()));
        // Well-formed JSON of the wrong shape is malformed too.
        CannedServer wrongShape(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            "13\r\n\r\n{\"id\": \"12\"}\n");
        ApiClient other;
        other.setBaseUrl(wrongShape.url());
        const auto home = await(other.getHome(12));
        QCOMPARE(home.error->kind, ApiError::Kind::MalformedReply);
        QVERIFY2(home.error->message.contains(QStringLiteral("Home.id")),
                 qPrintable(home.error->message));
    }

    void signedOutIsReportedOnce()
    {
        auto api = client(QStringLiteral("v1.revoked-or-wrong"));
        QSignalSpy signedOut(api.get(), &ApiClient::signedOut);
        QCOMPARE(await(api->getHomes(m_user.id)).status(), 401);
        QCOMPARE(await(api->getUserSession()).status(), 401);
        QCOMPARE(signedOut.count(), 1);
        // A new key re-arms it.
        api->setKey(QStringLiteral("v1.another-wrong-key"));
        QCOMPARE(await(api->getUserSession()).status(), 401);
        QCOMPARE(signedOut.count(), 2);
    }

    void timesOut()
    {
        CannedServer blackHole({});  // accepts, reads, never answers
        ApiClient api;
        api.setBaseUrl(blackHole.url());
        api.setTimeoutMs(300);
        api.setRetryPolicy({2, 10, 20});
        // Each attempt that went unanswered is said, for the live link to be checked.
        QSignalSpy unanswered(api.connection(), &ServerConnection::callUnanswered);
        QElapsedTimer clock;
        clock.start();
        const auto result = await(api.getHome(1), 5000);
        QCOMPARE(result.error->kind, ApiError::Kind::Timeout);
        QCOMPARE(blackHole.requests.size(), 2);  // GET was tried twice
        QCOMPARE(unanswered.count(), 2);
        QVERIFY(clock.elapsed() < 3000);
        // A POST times out once, without a second try.
        blackHole.requests.clear();
        QCOMPARE(await(api.createHome(QStringLiteral("x")), 5000).error->kind,
                 ApiError::Kind::Timeout);
        QCOMPARE(blackHole.requests.size(), 1);
    }

    void cancels()
    {
        CannedServer blackHole({});
        ApiClient api;
        api.setBaseUrl(blackHole.url());
        ApiCall<Home> *call = api.getHome(1);
        QTimer::singleShot(50, call, &ApiCallBase::cancel);
        const auto result = await(call, 2000);
        QCOMPARE(result.error->kind, ApiError::Kind::Cancelled);

        // A closed dialog cancels its call.
        auto *dialog = new QObject;
        bool reached = false;
        ApiCall<Home> *bound = api.getHome(2)->then(
            dialog, [&](const Home &) { reached = true; },
            [&](const ApiError &) { reached = true; });
        QSignalSpy failed(bound, &ApiCallBase::failed);
        delete dialog;
        QVERIFY(failed.wait(2000) || failed.count() == 1);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!reached);  // nothing ran against the dead dialog
    }

    void serverNotThere()
    {
        QTcpServer reserve;
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();  // nothing listens there now
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        api.setRetryPolicy({3, 10, 20});
        const auto result = await(api.getHome(1));
        QCOMPARE(result.error->kind, ApiError::Kind::Network);
        QCOMPARE(result.status(), 0);
        QVERIFY(!result.error->describe().isEmpty());
    }

    void redirectsKeepTheKeyAtHome()
    {
        // To another host: refused, and the key never goes there.
        CannedServer elsewhere("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        const QByteArray redirect =
            "HTTP/1.1 307 Temporary Redirect\r\nLocation: " +
            elsewhere.url()
                .toString()
                .replace(QStringLiteral("127.0.0.1"), QStringLiteral("localhost"))
                .toUtf8() +
            "/homes/1\r\nContent-Length: 0\r\n\r\n";
        CannedServer redirector(redirect);
        ApiClient api;
        api.setBaseUrl(redirector.url());
        api.setKey(QStringLiteral("v1.secret-key"));
        const auto result = await(api.getHome(1));
        QCOMPARE(result.error->kind, ApiError::Kind::RedirectRefused);
        QVERIFY(result.error->message.contains(QStringLiteral("another host")));
        QVERIFY(elsewhere.requests.isEmpty());
        QVERIFY(redirector.requests.first().contains("ModeCloud v1.secret-key"));

        // Within the same origin a redirect is followed, with the key.
        const QByteArray home = "{\"id\": 1, \"name\": \"Moved\"}";
        CannedServer target(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
            QByteArray::number(home.size()) + "\r\n\r\n" + home);
        ApiClient direct;
        direct.setBaseUrl(target.url());
        direct.setKey(QStringLiteral("v1.secret-key"));
        QCOMPARE(await(direct.getHome(1)).value->name, QStringLiteral("Moved"));
    }

    void logsNeverCarryTheKey()
    {
        g_log.clear();
        g_previousFilter = QLoggingCategory::installFilter(enableModeDesk);
        const QtMessageHandler previous = qInstallMessageHandler(captureLog);
        auto api = client();
        QVERIFY(await(api->getHomes(m_user.id)).ok());
        ApiClient anonymous;
        anonymous.setBaseUrl(m_sandbox.server().baseUrl());
        QVERIFY(await(anonymous.authenticateWithEmail(m_sandbox.projectId(), m_sandbox.appId(),
                                                      m_user.login, m_user.password))
                    .ok());
        qInstallMessageHandler(previous);
        QLoggingCategory::installFilter(g_previousFilter);
        QVERIFY(!g_log.isEmpty());
        const QString all = g_log.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QStringLiteral("GET /homes 200")));
        QVERIFY(!all.contains(m_user.key));
        QVERIFY(!all.contains(m_user.password));
    }

    // Every answer is bounded: one that says it is too large is dropped before a byte of its
    // body is read; one that streams on is dropped at the bound; neither is held whole.
    void answersAreBoundedInSize()
    {
        HostileServer hostile;
        QVERIFY(hostile.start());
        HostileServer::Reply announced;
        announced.way = HostileServer::Reply::Way::Announced;
        announced.bytes = 1024LL * 1024 * 1024;
        hostile.on(QStringLiteral("/homes?"), announced);
        HostileServer::Reply endless;
        endless.way = HostileServer::Reply::Way::Endless;
        endless.body = "[";
        endless.bytes = 1024LL * 1024 * 1024;
        hostile.on(QStringLiteral("/devices?"), endless);
        ApiClient api;
        api.setBaseUrl(hostile.baseUrl());
        api.setRetryPolicy({1, 10, 20});
        api.connection()->setBounds(CallBounds::Kind::Read, {8 * 1024 * 1024, 30'000});
        const auto homes = await(api.getHomes(1));
        QCOMPARE(homes.error->kind, ApiError::Kind::TooLarge);
        QVERIFY2(homes.error->message.contains(QStringLiteral("1024 MB")),
                 qPrintable(homes.error->message));
        const auto devices = await(api.getDevices(1));
        QCOMPARE(devices.error->kind, ApiError::Kind::TooLarge);
        QCOMPARE(devices.error->httpStatus, 200);  // it answered, and was too much
        // The streams end: the client went away.
        QTRY_COMPARE(hostile.openStreams(), 0);
        QVERIFY(ErrorText::explain(*devices.error).contains(QStringLiteral("too large")));
    }

    // Every call has a deadline, retries included: a body that drips a byte a second
    // (which resets any inactivity timer) still ends, with a message naming the server.
    void aDrippingAnswerMeetsItsDeadline()
    {
        HostileServer hostile;
        QVERIFY(hostile.start());
        HostileServer::Reply drip = HostileServer::json(R"([{"id":1,"name":"slow"}])");
        drip.way = HostileServer::Reply::Way::Drip;
        drip.intervalMs = 100;
        hostile.on(QStringLiteral("/homes?"), drip);
        ApiClient api;
        api.setBaseUrl(hostile.baseUrl());
        api.connection()->setBounds(CallBounds::Kind::Read, {1024 * 1024, 800});
        QElapsedTimer clock;
        clock.start();
        const auto homes = await(api.getHomes(1), 10'000);
        QCOMPARE(homes.error->kind, ApiError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(homes.error->message.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(ErrorText::explain(*homes.error).contains(QStringLiteral("127.0.0.1")));
    }

    // An answer cut short (its status came, not its whole body) is no answer: never read as one.
    void aCutShortAnswerIsNoAnswer()
    {
        HostileServer hostile;
        QVERIFY(hostile.start());
        // (a plain literal: moc reads an odd count of quotes in a raw string as a string left open)
        HostileServer::Reply cut = HostileServer::json("[{\"id\":7,\"homeId\":1,\"na");
        cut.way = HostileServer::Reply::Way::CutShort;
        cut.bytes = 5000;
        hostile.on(QStringLiteral("/devices?"), cut);
        ApiClient api;
        api.setBaseUrl(hostile.baseUrl());
        api.setRetryPolicy({3, 10, 20});
        const auto devices = await(api.getDevices(1));
        QVERIFY(!devices.ok());
        QCOMPARE(devices.error->kind, ApiError::Kind::Network);
        QCOMPARE(devices.error->reason, QStringLiteral("CUT_SHORT"));
        QCOMPARE(hostile.requests(QStringLiteral("/devices?")), 3);  // a GET: tried again
    }

    // A list keeps its valid entries; the ones with a required field null or of the
    // wrong type are left out, counted, and the first is named.
    void aListKeepsItsValidEntries()
    {
        HostileServer hostile;
        QVERIFY(hostile.start());
        hostile.on(QStringLiteral("/homes?"),
                   HostileServer::json(R"([{"id":null,"name":null},{"id":2,"name":"Real"},)"
                                       R"({"id":"3","name":"x"},{"name":"no id"}])"));
        ApiClient api;
        api.setBaseUrl(hostile.baseUrl());
        auto *call = api.getHomes(1);
        QSignalSpy partial(call, &ApiCallBase::partial);
        const auto homes = await(call);
        QVERIFY(homes.ok());
        QCOMPARE(homes.value->size(), 1);
        QCOMPARE(homes.value->first().name, QStringLiteral("Real"));
        QCOMPARE(partial.count(), 1);
        QCOMPARE(partial.first().at(0).toInt(), 3);
        QVERIFY2(partial.first().at(1).toString().contains(QStringLiteral("Home.id is null")),
                 qPrintable(partial.first().at(1).toString()));
    }

    // At a distance, what is on screen does not queue behind a background load: 60
    // background reads (the fleet's) are on their way through a 100 ms proxy when one
    // read for the shown home is asked; it is answered before all but a few of them.
    void aShownHomeOvertakesTheBackground()
    {
        const qint64 home = m_sandbox.createHome(m_user, QStringLiteral("Far away"));
        DelayProxy proxy(m_sandbox.server().port(), 100);
        QVERIFY(proxy.start() != 0);
        ApiClient api;
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())));
        api.setKey(m_user.key);
        int backgroundDone = 0;
        int doneBeforeShown = -1;
        for (int i = 0; i < 60; ++i) {
            connect(api.getDevices(home, QNetworkRequest::LowPriority), &ApiCallBase::succeeded,
                    this, [&backgroundDone] { ++backgroundDone; });
        }
        QElapsedTimer clock;
        clock.start();
        auto *shown = api.getDevices(home, QNetworkRequest::HighPriority);
        connect(shown, &ApiCallBase::succeeded, this, [&] { doneBeforeShown = backgroundDone; });
        QTRY_VERIFY_WITH_TIMEOUT(doneBeforeShown >= 0, 10'000);
        QVERIFY2(doneBeforeShown < 30, qPrintable(QString::number(doneBeforeShown)));
        QVERIFY2(clock.elapsed() < 600, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(backgroundDone, 60, 10'000);
        // Bounded: the background used its own pools, a few connections each.
        QVERIFY2(proxy.connectionsOpened() <= 1 + 6 * ServerConnection::BackgroundPools,
                 qPrintable(QString::number(proxy.connectionsOpened())));
    }

    void describesFailuresForPeople()
    {
        auto api = client();
        const auto missing = await(api->getHome(424242));
        QVERIFY2(missing.error->describe().startsWith(
                     QStringLiteral("Server replied 404 (NOT_FOUND) to GET http://127.0.0.1:")),
                 qPrintable(missing.error->describe()));
    }
};

QTEST_GUILESS_MAIN(TestTransport)
#include "tst_transport.moc"
