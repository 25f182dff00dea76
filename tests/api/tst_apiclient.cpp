// ApiClient: every endpoint of the reference, through a real sandbox over
// loopback, answers with its typed result, and each documented failure comes
// back as an ApiError with the status and MODE's reason.
#include "apiclient.h"
#include "awaitcall.h"
#include "sandboxfixture.h"

#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestApiClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    TestUser m_user;
    std::unique_ptr<ApiClient> m_api;  // signed in as m_user

    std::unique_ptr<ApiClient> clientWithKey(SandboxFixture &sandbox, const QString &key)
    {
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(sandbox.server().baseUrl());
        client->setKey(key);
        return client;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_user = m_sandbox->signUp(QStringLiteral("Ana"));
        m_api = clientWithKey(*m_sandbox, m_user.key);
    }

    void cleanup()
    {
        m_api.reset();
        m_sandbox.reset();
    }

    void users()
    {
        ApiClient anonymous;
        anonymous.setBaseUrl(m_sandbox->server().baseUrl());
        User fresh;
        fresh.projectId = m_sandbox->projectId();
        fresh.name = QStringLiteral("Bo");
        fresh.email = QStringLiteral("bo@example.com");
        fresh.password = QStringLiteral("bo-password-1");
        const auto created = await(anonymous.createUser(fresh));
        QVERIFY(created.ok());
        QCOMPARE(created.value->email, fresh.email);
        QVERIFY(!created.value->verified);
        const auto duplicate = await(anonymous.createUser(fresh));
        QCOMPARE(duplicate.status(), 403);
        QCOMPARE(duplicate.reason(), QStringLiteral("USER_EXISTS_UNVERIFIED"));

        const auto me = await(m_api->getUser(m_user.id));
        QVERIFY(me.ok());
        QCOMPARE(me.value->name, QStringLiteral("Ana"));
        QCOMPARE(await(m_api->getUser(created.value->id)).status(), 404);

        QVERIFY(await(m_api->updateUser(m_user.id, {QStringLiteral("Ana B."), {}, {}, {}})).ok());
        QCOMPARE(await(m_api->getUser(m_user.id)).value->name, QStringLiteral("Ana B."));
        const auto weak =
            await(m_api->updateUser(m_user.id, {{}, {}, {}, QStringLiteral("short")}));
        QCOMPARE(weak.reason(), QStringLiteral("PASSWORD_TOO_SHORT"));

        QCOMPARE(await(m_api->deleteUser(created.value->id)).status(), 404);
        QVERIFY(await(m_api->deleteUser(m_user.id)).ok());
        QCOMPARE(await(m_api->getUser(m_user.id)).status(), 401);
    }

    void homesMembersAndModules()
    {
        const auto home =
            await(m_api->createHome(QStringLiteral("Cabin"), QStringLiteral("Europe/Oslo")));
        QVERIFY(home.ok());
        QCOMPARE(home.value->timezone, QStringLiteral("Europe/Oslo"));
        QCOMPARE(await(m_api->createHome(QString())).reason(), QStringLiteral("INVALID_INPUT"));

        const auto homes = await(m_api->getHomes(m_user.id));
        QVERIFY(homes.ok());
        QCOMPARE(homes.value->size(), 1);
        QCOMPARE(await(m_api->getHome(home.value->id)).value->name, QStringLiteral("Cabin"));
        QCOMPARE(await(m_api->getHome(999999)).status(), 404);
        QVERIFY(await(m_api->updateHome(home.value->id, {QStringLiteral("Lake"), {}})).ok());
        QCOMPARE(await(m_api->getHome(home.value->id)).value->name, QStringLiteral("Lake"));
        QCOMPARE(
            await(m_api->updateHome(home.value->id, {{}, QStringLiteral("Nowhere/Land")})).reason(),
            QStringLiteral("INVALID_INPUT"));

        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));
        const auto added = await(m_api->addMember(home.value->id, {bo.login, {}, 0}));
        QVERIFY(added.ok());
        QCOMPARE(added.value->userId, bo.id);
        QCOMPARE(added.value->role, QStringLiteral("member"));
        QCOMPARE(await(m_api->addMember(home.value->id, {bo.login, {}, 0})).reason(),
                 QStringLiteral("MEMBER_EXISTS"));
        QCOMPARE(await(m_api->getMembers(home.value->id)).value->size(), 2);
        QCOMPARE(await(m_api->getMember(home.value->id, bo.id)).value->name, QStringLiteral("Bo"));
        QCOMPARE(await(m_api->getMember(home.value->id, 999999)).status(), 404);
        QCOMPARE(await(m_api->removeMember(home.value->id, m_user.id)).reason(),
                 QStringLiteral("LAST_OWNER"));
        QVERIFY(await(m_api->removeMember(home.value->id, bo.id)).ok());

        const auto modules = await(m_api->getSmartModules(home.value->id));
        QVERIFY(modules.ok());
        QVERIFY(!modules.value->isEmpty());
        QCOMPARE(await(m_api->getSmartModule(home.value->id, modules.value->first().id)).value->id,
                 modules.value->first().id);
        QCOMPARE(await(m_api->getSmartModule(home.value->id, QStringLiteral("nope"))).status(),
                 404);

        const auto token = await(m_api->startDeviceProvisioning(
            home.value->id, QStringLiteral("sensor"), QStringLiteral("t")));
        QVERIFY(token.ok());
        QVERIFY(!token.value->token.isEmpty());
        QVERIFY(token.value->expirationTime > QDateTime::currentDateTimeUtc());
        QCOMPARE(await(m_api->startDeviceProvisioning(home.value->id, QStringLiteral("toaster")))
                     .reason(),
                 QStringLiteral("INVALID_DEVICE_CLASS"));

        // Home events need a project key with "events".
        QCOMPARE(await(m_api->sendHomeEvent(home.value->id, QStringLiteral("x"), {})).reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        auto automation =
            clientWithKey(*m_sandbox, m_sandbox->createProjectKey({QStringLiteral("events")}));
        QVERIFY(await(automation->sendHomeEvent(home.value->id, QStringLiteral("x"),
                                                {{QStringLiteral("a"), 1}}))
                    .ok());
        QCOMPARE(await(automation->sendHomeEvent(999999, QStringLiteral("x"), {})).status(), 404);

        QCOMPARE(await(m_api->deleteHome(999999)).status(), 404);
        QVERIFY(await(m_api->deleteHome(home.value->id)).ok());
    }

    void keyValues()
    {
        const qint64 home = m_sandbox->createHome(m_user);
        const QJsonValue value(QJsonObject{{QStringLiteral("on"), true},
                                           {QStringLiteral("levels"), QJsonArray{1, 2}}});
        QVERIFY(await(m_api->putKeyValue(home, QStringLiteral("scene-1"), value)).ok());
        QVERIFY(await(m_api->putKeyValue(home, QStringLiteral("scene-2"), 3)).ok());
        QVERIFY(await(m_api->putKeyValue(home, QStringLiteral("other"), QStringLiteral("x"))).ok());
        QCOMPARE(await(m_api->putKeyValue(home, QStringLiteral("bad key"), 1)).reason(),
                 QStringLiteral("INVALID_KEY"));
        QCOMPARE(await(m_api->putKeyValue(home, QStringLiteral("k"), QJsonValue())).reason(),
                 QStringLiteral("INVALID_VALUE"));

        const auto all = await(m_api->getKeyValues(home));
        QCOMPARE(all.value->size(), 3);
        const auto scenes = await(m_api->getKeyValues(home, QStringLiteral("scene")));
        QCOMPARE(scenes.value->size(), 2);
        const auto one = await(m_api->getKeyValue(home, QStringLiteral("scene-1")));
        QCOMPARE(one.value->value, value);
        QVERIFY(one.value->modificationTime.isValid());
        QCOMPARE(await(m_api->getKeyValue(home, QStringLiteral("missing"))).status(), 404);
        QVERIFY(await(m_api->deleteKeyValue(home, QStringLiteral("scene-1"))).ok());
        QCOMPARE(await(m_api->deleteKeyValue(home, QStringLiteral("scene-1"))).status(), 404);
    }

    void devicesAsUser()
    {
        const qint64 home = m_sandbox->createHome(m_user);
        const TestDevice hw =
            m_sandbox->provisionDevice(QStringLiteral("thermostat"), QStringLiteral("Hall"));
        QCOMPARE(await(m_api->claimDevice(home, hw.claimCode)).reason(),
                 QStringLiteral("DEVICE_NOT_CLAIMABLE"));
        auto device = clientWithKey(*m_sandbox, hw.apiKey);
        const auto window = await(device->setClaimable(hw.id, true, 60));
        QVERIFY(window.ok());
        QVERIFY(window.value->claimExpirationTime > QDateTime::currentDateTimeUtc());
        QCOMPARE(await(m_api->claimDevice(home, QStringLiteral("NOPE-NOPE-NOPE"))).reason(),
                 QStringLiteral("INVALID_CLAIM_CODE"));
        const auto claimed = await(m_api->claimDevice(home, hw.claimCode));
        QVERIFY(claimed.ok());
        QCOMPARE(claimed.value->homeId, home);
        QCOMPARE(await(m_api->claimDevice(home, hw.claimCode)).reason(),
                 QStringLiteral("DEVICE_ALREADY_IN_HOME"));

        QCOMPARE(await(m_api->getDevices(home)).value->size(), 1);
        QCOMPARE(await(m_api->getDevice(hw.id)).value->name, QStringLiteral("Hall"));
        QCOMPARE(await(m_api->getDevice(999999)).status(), 404);
        QVERIFY(await(m_api->updateDevice(hw.id, {QStringLiteral("Attic"), QStringLiteral("up")}))
                    .ok());
        const auto renamed = await(m_api->getDevice(hw.id));
        QCOMPARE(renamed.value->name, QStringLiteral("Attic"));
        QCOMPARE(renamed.value->tag, QStringLiteral("up"));
        QCOMPARE(await(m_api->updateDevice(hw.id, {QString(), {}})).reason(),
                 QStringLiteral("INVALID_INPUT"));

        QCOMPARE(await(m_api->sendCommand(hw.id, {QStringLiteral("on"), {}})).reason(),
                 QStringLiteral("DEVICE_OFFLINE"));
        QCOMPARE(await(m_api->sendCommand(hw.id, {QString(), {}})).reason(),
                 QStringLiteral("INVALID_INPUT"));

        QCOMPARE(await(m_api->deleteDevice(999999)).status(), 404);
        QVERIFY(await(m_api->deleteDevice(hw.id)).ok());
        QCOMPARE(await(m_api->getDevices(home)).value->size(), 0);
    }

    void devicesAsDevice()
    {
        const qint64 home = m_sandbox->createHome(m_user);
        const auto token = await(m_api->startDeviceProvisioning(home, QStringLiteral("sprinkler")));
        ApiClient anonymous;
        anonymous.setBaseUrl(m_sandbox->server().baseUrl());
        const auto redeemed = await(anonymous.redeemProvisioningToken(token.value->token));
        QVERIFY(redeemed.ok());
        QVERIFY(!redeemed.value->apiKey.isEmpty());
        QCOMPARE(redeemed.value->homeId, home);
        QCOMPARE(await(anonymous.redeemProvisioningToken(token.value->token)).reason(),
                 QStringLiteral("INVALID_TOKEN"));

        auto device = clientWithKey(*m_sandbox, redeemed.value->apiKey);
        QVERIFY(await(device->sendDeviceEvent(redeemed.value->id, QStringLiteral("status"),
                                              {{QStringLiteral("on"), true}}))
                    .ok());
        QCOMPARE(await(device->sendDeviceEvent(redeemed.value->id, QString(), {})).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            await(m_api->sendDeviceEvent(redeemed.value->id, QStringLiteral("x"), {})).reason(),
            QStringLiteral("PERMISSION_DENIED"));
        // A token-made device is born in its home: no claimable window.
        QCOMPARE(await(device->setClaimable(redeemed.value->id, true)).reason(),
                 QStringLiteral("DEVICE_ALREADY_IN_HOME"));
        QCOMPARE(await(device->getDevice(redeemed.value->id)).value->deviceClass,
                 QStringLiteral("sprinkler"));
    }

    void authentication()
    {
        ApiClient anonymous;
        anonymous.setBaseUrl(m_sandbox->server().baseUrl());
        const auto signedIn = await(anonymous.authenticateWithEmail(
            m_sandbox->projectId(), m_sandbox->appId(), m_user.login, m_user.password));
        QVERIFY(signedIn.ok());
        QCOMPARE(signedIn.value->userId, m_user.id);
        QCOMPARE(await(anonymous.authenticateWithEmail(m_sandbox->projectId(), m_sandbox->appId(),
                                                       m_user.login, QStringLiteral("wrong-one")))
                     .reason(),
                 QStringLiteral("INCORRECT_PASSWORD"));

        const auto info = await(m_api->getAuthInfo());
        QCOMPARE(info.value->type, QStringLiteral("user"));
        QCOMPARE(info.value->userId, m_user.id);
        QCOMPARE(await(anonymous.getAuthInfo()).value->type, QStringLiteral("nobody"));

        QVERIFY(await(anonymous.startPasswordReset(m_sandbox->projectId(), m_user.login)).ok());
        QCOMPARE(await(anonymous.startPasswordReset(m_sandbox->projectId(),
                                                    QStringLiteral("ghost@example.com")))
                     .reason(),
                 QStringLiteral("UNKNOWN_EMAIL"));
        const QString resetToken =
            m_sandbox->lastMessageTo(m_user.login, QStringLiteral("passwordReset"))
                .value(QStringLiteral("token"))
                .toString();
        QCOMPARE(await(anonymous.resetPassword(QStringLiteral("bogus"),
                                               QStringLiteral("new-password-1")))
                     .reason(),
                 QStringLiteral("INVALID_TOKEN"));
        QVERIFY(await(anonymous.resetPassword(resetToken, QStringLiteral("new-password-1"))).ok());

        User fresh;
        fresh.projectId = m_sandbox->projectId();
        fresh.name = QStringLiteral("Cy");
        fresh.email = QStringLiteral("cy@example.com");
        fresh.password = QStringLiteral("cy-password-1");
        QVERIFY(await(anonymous.createUser(fresh)).ok());
        QVERIFY(await(anonymous.startEmailVerification(m_sandbox->projectId(), fresh.email)).ok());
        const QString verifyToken =
            m_sandbox->lastMessageTo(fresh.email, QStringLiteral("verification"))
                .value(QStringLiteral("token"))
                .toString();
        QCOMPARE(await(anonymous.verifyEmail(QStringLiteral("bogus"))).reason(),
                 QStringLiteral("INVALID_TOKEN"));
        QVERIFY(await(anonymous.verifyEmail(verifyToken)).ok());
        QCOMPARE(
            await(anonymous.startEmailVerification(m_sandbox->projectId(), fresh.email)).reason(),
            QStringLiteral("USER_ALREADY_VERIFIED"));
        QCOMPARE(await(anonymous.startSmsAuthentication(m_sandbox->projectId(),
                                                        QStringLiteral("+15550100000")))
                     .reason(),
                 QStringLiteral("PERMISSION_DENIED"));
    }

    void userSession()
    {
        const auto session = await(m_api->getUserSession());
        QVERIFY(session.ok());
        QCOMPARE(session.value->userId, m_user.id);
        QCOMPARE(session.value->appId, m_sandbox->appId());
        QVERIFY(await(m_api->terminateUserSession()).ok());
        const auto after = await(m_api->getUserSession());
        QCOMPARE(after.status(), 401);
        QCOMPARE(after.reason(), QStringLiteral("UNAUTHENTICATED_CLIENT"));
    }

    void phoneAndByouSignIn()
    {
        {
            SandboxFixture phone(AccountMode::Phone);
            QVERIFY(phone.start());
            const TestUser user = phone.signUp();
            ApiClient anonymous;
            anonymous.setBaseUrl(phone.server().baseUrl());
            const auto receipt =
                await(anonymous.startSmsAuthentication(phone.projectId(), user.login));
            QVERIFY(receipt.ok());
            QCOMPARE(receipt.value->recipient, user.login);
            const QString code =
                phone.lastMessageTo(user.login).value(QStringLiteral("code")).toString();
            QCOMPARE(await(anonymous.authenticateWithSmsCode(
                               phone.projectId(), phone.appId(), user.login,
                               code == QLatin1String("123456") ? QStringLiteral("654321")
                                                               : QStringLiteral("123456")))
                         .reason(),
                     QStringLiteral("INVALID_AUTH_CODE"));
            const auto auth = await(anonymous.authenticateWithSmsCode(
                phone.projectId(), phone.appId(), user.login, code));
            QVERIFY(auth.ok());
            QCOMPARE(auth.value->userId, user.id);
        }
        {
            SandboxFixture byou(AccountMode::Byou);
            QVERIFY(byou.start());
            const TestUser user = byou.signUp();
            auto project = clientWithKey(byou, byou.createProjectKey({QStringLiteral("byou")}));
            const auto auth = await(project->authenticateByou(byou.projectId(), user.id));
            QVERIFY(auth.ok());
            QVERIFY(!auth.value->token.isEmpty());
            QCOMPARE(await(project->authenticateByou(byou.projectId(), 999999)).reason(),
                     QStringLiteral("USER_NOT_FOUND"));
            ApiClient anonymous;
            anonymous.setBaseUrl(byou.server().baseUrl());
            QCOMPARE(await(anonymous.authenticateByou(byou.projectId(), user.id)).status(), 401);
        }
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
