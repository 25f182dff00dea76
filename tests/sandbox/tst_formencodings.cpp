// Every endpoint whose reference body is a web form answers the same to the
// three encodings MODE's own clients send: urlencoded (the Node device
// library, the iOS SDK), multipart/form-data (the TypeScript app client:
// axios with FormData) with a quoted or unquoted boundary and with or
// without a charset, and JSON (the TypeScript client on some endpoints).
#include "sandboxfixture.h"

#include <QTest>
#include <QUrlQuery>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
using Fields = QList<std::pair<QString, QString>>;

enum class Encoding { UrlEncoded, MultipartQt, MultipartUnquoted, MultipartCharset, Json };

QByteArray multipartBody(const Fields &fields, const QByteArray &boundary)
{
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() +
                "\"\r\n\r\n" + value.toUtf8() + "\r\n";
    return body + "--" + boundary + "--\r\n";
}

HttpResult post(HttpProbe &http, Encoding encoding, const QString &path, const Fields &fields,
                const QString &key = {})
{
    switch (encoding) {
        case Encoding::UrlEncoded: {
            QUrlQuery form;
            for (const auto &[name, value] : fields)
                form.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
            return http.postForm(path, form, key);
        }
        case Encoding::MultipartQt:
            return http.postMultipart(path, fields, key);
        case Encoding::MultipartUnquoted:
            return http.send("POST", path, multipartBody(fields, "----axios7d3f"),
                             "multipart/form-data; boundary=----axios7d3f", key);
        case Encoding::MultipartCharset:
            return http.send("POST", path, multipartBody(fields, "b0und4ry"),
                             "multipart/form-data; charset=utf-8; boundary=\"b0und4ry\"", key);
        case Encoding::Json: {
            QJsonObject object;
            for (const auto &[name, value] : fields) {
                bool isNumber = false;
                const qint64 number = value.toLongLong(&isNumber);
                object.insert(name, isNumber ? QJsonValue(number) : QJsonValue(value));
            }
            return http.post(path, object, key);
        }
    }
    return {};
}
}  // namespace

class TestFormEncodings : public QObject
{
    Q_OBJECT

private slots:
    void everyWebFormEndpointTakesEveryEncoding_data()
    {
        QTest::addColumn<int>("encoding");
        QTest::newRow("urlencoded") << int(Encoding::UrlEncoded);
        QTest::newRow("multipart (QHttpMultiPart)") << int(Encoding::MultipartQt);
        QTest::newRow("multipart, unquoted boundary") << int(Encoding::MultipartUnquoted);
        QTest::newRow("multipart, charset, quoted") << int(Encoding::MultipartCharset);
        QTest::newRow("json") << int(Encoding::Json);
    }

    void everyWebFormEndpointTakesEveryEncoding()
    {
        QFETCH(int, encoding);
        const auto e = Encoding(encoding);
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        HttpProbe &http = sandbox.http();
        const QString project = QString::number(sandbox.projectId());
        const TestUser ana = sandbox.signUp(QStringLiteral("Ana"));

        // POST /users: sign up (an address with a plus, a name with spaces and UTF-8).
        HttpResult r = post(http, e, QStringLiteral("/users"),
                            {{QStringLiteral("projectId"), project},
                             {QStringLiteral("name"), QStringLiteral("Zoë Q. Public")},
                             {QStringLiteral("email"), QStringLiteral("zoe+test@example.com")},
                             {QStringLiteral("password"), QStringLiteral("a long passphrase 1")}});
        QVERIFY2(r.status == 201, r.body.constData());
        QCOMPARE(r.object().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Zoë Q. Public"));

        // POST /auth/user: sign in, and a wrong password.
        r = post(http, e, QStringLiteral("/auth/user"),
                 {{QStringLiteral("projectId"), project},
                  {QStringLiteral("appId"), sandbox.appId()},
                  {QStringLiteral("email"), ana.login},
                  {QStringLiteral("password"), ana.password}});
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        QCOMPARE(r.object().value(QStringLiteral("userId")).toInteger(), ana.id);
        r = post(http, e, QStringLiteral("/auth/user"),
                 {{QStringLiteral("projectId"), project},
                  {QStringLiteral("appId"), sandbox.appId()},
                  {QStringLiteral("email"), ana.login},
                  {QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(r.reason(), QStringLiteral("INCORRECT_PASSWORD"));

        // Email verification and password reset.
        r = post(http, e, QStringLiteral("/auth/user/emailVerification/start"),
                 {{QStringLiteral("projectId"), project},
                  {QStringLiteral("email"), QStringLiteral("zoe+test@example.com")}});
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        const QString verification = sandbox
                                         .lastMessageTo(QStringLiteral("zoe+test@example.com"),
                                                        QStringLiteral("verification"))
                                         .value(QStringLiteral("token"))
                                         .toString();
        r = post(http, e, QStringLiteral("/auth/user/emailVerification"),
                 {{QStringLiteral("token"), verification}});
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        r = post(http, e, QStringLiteral("/auth/user/passwordReset/start"),
                 {{QStringLiteral("projectId"), project}, {QStringLiteral("email"), ana.login}});
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        const QString reset = sandbox.lastMessageTo(ana.login, QStringLiteral("passwordReset"))
                                  .value(QStringLiteral("token"))
                                  .toString();
        r = post(http, e, QStringLiteral("/auth/user/passwordReset"),
                 {{QStringLiteral("token"), reset},
                  {QStringLiteral("newPassword"), QStringLiteral("another long passphrase")}});
        QVERIFY2(r.status / 100 == 2, r.body.constData());

        // Devices: claim mode by the device, a claim by the user, provisioning by token.
        const TestUser bo = sandbox.signUp(QStringLiteral("Bo"));
        const qint64 home = sandbox.createHome(bo);
        const TestDevice hw = sandbox.provisionDevice();
        r = post(http, e, QStringLiteral("/deviceRegistration"),
                 {{QStringLiteral("deviceId"), QString::number(hw.id)},
                  {QStringLiteral("claimable"), QStringLiteral("true")}},
                 hw.apiKey);
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        r = post(http, e, QStringLiteral("/devices"),
                 {{QStringLiteral("homeId"), QString::number(home)},
                  {QStringLiteral("claimCode"), hw.claimCode}},
                 bo.key);
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        r = post(http, e, QStringLiteral("/homes/%1/deviceProvisioning").arg(home),
                 {{QStringLiteral("deviceClass"), QStringLiteral("camera")}}, bo.key);
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        r = post(http, e, QStringLiteral("/devices"),
                 {{QStringLiteral("token"), r.object().value(QStringLiteral("token")).toString()}});
        QVERIFY2(r.status / 100 == 2, r.body.constData());
        QCOMPARE(r.object().value(QStringLiteral("homeId")).toInteger(), home);
    }

    void malformedMultipartIsAClearError()
    {
        SandboxFixture sandbox;
        QVERIFY(sandbox.start());
        for (const auto &[body, type] :
             {std::pair<QByteArray, QByteArray>{"--x\r\nno headers end",
                                                "multipart/form-data; boundary=x"},
              {"anything", "multipart/form-data"},
              {"--x\r\nContent-Type: text/plain\r\n\r\nv\r\n--x--\r\n",
               "multipart/form-data; boundary=x"},
              {"no delimiter at all", "multipart/form-data; boundary=x"}}) {
            const HttpResult r =
                sandbox.http().send("POST", QStringLiteral("/auth/user"), body, type);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.reason(), QStringLiteral("INVALID_INPUT"));
        }
    }
};

QTEST_GUILESS_MAIN(TestFormEncodings)
#include "tst_formencodings.moc"
