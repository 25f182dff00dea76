// POST/GET/PATCH/DELETE /users and GET/DELETE /userSession, in every
// account mode, over real HTTP against an in-process sandbox.
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestUsers : public QObject
{
    Q_OBJECT

private:
    static QJsonObject emailUser(qint64 project, const QString &email, const QString &password)
    {
        return {{QStringLiteral("projectId"), project},
                {QStringLiteral("name"), QStringLiteral("Ana")},
                {QStringLiteral("email"), email},
                {QStringLiteral("password"), password}};
    }

private slots:
    void createEmailUser()
    {
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const HttpResult created =
            sandbox.http().post(QStringLiteral("/users"),
                                emailUser(sandbox.projectId(), QStringLiteral("ana@example.com"),
                                          QStringLiteral("long-enough-1")));
        QCOMPARE(created.status, 201);
        QVERIFY(created.contentType.startsWith("application/json"));
        const QJsonObject user = created.object();
        QVERIFY(user.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(user.value(QStringLiteral("email")).toString(), QStringLiteral("ana@example.com"));
        QCOMPARE(user.value(QStringLiteral("verified")).toBool(), false);
        QVERIFY(!user.contains(QStringLiteral("password")));
        // A verification email with a token lands in the outbox.
        const QJsonObject mail = sandbox.lastMessageTo(QStringLiteral("ana@example.com"));
        QCOMPARE(mail.value(QStringLiteral("channel")).toString(), QStringLiteral("email"));
        QCOMPARE(mail.value(QStringLiteral("purpose")).toString(), QStringLiteral("verification"));
        QVERIFY(!mail.value(QStringLiteral("token")).toString().isEmpty());
    }

    void createEmailUserFailures_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::addColumn<qint64>("projectOffset");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad email") << "not-an-email"
                                   << "long-enough-1" << qint64(0) << "INVALID_EMAIL";
        QTest::newRow("short password") << "b@example.com"
                                        << "short" << qint64(0) << "PASSWORD_TOO_SHORT";
        QTest::newRow("weak password") << "b@example.com"
                                       << "password" << qint64(0) << "PASSWORD_TOO_WEAK";
        QTest::newRow("wrong project") << "b@example.com"
                                       << "long-enough-1" << qint64(1) << "INVALID_PROJECT_ID";
    }

    void createEmailUserFailures()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        QFETCH(qint64, projectOffset);
        QFETCH(QString, reason);
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const HttpResult result =
            sandbox.http().post(QStringLiteral("/users"),
                                emailUser(sandbox.projectId() + projectOffset, email, password));
        QCOMPARE(result.status, 403);
        QCOMPARE(result.reason(), reason);
    }

    void duplicateEmailIsRefused()
    {
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const QJsonObject body = emailUser(sandbox.projectId(), QStringLiteral("dup@example.com"),
                                           QStringLiteral("long-enough-1"));
        QCOMPARE(sandbox.http().post(QStringLiteral("/users"), body).status, 201);
        QCOMPARE(sandbox.http().post(QStringLiteral("/users"), body).reason(),
                 QStringLiteral("USER_EXISTS_UNVERIFIED"));
        const TestUser verified = sandbox.signUp();
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/users"), emailUser(sandbox.projectId(), verified.login,
                                                               QStringLiteral("long-enough-1")))
                     .reason(),
                 QStringLiteral("USER_EXISTS"));
    }

    void createPhoneUserSendsSmsCode()
    {
        SandboxFixture sandbox(AccountMode::Phone);
        QVERIFY(sandbox.start());
        const HttpResult created = sandbox.http().post(
            QStringLiteral("/users"),
            {{QStringLiteral("projectId"), sandbox.projectId()},
             {QStringLiteral("name"), QStringLiteral("Bo")},
             {QStringLiteral("phoneNumber"), QStringLiteral("+1 (555) 010-9999")}});
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("phoneNumber")).toString(),
                 QStringLiteral("+15550109999"));
        const QJsonObject sms = sandbox.lastMessageTo(QStringLiteral("+15550109999"));
        QCOMPARE(sms.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
        QCOMPARE(sms.value(QStringLiteral("code")).toString().size(), 6);

        const HttpResult badPhone = sandbox.http().post(
            QStringLiteral("/users"), {{QStringLiteral("projectId"), sandbox.projectId()},
                                       {QStringLiteral("name"), QStringLiteral("Bo")},
                                       {QStringLiteral("phoneNumber"), QStringLiteral("call me")}});
        QCOMPARE(badPhone.status, 403);
        QCOMPARE(badPhone.reason(), QStringLiteral("INVALID_PHONE_NUMBER"));
        const HttpResult again =
            sandbox.http().post(QStringLiteral("/users"),
                                {{QStringLiteral("projectId"), sandbox.projectId()},
                                 {QStringLiteral("name"), QStringLiteral("Bo")},
                                 {QStringLiteral("phoneNumber"), QStringLiteral("+15550109999")}});
        QCOMPARE(again.reason(), QStringLiteral("USER_EXISTS_UNVERIFIED"));
    }

    void createByouUserNeedsProjectKey()
    {
        SandboxFixture sandbox(AccountMode::Byou);
        QVERIFY(sandbox.start());
        const QJsonObject body{{QStringLiteral("projectId"), sandbox.projectId()}};
        QCOMPARE(sandbox.http().post(QStringLiteral("/users"), body).status, 401);
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/users"), body, QStringLiteral("v1.bogus"))
                     .reason(),
                 QStringLiteral("UNAUTHENTICATED_CLIENT"));
        const QString readKey = sandbox.createProjectKey({QStringLiteral("read")});
        const HttpResult denied = sandbox.http().post(QStringLiteral("/users"), body, readKey);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.reason(), QStringLiteral("PERMISSION_DENIED"));
        const QString byouKey = sandbox.createProjectKey({QStringLiteral("byou")});
        const HttpResult created = sandbox.http().post(QStringLiteral("/users"), body, byouKey);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("verified")).toBool(), true);
    }

    void getUser()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp(QStringLiteral("Ana"));
        const TestUser bo = sandbox.signUp(QStringLiteral("Bo"));
        const QString path = QStringLiteral("/users/%1").arg(ana.id);
        const HttpResult own = sandbox.http().get(path, ana.key);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.object().value(QStringLiteral("name")).toString(), QStringLiteral("Ana"));
        QCOMPARE(own.object().value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(sandbox.http().get(path).status, 401);
        QCOMPARE(sandbox.http().get(path, bo.key).status, 404);  // exists, but not Bo's
        QCOMPARE(sandbox.http().get(QStringLiteral("/users/999999"), ana.key).status, 404);
        QCOMPARE(sandbox.http().get(QStringLiteral("/users/abc"), ana.key).status, 404);
        const TestDevice device = sandbox.provisionDevice();
        QCOMPARE(sandbox.http().get(path, device.apiKey).status, 403);
        QCOMPARE(
            sandbox.http().get(path, sandbox.createProjectKey({QStringLiteral("read")})).status,
            200);
        QCOMPARE(
            sandbox.http().get(path, sandbox.createProjectKey({QStringLiteral("events")})).status,
            403);
    }

    void updateUser()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp(QStringLiteral("Ana"));
        const TestUser bo = sandbox.signUp(QStringLiteral("Bo"));
        const QString path = QStringLiteral("/users/%1").arg(ana.id);
        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("Ana B.")}}, ana.key)
                     .status,
                 204);
        QCOMPARE(
            sandbox.http().get(path, ana.key).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Ana B."));
        QCOMPARE(sandbox.http().patch(path, {{QStringLiteral("name"), QStringLiteral("x")}}).status,
                 401);
        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("name"), QStringLiteral("x")}}, bo.key)
                     .status,
                 404);
        const HttpResult empty =
            sandbox.http().patch(path, {{QStringLiteral("name"), QStringLiteral(" ")}}, ana.key);
        QCOMPARE(empty.status, 403);
        QCOMPARE(empty.reason(), QStringLiteral("INVALID_INPUT"));
        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("password"), QStringLiteral("short")}}, ana.key)
                     .reason(),
                 QStringLiteral("PASSWORD_TOO_SHORT"));
        QCOMPARE(
            sandbox.http().patch(path, {{QStringLiteral("email"), bo.login}}, ana.key).reason(),
            QStringLiteral("EMAIL_IN_USE"));
        QCOMPARE(sandbox.http().patch(path, {{QStringLiteral("name"), 42}}, ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
        // A new address must be verified again.
        QCOMPARE(sandbox.http()
                     .patch(path, {{QStringLiteral("email"), QStringLiteral("new@example.com")}},
                            ana.key)
                     .status,
                 204);
        const QJsonObject updated = sandbox.http().get(path, ana.key).object();
        QCOMPARE(updated.value(QStringLiteral("email")).toString(),
                 QStringLiteral("new@example.com"));
        QCOMPARE(updated.value(QStringLiteral("verified")).toBool(), false);
        QCOMPARE(sandbox.lastMessageTo(QStringLiteral("new@example.com"))
                     .value(QStringLiteral("purpose"))
                     .toString(),
                 QStringLiteral("verification"));
    }

    void deleteUser()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp(QStringLiteral("Ana"));
        const TestUser bo = sandbox.signUp(QStringLiteral("Bo"));
        const QString path = QStringLiteral("/users/%1").arg(ana.id);
        QCOMPARE(sandbox.http().del(path).status, 401);
        QCOMPARE(sandbox.http().del(path, bo.key).status, 404);

        // Ana is the only owner of a home Bo also belongs to: LAST_OWNER.
        const qint64 shared = sandbox.createHome(ana, QStringLiteral("Shared"));
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/homes/%1/members").arg(shared),
                           {{QStringLiteral("email"), bo.login}}, ana.key)
                     .status,
                 201);
        const HttpResult refused = sandbox.http().del(path, ana.key);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.reason(), QStringLiteral("LAST_OWNER"));
        QCOMPARE(sandbox.http()
                     .del(QStringLiteral("/homes/%1/members/%2").arg(shared).arg(bo.id), ana.key)
                     .status,
                 204);

        const qint64 solo = sandbox.createHome(ana, QStringLiteral("Solo"));
        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), ana.key));
        QCOMPARE(sandbox.http().del(path, ana.key).status, 204);
        // Her key stops working at once, her socket is closed, her homes are gone.
        QVERIFY(socket.waitForClose());
        QCOMPARE(int(socket.closeCode()), 1008);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes"), ana.key).status, 401);
        const QString admin = sandbox.createProjectKey({QStringLiteral("read")});
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes/%1").arg(solo), admin).status, 404);
        QCOMPARE(sandbox.http().get(QStringLiteral("/homes/%1").arg(shared), admin).status, 404);
    }

    void userSessionInfoAndTermination()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser ana = sandbox.signUp();
        const HttpResult info = sandbox.http().get(QStringLiteral("/userSession"), ana.key);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.object().value(QStringLiteral("userId")).toInteger(), ana.id);
        QCOMPARE(info.object().value(QStringLiteral("projectId")).toInteger(), sandbox.projectId());
        QCOMPARE(info.object().value(QStringLiteral("appId")).toString(), sandbox.appId());
        QVERIFY(!info.object().value(QStringLiteral("creationTime")).toString().isEmpty());

        QCOMPARE(sandbox.http().get(QStringLiteral("/userSession")).status, 401);
        const TestDevice device = sandbox.provisionDevice();
        QCOMPARE(sandbox.http().get(QStringLiteral("/userSession"), device.apiKey).status, 403);
        QCOMPARE(sandbox.http().del(QStringLiteral("/userSession"), device.apiKey).status, 403);

        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), ana.key));
        QCOMPARE(sandbox.http().del(QStringLiteral("/userSession"), ana.key).status, 204);
        QVERIFY(socket.waitForClose());
        QCOMPARE(socket.closeReason(), QStringLiteral("SESSION_TERMINATED"));
        QCOMPARE(sandbox.http().get(QStringLiteral("/userSession"), ana.key).reason(),
                 QStringLiteral("UNAUTHENTICATED_CLIENT"));
        QCOMPARE(sandbox.http().del(QStringLiteral("/userSession"), ana.key).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
