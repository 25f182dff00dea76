// DeviceLink plays a device against a real sandbox: it listens for commands,
// sends events a user's EventStream sees, opens a claimable window, redeems
// a provisioning token, and stops on a refused key.
#include "apiclient.h"
#include "awaitcall.h"
#include "devicelink.h"
#include "eventstream.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestDeviceLink : public QObject
{
    Q_OBJECT

    const KeepAlive m_fast{300, 300, 50, 300};

private slots:
    void commandsInEventsOut()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        const TestDevice hw = sandbox.addDeviceToHome(home, user, QStringLiteral("thermostat"));

        EventStream stream;
        QSignalSpy batches(&stream, &EventStream::eventsReceived);
        stream.start(sandbox.server().baseUrl(), user.key);
        QTRY_COMPARE(stream.health().state, LinkState::Live);

        DeviceLink link(sandbox.server().baseUrl(), hw.id, hw.apiKey);
        link.setKeepAlive(m_fast);
        QSignalSpy commands(&link, &DeviceLink::commandReceived);
        link.listen();
        QTRY_COMPARE(link.state(), LinkState::Live);

        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        QVERIFY(await(api.sendCommand(hw.id, {QStringLiteral("set-setpoint"),
                                              {{QStringLiteral("setpoint"), 22}}}))
                    .ok());
        QTRY_COMPARE(commands.count(), 1);
        const auto command = commands.first().first().value<DeviceCommand>();
        QCOMPARE(command.action, QStringLiteral("set-setpoint"));
        QCOMPARE(command.parameters.value(QStringLiteral("setpoint")).toInt(), 22);

        QVERIFY(await(link.sendEvent(QStringLiteral("setpoint-changed"),
                                     {{QStringLiteral("setpoint"), 22}}))
                    .ok());
        QTRY_VERIFY([&] {
            for (const QList<QVariant> &args : std::as_const(batches)) {
                for (const Event &e : args.first().value<QList<Event>>()) {
                    if (e.eventType == QLatin1String("setpoint-changed") &&
                        e.originDeviceId == hw.id)
                        return true;
                }
            }
            return false;
        }());
        // Its connection showed on the device too.
        QVERIFY(await(api.getDevice(hw.id)).value->isConnected);
        link.stop();
        QTRY_VERIFY(!await(api.getDevice(hw.id)).value->isConnected);
    }

    void claimableWindowAndClaim()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        const TestDevice hw = sandbox.provisionDevice();
        DeviceLink link(sandbox.server().baseUrl(), hw.id, hw.apiKey);
        const auto window = await(link.setClaimable(true, 120));
        QVERIFY(window.ok());
        QVERIFY(window.value->claimExpirationTime > QDateTime::currentDateTimeUtc().addSecs(100));
        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        QCOMPARE(await(api.claimDevice(home, hw.claimCode)).value->homeId, home);
        QCOMPARE(await(link.setClaimable(true)).reason(), QStringLiteral("DEVICE_ALREADY_IN_HOME"));
    }

    void redeemsAProvisioningToken()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        const auto token = await(
            api.startDeviceProvisioning(home, QStringLiteral("camera"), QStringLiteral("porch")));
        const auto device =
            await(DeviceLink::redeemToken(sandbox.server().baseUrl(), token.value->token));
        QVERIFY(device.ok());
        QVERIFY(device.value->id > 0);
        QVERIFY(!device.value->apiKey.isEmpty());
        QCOMPARE(device.value->tag, QStringLiteral("porch"));
        // The new id and key work as a device at once.
        DeviceLink link(sandbox.server().baseUrl(), device.value->id, device.value->apiKey);
        link.listen();
        QTRY_COMPARE(link.state(), LinkState::Live);
        QCOMPARE(
            await(DeviceLink::redeemToken(sandbox.server().baseUrl(), token.value->token)).reason(),
            QStringLiteral("INVALID_TOKEN"));
    }

    void refusedKeyStops()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestDevice hw = sandbox.provisionDevice();
        const TestDevice other = sandbox.provisionDevice();
        DeviceLink link(sandbox.server().baseUrl(), hw.id, other.apiKey);  // the wrong device's key
        link.setKeepAlive(m_fast);
        QSignalSpy refused(&link, &DeviceLink::refused);
        link.listen();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("NOT_FOUND"));
        QCOMPARE(link.state(), LinkState::Refused);
    }

    void reconnectsAfterARestart()
    {
        QTemporaryDir dir;
        SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("d.db")));
        QVERIFY(sandbox.start());
        const TestDevice hw = sandbox.provisionDevice();
        DeviceLink link(sandbox.server().baseUrl(), hw.id, hw.apiKey);
        link.setKeepAlive(m_fast);
        link.listen();
        QTRY_COMPARE(link.state(), LinkState::Live);
        sandbox.stop();
        QTRY_COMPARE(link.state(), LinkState::Reconnecting);
        QVERIFY(sandbox.start());
        QTRY_COMPARE_WITH_TIMEOUT(link.state(), LinkState::Live, 5000);
    }
};

QTEST_GUILESS_MAIN(TestDeviceLink)
#include "tst_devicelink.moc"
