// The owners of state in models/, each against a real in-process sandbox:
// a change goes to the server, and only an accepted one reaches the model
// (with the server's values); a refused one leaves the model as it was and
// reports why. Every model is watched by QAbstractItemModelTester.
#include "accounts.h"
#include "apiclient.h"
#include "awaitcall.h"
#include "homecontroller.h"
#include "modelroles.h"
#include "ondemandprovisioning.h"
#include "replyrulesmodel.h"
#include "sandboxfixture.h"
#include "shownhome.h"
#include "session.h"
#include "simulatorfleet.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
}

class TestOwners : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    TestUser m_user;
    std::unique_ptr<ApiClient> m_api;

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_user = m_sandbox->signUp(QStringLiteral("Ana"));
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox->server().baseUrl());
        m_api->setKey(m_user.key);
    }

    void cleanup()
    {
        m_api.reset();
        m_sandbox.reset();
    }

    void fleetChangesDevicesSeenEverywhere()
    {
        const qint64 home = m_sandbox->createHome(m_user);
        const TestDevice hw = m_sandbox->addDeviceToHome(home, m_user);
        ShownHome shown(m_api.get());
        HomeController &controller = shown.controller;
        Fleet &fleet = shown.fleet;
        QAbstractItemModelTester tester(controller.devices(), Fatal);
        QAbstractItemModelTester storeTester(fleet.devices(), Fatal);
        QVERIFY(shown.loadHomes(m_api.get(), m_user.id));
        controller.setHome(home);
        QTRY_COMPARE(controller.devices()->rowCount(), 1);

        // One change, one store: the home's page and the fleet show it at once.
        QVERIFY(
            await(fleet.updateDevice(hw.id, {QStringLiteral("Porch"), QStringLiteral("front")}))
                .ok());
        QCOMPARE(controller.devices()->record(0).name, QStringLiteral("Porch"));
        QCOMPARE(controller.devices()->record(0).tag, QStringLiteral("front"));
        QCOMPARE(fleet.devices()->record(0).device.name, QStringLiteral("Porch"));
        // Refused (an empty name): the store keeps what the server has.
        QVERIFY(!await(fleet.updateDevice(hw.id, {QString(), {}})).ok());
        QCOMPARE(controller.devices()->record(0).name, QStringLiteral("Porch"));
        // Not ours: 404, and nothing changes.
        QCOMPARE(await(fleet.removeDevice(hw.id + 1000)).status(), 404);
        QCOMPARE(controller.devices()->rowCount(), 1);
        QVERIFY(await(fleet.removeDevice(hw.id)).ok());
        QCOMPARE(controller.devices()->rowCount(), 0);
        QCOMPARE(fleet.devices()->rowCount(), 0);
    }

    void homeControllerChangesMembersAndPairs()
    {
        const qint64 home = m_sandbox->createHome(m_user);
        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));
        ShownHome shown(m_api.get());
        QVERIFY(shown.loadHomes(m_api.get(), m_user.id));
        HomeController &controller = shown.controller;
        QAbstractItemModelTester members(controller.members(), Fatal);
        QAbstractItemModelTester pairs(controller.keyValues(), Fatal);
        controller.setHome(home);
        QTRY_VERIFY(!controller.isLoading());

        MemberInvitation invitation;
        invitation.email = bo.login;
        QVERIFY(await(controller.addMember(invitation)).ok());
        QCOMPARE(controller.members()->rowCount(), 2);
        QCOMPARE(await(controller.addMember(invitation)).reason(), QStringLiteral("MEMBER_EXISTS"));
        QCOMPARE(controller.members()->rowCount(), 2);
        QVERIFY(await(controller.removeMember(bo.id, false)).ok());
        QCOMPARE(controller.members()->rowCount(), 1);

        // A pair: saved, then shown with the time the server stored.
        QVERIFY(
            await(controller.saveKeyValue(QStringLiteral("mode"), QStringLiteral("away"))).ok());
        QTRY_COMPARE(controller.keyValues()->rowCount(), 1);
        const QString stored = m_sandbox->http()
                                   .get(QStringLiteral("/homes/%1/kv/mode").arg(home), m_user.key)
                                   .object()
                                   .value(QStringLiteral("modificationTime"))
                                   .toString();
        QCOMPARE(controller.keyValues()->record(0).modificationTime,
                 QDateTime::fromString(stored, Qt::ISODateWithMs));
        QVERIFY(!await(controller.saveKeyValue(QStringLiteral("bad key!"), 1)).ok());
        QCOMPARE(controller.keyValues()->rowCount(), 1);
        QVERIFY(await(controller.deleteKeyValue(QStringLiteral("mode"))).ok());
        QCOMPARE(controller.keyValues()->rowCount(), 0);

        // Leaving the home oneself is announced, so the homes list can follow.
        m_sandbox->http().post(QStringLiteral("/homes/%1/members").arg(home),
                               {{QStringLiteral("email"), bo.login}}, m_user.key);
        ApiClient boApi;
        boApi.setBaseUrl(m_sandbox->server().baseUrl());
        boApi.setKey(bo.key);
        ShownHome bosShown(&boApi);
        QVERIFY(bosShown.loadHomes(&boApi, bo.id));
        HomeController &bosView = bosShown.controller;
        bosView.setHome(home);
        QTRY_COMPARE(bosView.members()->rowCount(), 2);
        QSignalSpy left(&bosView, &HomeController::leftHome);
        QVERIFY(await(bosView.removeMember(bo.id, true)).ok());
        QCOMPARE(left.count(), 1);
        QCOMPARE(left.first().first().toLongLong(), home);
    }

    // One owner names every file of a profile: each profile writes only its own,
    // into the data folder of the moment, and reads back only its own.
    void profilesKeepTheirFilesApart()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        Session session;
        session.setDataFolder(first.path());
        ConnectionProfile a;
        a.id = QStringLiteral("profile-a");
        a.apiUrl = m_sandbox->server().baseUrl();
        session.setProfile(a);
        const auto writeEverything = [&session](const QString &ruleName) {
            AlertRule rule;
            rule.name = ruleName;
            rule.seconds = 600;
            QCOMPARE(session.alerts()->addRule(rule), QString());
            session.templates()->upsert({QStringLiteral("valve"),
                                         ruleName,
                                         {QStringLiteral("open"), {}},
                                         QStringLiteral("valve-opened")});
            QVERIFY(session.templates()->save());
            // Signed out: not delivered, but kept in the history all the same.
            session.commands()->send({{7, QStringLiteral("Gate"), QStringLiteral("Yard")}},
                                     {QStringLiteral("open"), {}}, {});
            QTRY_COMPARE(session.commands()->at(session.commands()->size() - 1).outcome,
                         CommandOutcome::NotDelivered);
            session.claimLedger()->record(QStringLiteral("ABCD-EFGH-JKLM"), 7, 1);
        };
        writeEverything(QStringLiteral("Rule of A"));
        const QStringList ofA = QDir(first.path()).entryList(QDir::Files, QDir::Name);

        ConnectionProfile b = a;
        b.id = QStringLiteral("profile-b");
        session.setProfile(b);
        // Nothing of A is shown for B.
        QCOMPARE(session.alerts()->rules()->rowCount(), 0);
        QCOMPARE(session.commands()->size(), 0);
        QVERIFY(session.claimLedger()->find(QStringLiteral("ABCD-EFGH-JKLM")).deviceId == 0);
        writeEverything(QStringLiteral("Rule of B"));
        const QStringList both = QDir(first.path()).entryList(QDir::Files, QDir::Name);
        // Every file but the shared templates names its profile; A's and B's are apart.
        for (const QString &name : both) {
            if (name == QStringLiteral("command-templates.json"))
                continue;
            QVERIFY2(name.contains(QStringLiteral("profile-a")) ||
                         name.contains(QStringLiteral("profile-b")),
                     qPrintable(name));
            const QString other = name.contains(QStringLiteral("profile-a"))
                                      ? QString(name).replace(QStringLiteral("profile-a"),
                                                              QStringLiteral("profile-b"))
                                      : QString(name).replace(QStringLiteral("profile-b"),
                                                              QStringLiteral("profile-a"));
            QVERIFY2(both.contains(other), qPrintable(name));
        }
        QCOMPARE(both.size(), 2 * (ofA.size() - 1) + 1);

        // Back to A: its own rule, its own command, its own claim.
        session.setProfile(a);
        QCOMPARE(session.alerts()->rules()->rowCount(), 1);
        QCOMPARE(session.alerts()->rules()->record(0).name, QStringLiteral("Rule of A"));
        QCOMPARE(session.commands()->size(), 1);

        // Another data folder: what is written from now on goes there, nowhere else.
        session.setDataFolder(second.path());
        const QStringList before = QDir(first.path()).entryList(QDir::Files, QDir::Name);
        writeEverything(QStringLiteral("Rule of A, moved"));
        QCOMPARE(QDir(first.path()).entryList(QDir::Files, QDir::Name), before);
        QCOMPARE(QDir(second.path()).entryList(QDir::Files, QDir::Name), ofA);
    }

    void sessionChangesHomes()
    {
        Session session;
        ConnectionProfile profile;
        profile.apiUrl = m_sandbox->server().baseUrl();
        session.setProfile(profile);
        QAbstractItemModelTester tester(session.homes(), Fatal);
        session.useKey(m_user.key);
        QTRY_COMPARE(session.state(), Session::State::SignedIn);

        const auto created =
            await(session.createHome(QStringLiteral("Barn"), QStringLiteral("Europe/Dublin")));
        QVERIFY(created.ok());
        QCOMPARE(session.homes()->rowCount(), 1);
        QCOMPARE(session.homes()->record(0).timezone, QStringLiteral("Europe/Dublin"));
        const qint64 id = created.value->id;
        QSignalSpy homeChanged(&session, &Session::homeChanged);
        session.showHome(id);
        QCOMPARE(homeChanged.count(), 1);
        QVERIFY(await(session.renameHome(id, QStringLiteral("Big barn"))).ok());
        QCOMPARE(session.homes()->record(0).name, QStringLiteral("Big barn"));
        QVERIFY(!await(session.renameHome(id, QString())).ok());
        QCOMPARE(session.homes()->record(0).name, QStringLiteral("Big barn"));
        QVERIFY(await(session.deleteHome(id)).ok());
        QCOMPARE(session.homes()->rowCount(), 0);
        QCOMPARE(session.home()->homeId(), 0);  // the deleted home is no longer shown
        QCOMPARE(homeChanged.count(), 2);

        // Devices count as online only while the live link is up.
        QTRY_COMPARE(session.events()->health().state, LinkState::Live);
        QVERIFY(session.home()->devices()->isLinkLive());
        session.drop();
        QTRY_VERIFY(!session.home()->devices()->isLinkLive());
    }

    void sessionRereadsEverythingAfterTheLinkComesBack()
    {
        // A server restart (same port, same database) while the home is shown:
        // the history list that failed while it was down is read again, and every
        // home's devices once (the shown one is not read twice).
        QTemporaryDir dir;
        SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("s.db")));
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const qint64 home = sandbox.createHome(user);
        const qint64 other = sandbox.createHome(user, QStringLiteral("Other"));
        sandbox.addDeviceToHome(home, user);
        sandbox.addDeviceToHome(other, user);
        Session session;
        EventStreamOptions options;
        options.keepAlive = {500, 500, 50, 400};
        session.setEventStreamOptions(options);
        ConnectionProfile profile;
        profile.apiUrl = sandbox.server().baseUrl();
        session.setProfile(profile);
        session.useKey(user.key);
        QTRY_COMPARE(session.events()->health().state, LinkState::Live);
        session.showHome(home);
        QTRY_COMPARE(session.history()->status(), HistoryCatalog::Status::Ready);

        sandbox.stop();
        QTRY_COMPARE(session.events()->health().state, LinkState::Reconnecting);
        session.history()->refresh();
        QTRY_COMPARE(session.history()->status(), HistoryCatalog::Status::Failed);
        QTRY_VERIFY(!session.fleet()->isLoading());
        QTRY_VERIFY(!session.home()->isLoading());
        QSignalSpy devicesRead(session.fleet(), &Fleet::homeLoaded);
        QVERIFY(sandbox.start());
        QTRY_COMPARE_WITH_TIMEOUT(session.events()->health().state, LinkState::Live, 5000);
        QTRY_COMPARE(devicesRead.count(), 2);
        QTRY_VERIFY(!session.fleet()->isLoading());  // and nothing more is on its way
        QTRY_VERIFY(!session.home()->isLoading());
        QCOMPARE(devicesRead.count(), 2);
        QVERIFY(devicesRead.at(0).first().toLongLong() != devicesRead.at(1).first().toLongLong());
        QCOMPARE(session.home()->devices()->rowCount(), 1);
        QTRY_COMPARE(session.history()->status(), HistoryCatalog::Status::Ready);
    }

    void onDemandProvisioningFollowsTheToken()
    {
        const qint64 home = m_sandbox->createHome(m_user);
        ShownHome shown(m_api.get());
        QVERIFY(shown.loadHomes(m_api.get(), m_user.id));
        HomeController &controller = shown.controller;
        controller.setHome(home);
        QTRY_VERIFY(!controller.isLoading());
        OnDemandProvisioning provisioning(m_api.get(), &controller);
        QSignalSpy states(&provisioning, &OnDemandProvisioning::stateChanged);

        QVERIFY(!await(provisioning.request(QStringLiteral("toaster"), {})).ok());
        QCOMPARE(provisioning.state(), OnDemandProvisioning::State::Idle);
        QVERIFY(
            await(provisioning.request(QStringLiteral("camera"), QStringLiteral("porch"))).ok());
        QCOMPARE(provisioning.state(), OnDemandProvisioning::State::Waiting);
        QVERIFY(!provisioning.token().isEmpty());
        QVERIFY(provisioning.secondsLeft() > 60);

        // A device redeems it; the home's next refresh shows it, and the owner says who.
        QVERIFY(await(DeviceLink::redeemToken(m_sandbox->server().baseUrl(), provisioning.token()))
                    .ok());
        controller.refresh();
        QTRY_COMPARE(provisioning.state(), OnDemandProvisioning::State::Joined);
        QCOMPARE(provisioning.joinedDevice().deviceClass, QStringLiteral("camera"));
        QVERIFY(provisioning.token().isEmpty());
        provisioning.reset();
        QCOMPARE(provisioning.state(), OnDemandProvisioning::State::Idle);
    }

    void simulatorFleetMakesNamesAndRedeems()
    {
        SimulatorFleet fleet;
        QAbstractItemModelTester tester(&fleet, Fatal);
        fleet.setServer(m_sandbox->server().baseUrl());
        QVERIFY(!fleet.canMakeDevices());
        fleet.setSandboxAdmin(m_sandbox->server().baseUrl(), m_sandbox->adminKey(),
                              {QStringLiteral("sensor")});
        QSignalSpy made(&fleet, &SimulatorFleet::deviceMade);
        QVERIFY(await(fleet.makeSandboxDevice(QStringLiteral("sensor"))).ok());
        QVERIFY(await(fleet.makeSandboxDevice(QStringLiteral("sensor"))).ok());
        QVERIFY(await(fleet.makeSandboxDevice(QStringLiteral("thermostat"))).ok());
        QCOMPARE(fleet.rowCount(), 3);
        QCOMPARE(made.count(), 3);
        QCOMPARE(fleet.device(0)->name(), QStringLiteral("Simulated sensor"));
        QCOMPARE(fleet.device(1)->name(), QStringLiteral("Simulated sensor 2"));
        QCOMPARE(fleet.device(2)->name(), QStringLiteral("Simulated thermostat"));
        QVERIFY(!made.first().at(1).toString().isEmpty());  // the claim code
        QTRY_COMPARE(fleet.device(0)->link()->state(), LinkState::Live);
        QTRY_COMPARE(fleet.index(0).data(StateRole).toInt(), int(ItemState::Good));

        const qint64 home = m_sandbox->createHome(m_user);
        const QString token =
            m_sandbox->http()
                .postForm(QStringLiteral("/homes/%1/deviceProvisioning").arg(home),
                          QUrlQuery({{QStringLiteral("deviceClass"), QStringLiteral("camera")}}),
                          m_user.key)
                .object()
                .value(QStringLiteral("token"))
                .toString();
        QSignalSpy redeemed(&fleet, &SimulatorFleet::tokenRedeemed);
        QVERIFY(await(fleet.redeemToken(token)).ok());
        QCOMPARE(redeemed.count(), 1);
        QCOMPARE(redeemed.first().at(1).toLongLong(), home);
        QVERIFY(!await(fleet.redeemToken(token)).ok());  // used
        QCOMPARE(fleet.rowCount(), 4);

        // Another server ends these devices, and the admin key is not sent there.
        fleet.setServer(QUrl(QStringLiteral("http://127.0.0.1:9")));
        QCOMPARE(fleet.rowCount(), 0);
        QVERIFY(!fleet.canMakeDevices());
        QVERIFY(fleet.sandbox()->spareClaimCode().isEmpty());
    }

    void accountsSignInAndCheckKeysWithoutAClientOfTheirOwn()
    {
        ServerConnection connection;
        connection.setBaseUrl(m_sandbox->server().baseUrl());
        Accounts accounts(&connection);
        const auto token = await(accounts.signInWithEmail(
            m_sandbox->projectId(), m_sandbox->appId(), m_user.login, m_user.password));
        QVERIFY(token.ok());
        QCOMPARE(token.value->userId, m_user.id);
        QCOMPARE(await(accounts.signInWithEmail(m_sandbox->projectId(), m_sandbox->appId(),
                                                m_user.login, QStringLiteral("wrong password")))
                     .reason(),
                 QStringLiteral("INCORRECT_PASSWORD"));
        const auto info = await(accounts.checkKey(token.value->token));
        QVERIFY(info.ok());
        QCOMPARE(info.value->type, QStringLiteral("user"));
        QCOMPARE(await(accounts.checkKey(QStringLiteral("v1.not.a.key"))).value->type,
                 QStringLiteral("nobody"));
        // The keyless handle stays keyless: a checked key is not sent with the next call.
        QCOMPARE(await(accounts.verifyEmail(QStringLiteral("nope"))).reason(),
                 QStringLiteral("INVALID_TOKEN"));
    }

    void replyRulesAreCheckedAndApplied()
    {
        SimulatedDevice device(m_sandbox->server().baseUrl(), 1, QStringLiteral("k"),
                               QStringLiteral("d"));
        ReplyRulesModel rules;
        QAbstractItemModelTester tester(&rules, Fatal);
        QSignalSpy problems(&rules, &ReplyRulesModel::problem);
        rules.setDevice(&device);
        QCOMPARE(rules.rowCount(), 1);  // ping -> pong
        const int row = rules.addRule();
        QCOMPARE(row, 1);
        QVERIFY(rules.setData(rules.index(row, ReplyRulesModel::ActionColumn),
                              QStringLiteral("set-setpoint")));
        QVERIFY(!rules.setData(rules.index(row, ReplyRulesModel::ReplyDataColumn),
                               QStringLiteral("[1, 2]")));  // an array, not an object
        QVERIFY(!rules.setData(rules.index(row, ReplyRulesModel::ReplyDataColumn),
                               QStringLiteral("{\"a\": }")));
        QVERIFY(!rules.setData(rules.index(row, ReplyRulesModel::ReplyTypeColumn), QString()));
        QCOMPARE(problems.count(), 3);
        QVERIFY(rules.setData(rules.index(row, ReplyRulesModel::ReplyDataColumn),
                              QStringLiteral("{\"ok\": true}")));
        QCOMPARE(device.rules().size(), 2);
        QCOMPARE(device.rules().at(1).action, QStringLiteral("set-setpoint"));
        QCOMPARE(device.rules().at(1).eventData.value(QStringLiteral("ok")).toBool(), true);
        rules.removeRule(0);
        QCOMPARE(device.rules().size(), 1);
        rules.setDevice(nullptr);
        QCOMPARE(rules.rowCount(), 0);
    }
};

QTEST_MAIN(TestOwners)
#include "tst_owners.moc"
