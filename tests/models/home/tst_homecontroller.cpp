// HomeController against a real sandbox: it fills the four models for a
// home (its devices a view of the fleet's store, fetched first), keeps them
// live from the event stream (device online/offline, KV saved/deleted),
// re-fetches on resynced without resets, and drops the answers of a home
// that is no longer shown.
#include "apiclient.h"
#include "eventstream.h"
#include "homecontroller.h"
#include "lastknownstate.h"
#include "modelroles.h"
#include "sandboxfixture.h"
#include "shownhome.h"
#include "socketprobe.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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
        ShownHome shown(&api);
        QVERIFY(shown.loadHomes(&api, user.id));
        HomeController &controller = shown.controller;
        QAbstractItemModelTester t1(controller.devices(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(controller.members(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(controller.keyValues(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(controller.smartModules(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        // As the session wires them: the store first, then the home.
        connect(&stream, &EventStream::eventsReceived, &shown.fleet, &Fleet::applyEvents);
        connect(&stream, &EventStream::eventsReceived, &controller, &HomeController::applyEvents);
        connect(&stream, &EventStream::healthChanged, &shown.fleet,
                [&shown](const StreamHealth &health) {
                    shown.fleet.setLinkLive(health.state == LinkState::Live);
                });
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

        // A refresh merges a device that joined meanwhile, in the store and so in the home.
        sandbox.addDeviceToHome(home, user, QStringLiteral("sensor"));
        controller.refresh();
        QVERIFY(controller.isLoading());
        QTRY_VERIFY(!controller.isLoading());
        QCOMPARE(controller.devices()->rowCount(), 2);
        QCOMPARE(shown.fleet.devices()->rowCount(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void theShownHomeGoesFirstAndOnce()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        QList<qint64> homes;
        for (int i = 0; i < 8; ++i) {
            homes.append(sandbox.createHome(user, QStringLiteral("Home %1").arg(i)));
            sandbox.addDeviceToHome(homes.last(), user);
        }
        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        ShownHome shown(&api);
        shown.fleet.setMaxInFlight(1);
        QSignalSpy loaded(&shown.fleet, &Fleet::homeLoaded);
        QVERIFY(shown.loadHomes(&api, user.id));
        // The last home of eight, shown while the fleet reads the first: it is read at
        // once, past the queue and the cap, not after the seven before it.
        shown.controller.setHome(homes.last());
        QVERIFY(shown.controller.isLoading());
        QTRY_COMPARE(shown.controller.devices()->rowCount(), 1);
        QVERIFY(loaded.count() <= 2);
        QTRY_VERIFY(!shown.fleet.isLoading());
        QCOMPARE(shown.fleet.devices()->rowCount(), 8);
        QCOMPARE(loaded.count(), 8);  // each home read once

        // Back to a home the fleet has: shown at once, nothing fetched.
        shown.controller.setHome(homes.first());
        QCOMPARE(shown.controller.devices()->rowCount(), 1);
        QTRY_VERIFY(!shown.controller.isLoading());  // its members, pairs and modules
        QCOMPARE(loaded.count(), 8);
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
        ShownHome shown(&api);
        QVERIFY(shown.loadHomes(&api, user.id));
        HomeController &controller = shown.controller;
        controller.setHome(first);
        controller.setHome(second);  // before the first answers arrive
        QTRY_VERIFY(!controller.isLoading());
        QCOMPARE(controller.homeId(), second);
        QCOMPARE(controller.members()->rowCount(), 1);
        QCOMPARE(controller.devices()->rowCount(), 0);
        // The first home's device is the fleet's, not the second home's.
        QTRY_COMPARE(shown.fleet.devices()->rowCount(), 1);
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
        api.setKey(user.key);
        ShownHome shown(&api);
        QVERIFY(shown.loadHomes(&api, user.id));
        QTRY_VERIFY(shown.fleet.isHomeLoaded(home));
        // The home is listed, but the key is now one that may not read it.
        api.setKey(stranger.key);
        HomeController &controller = shown.controller;
        QSignalSpy failures(&controller, &HomeController::loadProblem);
        controller.setHome(home);
        controller.refresh();  // the devices too (the fleet had them)
        QTRY_VERIFY(!controller.isLoading());
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

    // The home's devices are shown as last seen (the last run's) and the server does not
    // give them now: the sentence says since when the rows are as they are.
    void aFailureOverRowsAsLastSeenSaysSinceWhen()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const TestUser stranger = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        ApiClient api;
        api.setBaseUrl(sandbox.server().baseUrl());
        api.setKey(user.key);
        const Outcome<QList<Home>> homes = await(api.getHomes(user.id));
        QVERIFY(homes.ok());
        api.setKey(stranger.key);  // the list is known; its devices will not come
        ShownHome shown(&api);
        HomeController &controller = shown.controller;
        QSignalSpy failures(&controller, &HomeController::loadProblem);
        shown.homes.setRecords(*homes.value);
        LastKnownSnapshot snapshot;
        snapshot.userId = user.id;
        snapshot.homes = *homes.value;
        snapshot.homesAsOf = QDateTime(QDate(2026, 11, 30), QTime(8, 15), QTimeZone::utc());
        snapshot.devicesAsOf.insert(home, snapshot.homesAsOf);
        Device device;
        device.id = 77;
        device.homeId = home;
        device.name = QStringLiteral("sensor unit");
        snapshot.devices = {device};
        shown.fleet.showLastKnown(snapshot);
        controller.setHome(home);
        QTRY_VERIFY(!controller.isLoading());
        QString said;
        for (const QList<QVariant> &f : std::as_const(failures)) {
            if (f.at(0).value<HomeController::Part>() == HomeController::Part::Devices)
                said = f.at(1).toString();
        }
        QVERIFY2(said.contains(QStringLiteral("could not be loaded")) &&
                     said.contains(QStringLiteral("as last seen on")) &&
                     said.contains(QStringLiteral("2026")),
                 qPrintable(said));
        QCOMPARE(shown.fleet.devices()->lastKnownAsOf(home), snapshot.homesAsOf);
        // With the live link up, who is online there is still not known: not "0 online".
        shown.fleet.setLinkLive(true);
        QVERIFY(controller.devices()->isLinkLive());
        QVERIFY(!controller.devices()->isOnlineKnown());
    }
};

QTEST_MAIN(TestHomeController)
#include "tst_homecontroller.moc"
