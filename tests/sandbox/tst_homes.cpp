// /homes, members, smart modules, home events and provisioning tokens.
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestHomes : public QObject
{
    Q_OBJECT

private slots:
    // Every zone QTimeZone can build (Qt 6.4 on Debian lists no Etc/UTC as "available").
    void everyTimeZoneQtCanBuildIsTaken_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("status");
        QTest::newRow("Etc/UTC") << QStringLiteral("Etc/UTC") << 201;
        QTest::newRow("UTC") << QStringLiteral("UTC") << 201;
        QTest::newRow("Europe/Berlin") << QStringLiteral("Europe/Berlin") << 201;
        QTest::newRow("Asia/Tokyo") << QStringLiteral("Asia/Tokyo") << 201;
        QTest::newRow("three parts") << QStringLiteral("America/Argentina/Buenos_Aires") << 201;
        QTest::newRow("none") << QString() << 201;
        QTest::newRow("made up") << QStringLiteral("Mars/Olympus_Mons") << 403;
        QTest::newRow("typo") << QStringLiteral("Europe/Berlinn") << 403;
    }

    void everyTimeZoneQtCanBuildIsTaken()
    {
        QFETCH(QString, zone);
        QFETCH(int, status);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const HttpResult created = sandbox.http().post(
            QStringLiteral("/homes"),
            {{QStringLiteral("name"), QStringLiteral("Home")}, {QStringLiteral("timezone"), zone}},
            ana.key);
        QCOMPARE(created.status, status);
        if (status == 201)
            QCOMPARE(created.object().value(QStringLiteral("timezone")).toString(), zone);
        else
            QCOMPARE(created.reason(), QStringLiteral("INVALID_INPUT"));
    }

    void createListGetUpdateDelete()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp();

        const HttpResult created =
            sandbox.http().post(QStringLiteral("/homes"),
                                {{QStringLiteral("name"), QStringLiteral("Cabin")},
                                 {QStringLiteral("timezone"), QStringLiteral("Europe/Oslo")}},
                                ana.key);
        QCOMPARE(created.status, 201);
        const qint64 id = created.object().value(QStringLiteral("id")).toInteger();
        QCOMPARE(created.object().value(QStringLiteral("projectId")).toInteger(),
                 sandbox.projectId());
        QCOMPARE(created.object().value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Europe/Oslo"));

        // The creator is its owner.
        const HttpResult members =
            sandbox.http().get(QStringLiteral("/homes/%1/members").arg(id), ana.key);
        QCOMPARE(members.array().size(), 1);
        QCOMPARE(members.array().at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("owner"));

        const HttpResult list =
            sandbox.http().get(QStringLiteral("/homes?userId=%1").arg(ana.id), ana.key);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.array().size(), 1);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes"), ana.key).array().size(), 1);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes?userId=%1").arg(ana.id), bo.key).status,
                 403);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes"), bo.key).array().size(), 0);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes")).status, 401);
        const QString reader = sandbox.createProjectKey({QStringLiteral("read")});
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("/homes?userId=%1").arg(ana.id), reader)
                     .array()
                     .size(),
                 1);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes"), reader).reason(),
                 QStringLiteral("INVALID_INPUT"));

        const QString path = QStringLiteral("/homes/%1").arg(id);
        QCOMPARE(
            sandbox.http().get(path, ana.key).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Cabin"));
        QCOMPARE(sandbox.http().get(path, bo.key).status, 404);
        QCOMPARE(sandbox.http().get(path, reader).status, 200);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes/424242"), ana.key).status, 404);

        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("Lake Cabin")}}, ana.key)
                     .status,
                 204);
        QCOMPARE(
            sandbox.http().get(path, ana.key).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Lake Cabin"));
        QCOMPARE(
            sandbox.http()
                .patch(path, {{QStringLiteral("timezone"), QStringLiteral("Mars/Base")}}, ana.key)
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("x")}}, bo.key)
                     .status,
                 404);
        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("x")}}, reader)
                     .status,
                 403);

        QCOMPARE(sandbox.http().del(path, bo.key).status, 404);
        QCOMPARE(sandbox.http().del(path).status, 401);
        QCOMPARE(sandbox.http().del(path, ana.key).status, 204);
        QCOMPARE(sandbox.http().get(path, ana.key).status, 404);
    }

    void createHomeFailures()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        QCOMPARE(
            sandbox.http()
                .post(QStringLiteral("/homes"), {{QStringLiteral("name"), QStringLiteral("x")}})
                .status,
            401);
        QCOMPARE(sandbox.http().post(QStringLiteral("/homes"), {}, ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/homes"),
                           {{QStringLiteral("name"), QString(101, QLatin1Char('n'))}}, ana.key)
                     .status,
                 403);
        QCOMPARE(
            sandbox.http()
                .post(QStringLiteral("/homes"), {{QStringLiteral("name"), QStringLiteral("x")}},
                      sandbox.createProjectKey({QStringLiteral("all")}))
                .reason(),
            QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(
            sandbox.http()
                .post(QStringLiteral("/homes"), {{QStringLiteral("name"), QStringLiteral("x")}},
                      sandbox.provisionDevice().apiKey)
                .status,
            403);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(sandbox.http()
                         .post(QStringLiteral("/homes"),
                               {{QStringLiteral("name"), QStringLiteral("h%1").arg(i)}}, ana.key)
                         .status,
                     201);
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/homes"),
                           {{QStringLiteral("name"), QStringLiteral("one too many")}}, ana.key)
                     .reason(),
                 QStringLiteral("EXCEEDED_MAX_HOMES"));
    }

    void onlyOwnersDeleteHomes()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        sandbox.http().post(QStringLiteral("/homes/%1/members").arg(home),
                            {{QStringLiteral("email"), bo.login}}, ana.key);
        const TestDevice device = sandbox.addDeviceToHome(home, ana);
        QCOMPARE(sandbox.http().del(QStringLiteral("/homes/%1").arg(home), bo.key).reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(sandbox.http().del(QStringLiteral("/homes/%1").arg(home), ana.key).status, 204);
        // Its devices are released, not destroyed: they can be claimed again.
        const HttpResult released =
            sandbox.http().get(QStringLiteral("/devices/%1").arg(device.id), device.apiKey);
        QCOMPARE(released.status, 200);
        QCOMPARE(released.object().value(QStringLiteral("homeId")).toInteger(), 0);
    }

    void membersInEmailProjects()
    {
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp(QStringLiteral("Bo"));
        const qint64 home = sandbox.createHome(ana);
        const QString members = QStringLiteral("/homes/%1/members").arg(home);

        const HttpResult added =
            sandbox.http().post(members, {{QStringLiteral("email"), bo.login}}, ana.key);
        QCOMPARE(added.status, 201);
        QCOMPARE(added.object().value(QStringLiteral("userId")).toInteger(), bo.id);
        QCOMPARE(added.object().value(QStringLiteral("name")).toString(), QStringLiteral("Bo"));
        QCOMPARE(added.object().value(QStringLiteral("role")).toString(), QStringLiteral("member"));
        QCOMPARE(added.object().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(
            sandbox.http().post(members, {{QStringLiteral("email"), bo.login}}, ana.key).reason(),
            QStringLiteral("MEMBER_EXISTS"));
        QCOMPARE(sandbox.http()
                     .post(members, {{QStringLiteral("email"), QStringLiteral("nope")}}, ana.key)
                     .reason(),
                 QStringLiteral("INVALID_EMAIL"));
        QCOMPARE(sandbox.http()
                     .post(members, {{QStringLiteral("email"), QStringLiteral("x@example.com")}})
                     .status,
                 401);
        QCOMPARE(sandbox.http()
                     .post(members, {{QStringLiteral("email"), QStringLiteral("x@example.com")}},
                           sandbox.createProjectKey({QStringLiteral("all")}))
                     .status,
                 403);

        // Someone not registered yet: invited, unverified, mailed; registering takes the place.
        const QString carol = QStringLiteral("carol@example.com");
        const HttpResult invited =
            sandbox.http().post(members, {{QStringLiteral("email"), carol}}, ana.key);
        QCOMPARE(invited.status, 201);
        QCOMPARE(invited.object().value(QStringLiteral("verified")).toBool(), false);
        QCOMPARE(sandbox.lastMessageTo(carol).value(QStringLiteral("purpose")).toString(),
                 QStringLiteral("invitation"));
        const qint64 carolId = invited.object().value(QStringLiteral("userId")).toInteger();
        const HttpResult registered =
            sandbox.http().post(QStringLiteral("/users"),
                                {{QStringLiteral("projectId"), sandbox.projectId()},
                                 {QStringLiteral("name"), QStringLiteral("Carol")},
                                 {QStringLiteral("email"), carol},
                                 {QStringLiteral("password"), QStringLiteral("carols-secret")}});
        QCOMPARE(registered.status, 201);
        QCOMPARE(registered.object().value(QStringLiteral("id")).toInteger(), carolId);

        const HttpResult one =
            sandbox.http().get(QStringLiteral("%1/%2").arg(members).arg(bo.id), ana.key);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("userId")).toInteger(), bo.id);
        QCOMPARE(sandbox.http().get(QStringLiteral("%1/999999").arg(members), ana.key).status, 404);
        QCOMPARE(sandbox.http().get(members, ana.key).array().size(), 3);
        const TestUser stranger = sandbox.signUp();
        QCOMPARE(sandbox.http().get(members, stranger.key).status, 404);
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("%1/%2").arg(members).arg(bo.id), stranger.key)
                     .status,
                 404);
    }

    void removingMembersAndLastOwner()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp();
        const TestUser cy = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        const QString members = QStringLiteral("/homes/%1/members").arg(home);
        sandbox.http().post(members, {{QStringLiteral("email"), bo.login}}, ana.key);
        sandbox.http().post(members, {{QStringLiteral("email"), cy.login}}, ana.key);

        // A member may not remove others, only leave.
        QCOMPARE(
            sandbox.http().del(QStringLiteral("%1/%2").arg(members).arg(cy.id), bo.key).reason(),
            QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(sandbox.http().del(QStringLiteral("%1/%2").arg(members).arg(bo.id), bo.key).status,
                 204);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes/%1").arg(home), bo.key).status, 404);
        // The last owner cannot leave.
        const HttpResult last =
            sandbox.http().del(QStringLiteral("%1/%2").arg(members).arg(ana.id), ana.key);
        QCOMPARE(last.status, 403);
        QCOMPARE(last.reason(), QStringLiteral("LAST_OWNER"));
        QCOMPARE(
            sandbox.http().del(QStringLiteral("%1/%2").arg(members).arg(cy.id), ana.key).status,
            204);
        QCOMPARE(
            sandbox.http().del(QStringLiteral("%1/%2").arg(members).arg(cy.id), ana.key).status,
            404);
        QCOMPARE(sandbox.http().del(QStringLiteral("%1/%2").arg(members).arg(cy.id)).status, 401);
    }

    void membersInPhoneAndByouProjects()
    {
        {
            SandboxFixture sandbox(AccountMode::Phone);
            QVERIFY(sandbox.start());
            const TestUser ana = sandbox.signUp();
            const qint64 home = sandbox.createHome(ana);
            const HttpResult invited = sandbox.http().post(
                QStringLiteral("/homes/%1/members").arg(home),
                {{QStringLiteral("phoneNumber"), QStringLiteral("+15557770000")}}, ana.key);
            QCOMPARE(invited.status, 201);
            QCOMPARE(invited.object().value(QStringLiteral("verified")).toBool(), false);
            QCOMPARE(invited.object().value(QStringLiteral("phoneNumber")).toString(),
                     QStringLiteral("+15557770000"));
            QCOMPARE(sandbox.http()
                         .post(QStringLiteral("/homes/%1/members").arg(home),
                               {{QStringLiteral("phoneNumber"), QStringLiteral("x")}}, ana.key)
                         .reason(),
                     QStringLiteral("INVALID_PHONE_NUMBER"));
        }
        {
            SandboxFixture sandbox(AccountMode::Byou);
            QVERIFY(sandbox.start());
            const TestUser ana = sandbox.signUp();
            const TestUser bo = sandbox.signUp();
            const qint64 home = sandbox.createHome(ana);
            const QString members = QStringLiteral("/homes/%1/members").arg(home);
            QCOMPARE(
                sandbox.http().post(members, {{QStringLiteral("userId"), bo.id}}, ana.key).status,
                201);
            QCOMPARE(sandbox.http()
                         .post(members, {{QStringLiteral("userId"), 999999}}, ana.key)
                         .reason(),
                     QStringLiteral("USER_NOT_FOUND"));
            QCOMPARE(sandbox.http().post(members, {}, ana.key).reason(),
                     QStringLiteral("INVALID_INPUT"));
        }
    }

    void smartModules()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        const HttpResult list =
            sandbox.http().get(QStringLiteral("/homes/%1/smartModules").arg(home), ana.key);
        QCOMPARE(list.status, 200);
        QVERIFY(list.array().size() >= 2);
        const QString id = list.array().at(0).toObject().value(QStringLiteral("id")).toString();
        const HttpResult one = sandbox.http().get(
            QStringLiteral("/homes/%1/smartModules/%2").arg(home).arg(id), ana.key);
        QCOMPARE(one.status, 200);
        QVERIFY(!one.object().value(QStringLiteral("description")).toString().isEmpty());
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("/homes/%1/smartModules/nope").arg(home), ana.key)
                     .status,
                 404);
        QCOMPARE(
            sandbox.http().get(QStringLiteral("/homes/%1/smartModules").arg(home), bo.key).status,
            404);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes/%1/smartModules").arg(home)).status,
                 401);
        // Read-only through the API.
        QCOMPARE(
            sandbox.http()
                .put(QStringLiteral("/homes/%1/smartModules/%2").arg(home).arg(id), {}, ana.key)
                .status,
            405);
    }

    void homeEvents()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), ana.key));

        const QString events =
            sandbox.createProjectKey({QStringLiteral("events")}, QStringLiteral("automation"));
        const QJsonObject body{{QStringLiteral("eventType"), QStringLiteral("sprinkler-status")},
                               {QStringLiteral("eventData"),
                                QJsonObject{{QStringLiteral("zones"), QJsonArray{0, 1}}}}};
        const QString path = QStringLiteral("/homes/%1/event").arg(home);
        QCOMPARE(sandbox.http().put(path, body, events).status, 204);
        QVERIFY(socket.waitForFrames(1, QStringLiteral("sprinkler-status")));
        const QJsonObject frame = socket.frames(QStringLiteral("sprinkler-status")).first();
        QCOMPARE(frame.value(QStringLiteral("homeId")).toInteger(), home);
        QCOMPARE(frame.value(QStringLiteral("originProjectKeyName")).toString(),
                 QStringLiteral("automation"));
        QVERIFY(!frame.value(QStringLiteral("timestamp")).toString().isEmpty());

        QCOMPARE(sandbox.http().put(path, body).status, 401);
        QCOMPARE(sandbox.http().put(path, body, ana.key).reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(sandbox.http()
                     .put(path, body, sandbox.createProjectKey({QStringLiteral("read")}))
                     .reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(sandbox.http().put(QStringLiteral("/homes/999999/event"), body, events).status,
                 404);
        QCOMPARE(sandbox.http()
                     .put(path, {{QStringLiteral("eventData"), QJsonObject()}}, events)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(sandbox.http()
                     .put(path,
                          {{QStringLiteral("eventType"), QStringLiteral("x")},
                           {QStringLiteral("eventData"), 5}},
                          events)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
    }

    void provisioningTokens()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const TestUser bo = sandbox.signUp();
        const qint64 home = sandbox.createHome(ana);
        const QString path = QStringLiteral("/homes/%1/deviceProvisioning").arg(home);
        const QUrlQuery form({{QStringLiteral("deviceClass"), QStringLiteral("thermostat")},
                              {QStringLiteral("deviceTag"), QStringLiteral("attic")}});
        const HttpResult token = sandbox.http().postForm(path, form, ana.key);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.object().value(QStringLiteral("token")).toString().isEmpty());
        const QDateTime expires = QDateTime::fromString(
            token.object().value(QStringLiteral("expirationTime")).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > QDateTime::currentDateTimeUtc().addSecs(60));

        QCOMPARE(sandbox.http().postForm(path, form).status, 401);
        QCOMPARE(sandbox.http().postForm(path, form, bo.key).status, 404);
        QCOMPARE(sandbox.http()
                     .postForm(path, form, sandbox.createProjectKey({QStringLiteral("all")}))
                     .status,
                 403);
        QCOMPARE(
            sandbox.http()
                .postForm(path,
                          QUrlQuery({{QStringLiteral("deviceClass"), QStringLiteral("toaster")}}),
                          ana.key)
                .reason(),
            QStringLiteral("INVALID_DEVICE_CLASS"));
        QCOMPARE(sandbox.http().postForm(path, QUrlQuery(), ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
    }
};

QTEST_GUILESS_MAIN(TestHomes)
#include "tst_homes.moc"
