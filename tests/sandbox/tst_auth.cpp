// GET /auth, POST /auth/user in every account mode, and the SMS, email
// verification and password reset flows end to end through the outbox.
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestAuth : public QObject
{
    Q_OBJECT

private:
    static QUrlQuery form(std::initializer_list<std::pair<QString, QString>> items)
    {
        QUrlQuery query;
        for (const auto &[k, v] : items)
            query.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        return query;
    }

private slots:
    void authStateNamesEveryKind()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const TestDevice device = sandbox.provisionDevice();
        const QString projectKey =
            sandbox.createProjectKey({QStringLiteral("read")}, QStringLiteral("ops"));

        const QJsonObject asUser = sandbox.http().get(QStringLiteral("/auth"), user.key).object();
        QCOMPARE(asUser.value(QStringLiteral("type")).toString(), QStringLiteral("user"));
        QCOMPARE(asUser.value(QStringLiteral("userId")).toInteger(), user.id);
        QCOMPARE(asUser.value(QStringLiteral("appId")).toString(), sandbox.appId());
        const QJsonObject asDevice =
            sandbox.http().get(QStringLiteral("/auth"), device.apiKey).object();
        QCOMPARE(asDevice.value(QStringLiteral("type")).toString(), QStringLiteral("device"));
        QCOMPARE(asDevice.value(QStringLiteral("deviceId")).toInteger(), device.id);
        const QJsonObject asKey = sandbox.http().get(QStringLiteral("/auth"), projectKey).object();
        QCOMPARE(asKey.value(QStringLiteral("type")).toString(), QStringLiteral("project key"));
        QCOMPARE(asKey.value(QStringLiteral("projectKeyName")).toString(), QStringLiteral("ops"));
        // No key and a wrong key both answer 200 "nobody" (the reference lists no 401 here).
        const HttpResult nobody = sandbox.http().get(QStringLiteral("/auth"));
        QCOMPARE(nobody.status, 200);
        QCOMPARE(nobody.object().value(QStringLiteral("type")).toString(),
                 QStringLiteral("nobody"));
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("/auth"), QStringLiteral("v1.wrong"))
                     .object()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("nobody"));
    }

    void emailSignIn()
    {
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        QVERIFY(!user.key.isEmpty());
        const auto signIn = [&](const QString &email, const QString &password, const QString &app) {
            return sandbox.http().postForm(
                QStringLiteral("/auth/user"),
                form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                      {QStringLiteral("appId"), app},
                      {QStringLiteral("email"), email},
                      {QStringLiteral("password"), password}}));
        };
        const HttpResult ok = signIn(user.login, user.password, sandbox.appId());
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.object().value(QStringLiteral("userId")).toInteger(), user.id);
        QVERIFY(ok.object()
                    .value(QStringLiteral("token"))
                    .toString()
                    .startsWith(QStringLiteral("v1.")));
        QCOMPARE(signIn(user.login, QStringLiteral("wrong-password"), sandbox.appId()).reason(),
                 QStringLiteral("INCORRECT_PASSWORD"));
        QCOMPARE(
            signIn(QStringLiteral("nobody@example.com"), user.password, sandbox.appId()).reason(),
            QStringLiteral("UNKNOWN_EMAIL"));
        QCOMPARE(signIn(user.login, user.password, QStringLiteral("no-such-app")).reason(),
                 QStringLiteral("INVALID_APP_ID"));
        QCOMPARE(signIn(user.login, user.password, {}).reason(), QStringLiteral("INVALID_INPUT"));
    }

    void unverifiedEmailUserCannotSignInUntilVerified()
    {
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const QString email = QStringLiteral("new@example.com");
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/users"),
                           {{QStringLiteral("projectId"), sandbox.projectId()},
                            {QStringLiteral("name"), QStringLiteral("New")},
                            {QStringLiteral("email"), email},
                            {QStringLiteral("password"), QStringLiteral("long-enough-1")}})
                     .status,
                 201);
        const QJsonObject body{{QStringLiteral("projectId"), sandbox.projectId()},
                               {QStringLiteral("appId"), sandbox.appId()},
                               {QStringLiteral("email"), email},
                               {QStringLiteral("password"), QStringLiteral("long-enough-1")}};
        QCOMPARE(sandbox.http().post(QStringLiteral("/auth/user"), body).reason(),
                 QStringLiteral("USER_UNVERIFIED"));

        // The first mail was lost: ask for another, use the newest token.
        const QUrlQuery start =
            form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                  {QStringLiteral("email"), email}});
        QCOMPARE(sandbox.http()
                     .postForm(QStringLiteral("/auth/user/emailVerification/start"), start)
                     .status,
                 200);
        QCOMPARE(
            sandbox.http()
                .postForm(QStringLiteral("/auth/user/emailVerification/start"),
                          form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                                {QStringLiteral("email"), QStringLiteral("ghost@example.com")}}))
                .reason(),
            QStringLiteral("UNKNOWN_EMAIL"));
        const QString token = sandbox.lastMessageTo(email, QStringLiteral("verification"))
                                  .value(QStringLiteral("token"))
                                  .toString();
        QCOMPARE(sandbox.http()
                     .postForm(QStringLiteral("/auth/user/emailVerification"),
                               form({{QStringLiteral("token"), QStringLiteral("bogus")}}))
                     .reason(),
                 QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(sandbox.http()
                     .postForm(QStringLiteral("/auth/user/emailVerification"),
                               form({{QStringLiteral("token"), token}}))
                     .status,
                 200);
        // Tokens are single use; a verified user needs no more mail.
        QCOMPARE(sandbox.http()
                     .postForm(QStringLiteral("/auth/user/emailVerification"),
                               form({{QStringLiteral("token"), token}}))
                     .reason(),
                 QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(sandbox.http()
                     .postForm(QStringLiteral("/auth/user/emailVerification/start"), start)
                     .reason(),
                 QStringLiteral("USER_ALREADY_VERIFIED"));
        QCOMPARE(sandbox.http().post(QStringLiteral("/auth/user"), body).status, 200);
    }

    void passwordReset()
    {
        SandboxFixture sandbox(AccountMode::Email);
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        SocketProbe socket;
        QVERIFY(socket.open(sandbox.url(QStringLiteral("/userSession/websocket")), user.key));

        const QUrlQuery start =
            form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                  {QStringLiteral("email"), user.login}});
        QCOMPARE(
            sandbox.http().postForm(QStringLiteral("/auth/user/passwordReset/start"), start).status,
            200);
        QCOMPARE(
            sandbox.http()
                .postForm(QStringLiteral("/auth/user/passwordReset/start"),
                          form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                                {QStringLiteral("email"), QStringLiteral("ghost@example.com")}}))
                .reason(),
            QStringLiteral("UNKNOWN_EMAIL"));
        const QString token = sandbox.lastMessageTo(user.login, QStringLiteral("passwordReset"))
                                  .value(QStringLiteral("token"))
                                  .toString();
        QVERIFY(!token.isEmpty());

        QCOMPARE(sandbox.http()
                     .postForm(QStringLiteral("/auth/user/passwordReset"),
                               form({{QStringLiteral("token"), token},
                                     {QStringLiteral("newPassword"), QStringLiteral("short")}}))
                     .reason(),
                 QStringLiteral("PASSWORD_TOO_SHORT"));
        QCOMPARE(
            sandbox.http()
                .postForm(QStringLiteral("/auth/user/passwordReset"),
                          form({{QStringLiteral("token"), QStringLiteral("bogus")},
                                {QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}}))
                .reason(),
            QStringLiteral("INVALID_TOKEN"));
        QCOMPARE(
            sandbox.http()
                .postForm(QStringLiteral("/auth/user/passwordReset"),
                          form({{QStringLiteral("token"), token},
                                {QStringLiteral("newPassword"), QStringLiteral("brand-new-pass")}}))
                .status,
            200);
        // Every session ends: the old key and its socket stop working.
        QVERIFY(socket.waitForClose());
        QCOMPARE(sandbox.http().get(QStringLiteral("/userSession"), user.key).status, 401);
        const QJsonObject oldPassword{{QStringLiteral("projectId"), sandbox.projectId()},
                                      {QStringLiteral("appId"), sandbox.appId()},
                                      {QStringLiteral("email"), user.login},
                                      {QStringLiteral("password"), user.password}};
        QCOMPARE(sandbox.http().post(QStringLiteral("/auth/user"), oldPassword).reason(),
                 QStringLiteral("INCORRECT_PASSWORD"));
        QJsonObject newPassword = oldPassword;
        newPassword.insert(QStringLiteral("password"), QStringLiteral("brand-new-pass"));
        QCOMPARE(sandbox.http().post(QStringLiteral("/auth/user"), newPassword).status, 200);
    }

    void phoneSignInWithSmsCode()
    {
        SandboxFixture sandbox(AccountMode::Phone);
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        QVERIFY(!user.key.isEmpty());
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("/users/%1").arg(user.id), user.key)
                     .object()
                     .value(QStringLiteral("verified"))
                     .toBool(),
                 true);

        const QUrlQuery start =
            form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                  {QStringLiteral("phoneNumber"), user.login}});
        const HttpResult sent = sandbox.http().postForm(QStringLiteral("/auth/user/sms"), start);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.object().value(QStringLiteral("recipient")).toString(), user.login);
        QCOMPARE(
            sandbox.http()
                .postForm(QStringLiteral("/auth/user/sms"),
                          form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                                {QStringLiteral("phoneNumber"), QStringLiteral("+15559998888")}}))
                .reason(),
            QStringLiteral("UNKNOWN_PHONE_NUMBER"));
        QCOMPARE(
            sandbox.http()
                .postForm(QStringLiteral("/auth/user/sms"),
                          form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                                {QStringLiteral("phoneNumber"), QStringLiteral("12")}}))
                .reason(),
            QStringLiteral("INVALID_PHONE_NUMBER"));

        const QString code =
            sandbox.lastMessageTo(user.login).value(QStringLiteral("code")).toString();
        const auto signIn = [&](const QString &c) {
            return sandbox.http().post(QStringLiteral("/auth/user"),
                                       {{QStringLiteral("projectId"), sandbox.projectId()},
                                        {QStringLiteral("appId"), sandbox.appId()},
                                        {QStringLiteral("phoneNumber"), user.login},
                                        {QStringLiteral("code"), c}});
        };
        QCOMPARE(signIn(QStringLiteral("000000") == code ? QStringLiteral("111111")
                                                         : QStringLiteral("000000"))
                     .reason(),
                 QStringLiteral("INVALID_AUTH_CODE"));
        QCOMPARE(signIn(code).status, 200);
        QCOMPARE(signIn(code).reason(), QStringLiteral("INVALID_AUTH_CODE"));  // single use
    }

    // Guessing a 6-digit code: one live code per number, five wrong tries kill
    // it, sends and wrong tries per number are limited; each refusal says why.
    void smsCodesCannotBeGuessed()
    {
        SandboxFixture sandbox(AccountMode::Phone);
        sandbox.options().limits.smsResendMs = 400;
        sandbox.options().limits.smsSendsPerHour = 4;
        sandbox.options().limits.wrongCodesPerHour = 8;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const QString project = QString::number(sandbox.projectId());
        const auto requestCode = [&] {
            return sandbox.http().postForm(QStringLiteral("/auth/user/sms"),
                                           form({{QStringLiteral("projectId"), project},
                                                 {QStringLiteral("phoneNumber"), user.login}}));
        };
        const auto signIn = [&](const QString &c) {
            return sandbox.http().post(QStringLiteral("/auth/user"),
                                       {{QStringLiteral("projectId"), sandbox.projectId()},
                                        {QStringLiteral("appId"), sandbox.appId()},
                                        {QStringLiteral("phoneNumber"), user.login},
                                        {QStringLiteral("code"), c}});
        };
        const auto latestCode = [&] {
            return sandbox.lastMessageTo(user.login).value(QStringLiteral("code")).toString();
        };
        const auto wrong = [](const QString &right) {
            return right == QStringLiteral("000000") ? QStringLiteral("111111")
                                                     : QStringLiteral("000000");
        };
        // Sign-up just sent one: another within the resend interval is refused.
        HttpResult r = requestCode();
        QCOMPARE(r.status, 429);
        QCOMPARE(r.reason(), QStringLiteral("TOO_MANY_REQUESTS"));
        QVERIFY(r.object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("retryAfterSeconds"))
                    .toInt() >= 1);
        sandbox.server().advanceClock(450);
        const QString first = latestCode();
        QCOMPARE(requestCode().status, 200);
        const QString second = latestCode();
        // A new code voids the old one (a wrong try, the first of five).
        QVERIFY(first != second);
        QCOMPARE(signIn(first).reason(), QStringLiteral("INVALID_AUTH_CODE"));
        // Five wrong tries and the code is dead, even for the right code.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(signIn(wrong(second)).reason(), QStringLiteral("INVALID_AUTH_CODE"));
        r = signIn(wrong(second));
        QVERIFY(r.object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("ask for a new one")));
        QCOMPARE(signIn(second).reason(), QStringLiteral("INVALID_AUTH_CODE"));
        // Wrong tries per number per hour: past the limit even a fresh right code waits.
        sandbox.server().advanceClock(450);
        QCOMPARE(requestCode().status, 200);
        const QString third = latestCode();
        QCOMPARE(signIn(wrong(third)).reason(), QStringLiteral("INVALID_AUTH_CODE"));
        QCOMPARE(signIn(third).status, 200);  // 7 wrong this hour: within the limit of 8
        for (int i = 0; i < 8; ++i)
            signIn(QStringLiteral("123456"));
        r = signIn(QStringLiteral("123456"));
        QCOMPARE(r.status, 429);
        QCOMPARE(r.reason(), QStringLiteral("TOO_MANY_ATTEMPTS"));
        // Sends per hour: 4 (sign-up's and three asked for), then refused for the hour.
        sandbox.server().advanceClock(450);
        QCOMPARE(requestCode().status, 200);
        sandbox.server().advanceClock(450);
        r = requestCode();
        QCOMPARE(r.status, 429);
        QVERIFY(r.object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("retryAfterSeconds"))
                    .toInt() > 60);
    }

    void passwordsCannotBeTriedAtMachineSpeed()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        const auto signIn = [&](const QString &password) {
            return sandbox.http().post(QStringLiteral("/auth/user"),
                                       {{QStringLiteral("projectId"), sandbox.projectId()},
                                        {QStringLiteral("appId"), sandbox.appId()},
                                        {QStringLiteral("email"), user.login},
                                        {QStringLiteral("password"), password}});
        };
        // A success clears the count.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(signIn(QStringLiteral("wrong")).reason(),
                     QStringLiteral("INCORRECT_PASSWORD"));
        QCOMPARE(signIn(user.password).status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(signIn(QStringLiteral("wrong")).reason(),
                     QStringLiteral("INCORRECT_PASSWORD"));
        // Locked for the window: even the right password waits, and the answer says so.
        const HttpResult locked = signIn(user.password);
        QCOMPARE(locked.status, 429);
        QCOMPARE(locked.reason(), QStringLiteral("TOO_MANY_ATTEMPTS"));
        const int wait = locked.object()
                             .value(QStringLiteral("data"))
                             .toObject()
                             .value(QStringLiteral("retryAfterSeconds"))
                             .toInt();
        QVERIFY2(wait > 800 && wait <= 900, qPrintable(QString::number(wait)));
        // Another account is not affected.
        const TestUser other = sandbox.signUp(QStringLiteral("Other"));
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/auth/user"),
                           {{QStringLiteral("projectId"), sandbox.projectId()},
                            {QStringLiteral("appId"), sandbox.appId()},
                            {QStringLiteral("email"), other.login},
                            {QStringLiteral("password"), other.password}})
                     .status,
                 200);
    }

    void byouSignIn()
    {
        SandboxFixture sandbox(AccountMode::Byou);
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp();
        QVERIFY(!user.key.isEmpty());
        const QJsonObject body{{QStringLiteral("projectId"), sandbox.projectId()},
                               {QStringLiteral("userId"), user.id}};
        QCOMPARE(sandbox.http().post(QStringLiteral("/auth/user"), body).status, 401);
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/auth/user"), body,
                           sandbox.createProjectKey({QStringLiteral("read")}))
                     .reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        const QString byou = sandbox.createProjectKey({QStringLiteral("byou")});
        QCOMPARE(sandbox.http().post(QStringLiteral("/auth/user"), body, byou).status, 200);
        QCOMPARE(sandbox.http()
                     .post(QStringLiteral("/auth/user"),
                           {{QStringLiteral("projectId"), sandbox.projectId()},
                            {QStringLiteral("userId"), 987654}},
                           byou)
                     .reason(),
                 QStringLiteral("USER_NOT_FOUND"));
        QCOMPARE(sandbox.http()
                     .get(QStringLiteral("/auth"), user.key)
                     .object()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("user"));
    }

    void flowsOfOtherModesAreRefused()
    {
        SandboxFixture sandbox(AccountMode::Byou);
        QVERIFY(sandbox.start());
        const QUrlQuery any =
            form({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                  {QStringLiteral("email"), QStringLiteral("a@example.com")},
                  {QStringLiteral("phoneNumber"), QStringLiteral("+15550100000")},
                  {QStringLiteral("token"), QStringLiteral("t")},
                  {QStringLiteral("newPassword"), QStringLiteral("long-enough-1")}});
        for (const char *path : {"/auth/user/sms", "/auth/user/emailVerification",
                                 "/auth/user/emailVerification/start", "/auth/user/passwordReset",
                                 "/auth/user/passwordReset/start"}) {
            const HttpResult result = sandbox.http().postForm(QLatin1String(path), any);
            QCOMPARE(result.status, 403);
            QCOMPARE(result.reason(), QStringLiteral("PERMISSION_DENIED"));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
