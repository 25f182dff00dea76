// Fleet against a real sandbox: every home's devices, a bounded number of
// requests at a time; homes added, renamed and removed; live connects,
// disconnects and events; a home that fails to load and then loads; the
// filter by text, online state, class and home; the counts per home and
// class. Every model is watched by QAbstractItemModelTester.
#include "apiclient.h"
#include "commandtargets.h"
#include "eventstream.h"
#include "fleet.h"
#include "homesmodel.h"
#include "hostileserver.h"
#include "lastknownstate.h"
#include "modelroles.h"
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
constexpr auto QtTestReport = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestFleet : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    TestUser m_user;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HomesModel> m_homes;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeFleet(int homes, int perHome, const QStringList &classes)
    {
        const HttpResult result = m_sandbox->http().post(
            QStringLiteral("/sandbox/fleet"),
            {{QStringLiteral("userId"), m_user.id},
             {QStringLiteral("homes"), homes},
             {QStringLiteral("devicesPerHome"), perHome},
             {QStringLiteral("deviceClasses"), QJsonArray::fromStringList(classes)}},
            m_sandbox->adminKey());
        QCOMPARE(result.status, 201);
        QCOMPARE(result.object().value(QStringLiteral("devices")).toInt(), homes * perHome);
    }

    void loadHomes()
    {
        const auto homes = m_api->getHomes(m_user.id);
        QSignalSpy done(homes, &ApiCallBase::finished);
        QVERIFY(done.wait());
        m_homes->setRecords(homes->result());
    }

    int rowOfName(const QString &name) const
    {
        for (int row = 0; row < m_fleet->devices()->rowCount(); ++row) {
            if (m_fleet->devices()->record(row).device.name == name)
                return row;
        }
        return -1;
    }

    // The fleet's reads go to a server that takes them and never answers (300 ms a try).
    void readFromASilentServer(HostileServer &silent, int attempts)
    {
        HostileServer::Reply nothing;
        nothing.way = HostileServer::Reply::Way::Silent;
        silent.on(QStringLiteral("/devices?"), nothing);
        m_api->setBaseUrl(silent.baseUrl());
        m_api->setTimeoutMs(300);
        m_api->setRetryPolicy({attempts, 10, 20});
    }

    static QList<Home> numberedHomes(int count)
    {
        QList<Home> homes;
        for (int i = 1; i <= count; ++i) {
            Home home;
            home.id = i;
            home.name = QStringLiteral("Home %1").arg(i);
            homes.append(home);
        }
        return homes;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_user = m_sandbox->signUp(QStringLiteral("Operator"));
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox->server().baseUrl());
        m_api->setKey(m_user.key);
        m_homes = std::make_unique<HomesModel>();
        m_fleet = std::make_unique<Fleet>(m_api.get(), m_homes.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_fleet->devices(), QtTestReport);
    }

    void cleanup()
    {
        m_tester.reset();
        m_fleet.reset();
        m_homes.reset();
        m_api.reset();
        m_sandbox.reset();
    }

    void loadsEveryHomeAFewAtATime()
    {
        makeFleet(12, 5, {QStringLiteral("sensor"), QStringLiteral("thermostat")});
        m_fleet->setMaxInFlight(3);
        QSignalSpy progress(m_fleet.get(), &Fleet::progressChanged);
        QSignalSpy finished(m_fleet.get(), &Fleet::loadFinished);
        QSignalSpy inserts(m_fleet->devices(), &QAbstractItemModel::rowsInserted);
        loadHomes();
        QCOMPARE(m_fleet->homesTotal(), 12);
        QVERIFY(m_fleet->isLoading());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(m_fleet->devices()->rowCount(), 60);
        QCOMPARE(m_fleet->homesDone(), 12);
        QCOMPARE(m_fleet->homesFailed(), 0);
        // Progress only goes up, and ends at all of them.
        int last = -1;
        for (const QList<QVariant> &change : std::as_const(progress)) {
            QVERIFY(change.at(0).toInt() >= last);
            last = change.at(0).toInt();
        }
        QCOMPARE(last, 12);
        // Answers are applied together: fewer insertions than homes.
        QVERIFY2(inserts.count() < 12, qPrintable(QString::number(inserts.count())));

        const int row = rowOfName(QStringLiteral("thermostat-2"));
        QVERIFY(row >= 0);
        const FleetModel *model = m_fleet->devices();
        QVERIFY(model->index(row, FleetModel::HomeColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Fleet home ")));
        QCOMPARE(model->index(row, FleetModel::ClassColumn).data().toString(),
                 QStringLiteral("thermostat"));
        QCOMPARE(model->index(row, FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("Unknown"));  // no live link in this test yet
        QVERIFY(model->index(row, 0).data(HomeRole).toLongLong() > 0);

        // Counts per home and per class.
        QTRY_COMPARE(m_fleet->byHome()->rowCount(), 12);
        QAbstractItemModelTester homesTester(m_fleet->byHome(), QtTestReport);
        QCOMPARE(m_fleet->byClass()->rowCount(), 2);
        QCOMPARE(m_fleet->byHome()->record(0).devices, 5);
        QCOMPARE(
            m_fleet->byClass()->record(m_fleet->byClass()->rowOf(QStringLiteral("sensor"))).devices,
            30);
        QCOMPARE(m_fleet->deviceClasses(),
                 (QStringList{QStringLiteral("sensor"), QStringLiteral("thermostat")}));
    }

    void followsHomesAddedRenamedAndRemoved()
    {
        makeFleet(2, 3, {QStringLiteral("sensor")});
        loadHomes();
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 6);
        QSignalSpy resets(m_fleet->devices(), &QAbstractItemModel::modelReset);

        // A new home with a device: fetched when the homes model lists it.
        const qint64 barn = m_sandbox->createHome(m_user, QStringLiteral("Barn"));
        m_sandbox->addDeviceToHome(barn, m_user, QStringLiteral("thermostat"));
        loadHomes();
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 7);
        const int row = rowOfName(QStringLiteral("thermostat unit"));
        QCOMPARE(m_fleet->devices()->record(row).homeName, QStringLiteral("Barn"));

        // Renamed: its rows say the new name.
        Home renamed = m_homes->record(m_homes->rowOf(barn));
        renamed.name = QStringLiteral("Big barn");
        m_homes->upsert(renamed);
        QCOMPARE(m_fleet->devices()->record(rowOfName(QStringLiteral("thermostat unit"))).homeName,
                 QStringLiteral("Big barn"));

        // Removed: its devices go with it, the rest stay; every row is found by
        // its key while the removal is reported.
        bool consistent = true;
        connect(m_fleet->devices(), &QAbstractItemModel::rowsRemoved, this, [&] {
            const FleetModel *model = m_fleet->devices();
            for (int r = 0; r < model->rowCount(); ++r)
                consistent = consistent && model->rowOf(model->record(r).device.id) == r;
        });
        m_homes->removeKey(barn);
        QVERIFY(consistent);
        QCOMPARE(m_fleet->devices()->rowCount(), 6);
        QCOMPARE(rowOfName(QStringLiteral("thermostat unit")), -1);
        QCOMPARE(resets.count(), 0);

        // Asked again and again while answers are on their way: each device once.
        m_fleet->refresh();
        m_fleet->refresh();
        QSignalSpy finished(m_fleet.get(), &Fleet::loadFinished);
        m_fleet->refresh();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m_fleet->isLoading());  // nothing more on its way: no second loadFinished
        QCOMPARE(finished.count(), 1);   // once per load
        QCOMPARE(m_fleet->devices()->rowCount(), 6);
        QSet<qint64> ids;
        for (const FleetDevice &f : m_fleet->devices()->records())
            ids.insert(f.device.id);
        QCOMPARE(ids.size(), 6);

        // Another user (the homes model reset): nothing of the last one stays.
        m_homes->resetRecords({});
        QCOMPARE(m_fleet->devices()->rowCount(), 0);
        QCOMPARE(m_fleet->homesTotal(), 0);
    }

    void liveEventsMoveOnlineStateAndTheLastEvent()
    {
        const qint64 home = m_sandbox->createHome(m_user, QStringLiteral("Depot"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, m_user, QStringLiteral("sensor"));
        EventStream stream;
        connect(&stream, &EventStream::eventsReceived, m_fleet.get(), &Fleet::applyEvents);
        connect(&stream, &EventStream::healthChanged, m_fleet.get(),
                [this](const StreamHealth &health) {
                    m_fleet->setLinkLive(health.state == LinkState::Live);
                });
        stream.start(m_sandbox->server().baseUrl(), m_user.key);
        loadHomes();
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 1);
        QTRY_VERIFY(m_fleet->devices()->isLinkLive());
        const FleetModel *model = m_fleet->devices();
        QCOMPARE(model->index(0, FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("Offline"));

        SocketProbe device;
        QVERIFY(device.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(hw.id)),
                            hw.apiKey));
        QTRY_VERIFY(model->record(0).device.isConnected);
        QVERIFY(model->record(0).device.lastConnectTime.isValid());
        QVERIFY(model->index(0, 0).data(OnlineRole).toBool());
        QTRY_VERIFY(m_fleet->byHome()->rowCount() == 1 && m_fleet->byHome()->record(0).online == 1);

        QCOMPARE(m_sandbox->http()
                     .put(QStringLiteral("/devices/%1/event").arg(hw.id),
                          {{QStringLiteral("eventType"), QStringLiteral("reading")},
                           {QStringLiteral("eventData"), QJsonObject{{QStringLiteral("t"), 21}}}},
                          hw.apiKey)
                     .status,
                 204);
        QTRY_COMPARE(model->record(0).lastEventType, QStringLiteral("reading"));
        QVERIFY(model->record(0).device.lastEventTime.isValid());

        device.socket().close();
        QTRY_VERIFY(!model->record(0).device.isConnected);

        // A device that joins the home is fetched when it first speaks.
        const TestDevice newcomer =
            m_sandbox->addDeviceToHome(home, m_user, QStringLiteral("thermostat"));
        SocketProbe second;
        QVERIFY(second.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(newcomer.id)),
                            newcomer.apiKey));
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 2);

        // The link goes: nobody is known to be online.
        stream.stop();
        m_fleet->setLinkLive(false);
        QCOMPARE(model->index(0, FleetModel::StatusColumn).data().toString(),
                 QStringLiteral("Unknown"));
        QVERIFY(!model->index(0, 0).data(OnlineRole).toBool());
        // The counts say so too: not "0 online".
        QTRY_COMPARE(m_fleet->byHome()->index(0, FleetGroupsModel::OnlineColumn).data().toString(),
                     QStringLiteral("—"));
    }

    void aHomeThatFailsIsReportedAndLoadsAgain()
    {
        makeFleet(3, 2, {QStringLiteral("sensor")});
        QCOMPARE(m_sandbox->http()
                     .post(QStringLiteral("/sandbox/faults"),
                           {{QStringLiteral("path"), QStringLiteral("/devices")},
                            {QStringLiteral("status"), 500},  // a 503 would be retried
                            {QStringLiteral("count"), 1}},
                           m_sandbox->adminKey())
                     .status,
                 204);
        QSignalSpy failed(m_fleet.get(), &Fleet::homeFailed);
        QSignalSpy finished(m_fleet.get(), &Fleet::loadFinished);
        loadHomes();
        QTRY_VERIFY(finished.count() >= 1);
        QTRY_VERIFY(!m_fleet->isLoading());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(m_fleet->homesFailed(), 1);
        QVERIFY(!m_fleet->lastError().isEmpty());
        QCOMPARE(m_fleet->devices()->rowCount(), 4);  // the others are shown

        m_fleet->refresh();
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 6);
        QTRY_COMPARE(m_fleet->homesFailed(), 0);
    }

    // A server that does not answer (down, or frozen): the homes waiting their turn
    // fail with the first read that found no answer, instead of each trying it four
    // times more; the load finishes and says so, and Load again reads them all.
    void aServerThatDoesNotAnswerIsNotAskedForEveryHome()
    {
        HostileServer silent;
        QVERIFY(silent.start());
        readFromASilentServer(silent, 4);
        constexpr int Homes = 100;
        QSignalSpy failed(m_fleet.get(), &Fleet::homeFailed);
        QSignalSpy finished(m_fleet.get(), &Fleet::loadFinished);
        m_homes->setRecords(numberedHomes(Homes));
        QVERIFY(finished.wait(20000));
        QVERIFY(!m_fleet->isLoading());
        QCOMPARE(m_fleet->homesFailed(), Homes);
        QCOMPARE(failed.count(), Homes);
        // The first round's reads, each tried four times; not every home's.
        const int asked = silent.requests(QStringLiteral("/devices?"));
        QVERIFY2(asked <= 4 * ServerConnection::BackgroundInFlight + 4,
                 qPrintable(QString::number(asked)));

        // The server answers again: Load again reads them all.
        silent.on(QStringLiteral("/devices?"), HostileServer::json("[]"));
        m_fleet->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(m_fleet->homesFailed(), 0, 10000);
        QTRY_VERIFY(!m_fleet->isLoading());
    }

    // With the live link up the server is there: a read that found no answer (one slow
    // home) stops no other home's.
    void aSlowHomeWithTheLinkUpStopsNothing()
    {
        HostileServer silent;
        QVERIFY(silent.start());
        readFromASilentServer(silent, 1);
        m_fleet->setLinkLive(true);
        constexpr int Homes = 30;
        QSignalSpy finished(m_fleet.get(), &Fleet::loadFinished);
        m_homes->setRecords(numberedHomes(Homes));
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_fleet->homesFailed(), Homes);
        QCOMPARE(silent.requests(QStringLiteral("/devices?")), Homes);  // every one asked
    }

    void filtersByTextStateClassAndHome()
    {
        makeFleet(4, 6, {QStringLiteral("sensor"), QStringLiteral("thermostat")});
        loadHomes();
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 24);
        FleetFilter filter;
        filter.setSourceModel(m_fleet->devices());
        QAbstractItemModelTester tester(&filter, QtTestReport);
        QSignalSpy removals(&filter, &QAbstractItemModel::rowsRemoved);

        filter.setText(QStringLiteral("THERMOSTAT-2"));  // any case
        QCOMPARE(filter.rowCount(), 4);
        filter.setText(QString());
        filter.setDeviceClass(QStringLiteral("sensor"));
        QCOMPARE(filter.rowCount(), 12);
        const qint64 second = m_homes->record(1).id;
        filter.setHome(second);
        QCOMPARE(filter.rowCount(), 3);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(HomeRole).toLongLong(), second);
        filter.setText(QString::number(filter.index(0, 0).data(IdRole).toLongLong()));
        QCOMPARE(filter.rowCount(), 1);  // by id
        filter.setText(QString());
        filter.setOnline(FleetFilter::Online::Online);
        QCOMPARE(filter.rowCount(), 0);  // no live link: nobody known online
        filter.setOnline(FleetFilter::Online::Offline);
        QCOMPARE(filter.rowCount(), 0);  // nor known offline: not known at all
        m_fleet->setLinkLive(true);
        QCOMPARE(filter.rowCount(), 3);  // the link says: none of them is connected
        QCOMPARE(removals.count(), 0);   // criteria change in one layout change each

        // Sorted by any column.
        filter.setHome(0);
        filter.setDeviceClass(QString());
        filter.setOnline(FleetFilter::Online::Any);
        filter.sort(FleetModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, FleetModel::NameColumn).data().toString(),
                 QStringLiteral("thermostat-6"));
        filter.sort(FleetModel::HomeColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, FleetModel::HomeColumn).data().toString(),
                 QStringLiteral("Fleet home 1"));
    }

    // A device as last seen (its home not read yet) is neither online nor offline, even
    // with the live link up and "connected" in the last run's file: no filter, no
    // command's "online only" and no count takes it for either.
    void aDeviceAsLastSeenIsNeitherOnlineNorOffline()
    {
        makeFleet(1, 2, {QStringLiteral("sensor")});
        const auto homesCall = m_api->getHomes(m_user.id);
        QSignalSpy done(homesCall, &ApiCallBase::finished);
        QVERIFY(done.wait());
        const QList<Home> homes = homesCall->result();  // the call goes once it is over
        const qint64 home = homes.first().id;
        const auto read = m_api->getDevices(home);
        QSignalSpy devicesRead(read, &ApiCallBase::finished);
        QVERIFY(devicesRead.wait());
        const QList<Device> onServer = read->result();
        QCOMPARE(onServer.size(), 2);
        m_fleet->setLinkLive(true);
        m_homes->setRecords(homes);  // its read starts; the last run's rows first
        LastKnownSnapshot snapshot;
        snapshot.userId = m_user.id;
        snapshot.homes = homes;
        snapshot.homesAsOf = QDateTime::currentDateTimeUtc().addDays(-1);
        snapshot.devicesAsOf.insert(home, snapshot.homesAsOf);
        Device seen;
        seen.id = 990001;
        seen.homeId = home;
        seen.name = QStringLiteral("seen yesterday");
        seen.isConnected = true;
        snapshot.devices = onServer;  // the server's two, and one it no longer has
        snapshot.devices.append(seen);
        m_fleet->showLastKnown(snapshot);
        FleetModel *store = m_fleet->devices();
        const int row = store->rowOf(seen.id);
        QVERIFY(row >= 0);
        QCOMPARE(store->presence(store->record(row)), FleetModel::Presence::Unknown);
        QVERIFY(!store->index(row, 0).data(OnlineRole).toBool());
        FleetFilter filter;
        filter.setSourceModel(store);
        filter.setOnline(FleetFilter::Online::Online);
        QCOMPARE(filter.rowCount(), 0);
        filter.setOnline(FleetFilter::Online::Offline);
        QCOMPARE(filter.rowCount(), 0);  // the server's two too, while as last seen
        const TargetChoice choice = chooseTargets(*store, {seen.id}, true);
        QCOMPARE(choice.unknown, 1);
        QCOMPARE(choice.offline, 0);
        QVERIFY(choice.problem().contains(QStringLiteral("known to be online")));
        // The server's answer confirms its two in place, offline as the link says, and
        // the Offline filter takes them in by itself; the one it no longer has goes.
        QSignalSpy inserted(store, &QAbstractItemModel::rowsInserted);
        QTRY_VERIFY(!m_fleet->lastKnownSince().isValid());
        QVERIFY(!store->contains(seen.id));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(filter.rowCount(), 2);
    }

    void theBulkRouteRefusesWhatItCannotMake()
    {
        const auto post = [this](const QJsonObject &body) {
            return m_sandbox->http().post(QStringLiteral("/sandbox/fleet"), body,
                                          m_sandbox->adminKey());
        };
        const qint64 user = m_user.id;
        QCOMPARE(post({{QStringLiteral("homes"), 1}, {QStringLiteral("devicesPerHome"), 1}}).status,
                 403);
        QCOMPARE(post({{QStringLiteral("userId"), user},
                       {QStringLiteral("homes"), 0},
                       {QStringLiteral("devicesPerHome"), 1}})
                     .status,
                 403);
        QCOMPARE(post({{QStringLiteral("userId"), user},
                       {QStringLiteral("homes"), 1000},
                       {QStringLiteral("devicesPerHome"), 1000}})
                     .status,
                 403);  // over 200,000 devices
        QCOMPARE(post({{QStringLiteral("userId"), user},
                       {QStringLiteral("homes"), 1},
                       {QStringLiteral("devicesPerHome"), 1},
                       {QStringLiteral("deviceClasses"), QJsonArray{QStringLiteral("toaster")}}})
                     .status,
                 403);
        QCOMPARE(m_sandbox->http()
                     .post(QStringLiteral("/sandbox/fleet"),
                           {{QStringLiteral("userId"), user},
                            {QStringLiteral("homes"), 1},
                            {QStringLiteral("devicesPerHome"), 1}},
                           m_user.key)
                     .status,
                 401);  // a user key is no admin key
    }
};

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
