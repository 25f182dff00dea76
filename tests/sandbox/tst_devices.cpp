// /devices: list, claim by code inside the claimable window, redeem an
// on-demand token, get, update, delete, commands, device events, and
// /deviceRegistration.
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestDevices : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_ana;
    TestUser m_stranger;
    qint64 m_home = 0;

    HttpResult setClaimable(const TestDevice &device, const QString &claimable,
                            const QString &duration = {})
    {
        QUrlQuery form({{QStringLiteral("deviceId"), QString::number(device.id)},
                        {QStringLiteral("claimable"), claimable}});
        if (!duration.isEmpty())
            form.addQueryItem(QStringLiteral("duration"), duration);
        return m_sandbox.http().postForm(QStringLiteral("/deviceRegistration"), form,
                                         device.apiKey);
    }

    HttpResult claim(const QString &code, qint64 home, const QString &key)
    {
        return m_sandbox.http().post(
            QStringLiteral("/devices"),
            {{QStringLiteral("homeId"), home}, {QStringLiteral("claimCode"), code}}, key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_ana = m_sandbox.signUp();
        m_stranger = m_sandbox.signUp();
        m_home = m_sandbox.createHome(m_ana);
    }

    void adminProvisionsDevices()
    {
        const HttpResult created =
            m_sandbox.http().post(QStringLiteral("/sandbox/devices"),
                                  {{QStringLiteral("deviceClass"), QStringLiteral("camera")},
                                   {QStringLiteral("name"), QStringLiteral("Porch")}},
                                  m_sandbox.adminKey());
        QCOMPARE(created.status, 201);
        const QJsonObject device = created.object();
        QVERIFY(
            device.value(QStringLiteral("apiKey")).toString().startsWith(QStringLiteral("v1.")));
        QCOMPARE(device.value(QStringLiteral("claimCode")).toString().size(), 14);
        QCOMPARE(device.value(QStringLiteral("homeId")).toInteger(), 0);
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/devices"),
                           {{QStringLiteral("deviceClass"), QStringLiteral("toaster")}},
                           m_sandbox.adminKey())
                     .reason(),
                 QStringLiteral("INVALID_DEVICE_CLASS"));
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/devices"),
                           {{QStringLiteral("deviceClass"), QStringLiteral("camera")}},
                           QStringLiteral("wrong"))
                     .status,
                 401);
    }

    // POST /sandbox/claimMode: the admin presses a pre-provisioned device's setup button.
    void adminOpensAClaimWindowByCode()
    {
        const TestDevice spare = m_sandbox.provisionDevice();
        const auto open = [this](const QJsonObject &body, const QString &key) {
            return m_sandbox.http().post(QStringLiteral("/sandbox/claimMode"), body, key);
        };
        const QString admin = m_sandbox.adminKey();
        QCOMPARE(claim(spare.claimCode, m_home, m_ana.key).reason(),
                 QStringLiteral("DEVICE_NOT_CLAIMABLE"));
        const HttpResult opened = open({{QStringLiteral("claimCode"), spare.claimCode.toLower()},
                                        {QStringLiteral("duration"), 120}},
                                       admin);
        QCOMPARE(opened.status, 200);
        const QDateTime until = QDateTime::fromString(
            opened.object().value(QStringLiteral("claimExpirationTime")).toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(until) - 120) <= 2);
        QCOMPARE(claim(spare.claimCode, m_home, m_ana.key).status, 201);
        // Each documented failure.
        QCOMPARE(open({{QStringLiteral("claimCode"), spare.claimCode}}, admin).reason(),
                 QStringLiteral("DEVICE_ALREADY_IN_HOME"));
        const HttpResult unknown =
            open({{QStringLiteral("claimCode"), QStringLiteral("ZZZZ-ZZZZ-ZZZZ")}}, admin);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.reason(), QStringLiteral("INVALID_CLAIM_CODE"));
        QCOMPARE(open({}, admin).reason(), QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            open({{QStringLiteral("claimCode"), spare.claimCode}, {QStringLiteral("duration"), 0}},
                 admin)
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            open({{QStringLiteral("claimCode"), spare.claimCode}}, QStringLiteral("wrong")).status,
            401);
        QCOMPARE(open({{QStringLiteral("claimCode"), spare.claimCode}}, m_ana.key).status, 401);
    }

    // A project defines its own device classes, as MODE's console has it.
    void projectDeviceClasses()
    {
        SandboxFixture sandbox;
        sandbox.options().deviceClasses = {QStringLiteral("valve")};
        QVERIFY(sandbox.start());
        const QString admin = sandbox.adminKey();
        HttpProbe &http = sandbox.http();
        const auto classes = [&] {
            QStringList out;
            for (const QJsonValue &v :
                 http.get(QStringLiteral("/sandbox/deviceClasses"), admin).array())
                out.append(v.toString());
            return out;
        };
        QVERIFY(classes().contains(QStringLiteral("valve")));  // from --device-class
        QCOMPARE(http.post(QStringLiteral("/sandbox/devices"),
                           {{QStringLiteral("deviceClass"), QStringLiteral("meter")}}, admin)
                     .reason(),
                 QStringLiteral("INVALID_DEVICE_CLASS"));
        QCOMPARE(http.post(QStringLiteral("/sandbox/deviceClasses"),
                           {{QStringLiteral("id"), QStringLiteral("meter")}}, admin)
                     .status,
                 201);
        QVERIFY(classes().contains(QStringLiteral("meter")));
        QVERIFY(http.get(QStringLiteral("/sandbox/project"), admin)
                    .object()
                    .value(QStringLiteral("deviceClasses"))
                    .toArray()
                    .contains(QStringLiteral("meter")));
        const HttpResult made =
            http.post(QStringLiteral("/sandbox/devices"),
                      {{QStringLiteral("deviceClass"), QStringLiteral("meter")}}, admin);
        QCOMPARE(made.status, 201);
        // Each documented failure.
        QCOMPARE(http.post(QStringLiteral("/sandbox/deviceClasses"),
                           {{QStringLiteral("id"), QStringLiteral("meter")}}, admin)
                     .reason(),
                 QStringLiteral("DEVICE_CLASS_EXISTS"));
        QCOMPARE(http.post(QStringLiteral("/sandbox/deviceClasses"),
                           {{QStringLiteral("id"), QStringLiteral("Bad Class")}}, admin)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(http.del(QStringLiteral("/sandbox/deviceClasses/meter"), admin).reason(),
                 QStringLiteral("DEVICE_CLASS_IN_USE"));
        QCOMPARE(http.del(QStringLiteral("/sandbox/deviceClasses/nothing"), admin).status, 404);
        QCOMPARE(http.del(QStringLiteral("/sandbox/deviceClasses/valve"), admin).status, 204);
        QVERIFY(!classes().contains(QStringLiteral("valve")));
        QCOMPARE(http.get(QStringLiteral("/sandbox/deviceClasses"), QStringLiteral("wrong")).status,
                 401);
        // On-demand provisioning can be switched off, and on again.
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        const auto provision = [&] {
            return http.postForm(
                QStringLiteral("/homes/%1/deviceProvisioning").arg(home),
                QUrlQuery({{QStringLiteral("deviceClass"), QStringLiteral("meter")}}), user.key);
        };
        QCOMPARE(provision().status, 200);
        QCOMPARE(http.patch(QStringLiteral("/sandbox/project"),
                            {{QStringLiteral("onDemandProvisioning"), false}}, admin)
                     .object()
                     .value(QStringLiteral("onDemandProvisioning"))
                     .toBool(),
                 false);
        QCOMPARE(provision().status / 100, 4);
        QCOMPARE(
            http.patch(QStringLiteral("/sandbox/project"),
                       {{QStringLiteral("onDemandProvisioning"), QStringLiteral("yes")}}, admin)
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        http.patch(QStringLiteral("/sandbox/project"),
                   {{QStringLiteral("onDemandProvisioning"), true}}, admin);
        QCOMPARE(provision().status, 200);
    }

    void claimInsideTheWindow()
    {
        const TestDevice device =
            m_sandbox.provisionDevice(QStringLiteral("thermostat"), QStringLiteral("Hall"));
        QCOMPARE(claim(device.claimCode, m_home, m_ana.key).reason(),
                 QStringLiteral("DEVICE_NOT_CLAIMABLE"));

        const HttpResult window =
            setClaimable(device, QStringLiteral("true"), QStringLiteral("120"));
        QCOMPARE(window.status, 200);
        const QDateTime until = QDateTime::fromString(
            window.object().value(QStringLiteral("claimExpirationTime")).toString(),
            Qt::ISODateWithMs);
        QVERIFY(until > QDateTime::currentDateTimeUtc().addSecs(100));

        QCOMPARE(claim(QStringLiteral("AAAA-BBBB-CCCC"), m_home, m_ana.key).reason(),
                 QStringLiteral("INVALID_CLAIM_CODE"));
        QCOMPARE(claim(device.claimCode, m_home, QString()).status, 401);
        QCOMPARE(claim(device.claimCode, m_home, m_stranger.key).status,
                 404);  // not the stranger's home
        QCOMPARE(claim(device.claimCode, m_home, device.apiKey).status, 403);
        const HttpResult claimed = claim(device.claimCode.toLower(), m_home, m_ana.key);
        QCOMPARE(claimed.status, 201);
        QCOMPARE(claimed.object().value(QStringLiteral("homeId")).toInteger(), m_home);
        QCOMPARE(claimed.object().value(QStringLiteral("name")).toString(), QStringLiteral("Hall"));
        QVERIFY(!claimed.object().contains(QStringLiteral("apiKey")));
        QVERIFY(!claimed.object().value(QStringLiteral("claimTime")).toString().isEmpty());

        const qint64 otherHome = m_sandbox.createHome(m_ana, QStringLiteral("Other"));
        QCOMPARE(claim(device.claimCode, otherHome, m_ana.key).reason(),
                 QStringLiteral("DEVICE_ALREADY_IN_HOME"));
        QCOMPARE(setClaimable(device, QStringLiteral("true")).reason(),
                 QStringLiteral("DEVICE_ALREADY_IN_HOME"));
    }

    void claimWindowCloses()
    {
        const TestDevice device = m_sandbox.provisionDevice();
        QCOMPARE(setClaimable(device, QStringLiteral("true"), QStringLiteral("1")).status, 200);
        m_sandbox.server().advanceClock(1100);  // past the 1 s window, without the wait
        QCOMPARE(claim(device.claimCode, m_home, m_ana.key).reason(),
                 QStringLiteral("DEVICE_NOT_CLAIMABLE"));
        QCOMPARE(setClaimable(device, QStringLiteral("true")).status, 200);
        QCOMPARE(setClaimable(device, QStringLiteral("false")).status, 200);
        QCOMPARE(claim(device.claimCode, m_home, m_ana.key).reason(),
                 QStringLiteral("DEVICE_NOT_CLAIMABLE"));
    }

    void registrationFailures()
    {
        const TestDevice device = m_sandbox.provisionDevice();
        const TestDevice other = m_sandbox.provisionDevice();
        QCOMPARE(m_sandbox.http()
                     .postForm(QStringLiteral("/deviceRegistration"),
                               QUrlQuery({{QStringLiteral("deviceId"), QString::number(device.id)},
                                          {QStringLiteral("claimable"), QStringLiteral("true")}}))
                     .status,
                 401);
        QCOMPARE(m_sandbox.http()
                     .postForm(QStringLiteral("/deviceRegistration"),
                               QUrlQuery({{QStringLiteral("deviceId"), QString::number(other.id)},
                                          {QStringLiteral("claimable"), QStringLiteral("true")}}),
                               device.apiKey)
                     .reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(m_sandbox.http()
                     .postForm(QStringLiteral("/deviceRegistration"),
                               QUrlQuery({{QStringLiteral("deviceId"), QString::number(device.id)},
                                          {QStringLiteral("claimable"), QStringLiteral("true")}}),
                               m_ana.key)
                     .reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(setClaimable(device, QStringLiteral("maybe")).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(setClaimable(device, QStringLiteral("true"), QStringLiteral("0")).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(setClaimable(device, QStringLiteral("true"), QStringLiteral("ten")).reason(),
                 QStringLiteral("INVALID_INPUT"));
        // JSON bodies work as well as forms.
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/deviceRegistration"),
                           {{QStringLiteral("deviceId"), device.id},
                            {QStringLiteral("claimable"), true},
                            {QStringLiteral("duration"), 30}},
                           device.apiKey)
                     .status,
                 200);
    }

    void redeemProvisioningToken()
    {
        const QString token =
            m_sandbox.http()
                .postForm(QStringLiteral("/homes/%1/deviceProvisioning").arg(m_home),
                          QUrlQuery({{QStringLiteral("deviceClass"), QStringLiteral("sprinkler")},
                                     {QStringLiteral("deviceTag"), QStringLiteral("garden")}}),
                          m_ana.key)
                .object()
                .value(QStringLiteral("token"))
                .toString();
        // The device hardware needs no key to redeem.
        const HttpResult created = m_sandbox.http().postForm(
            QStringLiteral("/devices"), QUrlQuery({{QStringLiteral("token"), token}}));
        QCOMPARE(created.status, 201);
        const QJsonObject device = created.object();
        QCOMPARE(device.value(QStringLiteral("homeId")).toInteger(), m_home);
        QCOMPARE(device.value(QStringLiteral("deviceClass")).toString(),
                 QStringLiteral("sprinkler"));
        QCOMPARE(device.value(QStringLiteral("tag")).toString(), QStringLiteral("garden"));
        const QString apiKey = device.value(QStringLiteral("apiKey")).toString();
        QVERIFY(!apiKey.isEmpty());
        QCOMPARE(m_sandbox.http()
                     .get(QStringLiteral("/auth"), apiKey)
                     .object()
                     .value(QStringLiteral("deviceId"))
                     .toInteger(),
                 device.value(QStringLiteral("id")).toInteger());
        // Once only; the key is never shown again.
        QCOMPARE(
            m_sandbox.http()
                .postForm(QStringLiteral("/devices"), QUrlQuery({{QStringLiteral("token"), token}}))
                .reason(),
            QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(m_sandbox.http()
                     .postForm(QStringLiteral("/devices"),
                               QUrlQuery({{QStringLiteral("token"), QStringLiteral("bogus")}}))
                     .reason(),
                 QStringLiteral("INVALID_TOKEN"));
        QVERIFY(!m_sandbox.http()
                     .get(QStringLiteral("/devices/%1")
                              .arg(device.value(QStringLiteral("id")).toInteger()),
                          m_ana.key)
                     .object()
                     .contains(QStringLiteral("apiKey")));
        QCOMPARE(m_sandbox.http().post(QStringLiteral("/devices"), {}, m_ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
    }

    void listGetUpdateDelete()
    {
        const qint64 home = m_sandbox.createHome(m_ana, QStringLiteral("Devices"));
        const TestDevice a = m_sandbox.addDeviceToHome(home, m_ana, QStringLiteral("sensor"));
        const TestDevice b = m_sandbox.addDeviceToHome(home, m_ana, QStringLiteral("camera"));
        const HttpResult list =
            m_sandbox.http().get(QStringLiteral("/devices?homeId=%1").arg(home), m_ana.key);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 2);
        QCOMPARE(m_sandbox.http()
                     .get(QStringLiteral("/devices?homeId=%1").arg(home), m_stranger.key)
                     .status,
                 404);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/devices"), m_ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/devices?homeId=%1").arg(home)).status, 401);
        QCOMPARE(
            m_sandbox.http().get(QStringLiteral("/devices?homeId=%1").arg(home), a.apiKey).status,
            403);
        QCOMPARE(m_sandbox.http()
                     .get(QStringLiteral("/devices?homeId=%1").arg(home),
                          m_sandbox.createProjectKey({QStringLiteral("read")}))
                     .array()
                     .size(),
                 2);

        const QString path = QStringLiteral("/devices/%1").arg(a.id);
        QCOMPARE(m_sandbox.http().get(path, m_ana.key).status, 200);
        QCOMPARE(m_sandbox.http().get(path, a.apiKey).status, 200);  // the device itself
        QCOMPARE(m_sandbox.http().get(path, b.apiKey).status, 404);  // another device
        QCOMPARE(m_sandbox.http().get(path, m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().get(path).status, 401);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/devices/999999"), m_ana.key).status, 404);

        QCOMPARE(m_sandbox.http()
                     .patch(path,
                            {{QStringLiteral("name"), QStringLiteral("Attic")},
                             {QStringLiteral("tag"), QStringLiteral("up")}},
                            m_ana.key)
                     .status,
                 204);
        const QJsonObject renamed = m_sandbox.http().get(path, m_ana.key).object();
        QCOMPARE(renamed.value(QStringLiteral("name")).toString(), QStringLiteral("Attic"));
        QCOMPARE(renamed.value(QStringLiteral("tag")).toString(), QStringLiteral("up"));
        QCOMPARE(
            m_sandbox.http().patch(path, {{QStringLiteral("name"), QString()}}, m_ana.key).reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("x")}}, m_stranger.key)
                     .status,
                 404);
        QCOMPARE(m_sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("x")}}, a.apiKey)
                     .status,
                 403);

        QCOMPARE(m_sandbox.http().del(path, m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().del(path, a.apiKey).status, 403);
        QCOMPARE(m_sandbox.http().del(path, m_ana.key).status, 204);
        QCOMPARE(m_sandbox.http().get(path, m_ana.key).status, 404);
        QCOMPARE(m_sandbox.http()
                     .get(QStringLiteral("/devices?homeId=%1").arg(home), m_ana.key)
                     .array()
                     .size(),
                 1);
        // Pre-provisioned hardware can be claimed again after removal.
        QCOMPARE(setClaimable(a, QStringLiteral("true")).status, 200);
        QCOMPARE(claim(a.claimCode, home, m_ana.key).status, 201);
    }

    void commandsReachTheDeviceSocket()
    {
        const TestDevice device =
            m_sandbox.addDeviceToHome(m_home, m_ana, QStringLiteral("sprinkler"));
        const QString path = QStringLiteral("/devices/%1/command").arg(device.id);
        const QJsonObject command{
            {QStringLiteral("action"), QStringLiteral("sprinkler-on")},
            {QStringLiteral("parameters"),
             QJsonObject{{QStringLiteral("zone"), 2}, {QStringLiteral("duration"), 120}}}};
        QCOMPARE(m_sandbox.http().put(path, command, m_ana.key).reason(),
                 QStringLiteral("DEVICE_OFFLINE"));

        SocketProbe deviceSocket;
        QVERIFY(deviceSocket.open(m_sandbox.url(path), device.apiKey));
        QCOMPARE(m_sandbox.http().put(path, command, m_ana.key).status, 204);
        QVERIFY(deviceSocket.waitForFrames(1));
        QCOMPARE(deviceSocket.frames().first(), command);
        QVERIFY(!m_sandbox.http()
                     .get(QStringLiteral("/devices/%1").arg(device.id), m_ana.key)
                     .object()
                     .value(QStringLiteral("lastCommandTime"))
                     .toString()
                     .isEmpty());

        QCOMPARE(m_sandbox.http().put(path, command).status, 401);
        QCOMPARE(m_sandbox.http().put(path, command, m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().put(path, command, device.apiKey).status, 403);
        QCOMPARE(m_sandbox.http()
                     .put(path, command, m_sandbox.createProjectKey({QStringLiteral("read")}))
                     .status,
                 403);
        QCOMPARE(m_sandbox.http()
                     .put(path, command, m_sandbox.createProjectKey({QStringLiteral("all")}))
                     .status,
                 204);
        QCOMPARE(m_sandbox.http()
                     .put(path, {{QStringLiteral("parameters"), QJsonObject()}}, m_ana.key)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .put(path,
                          {{QStringLiteral("action"), QStringLiteral("x")},
                           {QStringLiteral("parameters"), 3}},
                          m_ana.key)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .put(QStringLiteral("/devices/999999/command"), command, m_ana.key)
                     .status,
                 404);
        // A plain GET of the socket URL is refused.
        QCOMPARE(m_sandbox.http().get(path, device.apiKey).reason(),
                 QStringLiteral("WEBSOCKET_REQUIRED"));
    }

    void deviceEvents()
    {
        const TestDevice device =
            m_sandbox.addDeviceToHome(m_home, m_ana, QStringLiteral("thermostat"));
        const TestDevice other = m_sandbox.provisionDevice();
        SocketProbe userSocket;
        QVERIFY(
            userSocket.open(m_sandbox.url(QStringLiteral("/userSession/websocket")), m_ana.key));
        const QString path = QStringLiteral("/devices/%1/event").arg(device.id);
        const QJsonObject event{
            {QStringLiteral("eventType"), QStringLiteral("thermostat-status")},
            {QStringLiteral("eventData"), QJsonObject{{QStringLiteral("temperature"), 20.5}}}};
        QCOMPARE(m_sandbox.http().put(path, event, device.apiKey).status, 204);
        QVERIFY(userSocket.waitForFrames(1, QStringLiteral("thermostat-status")));
        const QJsonObject frame = userSocket.frames(QStringLiteral("thermostat-status")).first();
        QCOMPARE(frame.value(QStringLiteral("originDeviceId")).toInteger(), device.id);
        QCOMPARE(frame.value(QStringLiteral("originDeviceClass")).toString(),
                 QStringLiteral("thermostat"));
        QCOMPARE(frame.value(QStringLiteral("homeId")).toInteger(), m_home);
        QCOMPARE(frame.value(QStringLiteral("originDeviceIp")).toString(),
                 QStringLiteral("127.0.0.1"));
        QCOMPARE(frame.value(QStringLiteral("eventData"))
                     .toObject()
                     .value(QStringLiteral("temperature"))
                     .toDouble(),
                 20.5);

        QCOMPARE(m_sandbox.http().put(path, event).status, 401);
        QCOMPARE(m_sandbox.http().put(path, event, other.apiKey).status, 404);
        QCOMPARE(m_sandbox.http().put(path, event, m_ana.key).status, 403);
        QCOMPARE(m_sandbox.http()
                     .put(path,
                          {{QStringLiteral("eventType"), QStringLiteral("x")},
                           {QStringLiteral("eventData"), QJsonArray{1}}},
                          device.apiKey)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .put(path, {{QStringLiteral("eventData"), QJsonObject()}}, device.apiKey)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
    }
};

QTEST_GUILESS_MAIN(TestDevices)
#include "tst_devices.moc"
