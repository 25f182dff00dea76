// Alert rules against simulated devices in the in-process sandbox: each
// kind (offline, heartbeat, threshold, key-value changed) fires and
// recovers; the log is kept on disk with its acknowledgements, filtered,
// and read back for the same profile; a wrong rule is refused naming the
// field at fault. Time conditions are driven through checkClock(later).
#include "alertgroupsmodel.h"
#include "alerts.h"
#include "apiclient.h"
#include "eventstream.h"
#include "fleet.h"
#include "homesmodel.h"
#include "modelroles.h"
#include "profilefiles.h"
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
constexpr auto QtTestReport = QAbstractItemModelTester::FailureReportingMode::QtTest;

QDateTime later(int seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds);
}
}  // namespace

class TestAlerts : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    TestUser m_user;
    qint64 m_home = 0;
    TestDevice m_device;
    QTemporaryDir m_folder;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HomesModel> m_homes;
    std::unique_ptr<Fleet> m_fleet;
    std::unique_ptr<EventStream> m_stream;
    std::unique_ptr<ProfileFiles> m_files;
    std::unique_ptr<Alerts> m_alerts;
    std::unique_ptr<QAbstractItemModelTester> m_logTester;
    std::unique_ptr<QAbstractItemModelTester> m_rulesTester;

    AlertRule rule(AlertRule::Kind kind, int seconds)
    {
        AlertRule r;
        r.name = QStringLiteral("rule %1").arg(int(kind));
        r.kind = kind;
        r.seconds = seconds;
        r.scope = AlertRule::Scope::Device;
        r.deviceId = m_device.id;
        r.severity = AlertRule::Severity::High;
        return r;
    }

    // Each test its own profile: files of the last one do not carry over.
    static QString profile() { return QString::fromLatin1(QTest::currentTestFunction()); }

    const AlertRecord &last() const
    {
        return m_alerts->log()->record(m_alerts->log()->rowCount() - 1);
    }

    void sendEvent(const QString &type, const QJsonObject &data)
    {
        QCOMPARE(
            m_sandbox->http()
                .put(QStringLiteral("/devices/%1/event").arg(m_device.id),
                     {{QStringLiteral("eventType"), type}, {QStringLiteral("eventData"), data}},
                     m_device.apiKey)
                .status,
            204);
    }

private slots:
    void init()
    {
        QVERIFY(m_folder.isValid());
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_user = m_sandbox->signUp(QStringLiteral("Operator"));
        m_home = m_sandbox->createHome(m_user, QStringLiteral("Depot"));
        m_device = m_sandbox->addDeviceToHome(m_home, m_user, QStringLiteral("sensor"));
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox->server().baseUrl());
        m_api->setKey(m_user.key);
        m_homes = std::make_unique<HomesModel>();
        m_fleet = std::make_unique<Fleet>(m_api.get(), m_homes.get());
        m_files = std::make_unique<ProfileFiles>();
        m_files->setFolder(m_folder.path());
        m_files->setProfile(profile());
        m_alerts = std::make_unique<Alerts>(m_fleet.get(), m_homes.get(), m_files.get());
        m_alerts->open();
        m_logTester = std::make_unique<QAbstractItemModelTester>(m_alerts->log(), QtTestReport);
        m_rulesTester = std::make_unique<QAbstractItemModelTester>(m_alerts->rules(), QtTestReport);
        m_stream = std::make_unique<EventStream>();
        connect(m_stream.get(), &EventStream::eventsReceived, m_fleet.get(), &Fleet::applyEvents);
        connect(m_stream.get(), &EventStream::eventsReceived, m_alerts.get(), &Alerts::applyEvents);
        connect(m_stream.get(), &EventStream::healthChanged, this, [this](const StreamHealth &h) {
            m_fleet->setLinkLive(h.state == LinkState::Live);
            m_alerts->setLinkLive(h.state == LinkState::Live);
        });
        m_stream->start(m_sandbox->server().baseUrl(), m_user.key);
        m_homes->setRecords({Home{m_home, 0, {}, QStringLiteral("Depot"), {}, false}});
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 1);
        QTRY_VERIFY(m_fleet->devices()->isLinkLive());
    }

    void cleanup()
    {
        m_stream.reset();
        m_logTester.reset();
        m_rulesTester.reset();
        m_alerts.reset();
        m_files.reset();
        m_fleet.reset();
        m_homes.reset();
        m_api.reset();
        m_sandbox.reset();
    }

    void anOfflineDeviceAlertsAndRecoversWhenItConnects()
    {
        QVERIFY(m_alerts->addRule(rule(AlertRule::Kind::Offline, 120)).isEmpty());
        QSignalSpy raised(m_alerts.get(), &Alerts::alertRaised);
        m_alerts->checkClock(later(60));
        QCOMPARE(m_alerts->log()->rowCount(), 0);  // not long enough yet
        m_alerts->checkClock(later(180));
        QCOMPARE(m_alerts->log()->rowCount(), 1);
        QVERIFY(last().alerting);
        QCOMPARE(last().homeName, QStringLiteral("Depot"));
        QCOMPARE(last().deviceId, m_device.id);
        QCOMPARE(last().severity, AlertRule::Severity::High);
        QCOMPARE(raised.count(), 1);
        QCOMPARE(m_alerts->unacknowledgedCount(), 1);
        QCOMPARE(m_alerts->activeCount(AlertRule::Severity::High), 1);
        m_alerts->checkClock(later(240));
        QCOMPARE(m_alerts->log()->rowCount(), 1);  // one transition, not one per tick

        SocketProbe device;
        QVERIFY(device.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(m_device.id)),
                            m_device.apiKey));
        QTRY_VERIFY(m_fleet->devices()->record(0).device.isConnected);
        m_alerts->checkClock(later(241));
        QCOMPARE(m_alerts->log()->rowCount(), 2);
        QVERIFY(!last().alerting);
        QCOMPARE(m_alerts->activeCount(), 0);
    }

    void aMissingHeartbeatAlertsAndTheNextOneRecovers()
    {
        AlertRule r = rule(AlertRule::Kind::Heartbeat, 30);
        r.scope = AlertRule::Scope::DeviceClass;
        r.deviceClass = QStringLiteral("sensor");
        r.eventType = QStringLiteral("status");
        QVERIFY(m_alerts->addRule(r).isEmpty());
        m_alerts->checkClock(later(10));
        QCOMPARE(m_alerts->log()->rowCount(), 0);
        m_alerts->checkClock(later(31));
        QCOMPARE(m_alerts->log()->rowCount(), 1);
        QVERIFY(last().value.contains(QStringLiteral("status")));
        sendEvent(QStringLiteral("other"), {});
        sendEvent(QStringLiteral("status"), {{QStringLiteral("ok"), true}});
        QTRY_COMPARE(m_alerts->log()->rowCount(), 2);
        QVERIFY(!last().alerting);
    }

    void aFieldBeyondItsThresholdAlertsOnlyWhenHeldLongEnough()
    {
        AlertRule immediate = rule(AlertRule::Kind::Threshold, 0);
        immediate.scope = AlertRule::Scope::Home;
        immediate.homeId = m_home;
        immediate.eventType = QStringLiteral("reading");
        immediate.field = QStringLiteral("temperature");
        immediate.threshold = 30;
        QVERIFY(m_alerts->addRule(immediate).isEmpty());
        AlertRule held = immediate;
        held.name = QStringLiteral("cold for a while");
        held.comparison = AlertRule::Comparison::Below;
        held.threshold = 5;
        held.seconds = 60;
        QVERIFY(m_alerts->addRule(held).isEmpty());

        sendEvent(QStringLiteral("reading"), {{QStringLiteral("temperature"), 35}});
        QTRY_COMPARE(m_alerts->log()->rowCount(), 1);
        QVERIFY(last().alerting);
        QCOMPARE(last().value, QStringLiteral("temperature = 35"));
        sendEvent(QStringLiteral("reading"), {{QStringLiteral("temperature"), 20}});
        QTRY_COMPARE(m_alerts->log()->rowCount(), 2);
        QVERIFY(!last().alerting);

        // Received (the type alone would not tell: the last event was a reading too).
        QSignalSpy received(m_stream.get(), &EventStream::eventsReceived);
        sendEvent(QStringLiteral("reading"), {{QStringLiteral("temperature"), 2}});
        QTRY_VERIFY(!received.isEmpty());
        QTRY_VERIFY(m_alerts->isCaughtUp());
        QCOMPARE(m_alerts->log()->rowCount(), 2);  // cold, but not for a minute yet
        m_alerts->checkClock(later(61));
        QCOMPARE(m_alerts->log()->rowCount(), 3);
        QCOMPARE(last().ruleName, QStringLiteral("cold for a while"));
    }

    // A reading hovering at the threshold: with a recovery margin the alert
    // holds until the value is well back, instead of flapping at every event.
    void aRecoveryMarginStopsFlappingAtTheThreshold()
    {
        AlertRule r = rule(AlertRule::Kind::Threshold, 0);
        r.eventType = QStringLiteral("reading");
        r.field = QStringLiteral("temperature");
        r.threshold = 8;
        r.recoverMargin = 0.5;
        QCOMPARE(r.conditionText(),
                 QStringLiteral("reading.temperature > 8 for 0 s, recovers below 7.5"));
        AlertRule stored = r;
        stored.id = QStringLiteral("kept");
        const std::optional<AlertRule> back = AlertRule::fromJson(stored.toJson());
        QVERIFY(back);
        QCOMPARE(back->recoverMargin, 0.5);
        AlertRule negative = r;
        negative.recoverMargin = -1;
        QVERIFY(negative.problem().startsWith(QStringLiteral("Recovers:")));
        QVERIFY(m_alerts->addRule(r).isEmpty());
        for (double t : {8.1, 7.9, 8.2, 7.8, 8.05}) {
            sendEvent(QStringLiteral("reading"), {{QStringLiteral("temperature"), t}});
        }
        sendEvent(QStringLiteral("marker"), {});
        QTRY_COMPARE(m_fleet->devices()->record(0).lastEventType, QStringLiteral("marker"));
        QTRY_VERIFY(m_alerts->isCaughtUp());       // the marker came last: every reading is in
        QCOMPARE(m_alerts->log()->rowCount(), 1);  // raised once, held through the hovering
        QVERIFY(last().alerting);
        sendEvent(QStringLiteral("reading"), {{QStringLiteral("temperature"), 7.4}});
        QTRY_COMPARE(m_alerts->log()->rowCount(), 2);
        QVERIFY(!last().alerting);
        QCOMPARE(last().value, QStringLiteral("temperature = 7.4"));
    }

    void aChangedPairAlertsAndRecoversWhenItRests()
    {
        AlertRule r = rule(AlertRule::Kind::KeyValueChanged, 60);
        r.scope = AlertRule::Scope::AllHomes;
        r.key = QStringLiteral("mode");
        QVERIFY(m_alerts->addRule(r).isEmpty());
        m_sandbox->http().put(QStringLiteral("/homes/%1/kv/other").arg(m_home),
                              {{QStringLiteral("value"), 1}}, m_user.key);
        m_sandbox->http().put(QStringLiteral("/homes/%1/kv/mode").arg(m_home),
                              {{QStringLiteral("value"), QStringLiteral("away")}}, m_user.key);
        QTRY_COMPARE(m_alerts->log()->rowCount(), 1);
        QCOMPARE(last().value, QStringLiteral("mode = \"away\""));
        QCOMPARE(last().deviceId, 0);
        m_alerts->checkClock(later(30));
        QCOMPARE(m_alerts->log()->rowCount(), 1);
        m_alerts->checkClock(later(61));
        QCOMPARE(m_alerts->log()->rowCount(), 2);
        QVERIFY(!last().alerting);
    }

    void theLogIsKeptAcknowledgedAndFiltered()
    {
        QVERIFY(m_alerts->addRule(rule(AlertRule::Kind::Offline, 60)).isEmpty());
        AlertRule low = rule(AlertRule::Kind::Offline, 60);
        low.name = QStringLiteral("quiet one");
        low.severity = AlertRule::Severity::Low;
        QVERIFY(m_alerts->addRule(low).isEmpty());
        m_alerts->checkClock(later(120));
        QCOMPARE(m_alerts->log()->rowCount(), 2);
        QCOMPARE(m_alerts->unacknowledgedCount(), 2);

        AlertLogFilter filter;
        filter.setSourceModel(m_alerts->log());
        QAbstractItemModelTester tester(&filter, QtTestReport);
        filter.setText(QStringLiteral("QUIET"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setText({});
        filter.setSeverity(AlertRule::Severity::High);
        QCOMPARE(filter.rowCount(), 1);
        filter.setSeverity(std::nullopt);
        filter.setUnacknowledgedOnly(true);
        QCOMPARE(filter.rowCount(), 2);
        m_alerts->acknowledge({m_alerts->log()->record(0).id});
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(m_alerts->unacknowledgedCount(), 1);

        // The same profile later: rules, entries and acknowledgements are back.
        Alerts again(m_fleet.get(), m_homes.get(), m_files.get());
        again.open();
        QCOMPARE(again.rules()->rowCount(), 2);
        QCOMPARE(again.log()->rowCount(), 2);
        QVERIFY(again.log()->record(0).acknowledged);
        QCOMPARE(again.unacknowledgedCount(), 1);
        // The alerts still open carry on: nothing is raised twice after a restart.
        QCOMPARE(again.activeCount(), 2);
        again.setLinkLive(true);
        again.checkClock(later(240));
        QCOMPARE(again.log()->rowCount(), 2);
        // Another profile has its own.
        m_files->setProfile(QStringLiteral("profile-2"));
        again.open();
        QCOMPARE(again.rules()->rowCount(), 0);
        QCOMPARE(again.log()->rowCount(), 0);
    }

    // A rule over many devices is one row with its counts, opened to its entries; a
    // rule with one entry is that entry. A rule's row is acknowledged at once, and
    // what is over is cleared from the log and its file.
    void aRuleOverManyDevicesIsOneGroupAndWhatIsOverClears()
    {
        for (int i = 0; i < 3; ++i)
            m_sandbox->addDeviceToHome(m_home, m_user, QStringLiteral("sensor"));
        m_fleet->refresh();
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 4);
        AlertRule wide = rule(AlertRule::Kind::Offline, 60);
        wide.name = QStringLiteral("depot offline");
        wide.scope = AlertRule::Scope::Home;
        wide.homeId = m_home;
        QVERIFY(m_alerts->addRule(wide).isEmpty());
        QVERIFY(m_alerts->addRule(rule(AlertRule::Kind::Offline, 60)).isEmpty());
        const QString wideId = m_alerts->rules()->record(0).name == wide.name
                                   ? m_alerts->rules()->record(0).id
                                   : m_alerts->rules()->record(1).id;

        AlertLogFilter filter;
        filter.setSourceModel(m_alerts->log());
        filter.sort(AlertLogModel::TimeColumn, Qt::DescendingOrder);
        AlertGroupsModel groups(&filter, m_alerts->log());
        QAbstractItemModelTester tester(&groups, QtTestReport);
        m_alerts->checkClock(later(120));
        QCOMPARE(m_alerts->log()->rowCount(), 5);
        QCOMPARE(groups.rowCount(), 2);
        QCOMPARE(groups.entryCount(), 5);
        const QModelIndex group = groups.groupOf(wideId);
        QVERIFY(group.isValid());
        QCOMPARE(groups.rowCount(group), 4);
        const auto cell = [&](int column) {
            return groups.index(groups.groupOf(wideId).row(), column).data().toString();
        };
        QCOMPARE(cell(AlertLogModel::StateColumn), QStringLiteral("4 alerting now"));
        QCOMPARE(cell(AlertLogModel::DeviceColumn), QStringLiteral("4 devices"));
        QCOMPARE(cell(AlertLogModel::HomeColumn), QStringLiteral("Depot"));
        QCOMPARE(cell(AlertLogModel::RuleColumn), QStringLiteral("depot offline (4 entries)"));
        const QModelIndex single = groups.index(group.row() == 0 ? 1 : 0, 0);
        QCOMPARE(groups.rowCount(single), 0);
        QCOMPARE(single.siblingAtColumn(AlertLogModel::StateColumn).data().toString(),
                 QStringLiteral("Alerting"));
        QCOMPARE(groups.alertIdsOf(single).size(), 1);

        // The rule's row acknowledged: its four entries, not the other rule's.
        m_alerts->acknowledge(groups.alertIdsOf(groups.groupOf(wideId)));
        QCOMPARE(m_alerts->unacknowledgedCount(), 1);
        QCOMPARE(groups.index(groups.groupOf(wideId).row(), AlertLogModel::StateColumn)
                     .data(StateRole)
                     .toInt(),
                 int(ItemState::Unknown));

        // Removed: its four devices recover; clearing takes the eight entries away.
        m_alerts->removeRule(wideId);
        QCOMPARE(groups.rowCount(groups.groupOf(wideId)), 8);
        QCOMPARE(cell(AlertLogModel::StateColumn), QStringLiteral("All recovered"));
        QCOMPARE(m_alerts->clearRecovered(), 8);
        QCOMPARE(groups.rowCount(), 1);
        QCOMPARE(m_alerts->log()->rowCount(), 1);
        QCOMPARE(m_alerts->clearRecovered(), 0);  // the other still alerts
        Alerts again(m_fleet.get(), m_homes.get(), m_files.get());
        again.open();
        QCOMPARE(again.log()->rowCount(), 1);
        QVERIFY(again.log()->record(0).alerting);
    }

    void editedRemovedRulesAndGoneDevicesRecoverTheirAlerts()
    {
        AlertRule r = rule(AlertRule::Kind::Offline, 60);
        QVERIFY(m_alerts->addRule(r).isEmpty());
        m_alerts->checkClock(later(120));
        QCOMPARE(m_alerts->log()->rowCount(), 1);
        // A new name or severity: the same alert carries on (no second one).
        AlertRule renamed = m_alerts->rules()->record(0);
        renamed.name = QStringLiteral("renamed");
        renamed.severity = AlertRule::Severity::Low;
        QVERIFY(m_alerts->updateRule(renamed).isEmpty());
        m_alerts->checkClock(later(180));
        QCOMPARE(m_alerts->log()->rowCount(), 1);
        QCOMPARE(m_alerts->activeCount(AlertRule::Severity::Low), 1);
        QCOMPARE(m_alerts->activeCount(AlertRule::Severity::High), 0);
        // Turned off: it recovers, saying why.
        m_alerts->setRuleEnabled(renamed.id, false);
        QCOMPARE(m_alerts->log()->rowCount(), 2);
        QVERIFY(!last().alerting);
        QCOMPARE(last().ruleName, QStringLiteral("renamed"));
        QCOMPARE(m_alerts->activeCount(), 0);
        m_alerts->removeRule(renamed.id);

        // A device that leaves the fleet stops alerting.
        QVERIFY(m_alerts->addRule(rule(AlertRule::Kind::Offline, 60)).isEmpty());
        m_alerts->checkClock(later(120));
        QCOMPARE(m_alerts->activeCount(), 1);
        m_homes->resetRecords({});  // signed out: nothing said yet, it may come back
        QCOMPARE(m_alerts->activeCount(), 1);
        m_homes->setRecords({Home{m_home, 0, {}, QStringLiteral("Depot"), {}, false}});
        QTRY_COMPARE(m_fleet->devices()->rowCount(), 1);
        QCOMPARE(m_alerts->activeCount(), 1);        // the same device: its alert carries on
        m_sandbox->addDeviceToHome(m_home, m_user);  // the home keeps a device
        QCOMPARE(m_sandbox->http()
                     .del(QStringLiteral("/devices/%1").arg(m_device.id), m_user.key)
                     .status,
                 204);
        m_fleet->refresh();
        QTRY_COMPARE(m_alerts->activeCount(), 0);
        QVERIFY(!last().alerting);
        QVERIFY(last().value.contains(QStringLiteral("no longer")));
    }

    void aFloodIsEvaluatedInSlicesInOrder()
    {
        AlertRule r = rule(AlertRule::Kind::Threshold, 0);
        r.field = QStringLiteral("t");
        r.threshold = 10;
        QVERIFY(m_alerts->addRule(r).isEmpty());
        // Three batches of 20,000 readings; the last of each flips the state.
        const auto batch = [this](double last) {
            QList<Event> events;
            for (int i = 0; i < 20'000; ++i) {
                Event e;
                e.eventType = QStringLiteral("reading");
                e.homeId = m_home;
                e.originDeviceId = m_device.id;
                e.originDeviceClass = QStringLiteral("sensor");
                e.eventData = {{QStringLiteral("t"), i + 1 < 20'000 ? 5.0 : last}};
                events.append(e);
            }
            return events;
        };
        m_alerts->applyEvents(batch(50));
        m_alerts->applyEvents(batch(1));
        m_alerts->applyEvents(batch(60));
        QCOMPARE(m_alerts->log()->rowCount(), 0);  // not in one go: in slices, later
        QTRY_COMPARE(m_alerts->log()->rowCount(), 3);
        QVERIFY(m_alerts->log()->record(0).alerting);
        QVERIFY(!m_alerts->log()->record(1).alerting);
        QVERIFY(m_alerts->log()->record(2).alerting);
        QCOMPARE(m_alerts->log()->record(2).value, QStringLiteral("t = 60"));
    }

    void aWrongRuleIsRefusedNamingTheField()
    {
        AlertRule bad = rule(AlertRule::Kind::Threshold, 10);
        bad.field = QStringLiteral("zones[");
        QVERIFY(m_alerts->addRule(bad).startsWith(QStringLiteral("Field:")));
        bad.field.clear();
        QVERIFY(m_alerts->addRule(bad).startsWith(QStringLiteral("Field:")));
        AlertRule heartbeat = rule(AlertRule::Kind::Heartbeat, 10);
        QVERIFY(m_alerts->addRule(heartbeat).startsWith(QStringLiteral("Event type:")));
        AlertRule pair = rule(AlertRule::Kind::KeyValueChanged, 10);
        QVERIFY(m_alerts->addRule(pair).startsWith(QStringLiteral("Scope:")));
        AlertRule unnamed = rule(AlertRule::Kind::Offline, 600);
        unnamed.name = QStringLiteral("  ");
        QVERIFY(m_alerts->addRule(unnamed).startsWith(QStringLiteral("Name:")));
        AlertRule home = rule(AlertRule::Kind::Offline, 600);
        home.scope = AlertRule::Scope::Home;
        QVERIFY(m_alerts->addRule(home).startsWith(QStringLiteral("Scope:")));
        QCOMPARE(m_alerts->rules()->rowCount(), 0);  // nothing was added

        // A rule file that is not JSON: said so, nothing lost.
        QFile file(m_folder.filePath(QStringLiteral("alert-rules-broken.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[{\"id\": ");
        file.close();
        ProfileFiles brokenFiles;
        brokenFiles.setFolder(m_folder.path());
        brokenFiles.setProfile(QStringLiteral("broken"));
        QSignalSpy unreadable(&brokenFiles, &ProfileFiles::readFailed);
        Alerts other(m_fleet.get(), m_homes.get(), &brokenFiles);
        other.open();
        QCOMPARE(unreadable.count(), 1);
        QVERIFY(unreadable.first().at(1).toString().contains(QStringLiteral("not valid JSON")));
        QVERIFY(file.exists());
        QVERIFY(other.addRule(rule(AlertRule::Kind::Offline, 600)).isEmpty());
        QFile backup(file.fileName() + QStringLiteral(".bak"));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), QByteArray("[{\"id\": "));  // kept beside, not lost

        // A log whose last line was torn by a crash: the next entry is on a line of its own.
        QFile torn(m_folder.filePath(QStringLiteral("alerts-torn.jsonl")));
        QVERIFY(torn.open(QIODevice::WriteOnly));
        torn.write(
            "{\"id\": 7, \"time\": \"2026-12-01T00:00:00Z\", \"severity\": \"LOW\", "
            "\"state\": \"ALERTING\"}\n{\"id\": 8, \"ti");
        torn.close();
        ProfileFiles tornFiles;
        tornFiles.setFolder(m_folder.path());
        tornFiles.setProfile(QStringLiteral("torn"));
        Alerts third(m_fleet.get(), m_homes.get(), &tornFiles);
        third.open();
        QCOMPARE(third.log()->rowCount(), 1);
        third.setLinkLive(true);
        QVERIFY(third.addRule(rule(AlertRule::Kind::Offline, 60)).isEmpty());
        third.checkClock(later(120));
        QCOMPARE(third.log()->rowCount(), 2);
        Alerts fourth(m_fleet.get(), m_homes.get(), &tornFiles);
        fourth.open();
        QCOMPARE(fourth.log()->rowCount(), 2);
        QCOMPARE(fourth.log()->record(1).id, 8);  // numbering carried on after the last read

        // Round trip of every field through JSON.
        AlertRule full = rule(AlertRule::Kind::Threshold, 45);
        full.id = QStringLiteral("r1");
        full.field = QStringLiteral("zones[2].load");
        full.eventType = QStringLiteral("stats");
        full.comparison = AlertRule::Comparison::Below;
        full.threshold = -3.5;
        QCOMPARE(AlertRule::fromJson(full.toJson()), std::optional<AlertRule>(full));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
