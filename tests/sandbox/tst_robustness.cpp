// Bad input never crashes or corrupts: malformed bodies, wrong types, huge
// bodies, unknown routes and methods, raw garbage. The database survives a
// restart. The admin API keeps its contract.
#include "sandboxfixture.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestRobustness : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_user;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_user = m_sandbox.signUp();
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("truncated json")
            << QByteArray("POST") << "/homes" << QByteArray("{\"name\": \"x")
            << QByteArray("application/json");
        QTest::newRow("json array")
            << QByteArray("POST") << "/homes" << QByteArray("[]") << QByteArray("application/json");
        QTest::newRow("json scalar")
            << QByteArray("POST") << "/homes" << QByteArray("42") << QByteArray("application/json");
        QTest::newRow("name wrong type")
            << QByteArray("POST") << "/homes" << QByteArray("{\"name\": [\"x\"]}")
            << QByteArray("application/json");
        QTest::newRow("binary") << QByteArray("POST") << "/homes" << QByteArray("\x00\xff\xfe{", 4)
                                << QByteArray("application/octet-stream");
        QTest::newRow("form, no name") << QByteArray("POST") << "/homes" << QByteArray("%%%&&=")
                                       << QByteArray("application/x-www-form-urlencoded");
        QTest::newRow("kv text body") << QByteArray("PUT") << "/homes/1/kv/k" << QByteArray("hello")
                                      << QByteArray("text/plain");
        QTest::newRow("command no action") << QByteArray("PUT") << "/devices/1/command"
                                           << QByteArray("{}") << QByteArray("application/json");
    }

    void badBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        const HttpResult result =
            m_sandbox.http().send(method, path, body, contentType, m_user.key);
        QVERIFY2(result.status == 403 || result.status == 404, result.body.constData());
        QVERIFY(result.contentType.startsWith("application/json"));
        QVERIFY(!result.reason().isEmpty());
        // And the server is still fine.
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/homes"), m_user.key).status, 200);
    }

    void unknownRoutesAndMethods()
    {
        const HttpResult unknown =
            m_sandbox.http().get(QStringLiteral("/no/such/thing"), m_user.key);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.reason(), QStringLiteral("NOT_FOUND"));
        const HttpResult method = m_sandbox.http().send("PATCH", QStringLiteral("/homes"), "{}",
                                                        "application/json", m_user.key);
        QCOMPARE(method.status, 405);
        QCOMPARE(method.reason(), QStringLiteral("METHOD_NOT_ALLOWED"));
        QCOMPARE(m_sandbox.http().send("OPTIONS", QStringLiteral("/homes"), {}, {}).status, 405);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/homes/-1"), m_user.key).status, 404);
        QCOMPARE(m_sandbox.http()
                     .get(QStringLiteral("/homes/99999999999999999999999"), m_user.key)
                     .status,
                 404);
    }

    void hugeBodiesAreRefused()
    {
        const QByteArray huge = "{\"name\": \"" + QByteArray(8 * 1024 * 1024, 'x') + "\"}";
        const HttpResult result = m_sandbox.http().send("POST", QStringLiteral("/homes"), huge,
                                                        "application/json", m_user.key);
        QCOMPARE(result.status, 413);
        QCOMPARE(result.reason(), QStringLiteral("REQUEST_TOO_LARGE"));
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/homes"), m_user.key).status, 200);
    }

    void rawGarbageDoesNotHurt()
    {
        for (const QByteArray &garbage :
             {QByteArray("NOT HTTP AT ALL\r\n\r\n"), QByteArray(4096, '\x01'),
              QByteArray("GET / HTTP/1.1\r\nContent-Length: -5\r\n\r\n")}) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_sandbox.server().port());
            QVERIFY(socket.waitForConnected(3000));
            socket.write(garbage);
            socket.waitForBytesWritten(1000);
            socket.waitForReadyRead(300);
            socket.abort();
        }
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/homes"), m_user.key).status, 200);
    }

    void authorizationHeaderForms()
    {
        // Scheme is case-insensitive; any other scheme is no key at all.
        QCOMPARE(
            m_sandbox.http().send("GET", QStringLiteral("/userSession"), {}, {}, m_user.key).status,
            200);
        QNetworkAccessManager nam;
        QNetworkRequest request(m_sandbox.url(QStringLiteral("/userSession")));
        request.setRawHeader("Authorization", "Bearer " + m_user.key.toUtf8());
        QNetworkReply *reply = nam.get(request);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        reply->deleteLater();
    }

    void adminContract()
    {
        const HttpResult project =
            m_sandbox.http().get(QStringLiteral("/sandbox/project"), m_sandbox.adminKey());
        QCOMPARE(project.status, 200);
        const QJsonObject p = project.object();
        QCOMPARE(p.value(QStringLiteral("id")).toInteger(), m_sandbox.projectId());
        QCOMPARE(p.value(QStringLiteral("accountMode")).toString(), QStringLiteral("email"));
        QVERIFY(p.value(QStringLiteral("apps")).toArray().contains(QJsonValue(m_sandbox.appId())));
        QVERIFY(p.value(QStringLiteral("deviceClasses"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("thermostat"))));
        QCOMPARE(p.value(QStringLiteral("onDemandProvisioning")).toBool(), true);

        QCOMPARE(m_sandbox.http().get(QStringLiteral("/sandbox/project")).status, 401);
        QCOMPARE(
            m_sandbox.http().get(QStringLiteral("/sandbox/project"), QStringLiteral("nope")).status,
            401);
        // A user key is no admin key.
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/sandbox/outbox"), m_user.key).status, 401);

        const HttpResult key =
            m_sandbox.http().post(QStringLiteral("/sandbox/projectKeys"),
                                  {{QStringLiteral("name"), QStringLiteral("ops")},
                                   {QStringLiteral("permissions"),
                                    QJsonArray{QStringLiteral("read"), QStringLiteral("events")}}},
                                  m_sandbox.adminKey());
        QCOMPARE(key.status, 201);
        QCOMPARE(key.object().value(QStringLiteral("name")).toString(), QStringLiteral("ops"));
        QCOMPARE(key.object().value(QStringLiteral("permissions")).toArray().size(), 2);
        QVERIFY(!key.object().value(QStringLiteral("key")).toString().isEmpty());
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/projectKeys"),
                           {{QStringLiteral("name"), QStringLiteral("x")},
                            {QStringLiteral("permissions"), QJsonArray{QStringLiteral("root")}}},
                           m_sandbox.adminKey())
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/projectKeys"),
                           {{QStringLiteral("name"), QStringLiteral("x")}}, m_sandbox.adminKey())
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));

        const QJsonArray outbox = m_sandbox.outbox();
        QVERIFY(!outbox.isEmpty());
        const QJsonObject last = outbox.last().toObject();
        for (const char *field : {"id", "channel", "to", "purpose", "text", "time"})
            QVERIFY2(last.contains(QLatin1String(field)), field);
    }

    void survivesARestartOnTheSameFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("sandbox.db"));
        TestUser user;
        TestDevice device;
        qint64 home = 0;
        QString projectKey;
        {
            SandboxFixture first(AccountMode::Email, file);
            QVERIFY(first.start());
            user = first.signUp();
            home = first.createHome(user, QStringLiteral("Persistent"));
            device = first.addDeviceToHome(home, user);
            projectKey = first.createProjectKey({QStringLiteral("read")});
            QCOMPARE(first.http()
                         .put(QStringLiteral("/homes/%1/kv/answer").arg(home),
                              {{QStringLiteral("value"), 42}}, user.key)
                         .status,
                     204);
        }
        SandboxFixture second(AccountMode::Email, file);
        QVERIFY(second.start());
        // Keys, homes, devices, values and the outbox all come back.
        QCOMPARE(second.http()
                     .get(QStringLiteral("/homes/%1").arg(home), user.key)
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Persistent"));
        QCOMPARE(second.http()
                     .get(QStringLiteral("/homes/%1/kv/answer").arg(home), user.key)
                     .object()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 42);
        QCOMPARE(second.http()
                     .get(QStringLiteral("/devices/%1").arg(device.id), device.apiKey)
                     .object()
                     .value(QStringLiteral("homeId"))
                     .toInteger(),
                 home);
        QCOMPARE(second.http().get(QStringLiteral("/homes/%1").arg(home), projectKey).status, 200);
        QVERIFY(!second.outbox().isEmpty());
        // Nobody is connected after a restart.
        QCOMPARE(second.http()
                     .get(QStringLiteral("/devices/%1").arg(device.id), user.key)
                     .object()
                     .value(QStringLiteral("isConnected"))
                     .toBool(),
                 false);
        // New ids do not collide with old ones.
        QVERIFY(second.createHome(user, QStringLiteral("Second")) > home);
    }

    // Without --admin-key the sandbox makes one, and keeps it with its data.
    void itsOwnAdminKeyOutlivesARestart()
    {
        QTemporaryDir dir;
        Sandbox::SandboxOptions options;
        options.databasePath = dir.filePath(QStringLiteral("sandbox.db"));
        QString key;
        {
            Sandbox::SandboxServer first(options);
            QVERIFY(first.start());
            key = first.adminKey();
            QVERIFY(key.size() >= 16);
        }
        Sandbox::SandboxServer second(options);
        QVERIFY(second.start());
        QCOMPARE(second.adminKey(), key);
        HttpProbe http(second.baseUrl());
        QCOMPARE(http.get(QStringLiteral("/sandbox/project"), key).status, 200);
        // Another database, another key.
        options.databasePath = dir.filePath(QStringLiteral("other.db"));
        Sandbox::SandboxServer other(options);
        QVERIFY(other.start());
        QVERIFY(other.adminKey() != key);
    }

    void databaseIsWalAndVersioned()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("v.db"));
        {
            SandboxFixture sandbox(AccountMode::Phone, file);
            QVERIFY(sandbox.start());
        }
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            QVERIFY(q.value(0).toInt() >= 1);
            // A database from a newer sandbox is refused, not damaged.
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 999")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        SandboxFixture newer(AccountMode::Phone, file);
        QVERIFY(!newer.start());
    }

    void accountModeIsFixedPerDatabase()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("m.db"));
        {
            SandboxFixture sandbox(AccountMode::Phone, file);
            QVERIFY(sandbox.start());
        }
        Sandbox::SandboxOptions options;
        options.databasePath = file;
        options.accountMode = AccountMode::Email;
        Sandbox::SandboxServer server(options);
        QVERIFY(!server.start());
        QVERIFY2(server.errorString().contains(QStringLiteral("phone")),
                 qPrintable(server.errorString()));
    }

    // Ids are written one way: digits, no sign, no leading zero, nothing around them.
    void idsAreParsedStrictly_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("plus") << QStringLiteral("/homes/+%1");
        QTest::newRow("leading zero") << QStringLiteral("/homes/0%1");
        QTest::newRow("space") << QStringLiteral("/homes/%20%1");
        QTest::newRow("nul") << QStringLiteral("/homes/%1%00");
        QTest::newRow("trailing space") << QStringLiteral("/homes/%1%20");
        QTest::newRow("trailing newline") << QStringLiteral("/homes/%1%0A");
        QTest::newRow("hex") << QStringLiteral("/homes/0x%1");
        QTest::newRow("huge") << QStringLiteral("/homes/%199999999999999999999");
    }

    void idsAreParsedStrictly()
    {
        QFETCH(QString, path);
        const TestUser user = m_sandbox.signUp();
        const qint64 home = m_sandbox.createHome(user);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/homes/%1").arg(home), user.key).status, 200);
        const HttpResult result = m_sandbox.http().get(path.arg(home), user.key);
        QCOMPARE(result.status, 404);
        QCOMPARE(result.reason(), QStringLiteral("NOT_FOUND"));
    }

    void aQueryIdMustBeANumber()
    {
        const TestUser user = m_sandbox.signUp();
        const HttpResult result =
            m_sandbox.http().get(QStringLiteral("/devices?homeId=abc"), user.key);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.reason(), QStringLiteral("INVALID_INPUT"));
        QVERIFY(result.object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("number")));
        QVERIFY(m_sandbox.http()
                    .get(QStringLiteral("/devices"), user.key)
                    .object()
                    .value(QStringLiteral("data"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("required")));
    }

    // A second sandbox on a database file that one already serves is refused,
    // naming the file and the other process; once the first stops, it starts.
    void oneSandboxPerDatabaseFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("shared.db"));
        auto first = std::make_unique<SandboxFixture>(AccountMode::Email, file);
        QVERIFY(first->start());
        Sandbox::SandboxOptions options;
        options.databasePath = file;
        {
            Sandbox::SandboxServer second(options);
            QVERIFY(!second.start());
            QVERIFY2(second.errorString().contains(QStringLiteral("shared.db")),
                     qPrintable(second.errorString()));
            QVERIFY2(
                second.errorString().contains(QString::number(QCoreApplication::applicationPid())),
                qPrintable(second.errorString()));
        }
        first.reset();
        Sandbox::SandboxServer third(options);
        QVERIFY2(third.start(), qPrintable(third.errorString()));
    }

    void unwritableDatabaseIsAClearError()
    {
        Sandbox::SandboxOptions options;
        options.databasePath = QStringLiteral("/nonexistent-folder/x/sandbox.db");
        Sandbox::SandboxServer server(options);
        QVERIFY(!server.start());
        QVERIFY(!server.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
