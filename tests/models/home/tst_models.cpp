// The dashboard's item models under QAbstractItemModelTester: incremental
// merges (insert, update, remove without a reset), a home's devices as a
// view of the one store, live updates, filtering through
// QSortFilterProxyModel, and the KV highlight that fades.
#include "commandtargets.h"
#include "devicesmodel.h"
#include "fleet.h"
#include "homesmodel.h"
#include "kvmodel.h"
#include "membersmodel.h"
#include "modelroles.h"
#include "smartmodulesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace ModeDesk;

namespace {
Device device(qint64 id, const QString &name, bool online = false)
{
    Device d;
    d.id = id;
    d.name = name;
    d.deviceClass = QStringLiteral("sensor");
    d.homeId = 1;
    d.isConnected = online;
    return d;
}

FleetDevice inHome(Device d, qint64 homeId = 1)
{
    d.homeId = homeId;
    return {d, QStringLiteral("Home %1").arg(homeId), {}};
}

// A change to one device in the store, as the fleet makes it.
template <typename Change>
void change(FleetModel *store, qint64 id, Change apply)
{
    FleetDevice d = store->record(store->rowOf(id));
    apply(d);
    store->upsert(d);
}

// The store's rows, with the in-place change the fleet batches.
class BatchedStore : public FleetModel
{
public:
    using RecordTableModel::modify;
};
}  // namespace

namespace {
KeyValuePair pair(const QString &key, const QJsonValue &value, const QDateTime &time = {})
{
    KeyValuePair p;
    p.key = key;
    p.value = value;
    p.modificationTime = time;
    return p;
}
}  // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void aHomeIsAViewOfTheOneStore()
    {
        HomesModel homes;
        Fleet fleet(nullptr, &homes);
        FleetModel *store = fleet.devices();
        store->resetRecords({inHome(device(1, QStringLiteral("a"))),
                             inHome(device(2, QStringLiteral("b"))),
                             inHome(device(3, QStringLiteral("c"))),
                             inHome(device(9, QStringLiteral("elsewhere")), 2)});
        DevicesModel model(store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);  // no home shown
        model.setHome(1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(DevicesModel::ColumnCount));
        QCOMPARE(model.headerData(DevicesModel::IdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Id"));
        QCOMPARE(model.rowOf(9), -1);  // another home's
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // In the store: 2 gone, 3 renamed, 4 and 5 new. The view follows, row by row.
        store->setRecords(
            {inHome(device(1, QStringLiteral("a"))), inHome(device(3, QStringLiteral("c2"))),
             inHome(device(4, QStringLiteral("d"))), inHome(device(5, QStringLiteral("e"))),
             inHome(device(9, QStringLiteral("elsewhere")), 2)});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 1);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(changed.count(), 1);  // only the renamed row
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(model.rowOf(3), DevicesModel::NameColumn).data().toString(),
                 QStringLiteral("c2"));
        QCOMPARE(model.rowOf(2), -1);
        QCOMPARE(model.index(model.rowOf(5), 0).data(IdRole).toLongLong(), 5);
        QCOMPARE(model.record(model.rowOf(5)).name, QStringLiteral("e"));

        // A device that moves into the home (claimed, say) shows; one that leaves goes.
        change(store, 9, [](FleetDevice &f) { f.device.homeId = 1; });
        QVERIFY(model.contains(9));
        change(store, 1, [](FleetDevice &f) { f.device.homeId = 2; });
        QVERIFY(!model.contains(1));
        QCOMPARE(model.rowCount(), 4);

        // Another home: the same store, another filter.
        model.setHome(2);
        QCOMPARE(model.records().size(), 1);
        QCOMPARE(model.record(0).id, 1);
    }

    void liveDeviceUpdates()
    {
        HomesModel homes;
        Fleet fleet(nullptr, &homes);
        FleetModel *store = fleet.devices();
        store->resetRecords({inHome(device(7, QStringLiteral("Hall"))),
                             inHome(device(8, QStringLiteral("Porch"), true))});
        DevicesModel model(store);
        model.setHome(1);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.onlineCount(), 0);  // no live link yet: nobody is known to be online
        fleet.setLinkLive(true);
        QCOMPARE(model.onlineCount(), 1);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        change(store, 7, [&now](FleetDevice &f) {
            f.device.isConnected = true;
            f.device.lastConnectTime = now;
        });
        QCOMPARE(model.onlineCount(), 2);
        const QModelIndex status = model.index(model.rowOf(7), DevicesModel::StatusColumn);
        QCOMPARE(status.data().toString(), QStringLiteral("Online"));
        QVERIFY(status.data(OnlineRole).toBool());
        QVERIFY(status.data(LampRole).toBool());
        QCOMPARE(status.data(StateRole).toInt(), int(ItemState::Good));
        change(store, 8, [&now](FleetDevice &f) { f.device.lastEventTime = now; });
        QCOMPARE(model.index(model.rowOf(8), DevicesModel::LastEventColumn).data().toString(),
                 QStringLiteral("just now"));

        // The link goes down: nobody shows online until it is back.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        fleet.setLinkLive(false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.onlineCount(), 0);
        QCOMPARE(status.data().toString(), QStringLiteral("Unknown"));
        QVERIFY(!status.data(OnlineRole).toBool());
        QCOMPARE(status.data(StateRole).toInt(), int(ItemState::Unknown));
        fleet.setLinkLive(true);
        QCOMPARE(model.onlineCount(), 2);

        // Relative times tick with one signal for the whole column, display text only.
        changed.clear();
        fleet.tick();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(2).value<QList<int>>(), QList<int>{Qt::DisplayRole});
    }

    void batchedChangesAreOneSignalPerRun()
    {
        BatchedStore model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<FleetDevice> devices;
        for (int id = 1; id <= 10; ++id)
            devices.append(inHome(device(id, QStringLiteral("d%1").arg(id))));
        model.resetRecords(devices);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto noteEvent = [&model](qint64 id, const QDateTime &when) {
            model.modify(id, [&when](FleetDevice &f) { f.device.lastEventTime = when; });
        };
        model.beginBatch();
        for (int i = 0; i < 50; ++i) {  // 50 events: rows 0-2 and 6, over and over
            for (const qint64 id : {1, 2, 3, 7})
                noteEvent(id, now.addMSecs(i));
        }
        QCOMPARE(changed.count(), 0);
        model.endBatch();
        QCOMPARE(changed.count(), 2);  // the run 0-2 and the row 6
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 6);
        QCOMPARE(model.record(6).device.lastEventTime, now.addMSecs(49));

        // A removal inside a batch reports the marked rows first, at their old places.
        changed.clear();
        model.beginBatch();
        noteEvent(10, now);
        QVERIFY(model.removeKey(1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 9);
        model.endBatch();
        QCOMPARE(changed.count(), 1);
    }

    void filterAndSortThroughAProxy()
    {
        HomesModel homes;
        Fleet fleet(nullptr, &homes);
        fleet.devices()->resetRecords({inHome(device(1, QStringLiteral("Kitchen light"))),
                                       inHome(device(2, QStringLiteral("Hall sensor"), true)),
                                       inHome(device(3, QStringLiteral("Kitchen sensor"), true))});
        fleet.setLinkLive(true);
        DevicesModel model(fleet.devices());
        model.setHome(1);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterRole(FilterRole);
        proxy.setSortRole(SortRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("kitchen"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QStringLiteral("1"));  // the id is searched too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        proxy.sort(DevicesModel::StatusColumn, Qt::DescendingOrder);
        QVERIFY(proxy.index(0, 0).data(OnlineRole).toBool());
        QVERIFY(!proxy.index(2, 0).data(OnlineRole).toBool());
    }

    // The command's targets: the picked ids as the store has them when sending.
    void targetsAreTheStoresAtSendTime()
    {
        HomesModel homes;
        Fleet fleet(nullptr, &homes);
        FleetModel *store = fleet.devices();
        Device thermostat = device(2, QStringLiteral("Hall"), true);
        thermostat.deviceClass = QStringLiteral("thermostat");
        store->resetRecords({inHome(device(1, QStringLiteral("Porch"))), inHome(thermostat),
                             inHome(device(3, QStringLiteral("Attic"), true), 2)});
        // No live link: nobody is known to be online, so "online only" leaves none, and
        // none of them is called offline.
        TargetChoice choice = chooseTargets(*store, {1, 2, 3}, true);
        QVERIFY(choice.targets.isEmpty());
        QCOMPARE(choice.offline, 0);
        QCOMPARE(choice.unknown, 3);
        QVERIFY(choice.problem().contains(QStringLiteral("known to be online")));
        fleet.setLinkLive(true);
        choice = chooseTargets(*store, {1, 2, 3, 99}, true);
        QCOMPARE(choice.targets.size(), 2);
        QCOMPARE(choice.targets.at(0).deviceId, 2);
        QCOMPARE(choice.targets.at(0).homeName, QStringLiteral("Home 1"));
        QCOMPARE(choice.targets.at(1).homeName, QStringLiteral("Home 2"));
        QCOMPARE(choice.offline, 1);
        QCOMPARE(choice.unknown, 0);
        QCOMPARE(choice.gone, 1);
        QCOMPARE(choice.homes, (QSet<qint64>{1, 2}));  // the offline one's too
        QVERIFY(
            chooseTargets(*store, {1}, true).problem().contains(QStringLiteral("is online now")));
        QCOMPARE(choice.deviceClasses,
                 (QSet<QString>{QStringLiteral("thermostat"), QStringLiteral("sensor")}));
        QVERIFY(choice.problem().isEmpty());
        // Every picked one, online or not; a rename since the pick is sent as it is now.
        change(store, 1, [](FleetDevice &f) { f.device.name = QStringLiteral("Front porch"); });
        choice = chooseTargets(*store, {1}, false);
        QCOMPARE(choice.targets.at(0).name, QStringLiteral("Front porch"));
        // Gone since: said so; nothing picked: said so.
        QVERIFY(chooseTargets(*store, {99}, false).problem().contains(QStringLiteral("pick them")));
        QVERIFY(chooseTargets(*store, {}, false).problem().startsWith(QStringLiteral("Pick")));
    }

    void keyValuesHighlightLiveChanges()
    {
        KvModel model;
        model.setHighlightMs(300);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime t = QDateTime::currentDateTimeUtc();
        model.resetRecords({pair(QStringLiteral("mode"), QStringLiteral("home"), t)});
        model.applyLiveSave(pair(QStringLiteral("mode"), QStringLiteral("away"), t));
        model.applyLiveSave(pair(QStringLiteral("setpoint"), 21.5, t));
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex mode =
            model.index(model.rowOf(QStringLiteral("mode")), KvModel::ValueColumn);
        QCOMPARE(mode.data().toString(), QStringLiteral("\"away\""));
        QVERIFY(mode.data(RecentlyChangedRole).toBool());
        QCOMPARE(mode.data(StateRole).toInt(), int(ItemState::Changed));
        QTRY_VERIFY_WITH_TIMEOUT(!mode.data(RecentlyChangedRole).toBool(), 3000);
        QCOMPARE(mode.data(StateRole).toInt(), int(ItemState::Plain));
        QVERIFY(model.removeKey(QStringLiteral("mode")));
        QVERIFY(!model.removeKey(QStringLiteral("mode")));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("setpoint")), 0);
    }

    // A cell and a tooltip cost what they show, however large the value: a short
    // one is whole, a long one its start, and a 5 MB one no more than that.
    void valuesAreBoundedInTheTableAndTheTooltip()
    {
        KvModel model;
        QJsonArray small{1, 2, 3};
        QJsonArray big;
        for (int i = 0; i < 500; ++i)
            big.append(i);
        QJsonArray huge;
        for (int i = 0; i < 250'000; ++i)
            huge.append(QStringLiteral("sensor-%1").arg(i));
        KeyValuePair hugePair = pair(QStringLiteral("huge"), huge);
        hugePair.wireBytes = 5'000'000;
        KeyValuePair broken = pair(QStringLiteral("deep"), {});
        broken.unreadable = QStringLiteral("too deeply nested document");
        broken.wireBytes = 300'000;
        model.resetRecords({pair(QStringLiteral("big"), big), pair(QStringLiteral("small"), small),
                            hugePair, broken});
        const auto cell = [&model](int row, int role) {
            return model.index(row, KvModel::ValueColumn).data(role).toString();
        };
        QVERIFY(cell(0, Qt::DisplayRole).size() <= 200);
        QVERIFY(cell(0, Qt::DisplayRole).startsWith(QStringLiteral("[0,1,2,")));
        QCOMPARE(cell(1, Qt::ToolTipRole).simplified(), QStringLiteral("[ 1, 2, 3 ]"));
        QVERIFY(cell(2, Qt::DisplayRole).size() <= 200);
        QVERIFY(cell(2, Qt::ToolTipRole).size() <= 2200);
        QVERIFY(cell(2, Qt::ToolTipRole).contains(QStringLiteral("MB in all")));
        // A value that could not be read says so, in its row.
        QVERIFY(cell(3, Qt::DisplayRole).contains(QStringLiteral("too deeply nested")));
        QCOMPARE(model.index(3, KvModel::ValueColumn).data(StateRole).toInt(), int(ItemState::Bad));
    }

    void otherModelsPassTheTester()
    {
        HomesModel homes;
        MembersModel members;
        SmartModulesModel modules;
        QAbstractItemModelTester t1(&homes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&members,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&modules,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        Home h;
        h.id = 1;
        h.name = QStringLiteral("Cabin");
        homes.setRecords({h});
        h.name = QStringLiteral("Lake cabin");
        homes.upsert(h);
        QCOMPARE(homes.index(0, HomesModel::NameColumn).data().toString(),
                 QStringLiteral("Lake cabin"));
        HomeMember m;
        m.userId = 5;
        m.email = QStringLiteral("a@b.c");
        m.role = QStringLiteral("owner");
        members.setRecords({m});
        QCOMPARE(members.index(0, MembersModel::RoleColumn).data().toString(),
                 QStringLiteral("Owner"));
        QCOMPARE(members.index(0, MembersModel::NameColumn).data().toString(),
                 QStringLiteral("(invited)"));
        modules.setRecords({{QStringLiteral("tsdb"),
                             QStringLiteral("tsdb"),
                             QStringLiteral("Time series"),
                             {},
                             true,
                             {QStringLiteral("*")}}});
        QCOMPARE(modules.index(0, SmartModulesModel::StatusColumn).data().toString(),
                 QStringLiteral("Suspended"));
        for (QAbstractItemModel *model :
             std::initializer_list<QAbstractItemModel *>{&homes, &members, &modules}) {
            for (int c = 0; c < model->columnCount(); ++c)
                QVERIFY(!model->headerData(c, Qt::Horizontal).toString().isEmpty());
        }
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
