// The home key-value store: list with keyPrefix, get, put, delete, the
// validation rules and the live _keyValueSaved_/_keyValueDeleted_ events.
#include "sandboxfixture.h"
#include "socketprobe.h"

#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestKeyValues : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_ana;
    TestUser m_stranger;
    qint64 m_home = 0;

    QString kv(const QString &key = {}) const
    {
        return key.isEmpty() ? QStringLiteral("/homes/%1/kv").arg(m_home)
                             : QStringLiteral("/homes/%1/kv/%2").arg(m_home).arg(key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_ana = m_sandbox.signUp();
        m_stranger = m_sandbox.signUp();
        m_home = m_sandbox.createHome(m_ana);
    }

    void putGetListDelete()
    {
        SocketProbe socket;
        QVERIFY(socket.open(m_sandbox.url(QStringLiteral("/userSession/websocket")), m_ana.key));

        const QJsonObject schedule{{QStringLiteral("wake"), QStringLiteral("06:30")},
                                   {QStringLiteral("zones"), QJsonArray{1, 2}}};
        QCOMPARE(m_sandbox.http()
                     .put(kv(QStringLiteral("schedule")), {{QStringLiteral("value"), schedule}},
                          m_ana.key)
                     .status,
                 204);
        QCOMPARE(
            m_sandbox.http()
                .put(kv(QStringLiteral("setpoint")), {{QStringLiteral("value"), 21.5}}, m_ana.key)
                .status,
            204);
        QCOMPARE(m_sandbox.http()
                     .put(kv(QStringLiteral("sched-backup")), {{QStringLiteral("value"), false}},
                          m_ana.key)
                     .status,
                 204);

        const HttpResult one = m_sandbox.http().get(kv(QStringLiteral("schedule")), m_ana.key);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("key")).toString(), QStringLiteral("schedule"));
        QCOMPARE(one.object().value(QStringLiteral("value")).toObject(), schedule);
        QVERIFY(!one.object().value(QStringLiteral("modificationTime")).toString().isEmpty());
        QCOMPARE(m_sandbox.http()
                     .get(kv(QStringLiteral("setpoint")), m_ana.key)
                     .object()
                     .value(QStringLiteral("value"))
                     .toDouble(),
                 21.5);

        QCOMPARE(m_sandbox.http().get(kv(), m_ana.key).array().size(), 3);
        const QJsonArray sched =
            m_sandbox.http().get(kv() + QStringLiteral("?keyPrefix=sched"), m_ana.key).array();
        QCOMPARE(sched.size(), 2);
        QCOMPARE(sched.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("sched-backup"));
        QCOMPARE(
            m_sandbox.http().get(kv() + QStringLiteral("?keyPrefix=zzz"), m_ana.key).array().size(),
            0);

        // Overwrite, then see both changes live.
        QCOMPARE(
            m_sandbox.http()
                .put(kv(QStringLiteral("setpoint")), {{QStringLiteral("value"), 22}}, m_ana.key)
                .status,
            204);
        QVERIFY(socket.waitForFrames(4, QStringLiteral("_keyValueSaved_")));
        const QJsonObject saved = socket.frames(QStringLiteral("_keyValueSaved_"))
                                      .last()
                                      .value(QStringLiteral("eventData"))
                                      .toObject();
        QCOMPARE(saved.value(QStringLiteral("key")).toString(), QStringLiteral("setpoint"));
        QCOMPARE(saved.value(QStringLiteral("value")).toInt(), 22);

        QCOMPARE(m_sandbox.http().del(kv(QStringLiteral("setpoint")), m_ana.key).status, 204);
        QVERIFY(socket.waitForFrames(1, QStringLiteral("_keyValueDeleted_")));
        QCOMPARE(socket.frames(QStringLiteral("_keyValueDeleted_"))
                     .first()
                     .value(QStringLiteral("eventData"))
                     .toObject()
                     .value(QStringLiteral("key"))
                     .toString(),
                 QStringLiteral("setpoint"));
        QCOMPARE(m_sandbox.http().get(kv(QStringLiteral("setpoint")), m_ana.key).status, 404);
        QCOMPARE(m_sandbox.http().del(kv(QStringLiteral("setpoint")), m_ana.key).status, 404);
    }

    void invalidKeysAndValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("reason");
        QTest::newRow("leading dash") << "-bad" << QByteArray(R"({"value": 1})") << "INVALID_KEY";
        QTest::newRow("trailing underscore")
            << "bad_" << QByteArray(R"({"value": 1})") << "INVALID_KEY";
        QTest::newRow("dot") << "a.b" << QByteArray(R"({"value": 1})") << "INVALID_KEY";
        QTest::newRow("too long") << QString(65, QLatin1Char('k')) << QByteArray(R"({"value": 1})")
                                  << "INVALID_KEY";
        QTest::newRow("null value") << "ok" << QByteArray(R"({"value": null})") << "INVALID_VALUE";
        QTest::newRow("no value") << "ok" << QByteArray(R"({"key": "ok"})") << "INVALID_VALUE";
        QTest::newRow("not json") << "ok" << QByteArray("value=1") << "INVALID_INPUT";
        QTest::newRow("array body") << "ok" << QByteArray("[1]") << "INVALID_INPUT";
        QTest::newRow("too large")
            << "ok"
            << QByteArray(R"({"value": ")") + QByteArray(70 * 1024, 'x') + QByteArray(R"("})")
            << "VALUE_TOO_LARGE";
    }

    void invalidKeysAndValues()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, body);
        QFETCH(QString, reason);
        const HttpResult result =
            m_sandbox.http().send("PUT", kv(key), body, "application/json", m_ana.key);
        QCOMPARE(result.status, 403);
        QCOMPARE(result.reason(), reason);
    }

    void accessRules()
    {
        QCOMPARE(m_sandbox.http()
                     .put(kv(QStringLiteral("k")), {{QStringLiteral("value"), 1}}, m_ana.key)
                     .status,
                 204);
        QCOMPARE(m_sandbox.http().get(kv()).status, 401);
        QCOMPARE(m_sandbox.http().get(kv(), m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().get(kv(QStringLiteral("k")), m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http()
                     .put(kv(QStringLiteral("k")), {{QStringLiteral("value"), 1}}, m_stranger.key)
                     .status,
                 404);
        QCOMPARE(m_sandbox.http().del(kv(QStringLiteral("k")), m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/homes/999999/kv"), m_ana.key).status, 404);
        // Project keys: "read" reads, only "all" writes.
        const QString reader = m_sandbox.createProjectKey({QStringLiteral("read")});
        const QString full = m_sandbox.createProjectKey({QStringLiteral("all")});
        QCOMPARE(m_sandbox.http().get(kv(QStringLiteral("k")), reader).status, 200);
        QCOMPARE(m_sandbox.http()
                     .put(kv(QStringLiteral("k")), {{QStringLiteral("value"), 2}}, reader)
                     .reason(),
                 QStringLiteral("PERMISSION_DENIED"));
        QCOMPARE(m_sandbox.http()
                     .put(kv(QStringLiteral("k")), {{QStringLiteral("value"), 2}}, full)
                     .status,
                 204);
        QCOMPARE(m_sandbox.http().del(kv(QStringLiteral("k")), reader).status, 403);
        QCOMPARE(m_sandbox.http().del(kv(QStringLiteral("k")), full).status, 204);
        const TestDevice device = m_sandbox.provisionDevice();
        QCOMPARE(m_sandbox.http().get(kv(), device.apiKey).status, 403);
    }
};

QTEST_GUILESS_MAIN(TestKeyValues)
#include "tst_keyvalues.moc"
