// HomeController against a real sandbox: it fills the four models for a
// home, keeps them live from the event stream (device online/offline, KV
// saved/deleted), re-fetches on resynced without resets, and drops the
// answers of a home that is no longer shown.
#include "apiclient.h"
#include "eventstream.h"
#include "homecontroller.h"
#include "modelroles.h"
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestHomeController : public QObject
{
    Q_OBJECT

private slots:
    void fillsAndStaysLive()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        const TestDevice hw = sandbox.addDeviceToHome(home, user, QStringLiteral("thermostat"));
        sandbox.http().put(QStringLiteral("/homes/%1/kv/mode").arg(home),
                           {{QStringLiteral("value"), QStringLiteral("home")}}, user.key);

        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        EventStream stream;
        HomeController controller(&api);
        QAbstractItemModelTester t1(controller.devices(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(controller.members(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(controller.keyValues(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(controller.smartModules(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(&stream, &EventStream::eventsReceived, &controller, &HomeController::applyEvents);
        connect(&stream, &EventStream::resynced, &controller, &HomeController::refresh);
        stream.start(sandbox.server().baseUrl(), user.key);

        controller.setHome(home);
        QTRY_VERIFY(!controller.isLoading());
        QCOMPARE(controller.devices()->rowCount(), 1);
        QCOMPARE(controller.members()->rowCount(), 1);
        QCOMPARE(controller.keyValues()->rowCount(), 1);
        QVERIFY(controller.smartModules()->rowCount() >= 2);
        QTRY_COMPARE(stream.health().state, LinkState::Live);

        // A device comes online: its row says so, without a reset.
        QSignalSpy resets(controller.devices(), &QAbstractItemModel::modelReset);
        SocketProbe device;
        QVERIFY(
            device.open(sandbox.url(QStringLiteral("/devices/%1/command").arg(hw.id)), hw.apiKey));
        QTRY_VERIFY(controller.devices()->record(0).isConnected);
        QCOMPARE(resets.count(), 0);

        // Someone else saves and deletes pairs.
        sandbox.http().put(QStringLiteral("/homes/%1/kv/setpoint").arg(home),
                           {{QStringLiteral("value"), 22}}, user.key);
        QTRY_COMPARE(controller.keyValues()->rowCount(), 2);
        const int row = controller.keyValues()->rowOf(QStringLiteral("setpoint"));
        QVERIFY(controller.keyValues()->index(row, 0).data(RecentlyChangedRole).toBool());
        sandbox.http().del(QStringLiteral("/homes/%1/kv/mode").arg(home), user.key);
        QTRY_COMPARE(controller.keyValues()->rowCount(), 1);

        device.socket().close();
        QTRY_VERIFY(!controller.devices()->record(0).isConnected);

        // A refresh (as after a reconnect) merges a device that joined meanwhile.
        sandbox.addDeviceToHome(home, user, QStringLiteral("sensor"));
        controller.refresh();
        QTRY_COMPARE(controller.devices()->rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void answersForAnOldHomeAreDropped()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 first = sandbox.createHome(user, QStringLiteral("First"));
        const qint64 second = sandbox.createHome(user, QStringLiteral("Second"));
        sandbox.addDeviceToHome(first, user);
        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        HomeController controller(&api);
        controller.setHome(first);
        controller.setHome(second);  // before the first answers arrive
        QTRY_VERIFY(!controller.isLoading());
        QCOMPARE(controller.homeId(), second);
        QCOMPARE(controller.devices()->rowCount(), 0);
    }

    void reportsWhatCouldNotLoad()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const TestUser stranger = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(stranger.key);
        HomeController controller(&api);
        QSignalSpy failures(&controller, &HomeController::loadProblem);
        controller.setHome(home);
        QTRY_COMPARE(failures.count(), 4);
        // Each list, for its own page, in a sentence of its own; the detail for "Details".
        QSet<HomeController::Part> parts;
        for (const QList<QVariant> &f : std::as_const(failures)) {
            parts.insert(f.at(0).value<HomeController::Part>());
            QVERIFY(f.at(3).toBool());  // failed, not partial
            QVERIFY(f.at(2).toString().contains(QStringLiteral("404")));
        }
        QCOMPARE(parts.size(), 4);
        QVERIFY(failures.first().at(1).toString().contains(QStringLiteral("could not be loaded")));
    }
};

QTEST_MAIN(TestHomeController)
#include "tst_homecontroller.moc"
