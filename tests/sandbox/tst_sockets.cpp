// The live side: /userSession/websocket delivers a home's events to each of
// its members; /devices/{id}/command delivers commands; refusals close with
// 1008; a device client built like MODE's own libraries works end to end.
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

// A device client written the way MODE's device libraries are: the key in an
// Authorization header on the upgrade, WebSocket pings on a timer, events as
// JSON PUTs over plain HTTP to a host and port.
class ModeStyleDevice : public QObject
{
public:
    ModeStyleDevice(QString host, quint16 port, qint64 id, QString key)
        : m_host(std::move(host)), m_port(port), m_id(id), m_key(std::move(key))
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            commands.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&m_socket, &QWebSocket::pong, this, [this] { ++pongs; });
        connect(&m_pingTimer, &QTimer::timeout, this, [this] { m_socket.ping(); });
    }

    void listen(int pingIntervalMs = 33'000)
    {
        QNetworkRequest request(QUrl(
            QStringLiteral("ws://%1:%2/devices/%3/command").arg(m_host).arg(m_port).arg(m_id)));
        request.setRawHeader("Authorization", "ModeCloud " + m_key.toUtf8());
        m_socket.open(request);
        m_pingTimer.start(pingIntervalMs);
    }

    int sendEvent(const QString &type, const QJsonObject &data)
    {
        QNetworkRequest request(QUrl(
            QStringLiteral("http://%1:%2/devices/%3/event").arg(m_host).arg(m_port).arg(m_id)));
        request.setRawHeader("Authorization", "ModeCloud " + m_key.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("eventType"), type},
                                                          {QStringLiteral("eventData"), data}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = m_nam.put(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(5000))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    bool isListening() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void stop() { m_socket.close(); }

    QList<QJsonObject> commands;
    int pongs = 0;

private:
    QString m_host;
    quint16 m_port;
    qint64 m_id;
    QString m_key;
    QWebSocket m_socket;
    QTimer m_pingTimer;
    QNetworkAccessManager m_nam;
};

}  // namespace

class TestSockets : public QObject
{
    Q_OBJECT

private slots:
    void eventsReachEveryMemberAndNoOneElse()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp();
        const TestUser stranger = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        sandbox.http().post(QStringLiteral("/homes/%1/members").arg(home),
                            {{QStringLiteral("email"), bo.login}}, ana.key);

        SocketProbe anaSocket, anaSecondWindow, boSocket, strangerSocket;
        const QUrl url = sandbox.url(QStringLiteral("/userSession/websocket"));
        QVERIFY(anaSocket.open(url, ana.key));
        QVERIFY(anaSecondWindow.open(url, ana.key, SocketProbe::KeyPlacement::QueryParameter));
        QVERIFY(boSocket.open(url, bo.key));
        QVERIFY(strangerSocket.open(url, stranger.key));

        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/homes/%1/kv/mode").arg(home),
                          {{QStringLiteral("value"), QStringLiteral("away")}}, ana.key)
                     .status,
                 204);
        QVERIFY(anaSocket.waitForFrames(1, QStringLiteral("_keyValueSaved_")));
        QVERIFY(anaSecondWindow.waitForFrames(1, QStringLiteral("_keyValueSaved_")));
        QVERIFY(boSocket.waitForFrames(1, QStringLiteral("_keyValueSaved_")));
        // A sentinel the stranger does hear (a pair of a home of theirs), saved after: had
        // Ana's event reached them, it would have come first.
        const qint64 strangersHome = sandbox.createHome(stranger, QStringLiteral("Own"));
        const auto sentinel = [&sandbox](qint64 homeId, const TestUser &owner) {
            QCOMPARE(sandbox.http()
                         .put(QStringLiteral("/homes/%1/kv/sentinel").arg(homeId),
                              {{QStringLiteral("value"), 1}}, owner.key)
                         .status,
                     204);
        };
        sentinel(strangersHome, stranger);
        QVERIFY(strangerSocket.waitForFrames(1, QStringLiteral("_keyValueSaved_")));
        QCOMPARE(strangerSocket.frames().size(), 1);
        QCOMPARE(strangerSocket.frames().first().value(QStringLiteral("homeId")).toInteger(),
                 strangersHome);

        // After Bo leaves, he hears nothing more of the home.
        QCOMPARE(sandbox.http()
                     .del(QStringLiteral("/homes/%1/members/%2").arg(home).arg(bo.id), bo.key)
                     .status,
                 204);
        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/homes/%1/kv/mode").arg(home),
                          {{QStringLiteral("value"), QStringLiteral("home")}}, ana.key)
                     .status,
                 204);
        QVERIFY(anaSocket.waitForFrames(2, QStringLiteral("_keyValueSaved_")));
        const qint64 bosHome = sandbox.createHome(bo, QStringLiteral("Bo's"));
        sentinel(bosHome, bo);
        QVERIFY(boSocket.waitForFrames(2, QStringLiteral("_keyValueSaved_")));
        const QList<QJsonObject> heard = boSocket.frames(QStringLiteral("_keyValueSaved_"));
        QCOMPARE(heard.size(), 2);  // the one before he left, and his own sentinel
        QCOMPARE(heard.last().value(QStringLiteral("homeId")).toInteger(), bosHome);
    }

    void refusedSockets_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("user socket, no key") << "none"
                                             << "/userSession/websocket"
                                             << "AUTHORIZATION_REQUIRED";
        QTest::newRow("user socket, bad key") << "bad"
                                              << "/userSession/websocket"
                                              << "UNAUTHENTICATED_CLIENT";
        QTest::newRow("user socket, device key") << "device"
                                                 << "/userSession/websocket"
                                                 << "PERMISSION_DENIED";
        QTest::newRow("device socket, user key") << "user"
                                                 << "/devices/DEVICE/command"
                                                 << "PERMISSION_DENIED";
        QTest::newRow("device socket, other device") << "other"
                                                     << "/devices/DEVICE/command"
                                                     << "NOT_FOUND";
        QTest::newRow("device socket, no key") << "none"
                                               << "/devices/DEVICE/command"
                                               << "AUTHORIZATION_REQUIRED";
    }

    void refusedSockets()
    {
        QFETCH(QString, who);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const TestDevice device = sandbox.provisionDevice();
        const TestDevice other = sandbox.provisionDevice();
        const QHash<QString, QString> keys{{QStringLiteral("none"), QString()},
                                           {QStringLiteral("bad"), QStringLiteral("v1.not-a-key")},
                                           {QStringLiteral("device"), device.apiKey},
                                           {QStringLiteral("other"), other.apiKey},
                                           {QStringLiteral("user"), user.key}};
        SocketProbe socket;
        const QString target =
            QString(path).replace(QStringLiteral("DEVICE"), QString::number(device.id));
        QVERIFY(!socket.open(sandbox.url(target), keys.value(who)) || socket.waitForClose());
        QCOMPARE(int(socket.closeCode()), 1008);
        QCOMPARE(socket.closeReason(), reason);
    }

    // An upgrade to a path that is no socket endpoint is answered as that path
    // is without one, on every Qt (6.8 writes nothing unless told what to say).
    void upgradesElsewhereAreAnsweredAsWithoutOne_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("an API route, no key")
            << QByteArray("/homes") << 401 << QByteArray("AUTHORIZATION_REQUIRED");
        QTest::newRow("no route") << QByteArray("/nowhere") << 404 << QByteArray("NOT_FOUND");
        QTest::newRow("not a device id")
            << QByteArray("/devices/0/command") << 401 << QByteArray("AUTHORIZATION_REQUIRED");
    }

    void upgradesElsewhereAreAnsweredAsWithoutOne()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, status);
        QFETCH(QByteArray, reason);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, sandbox.server().port());
        QTRY_COMPARE(socket.state(), QAbstractSocket::ConnectedState);
        socket.write("GET " + path +
                     " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).contains(reason), 5000);
        QVERIFY2(received.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '),
                 received.constData());
    }

    void byouProjectsHaveNoUserSocket()
    {
        SandboxFixture sandbox(AccountMode::Byou);
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        SocketProbe socket;
        QVERIFY(!socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), user.key) ||
                socket.waitForClose());
        QCOMPARE(socket.closeReason(), QStringLiteral("PERMISSION_DENIED"));
    }

    void answersPings()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), user.key));
        QVERIFY(socket.pingAndWaitForPong());
        QVERIFY(socket.pingAndWaitForPong());
    }

    void modeStyleDeviceClientEndToEnd()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        const TestDevice hw = sandbox.addDeviceToHome(home, ana, QStringLiteral("sprinkler"));
        SocketProbe user;
        QVERIFY(user.open(sandbox.url(QStringLiteral("/userSession/websocket")), ana.key));

        ModeStyleDevice device(QStringLiteral("127.0.0.1"), sandbox.server().port(), hw.id,
                               hw.apiKey);
        device.listen(/*pingIntervalMs=*/100);  // MODE's libraries ping every ~33 s; faster here
        QTRY_VERIFY(device.isListening());
        // Connecting is news for the home, and shows on the device.
        QVERIFY(user.waitForFrames(1, QStringLiteral("_deviceConnected_")));
        QCOMPARE(user.frames(QStringLiteral("_deviceConnected_"))
                     .first()
                     .value(QStringLiteral("eventData"))
                     .toObject()
                     .value(QStringLiteral("deviceId"))
                     .toInteger(),
                 hw.id);
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("/devices/%1").arg(hw.id), ana.key)
                     .object()
                     .value(QStringLiteral("isConnected"))
                     .toBool(),
                 true);
        QTRY_VERIFY(device.pongs >= 2);

        const QJsonObject command{
            {QStringLiteral("action"), QStringLiteral("sprinkler-on")},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("zone"), 3}}}};
        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/devices/%1/command").arg(hw.id), command, ana.key)
                     .status,
                 204);
        QTRY_COMPARE(device.commands.size(), 1);
        QCOMPARE(device.commands.first(), command);

        QCOMPARE(device.sendEvent(QStringLiteral("sprinkler-status"),
                                  {{QStringLiteral("zones"), QJsonArray{0, 0, 0, 1}}}),
                 204);
        QVERIFY(user.waitForFrames(1, QStringLiteral("sprinkler-status")));
        QCOMPARE(user.frames(QStringLiteral("sprinkler-status"))
                     .first()
                     .value(QStringLiteral("originDeviceId"))
                     .toInteger(),
                 hw.id);

        device.stop();
        QVERIFY(user.waitForFrames(1, QStringLiteral("_deviceDisconnected_")));
        const QJsonObject after =
            sandbox.http().get(QStringLiteral("/devices/%1").arg(hw.id), ana.key).object();
        QCOMPARE(after.value(QStringLiteral("isConnected")).toBool(), false);
        QVERIFY(!after.value(QStringLiteral("lastDisconnectTime")).toString().isEmpty());
        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/devices/%1/command").arg(hw.id), command, ana.key)
                     .reason(),
                 QStringLiteral("DEVICE_OFFLINE"));
    }

    void aNewCommandSocketReplacesTheOld()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        const TestDevice hw = sandbox.addDeviceToHome(home, ana);
        const QUrl url = sandbox.url(QStringLiteral("/devices/%1/command").arg(hw.id));
        SocketProbe first, second;
        QVERIFY(first.open(url, hw.apiKey));
        QVERIFY(second.open(url, hw.apiKey, SocketProbe::KeyPlacement::QueryParameter));
        QVERIFY(first.waitForClose());
        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/devices/%1/command").arg(hw.id),
                          {{QStringLiteral("action"), QStringLiteral("ping")}}, ana.key)
                     .status,
                 204);
        QVERIFY(second.waitForFrames(1));
    }

    void deletedDeviceLosesItsSocket()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        const QString token =
            sandbox.http()
                .postForm(QStringLiteral("/homes/%1/deviceProvisioning").arg(home),
                          QUrlQuery({{QStringLiteral("deviceClass"), QStringLiteral("sensor")}}),
                          ana.key)
                .object()
                .value(QStringLiteral("token"))
                .toString();
        const QJsonObject device =
            sandbox.http()
                .postForm(QStringLiteral("/devices"), QUrlQuery({{QStringLiteral("token"), token}}))
                .object();
        const qint64 id = device.value(QStringLiteral("id")).toInteger();
        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/devices/%1/command").arg(id)),
                            device.value(QStringLiteral("apiKey")).toString()));
        QCOMPARE(sandbox.http().del(QStringLiteral("/devices/%1").arg(id), ana.key).status, 204);
        QVERIFY(socket.waitForClose());
        QCOMPARE(socket.closeReason(), QStringLiteral("DEVICE_DELETED"));
    }

    void demoDevicesSendEventsAndAnswerCommands()
    {
        SandboxFixture sandbox(AccountMode::Email, QStringLiteral(":memory:"), /*demo=*/true);
        QVERIFY(sandbox.start());
        const auto demo = sandbox.server().demoCredentials();
        QVERIFY(demo.has_value());
        const HttpResult auth = sandbox.http().post(
            QStringLiteral("/auth/user"), {{QStringLiteral("projectId"), sandbox.projectId()},
                                           {QStringLiteral("appId"), sandbox.appId()},
                                           {QStringLiteral("email"), demo->login},
                                           {QStringLiteral("password"), demo->password}});
        QCOMPARE(auth.status, 200);
        const QString key = auth.object().value(QStringLiteral("token")).toString();
        const QJsonArray devices =
            sandbox.http().get(QStringLiteral("/devices?homeId=%1").arg(demo->homeId), key).array();
        QCOMPARE(devices.size(), 3);
        qint64 thermostat = 0;
        for (const QJsonValue &d : devices) {
            QVERIFY(d.toObject().value(QStringLiteral("isConnected")).toBool());
            if (d.toObject().value(QStringLiteral("deviceClass")).toString() ==
                QLatin1String("thermostat"))
                thermostat = d.toObject().value(QStringLiteral("id")).toInteger();
        }
        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), key));
        QVERIFY(socket.waitForFrames(2, QStringLiteral("thermostat-status")));
        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/devices/%1/command").arg(thermostat),
                          {{QStringLiteral("action"), QStringLiteral("set-setpoint")},
                           {QStringLiteral("parameters"),
                            QJsonObject{{QStringLiteral("setpoint"), 23.5}}}},
                          key)
                     .status,
                 204);
        QVERIFY(socket.waitForFrames(1, QStringLiteral("setpoint-changed")));
        QCOMPARE(socket.frames(QStringLiteral("setpoint-changed"))
                     .first()
                     .value(QStringLiteral("eventData"))
                     .toObject()
                     .value(QStringLiteral("setpoint"))
                     .toDouble(),
                 23.5);
        QCOMPARE(sandbox.http()
                     .put(QStringLiteral("/devices/%1/command").arg(thermostat),
                          {{QStringLiteral("action"), QStringLiteral("self-destruct")}}, key)
                     .status,
                 204);
        QVERIFY(socket.waitForFrames(1, QStringLiteral("command-rejected")));
        // The spare device is there to practise claiming.
        QVERIFY(!demo->spareClaimCode.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSockets)
#include "tst_sockets.moc"
