// EventStream against a real sandbox: batches, health, silence, refusal,
// a sandbox that goes away and comes back (reconnect + resynced), a flood
// from a bare WebSocket server, and a link whose pongs stop.
#include "awaitcall.h"
#include "eventstream.h"
#include "sandboxfixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

EventStreamOptions fastOptions()
{
    EventStreamOptions options;
    options.keepAlive = {500, 500, 50, 400};
    options.quietPeriodMs = 60'000;
    return options;
}

// Completes the WebSocket handshake, then never says anything again: no
// frames, no pongs. A link like this must be detected as dead. A chatty one
// sends an event every 20 ms but never answers a ping (as a link whose pong
// waits behind a flood): alive all the same.
class MuteWebSocketServer : public QTcpServer
{
public:
    explicit MuteWebSocketServer(bool chatty = false)
    {
        connect(this, &QTcpServer::newConnection, this, [this, chatty] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                connect(socket, &QTcpSocket::readyRead, socket, [socket, chatty] {
                    const QByteArray request = socket->readAll();
                    const qsizetype at = request.indexOf("Sec-WebSocket-Key:");
                    if (at < 0)
                        return;  // a frame (a ping): ignored
                    const QByteArray key =
                        request.mid(at + 18, request.indexOf("\r\n", at) - at - 18).trimmed();
                    const QByteArray accept =
                        QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                                 QCryptographicHash::Sha1)
                            .toBase64();
                    socket->write(
                        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                        accept + "\r\n\r\n");
                    if (!chatty)
                        return;
                    auto *ticker = new QTimer(socket);
                    QObject::connect(ticker, &QTimer::timeout, socket, [socket] {
                        const QByteArray event = "{\"eventType\":\"tick\"}";
                        socket->write(QByteArray("\x81") + char(event.size()) + event);
                    });
                    ticker->start(20);
                });
            }
        });
        listen(QHostAddress::LocalHost);
    }
    int connections = 0;
};

}  // namespace

class TestEventStream : public QObject
{
    Q_OBJECT

private slots:
    void deliversEventsAndHealth()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        EventStream stream;
        stream.setOptions(fastOptions());
        QSignalSpy batches(&stream, &EventStream::eventsReceived);
        QSignalSpy states(&stream, &EventStream::stateChanged);
        stream.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(stream.health().state, LinkState::Live);

        for (int i = 0; i < 5; ++i)
            sandbox.http().put(QStringLiteral("/homes/%1/kv/k%2").arg(home).arg(i),
                               {{QStringLiteral("value"), i}}, user.key);
        QList<Event> events;
        QTRY_VERIFY((events.clear(), [&] {
            for (const QList<QVariant> &args : std::as_const(batches))
                events += args.first().value<QList<Event>>();
            return events.size() >= 5;
        }()));
        QCOMPARE(events.first().eventType, QStringLiteral("_keyValueSaved_"));
        QCOMPARE(events.first().homeId, home);
        QCOMPARE(events.last().eventData.value(QStringLiteral("key")).toString(),
                 QStringLiteral("k4"));
        QTRY_VERIFY(stream.health().totalEvents == 5);
        QVERIFY(stream.health().lastEventTime.isValid());
        QVERIFY(!stream.health().silent);
        QCOMPARE(stream.health().reconnects, 0);
        QVERIFY(states.count() >= 2);  // connecting, live

        stream.stop();
        QTRY_COMPARE(stream.health().state, LinkState::Closed);
    }

    void reportsSilence()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.quietPeriodMs = 300;
        stream.setOptions(options);
        stream.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(stream.health().state, LinkState::Live);
        QTRY_VERIFY_WITH_TIMEOUT(stream.health().silent, 3000);
    }

    void stopsWhenTheKeyIsRefused()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        EventStream stream;
        stream.setOptions(fastOptions());
        QSignalSpy refused(&stream, &EventStream::refused);
        stream.start(sandbox.server().baseUrl(), QStringLiteral("v1.wrong-key"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("UNAUTHENTICATED_CLIENT"));
        QTRY_COMPARE(stream.health().state, LinkState::Refused);
        QTest::qWait(600);  // well past the retry delays: still refused, no retries
        QCOMPARE(stream.health().state, LinkState::Refused);
        QCOMPARE(stream.health().reconnects, 0);
    }

    void sessionTerminationIsARefusal()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        EventStream stream;
        stream.setOptions(fastOptions());
        QSignalSpy refused(&stream, &EventStream::refused);
        stream.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(stream.health().state, LinkState::Live);
        sandbox.http().del(QStringLiteral("/userSession"), user.key);
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("SESSION_TERMINATED"));
    }

    void reconnectsAfterTheSandboxComesBack()
    {
        QTemporaryDir dir;
        SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("s.db")));
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        EventStream stream;
        stream.setOptions(fastOptions());
        QSignalSpy resynced(&stream, &EventStream::resynced);
        QSignalSpy batches(&stream, &EventStream::eventsReceived);
        stream.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(stream.health().state, LinkState::Live);

        sandbox.stop();
        QTRY_COMPARE(stream.health().state, LinkState::Reconnecting);
        QTest::qWait(700);  // a few failed attempts while it is down
        QCOMPARE(resynced.count(), 0);
        QVERIFY(sandbox.start());  // same port, same database
        QTRY_COMPARE_WITH_TIMEOUT(resynced.count(), 1, 5000);
        QTRY_COMPARE(stream.health().state, LinkState::Live);
        QCOMPARE(stream.health().reconnects, 1);
        // And events flow again.
        sandbox.http().put(QStringLiteral("/homes/%1/kv/back").arg(home),
                           {{QStringLiteral("value"), true}}, user.key);
        QTRY_VERIFY(!batches.isEmpty());
    }

    // A link that was live comes back within its cap after an outage, however long
    // the outage made the backoff; and at once when asked (Reconnect now, Refresh).
    void aLinkThatWasLiveComesBackSoon()
    {
        QTemporaryDir dir;
        SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("s.db")));
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.keepAlive = {500, 500, 50, 60'000, 300};
        stream.setOptions(options);
        stream.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(stream.health().state, LinkState::Live);

        sandbox.stop();
        // The behaviour under test is the backoff itself: down long enough (1.6 s) that
        // an uncapped retry would wait 0.8-1.6 s more; capped, it waits at most 0.3 s.
        QTest::qWait(1600);
        QVERIFY(sandbox.start());
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.health().state, LinkState::Live, 5000);
        QVERIFY2(back.elapsed() < 700, qPrintable(QString::number(back.elapsed())));

        // Asked to: at once, not after the backoff.
        options.keepAlive = {500, 500, 5'000, 60'000, 60'000};
        stream.setOptions(options);
        sandbox.stop();
        QTRY_COMPARE(stream.health().state, LinkState::Reconnecting);
        QVERIFY(sandbox.start());
        back.restart();
        stream.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(stream.health().state, LinkState::Live, 2000);
        QVERIFY2(back.elapsed() < 1000, qPrintable(QString::number(back.elapsed())));
    }

    // A kept key (the server took it last run) while the server is away at the start:
    // tried as often as a link that has been live, so the return is noticed within the
    // shorter cap, not after a backoff grown toward a minute.
    void aKeptKeysLinkComesBackSoonFromTheStart()
    {
        QTemporaryDir dir;
        SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("s.db")));
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const QUrl url = sandbox.server().baseUrl();
        sandbox.stop();
        // Meanwhile the port takes connections and drops them: the link's attempts, counted.
        QTcpServer away;
        QVERIFY(away.listen(QHostAddress::LocalHost, url.port()));
        int attempts = 0;
        connect(&away, &QTcpServer::newConnection, this, [&away, &attempts] {
            while (QTcpSocket *socket = away.nextPendingConnection()) {
                ++attempts;
                socket->abort();
                socket->deleteLater();
            }
        });
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.keepAlive = {500, 500, 50, 60'000, 300};
        stream.setOptions(options);
        stream.start(url, user.key, true);
        // Six attempts: an uncapped backoff would now wait 0.8-1.6 s before the next.
        QTRY_VERIFY_WITH_TIMEOUT(attempts >= 6, 10'000);
        away.close();
        QVERIFY(sandbox.start());
        QElapsedTimer back;
        back.start();
        QTRY_COMPARE_WITH_TIMEOUT(stream.health().state, LinkState::Live, 5000);
        QVERIFY2(back.elapsed() < 700, qPrintable(QString::number(back.elapsed())));
    }

    void floodArrivesInFewBatches()
    {
        QWebSocketServer server(QStringLiteral("flood"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        constexpr int Events = 20'000;
        connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server);  // nextPendingConnection() hands over ownership
            socket->sendTextMessage(QStringLiteral("not json"));
            socket->sendTextMessage(QStringLiteral("{\"eventData\": {}}"));  // no eventType
            for (int i = 0; i < Events; ++i) {
                socket->sendTextMessage(
                    QStringLiteral("{\"eventType\":\"tick\",\"homeId\":1,\"originDeviceId\":7,"
                                   "\"eventData\":{\"n\":%1,\"temperature\":21.5}}")
                        .arg(i));
            }
        });
        EventStream stream;
        stream.setOptions(fastOptions());
        qint64 received = 0;
        int batchCount = 0;
        int lastN = -1;
        bool inOrder = true;
        connect(&stream, &EventStream::eventsReceived, this, [&](const QList<Event> &events) {
            ++batchCount;
            received += events.size();
            for (const Event &e : events) {
                const int n = e.eventData.value(QStringLiteral("n")).toInt();
                inOrder = inOrder && n == lastN + 1;
                lastN = n;
            }
        });
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                     QStringLiteral("k"));
        QTRY_COMPARE_WITH_TIMEOUT(received, qint64(Events), 20000);
        QVERIFY(inOrder);
        QVERIFY2(batchCount < Events / 20, qPrintable(QString::number(batchCount)));
        QTRY_COMPARE(stream.health().malformedFrames, qint64(2));
    }

    // A server that sends garbage by the thousand: each frame counted, the
    // good ones still read, and the log told once, not a line per frame.
    void aFloodOfMalformedFramesIsCountedAndLoggedOnce()
    {
        QWebSocketServer server(QStringLiteral("garbage"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        constexpr int Garbage = 5000;
        connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server);
            for (int i = 0; i < Garbage; ++i)
                socket->sendTextMessage(QStringLiteral("{\"eventData\":%1}").arg(i));
            socket->sendTextMessage(QStringLiteral("{\"eventType\":\"fine\"}"));
        });
        static int warnings = 0;
        warnings = 0;
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &text) {
                warnings += text.contains(QStringLiteral("not an event"));
            });
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        EventStream stream;
        stream.setOptions(fastOptions());
        qint64 received = 0;
        connect(&stream, &EventStream::eventsReceived, this,
                [&](const QList<Event> &events) { received += events.size(); });
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                     QStringLiteral("k"));
        QTRY_COMPARE_WITH_TIMEOUT(received, qint64(1), 20000);
        QTRY_COMPARE(stream.health().malformedFrames, qint64(Garbage));
        QCOMPARE(warnings, 1);
    }

    // A UI thread slower than the flood: one batch at a time goes to it, each
    // bounded; what waits beyond the bound is shed (the oldest first) and
    // counted, so received + shed is every event sent.
    // A flood that keeps the worker reading without a break must not be shed
    // while the UI thread keeps up: a taken batch frees the next at once,
    // even before the worker's event loop gets a turn (found by bench_eventstream).
    void aFloodTheUiKeepsUpWithIsNotShed()
    {
        constexpr int Events = 150'000;
        QThread serverThread;
        auto *server =
            new QWebSocketServer(QStringLiteral("flood"), QWebSocketServer::NonSecureMode);
        QVERIFY(server->listen(QHostAddress::LocalHost));
        const quint16 port = server->serverPort();
        server->moveToThread(&serverThread);
        connect(&serverThread, &QThread::finished, server, &QObject::deleteLater);
        connect(server, &QWebSocketServer::newConnection, server, [server] {
            QWebSocket *socket = server->nextPendingConnection();
            socket->setParent(server);
            for (int i = 0; i < Events; ++i)
                socket->sendTextMessage(
                    QStringLiteral("{\"eventType\":\"tick\",\"eventData\":{\"n\":%1}}").arg(i));
        });
        serverThread.start();
        const auto stopServer = qScopeGuard([&serverThread] {
            serverThread.quit();
            serverThread.wait();
        });
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.maxBatchEvents = 1000;
        options.maxHeldEvents = 30'000;  // 30 ms of this flood, if the UI thread is not scheduled
        stream.setOptions(options);
        // A UI thread that waits in its event loop (QTRY_ would sleep between looks).
        QEventLoop loop;
        qint64 received = 0;
        const auto allAccountedFor = [&] {
            if (received + stream.health().shedEvents >= Events)
                loop.quit();
        };
        connect(&stream, &EventStream::eventsReceived, this, [&](const QList<Event> &events) {
            received += events.size();
            allAccountedFor();
        });
        connect(&stream, &EventStream::healthChanged, this, allAccountedFor);
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("k"));
        loop.exec();
        QCOMPARE(stream.health().shedEvents, qint64(0));
        QCOMPARE(received, qint64(Events));
    }

    void aFloodTooFastForTheUiIsShedAndCounted()
    {
        QWebSocketServer server(QStringLiteral("flood"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        constexpr int Events = 60'000;
        connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server);
            for (int i = 0; i < Events; ++i) {
                socket->sendTextMessage(
                    QStringLiteral("{\"eventType\":\"tick\",\"eventData\":{\"n\":%1}}").arg(i));
            }
        });
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.maxBatchEvents = 1000;
        options.maxHeldEvents = 5000;
        stream.setOptions(options);
        qint64 received = 0;
        int largest = 0;
        int lastN = -1;
        bool inOrder = true;
        connect(&stream, &EventStream::eventsReceived, this, [&](const QList<Event> &events) {
            received += events.size();
            largest = qMax(largest, int(events.size()));
            for (const Event &e : events) {
                const int n = e.eventData.value(QStringLiteral("n")).toInt();
                inOrder = inOrder && n > lastN;  // gaps where events were shed, never back
                lastN = n;
            }
            QThread::msleep(20);  // a busy UI thread
        });
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())),
                     QStringLiteral("k"));
        QTRY_COMPARE_WITH_TIMEOUT(received + stream.health().shedEvents, qint64(Events), 30000);
        QVERIFY(stream.health().shedEvents > 0);
        QVERIFY(largest <= 1000);
        QVERIFY(inOrder);
        QCOMPARE(lastN, Events - 1);  // the newest are kept
        QTRY_COMPARE(stream.health().heldBack, qint64(0));
    }

    void aLinkThatKeepsSendingIsAliveWithoutItsPong()
    {
        MuteWebSocketServer chatty(true);
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.keepAlive = {100, 150, 50, 100};
        stream.setOptions(options);
        qint64 received = 0;
        connect(&stream, &EventStream::eventsReceived, this,
                [&](const QList<Event> &events) { received += events.size(); });
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(chatty.serverPort())),
                     QStringLiteral("k"));
        QTRY_COMPARE(stream.health().state, LinkState::Live);
        QTest::qWait(1500);  // pings every 100 ms, none answered
        QCOMPARE(chatty.connections, 1);
        QCOMPARE(stream.health().reconnects, 0);
        QVERIFY(received > 20);
    }

    // A call to the server went unanswered: the link is asked at once (a ping), not at
    // the next timer, and a server that does not answer that either is found gone
    // within the pong's time. A live server's link stays live.
    void anUnansweredCallChecksTheLinkAtOnce()
    {
        MuteWebSocketServer mute;
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.keepAlive = {60'000, 300, 50, 60'000};  // the timer pings after a minute
        stream.setOptions(options);
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(mute.serverPort())),
                     QStringLiteral("k"));
        QTRY_COMPARE(stream.health().state, LinkState::Live);
        QElapsedTimer clock;
        clock.start();
        stream.checkLink();
        QTRY_VERIFY_WITH_TIMEOUT(stream.health().state != LinkState::Live, 3000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));

        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        EventStream healthy;
        healthy.setOptions(options);
        healthy.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(healthy.health().state, LinkState::Live);
        QSignalSpy changes(&healthy, &EventStream::stateChanged);
        healthy.checkLink();
        QVERIFY(!changes.wait(600));  // twice the pong's time: the pong came, still live
        QCOMPARE(healthy.health().state, LinkState::Live);
        QCOMPARE(healthy.health().reconnects, 0);
    }

    void deadLinkIsDetectedAndRetried()
    {
        MuteWebSocketServer mute;
        EventStream stream;
        EventStreamOptions options = fastOptions();
        options.keepAlive = {100, 150, 50, 100};
        stream.setOptions(options);
        stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(mute.serverPort())),
                     QStringLiteral("k"));
        QTRY_COMPARE(stream.health().state, LinkState::Live);
        // No pong comes back: the link is declared dead and dialled again.
        QTRY_VERIFY_WITH_TIMEOUT(mute.connections >= 3, 5000);
        QVERIFY(stream.health().reconnects >= 1);
    }
};

QTEST_GUILESS_MAIN(TestEventStream)
#include "tst_eventstream.moc"
