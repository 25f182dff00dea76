// The TSDB Smart Module: fed by device events, every endpoint of tsdb.md
// (series, collections, aggregated and raw reads, deletes, export) with each
// documented failure, the admin routes that set modules up and bulk-load
// points, the demo's history, and all of it across a restart.
#include "demosimulator.h"
#include "jsoncodec.h"
#include "sandboxfixture.h"
#include "zipwriter.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QtEndian>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

QJsonObject point(const QString &series, const QString &time, double value)
{
    return {{QStringLiteral("seriesId"), series},
            {QStringLiteral("timestamp"), time},
            {QStringLiteral("value"), value}};
}

// [[ts, value], ...] as (time text, value) pairs.
using Rows = QList<std::pair<QByteArray, double>>;
Rows rowsOf(const HttpResult &result)
{
    Rows rows;
    for (const QJsonValue &row : result.object().value(QStringLiteral("data")).toArray())
        rows.append({row.toArray().at(0).toString().toUtf8(), row.toArray().at(1).toDouble()});
    return rows;
}

}  // namespace

class TestTsdb : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_ana;
    TestUser m_stranger;
    TestDevice m_device;
    qint64 m_home = 0;
    QString m_readKey;
    QString m_allKey;

    QString tsdb(const QString &rest = {}, qint64 home = 0) const
    {
        return QStringLiteral("/homes/%1/smartModules/tsdb").arg(home ? home : m_home) + rest;
    }

    HttpResult sendPoints(const QJsonArray &points,
                          const QString &eventType = QStringLiteral("realtimeData"))
    {
        return m_sandbox.http().put(QStringLiteral("/devices/%1/event").arg(m_device.id),
                                    {{QStringLiteral("eventType"), eventType},
                                     {QStringLiteral("eventData"),
                                      QJsonObject{{QStringLiteral("timeSeriesData"), points}}}},
                                    m_device.apiKey);
    }

    HttpResult load(const QString &series, const QJsonObject &body, qint64 home = 0,
                    const QString &module = QStringLiteral("tsdb"))
    {
        QJsonObject request = body;
        request.insert(QStringLiteral("seriesId"), series);
        return m_sandbox.http().post(QStringLiteral("/sandbox/homes/%1/smartModules/%2/points")
                                         .arg(home ? home : m_home)
                                         .arg(module),
                                     request, m_sandbox.adminKey());
    }

    HttpResult get(const QString &path, const QString &key = {})
    {
        return m_sandbox.http().get(path, key.isEmpty() ? m_ana.key : key);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_ana = m_sandbox.signUp();
        m_stranger = m_sandbox.signUp();
        m_home = m_sandbox.createHome(m_ana);
        m_device = m_sandbox.addDeviceToHome(m_home, m_ana);
        m_readKey = m_sandbox.createProjectKey({QStringLiteral("read")});
        m_allKey = m_sandbox.createProjectKey({QStringLiteral("all")});
    }

    void everyHomeListsATsdbModule()
    {
        const HttpResult modules = get(QStringLiteral("/homes/%1/smartModules").arg(m_home));
        bool found = false;
        for (const QJsonValue &module : modules.array()) {
            const QJsonObject m = module.toObject();
            if (m.value(QStringLiteral("id")).toString() == QLatin1String("tsdb")) {
                found = true;
                QCOMPARE(m.value(QStringLiteral("moduleType")).toString(), QStringLiteral("tsdb"));
                QCOMPARE(m.value(QStringLiteral("subscribedEvents")).toArray(),
                         QJsonArray{QStringLiteral("*")});
            }
        }
        QVERIFY(found);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries"))).array().size(), 0);
    }

    void deviceEventsCreateAndFeedSeries()
    {
        QCOMPARE(
            sendPoints(
                {point(QStringLiteral("t-1"), QStringLiteral("2026-12-01T12:00:00.000Z"), 20.5),
                 point(QStringLiteral("t-1"), QStringLiteral("2026-12-01T12:00:01.000Z"), 21.5),
                 point(QStringLiteral("h_1"), QStringLiteral("2026-12-01T12:00:00.000Z"), 40)})
                .status,
            204);
        const QJsonArray list = get(tsdb(QStringLiteral("/timeSeries"))).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("id")).toString(), QStringLiteral("h_1"));
        QCOMPARE(first.value(QStringLiteral("homeId")).toInteger(), m_home);
        QCOMPARE(first.value(QStringLiteral("moduleId")).toString(), QStringLiteral("tsdb"));
        QCOMPARE(first.value(QStringLiteral("timeZone")).toString(), QStringLiteral("UTC"));

        const HttpResult one = get(tsdb(QStringLiteral("/timeSeries/t-1")));
        QCOMPARE(one.status, 200);
        QCOMPARE(one.object().value(QStringLiteral("id")).toString(), QStringLiteral("t-1"));

        const QJsonObject range = get(tsdb(QStringLiteral("/timeSeries/t-1/timeRange"))).object();
        QCOMPARE(range.value(QStringLiteral("seriesId")).toString(), QStringLiteral("t-1"));
        QCOMPARE(range.value(QStringLiteral("begin")).toString(),
                 QStringLiteral("2026-12-01T12:00:00.000Z"));
        QCOMPARE(range.value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-12-01T12:00:01.000Z"));

        // A point at a time the series has replaces it.
        QCOMPARE(sendPoints({point(QStringLiteral("t-1"),
                                   QStringLiteral("2026-12-01T12:00:01.000Z"), 22.5)})
                     .status,
                 204);
        const auto rows = rowsOf(
            get(tsdb(QStringLiteral("/timeSeries/t-1/data?ts=2026-12-01T00:00:00.000Z&limit=10"))));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).second, 22.5);
    }

    void invalidPointsAreSkippedAndTheEventStillDelivered()
    {
        const QJsonArray bad{
            point(QStringLiteral("bad id!"), QStringLiteral("2026-12-01T12:00:00.000Z"), 1),
            QJsonObject{{QStringLiteral("seriesId"), QStringLiteral("s-text")},
                        {QStringLiteral("timestamp"), QStringLiteral("2026-12-01T12:00:00.000Z")},
                        {QStringLiteral("value"), QStringLiteral("12")}},
            point(QStringLiteral("s-time"), QStringLiteral("yesterday"), 1),
            point(QStringLiteral("s-good"), QStringLiteral("2026-12-01T12:00:00.000Z"), 7)};
        QCOMPARE(sendPoints(bad).status, 204);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/s-good"))).status, 200);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/s-text"))).status, 404);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/s-time"))).status, 404);
        // Not an array at all: ignored, delivered.
        QCOMPARE(m_sandbox.http()
                     .put(QStringLiteral("/devices/%1/event").arg(m_device.id),
                          {{QStringLiteral("eventType"), QStringLiteral("x")},
                           {QStringLiteral("eventData"),
                            QJsonObject{{QStringLiteral("timeSeriesData"), 5}}}},
                          m_device.apiKey)
                     .status,
                 204);
    }

    void aggregatesEveryResolutionAndAggregation()
    {
        // Four points over two hours, so that each bucket's answer can be worked out by hand.
        QCOMPARE(load(QStringLiteral("agg"),
                      {{QStringLiteral("points"),
                        QJsonArray{QJsonArray{QStringLiteral("2026-12-01T10:00:00.000Z"), 1},
                                   QJsonArray{QStringLiteral("2026-12-01T10:00:30.000Z"), 3},
                                   QJsonArray{QStringLiteral("2026-12-01T10:01:10.000Z"), 10},
                                   QJsonArray{QStringLiteral("2026-12-01T11:30:00.000Z"), 100}}}})
                     .status,
                 200);
        const QString data =
            tsdb(QStringLiteral("/timeSeries/agg/data?begin=2026-12-01T10:00:"
                                "00.000Z&end=2026-12-01T12:00:00.000Z"));
        const struct {
            const char *query;
            Rows expected;
        } cases[] = {
            {"&resolution=1min",
             {{"2026-12-01T10:00:00.000Z", 2},
              {"2026-12-01T10:01:00.000Z", 10},
              {"2026-12-01T11:30:00.000Z", 100}}},
            {"&resolution=1min&aggregation=max",
             {{"2026-12-01T10:00:00.000Z", 3},
              {"2026-12-01T10:01:00.000Z", 10},
              {"2026-12-01T11:30:00.000Z", 100}}},
            {"&resolution=1hour&aggregation=min",
             {{"2026-12-01T10:00:00.000Z", 1}, {"2026-12-01T11:00:00.000Z", 100}}},
            {"&resolution=1hour&aggregation=sum",
             {{"2026-12-01T10:00:00.000Z", 14}, {"2026-12-01T11:00:00.000Z", 100}}},
            {"&resolution=1day&aggregation=count", {{"2026-12-01T00:00:00.000Z", 4}}},
            {"&resolution=1week&aggregation=count", {{"2026-11-30T00:00:00.000Z", 4}}},
            {"&resolution=1month&aggregation=avg", {{"2026-12-01T00:00:00.000Z", 28.5}}},
            {"&resolution=5sec&aggregation=count",
             {{"2026-12-01T10:00:00.000Z", 1},
              {"2026-12-01T10:00:30.000Z", 1},
              {"2026-12-01T10:01:10.000Z", 1},
              {"2026-12-01T11:30:00.000Z", 1}}},
            {"&resolution=15sec",
             {{"2026-12-01T10:00:00.000Z", 1},
              {"2026-12-01T10:00:30.000Z", 3},
              {"2026-12-01T10:01:00.000Z", 10},
              {"2026-12-01T11:30:00.000Z", 100}}},
            {"&resolution=10min&aggregation=avg",
             {{"2026-12-01T10:00:00.000Z", 14.0 / 3}, {"2026-12-01T11:30:00.000Z", 100}}},
        };
        for (const auto &c : cases) {
            const HttpResult result = get(data + QLatin1String(c.query));
            QVERIFY2(result.status == 200, c.query);
            QCOMPARE(rowsOf(result), c.expected);
        }
        const QJsonObject answer = get(data).object();
        QCOMPARE(answer.value(QStringLiteral("seriesId")).toString(), QStringLiteral("agg"));
        QCOMPARE(answer.value(QStringLiteral("aggregation")).toString(), QStringLiteral("avg"));
        QCOMPARE(answer.value(QStringLiteral("begin")).toString(),
                 QStringLiteral("2026-12-01T10:00:00.000Z"));
        QCOMPARE(answer.value(QStringLiteral("end")).toString(),
                 QStringLiteral("2026-12-01T12:00:00.000Z"));
        // Two hours without a resolution: 1min (< 12 h).
        QCOMPARE(answer.value(QStringLiteral("resolution")).toString(), QStringLiteral("1min"));
        // A bucket that covers part of the span comes whole: 10:00-11:00 from 10:30.
        QCOMPARE(rowsOf(get(tsdb(QStringLiteral("/timeSeries/agg/data?begin=2026-12-01T10:00:"
                                                "20.000Z&end=2026-12-01T10:00:40.000Z&"
                                                "resolution=1hour&aggregation=count")))),
                 (Rows{{"2026-12-01T10:00:00.000Z", 3}}));
    }

    void automaticResolutionFollowsTheSpan()
    {
        const struct {
            const char *end;
            const char *resolution;
        } spans[] = {{"2026-12-01T00:14:59.000Z", "5sec"},  {"2026-12-01T00:59:00.000Z", "15sec"},
                     {"2026-12-01T11:00:00.000Z", "1min"},  {"2026-12-04T00:00:00.000Z", "10min"},
                     {"2026-12-20T00:00:00.000Z", "1hour"}, {"2027-06-01T00:00:00.000Z", "1day"},
                     {"2029-01-01T00:00:00.000Z", "1week"}, {"2036-01-01T00:00:00.000Z", "1month"}};
        for (const auto &s : spans) {
            const HttpResult result = get(
                tsdb(QStringLiteral("/timeSeries/agg/data?begin=2026-12-01T00:00:00.000Z&end=") +
                     QLatin1String(s.end)));
            QVERIFY2(result.status == 200, s.end);
            QCOMPARE(result.object().value(QStringLiteral("resolution")).toString(),
                     QLatin1String(s.resolution));
        }
    }

    void rawReadsPageBothWays()
    {
        QCOMPARE(
            load(
                QStringLiteral("raw"),
                {{QStringLiteral("generate"),
                  QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
                              {QStringLiteral("end"), QStringLiteral("2026-12-01T00:00:25.000Z")},
                              {QStringLiteral("intervalSeconds"), 1}}}})
                .object()
                .value(QStringLiteral("added"))
                .toInt(),
            25);
        const QString data = tsdb(QStringLiteral("/timeSeries/raw/data"));
        HttpResult page = get(data + QStringLiteral("?ts=2026-12-01T00:00:00.000Z&limit=10"));
        QCOMPARE(page.object().value(QStringLiteral("limit")).toInt(), 10);
        QCOMPARE(page.object().value(QStringLiteral("ts")).toString(),
                 QStringLiteral("2026-12-01T00:00:00.000Z"));
        QCOMPARE(rowsOf(page).size(), 10);
        QCOMPARE(rowsOf(page).first().first, QByteArray("2026-12-01T00:00:00.000Z"));
        // As MODE's client pages forward: last timestamp + 1 ms.
        page = get(data + QStringLiteral("?ts=2026-12-01T00:00:09.001Z&limit=10"));
        QCOMPARE(rowsOf(page).first().first, QByteArray("2026-12-01T00:00:10.000Z"));
        page = get(data + QStringLiteral("?ts=2026-12-01T00:00:20.001Z&limit=10"));
        QCOMPARE(rowsOf(page).size(), 4);
        // Backward: the points before ts, oldest first.
        page = get(data + QStringLiteral("?ts=2026-12-01T00:00:10.000Z&limit=-3"));
        const auto back = rowsOf(page);
        QCOMPARE(back.size(), 3);
        QCOMPARE(back.first().first, QByteArray("2026-12-01T00:00:07.000Z"));
        QCOMPARE(back.last().first, QByteArray("2026-12-01T00:00:09.000Z"));
        // At most 10,000 a call, whatever is asked.
        QCOMPARE(get(data + QStringLiteral("?ts=2026-12-01T00:00:00.000Z&limit=50000"))
                     .object()
                     .value(QStringLiteral("limit"))
                     .toInt(),
                 50000);
    }

    void readFailuresAreTheDocumentedOnes()
    {
        const QString data = tsdb(QStringLiteral("/timeSeries/agg/data"));
        const struct {
            QString query;
            const char *field;
        } invalid[] = {
            {QStringLiteral("?begin=2026-12-01T00:00:00.000Z"), "end"},
            {QStringLiteral("?end=2026-12-01T00:00:00.000Z"), "begin"},
            {QStringLiteral("?begin=noon&end=2026-12-01T00:00:00.000Z"), "begin"},
            {QStringLiteral("?begin=2026-12-02T00:00:00.000Z&end=2026-12-01T00:00:00.000Z"), "end"},
            {QStringLiteral("?begin=2026-12-01T00:00:00.000Z&end=2026-12-02T00:00:00.000Z&"
                            "aggregation=median"),
             "aggregation"},
            {QStringLiteral("?begin=2026-12-01T00:00:00.000Z&end=2026-12-02T00:00:00.000Z&"
                            "resolution=2min"),
             "resolution"},
            {QStringLiteral("?begin=2026-11-01T00:00:00.000Z&end=2026-12-01T00:00:00.000Z&"
                            "resolution=5sec"),
             "resolution"},
            {QStringLiteral("?ts=2026-12-01T00:00:00.000Z&limit=0"), "limit"},
            {QStringLiteral("?ts=2026-12-01T00:00:00.000Z&limit=ten"), "limit"},
            {QStringLiteral("?limit=10"), "ts"},
        };
        for (const auto &c : invalid) {
            const HttpResult result = get(data + c.query);
            QVERIFY2(result.status == 403, qPrintable(c.query));
            QCOMPARE(result.reason(), QStringLiteral("INVALID_INPUT"));
            QCOMPARE(result.object()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("field"))
                         .toString(),
                     QLatin1String(c.field));
        }
        const QString list = tsdb(QStringLiteral("/timeSeries"));
        QCOMPARE(m_sandbox.http().get(list).status, 401);
        QCOMPARE(m_sandbox.http().get(list).reason(), QStringLiteral("AUTHORIZATION_REQUIRED"));
        QCOMPARE(m_sandbox.http().get(list, QStringLiteral("v1.nothing")).status, 401);
        QCOMPARE(get(list, m_stranger.key).status, 404);   // not a member: nothing to see
        QCOMPARE(get(list, m_readKey).status, 200);        // a project key with read
        QCOMPARE(get(list, m_device.apiKey).status, 403);  // a device reads no history
        QCOMPARE(get(QStringLiteral("/homes/%1/smartModules/nope/timeSeries").arg(m_home)).status,
                 404);
        // A module that is not a TSDB has no time series.
        QCOMPARE(
            get(QStringLiteral("/homes/%1/smartModules/webhooks/timeSeries").arg(m_home)).status,
            404);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/none"))).status, 404);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/none/timeRange"))).status, 404);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/none/data?ts=2026-12-01T00:00:00Z&limit=1")))
                     .status,
                 404);
        QCOMPARE(get(QStringLiteral("/homes/999999/smartModules/tsdb/timeSeries")).status, 404);
    }

    void deletesDataRangesAndSeries()
    {
        QCOMPARE(
            load(
                QStringLiteral("del"),
                {{QStringLiteral("generate"),
                  QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
                              {QStringLiteral("end"), QStringLiteral("2026-12-01T02:00:00.000Z")},
                              {QStringLiteral("intervalSeconds"), 60}}}})
                .status,
            200);
        const QString range = QStringLiteral(
            "?begin=2026-12-01T00:30:00.000Z&end=2026-12-01T01:"
            "30:00.000Z");
        const QString data = tsdb(QStringLiteral("/timeSeries/del/data"));
        // Reading keys may not delete; a stranger sees nothing.
        QCOMPARE(m_sandbox.http().del(data + range, m_readKey).status, 403);
        QCOMPARE(m_sandbox.http().del(data + range, m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().del(data + range).status, 401);
        QCOMPARE(m_sandbox.http().del(data + QStringLiteral("?begin=x&end=y"), m_ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http().del(data + range, m_ana.key).status, 204);
        // The rollups follow: hour buckets count what is left.
        QCOMPARE(rowsOf(get(data + QStringLiteral("?begin=2026-12-01T00:00:00.000Z&end=2026-12-"
                                                  "01T02:00:00.000Z&resolution=1hour&"
                                                  "aggregation=count"))),
                 (Rows{{"2026-12-01T00:00:00.000Z", 30}, {"2026-12-01T01:00:00.000Z", 30}}));
        QCOMPARE(m_sandbox.http().del(data + range, m_allKey).status, 204);  // project key "all"

        const QString series = tsdb(QStringLiteral("/timeSeries/del"));
        QCOMPARE(m_sandbox.http().del(series, m_readKey).status, 403);
        QCOMPARE(m_sandbox.http().del(series, m_ana.key).status, 204);
        QCOMPARE(get(series).status, 404);
        QCOMPARE(m_sandbox.http().del(series, m_ana.key).status, 404);
        QCOMPARE(m_sandbox.http().del(data + range, m_ana.key).status, 404);
    }

    void collectionsStoreValuesAndTags()
    {
        const QString collections = tsdb(QStringLiteral("/collections"));
        const HttpResult created =
            m_sandbox.http().post(collections,
                                  {{QStringLiteral("id"), QStringLiteral("weather")},
                                   {QStringLiteral("timeZone"), QStringLiteral("Europe/Berlin")}},
                                  m_ana.key);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("timeZone")).toString(),
                 QStringLiteral("Europe/Berlin"));
        QCOMPARE(
            m_sandbox.http()
                .post(collections, {{QStringLiteral("id"), QStringLiteral("weather")}}, m_ana.key)
                .reason(),
            QStringLiteral("COLLECTION_EXISTS"));
        QCOMPARE(
            m_sandbox.http()
                .post(collections, {{QStringLiteral("id"), QStringLiteral("no spaces")}}, m_ana.key)
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .post(collections,
                           {{QStringLiteral("id"), QStringLiteral("w2")},
                            {QStringLiteral("timeZone"), QStringLiteral("Mars/Olympus")}},
                           m_ana.key)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        // A zone Qt builds but does not list on every system (Debian 12's Qt 6.4).
        const QString utc = collections + QStringLiteral("/utc");
        QCOMPARE(m_sandbox.http()
                     .post(collections,
                           {{QStringLiteral("id"), QStringLiteral("utc")},
                            {QStringLiteral("timeZone"), QStringLiteral("Etc/UTC")}},
                           m_ana.key)
                     .status,
                 201);
        QCOMPARE(m_sandbox.http().del(utc, m_ana.key).status, 204);
        QCOMPARE(m_sandbox.http()
                     .post(collections, {{QStringLiteral("id"), QStringLiteral("w3")}}, m_readKey)
                     .status,
                 403);

        const auto row = [](const char *time, double temperature, double wind,
                            const char *station) {
            return QJsonObject{
                {QStringLiteral("collectionId"), QStringLiteral("weather")},
                {QStringLiteral("timestamp"), QLatin1String(time)},
                {QStringLiteral("values"), QJsonObject{{QStringLiteral("temperature"), temperature},
                                                       {QStringLiteral("wind"), wind}}},
                {QStringLiteral("tags"),
                 QJsonObject{{QStringLiteral("station"), QLatin1String(station)}}}};
        };
        QCOMPARE(m_sandbox.http()
                     .put(QStringLiteral("/devices/%1/event").arg(m_device.id),
                          {{QStringLiteral("eventType"), QStringLiteral("weather")},
                           {QStringLiteral("eventData"),
                            QJsonObject{{QStringLiteral("timeSeriesCollectionData"),
                                         QJsonArray{row("2026-12-01T10:00:00.000Z", 4, 10, "north"),
                                                    row("2026-12-01T10:00:30.000Z", 6, 20, "north"),
                                                    row("2026-12-01T11:00:00.000Z", 9, 30,
                                                        "south, by the lake")}}}}},
                          m_device.apiKey)
                     .status,
                 204);
        const QJsonObject one = get(collections + QStringLiteral("/weather")).object();
        QCOMPARE(one.value(QStringLiteral("valueNames")).toArray(),
                 (QJsonArray{QStringLiteral("temperature"), QStringLiteral("wind")}));
        QCOMPARE(one.value(QStringLiteral("tagNames")).toArray(),
                 QJsonArray{QStringLiteral("station")});
        QCOMPARE(get(collections).array().size(), 1);
        // An empty collection's range: both ends null.
        QCOMPARE(
            m_sandbox.http()
                .post(collections, {{QStringLiteral("id"), QStringLiteral("empty")}}, m_ana.key)
                .status,
            201);
        const QJsonObject none = get(collections + QStringLiteral("/empty/timeRange")).object();
        QVERIFY(none.value(QStringLiteral("begin")).isNull());
        QVERIFY(none.value(QStringLiteral("end")).isNull());
        QCOMPARE(m_sandbox.http().del(collections + QStringLiteral("/empty"), m_ana.key).status,
                 204);
        QCOMPARE(get(collections + QStringLiteral("/weather/timeRange"))
                     .object()
                     .value(QStringLiteral("end"))
                     .toString(),
                 QStringLiteral("2026-12-01T11:00:00.000Z"));

        const QJsonArray aggregated =
            get(collections + QStringLiteral("/weather/data?begin=2026-12-01T10:00:00.000Z&end="
                                             "2026-12-01T12:00:00.000Z&resolution=1hour&"
                                             "selectValues=wind,gusts,temperature"))
                .object()
                .value(QStringLiteral("data"))
                .toArray();
        // An unknown value name is a column of nulls, not an error.
        QCOMPARE(aggregated.at(0).toArray(),
                 (QJsonArray{QStringLiteral("2026-12-01T10:00:00.000Z"), 15, QJsonValue(), 5}));
        QCOMPARE(aggregated.at(1).toArray(),
                 (QJsonArray{QStringLiteral("2026-12-01T11:00:00.000Z"), 30, QJsonValue(), 9}));

        const QJsonObject raw =
            get(collections + QStringLiteral("/weather/data?ts=2026-12-01T12:00:00.000Z&limit=-1&"
                                             "selectValues=temperature&selectTags=station"))
                .object();
        QCOMPARE(raw.value(QStringLiteral("collectionId")).toString(), QStringLiteral("weather"));
        QCOMPARE(raw.value(QStringLiteral("data")).toArray().at(0).toArray(),
                 (QJsonArray{QStringLiteral("2026-12-01T11:00:00.000Z"), 9,
                             QStringLiteral("south, by the lake")}));

        QCOMPARE(m_sandbox.http()
                     .del(collections + QStringLiteral("/weather/data?begin=2026-12-01T10:00:00."
                                                       "000Z&end=2026-12-01T10:00:10.000Z"),
                          m_ana.key)
                     .status,
                 204);
        QCOMPARE(get(collections + QStringLiteral("/weather/timeRange"))
                     .object()
                     .value(QStringLiteral("begin"))
                     .toString(),
                 QStringLiteral("2026-12-01T10:00:30.000Z"));
        QCOMPARE(get(collections + QStringLiteral("/nothing")).status, 404);
        QCOMPARE(get(collections + QStringLiteral("/nothing/data?ts=2026-12-01T00:00:00Z&limit=1"))
                     .status,
                 404);
    }

    void exportsCsvAndZip()
    {
        const QString exportPath = tsdb(QStringLiteral("/export"));
        const QJsonObject one{{QStringLiteral("seriesIds"), QJsonArray{QStringLiteral("raw")}},
                              {QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
                              {QStringLiteral("end"), QStringLiteral("2026-12-01T00:00:03.000Z")}};
        const HttpResult ticket = m_sandbox.http().post(exportPath, one, m_ana.key);
        QCOMPARE(ticket.status, 200);
        const QUrl dataUrl(ticket.object().value(QStringLiteral("dataUrl")).toString());
        const QUrl statusUrl(ticket.object().value(QStringLiteral("statusUrl")).toString());
        QVERIFY(dataUrl.isValid() && statusUrl.isValid());
        QCOMPARE(dataUrl.port(), m_sandbox.url().port());
        // The URL is the key: fetched without one, as a signed storage URL is.
        QCOMPARE(m_sandbox.http().get(statusUrl.path()).object().value(QStringLiteral("status")),
                 QJsonValue(QStringLiteral("done")));
        const HttpResult csv = m_sandbox.http().get(dataUrl.path());
        QCOMPARE(csv.status, 200);
        QVERIFY(csv.contentType.startsWith("text/csv"));
        QCOMPARE(csv.body.split('\n').first().trimmed(), QByteArray("timestamp,value"));
        QCOMPARE(csv.body.count('\n'), 4);  // header + 3 points
        QVERIFY(csv.body.contains("2026-12-01T00:00:02.000Z,"));

        QJsonObject two = one;
        two.insert(QStringLiteral("collectionIds"), QJsonArray{QStringLiteral("weather")});
        two.insert(QStringLiteral("fileNames"),
                   QJsonArray{QStringLiteral("raw.csv"), QStringLiteral("weather.csv")});
        two.insert(QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00.000Z"));
        two.insert(QStringLiteral("includeHeader"), false);
        const QUrl zipUrl(m_sandbox.http()
                              .post(exportPath, two, m_readKey)
                              .object()
                              .value(QStringLiteral("dataUrl"))
                              .toString());
        const HttpResult zip = m_sandbox.http().get(zipUrl.path());
        QCOMPARE(zip.status, 200);
        QCOMPARE(zip.contentType, QByteArray("application/zip"));
        QVERIFY(zip.body.startsWith("PK\x03\x04"));
        QVERIFY(zip.body.contains("raw.csv"));
        QVERIFY(zip.body.contains("weather.csv"));
        QVERIFY(zip.body.contains("\"south, by the lake\""));  // quoted: it has a comma
        QVERIFY(!zip.body.contains("timestamp,"));

        const struct {
            QJsonObject body;
            const char *field;
        } invalid[] = {
            {{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
              {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00.000Z")}},
             "seriesIds"},
            {{{QStringLiteral("seriesIds"), QJsonArray{QStringLiteral("none")}},
              {QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
              {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00.000Z")}},
             "seriesIds"},
            {{{QStringLiteral("seriesIds"), QJsonArray{QStringLiteral("raw")}},
              {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00.000Z")}},
             "begin"},
            {{{QStringLiteral("seriesIds"), QJsonArray{QStringLiteral("raw")}},
              {QStringLiteral("fileNames"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")}},
              {QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
              {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00.000Z")}},
             "fileNames"},
            {{{QStringLiteral("seriesIds"), QJsonArray{QStringLiteral("raw")}},
              {QStringLiteral("fileNames"), QJsonArray{QStringLiteral("../x.csv")}},
              {QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00.000Z")},
              {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00.000Z")}},
             "fileNames"},
        };
        for (const auto &c : invalid) {
            const HttpResult result = m_sandbox.http().post(exportPath, c.body, m_ana.key);
            QCOMPARE(result.reason(), QStringLiteral("INVALID_INPUT"));
            QCOMPARE(result.object()
                         .value(QStringLiteral("data"))
                         .toObject()
                         .value(QStringLiteral("field"))
                         .toString(),
                     QLatin1String(c.field));
        }
        // Two files of one name; a series deleted after the export was asked for.
        QJsonObject twice = two;
        twice.insert(QStringLiteral("fileNames"),
                     QJsonArray{QStringLiteral("same.csv"), QStringLiteral("same.csv")});
        QCOMPARE(m_sandbox.http().post(exportPath, twice, m_ana.key).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            load(QStringLiteral("doomed"),
                 {{QStringLiteral("points"),
                   QJsonArray{QJsonValue(QJsonArray{QStringLiteral("2026-12-01T00:00:01Z"), 1})}}})
                .status,
            200);
        QJsonObject three = two;
        three.insert(QStringLiteral("seriesIds"),
                     QJsonArray{QStringLiteral("doomed"), QStringLiteral("raw")});
        three.insert(QStringLiteral("fileNames"),
                     QJsonArray{QStringLiteral("doomed.csv"), QStringLiteral("raw.csv"),
                                QStringLiteral("weather.csv")});
        const QUrl laterUrl(m_sandbox.http()
                                .post(exportPath, three, m_ana.key)
                                .object()
                                .value(QStringLiteral("dataUrl"))
                                .toString());
        QCOMPARE(m_sandbox.http().del(tsdb(QStringLiteral("/timeSeries/doomed")), m_ana.key).status,
                 204);
        const HttpResult later = m_sandbox.http().get(laterUrl.path());
        QCOMPARE(later.status, 200);
        QVERIFY(!later.body.contains("doomed.csv"));  // left out, and no name shifted onto another
        const qsizetype rawAt = later.body.indexOf("raw.csv");
        QVERIFY(rawAt > 0);
        QVERIFY(later.body.mid(rawAt, 200).contains("2026-12-01T00:00:00.000Z,"));
        QCOMPARE(m_sandbox.http().post(exportPath, one).status, 401);
        QCOMPARE(m_sandbox.http().post(exportPath, one, m_stranger.key).status, 404);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/sandbox/exports/guess/data")).status, 404);
        QCOMPARE(m_sandbox.http().get(QStringLiteral("/sandbox/exports/guess/status")).status, 404);
    }

    void zipEntriesCarryTheirChecksums()
    {
        Sandbox::ZipWriter zip;
        zip.add(QStringLiteral("a.csv"), "timestamp,value\r\n");
        const QByteArray archive = zip.finish();
        // The CRC of "123456789" is CBF43926 (the standard check value).
        QCOMPARE(Sandbox::ZipWriter::crc32("123456789"), 0xCBF43926u);
        const quint32 crc = Sandbox::ZipWriter::crc32("timestamp,value\r\n");
        QCOMPARE(qFromLittleEndian<quint32>(archive.constData() + 14), crc);  // local header
        // The end record: its signature, then one entry on this disk and in all.
        const char *end = archive.constData() + archive.size() - 22;
        QCOMPARE(qFromLittleEndian<quint32>(end), 0x06054b50u);
        QCOMPARE(qFromLittleEndian<quint16>(end + 8), quint16(1));
        QCOMPARE(qFromLittleEndian<quint16>(end + 10), quint16(1));
    }

    void adminRoutesSetUpModules()
    {
        const QString modules = QStringLiteral("/sandbox/homes/%1/smartModules").arg(m_home);
        const QString admin = m_sandbox.adminKey();
        const HttpResult created = m_sandbox.http().post(
            modules,
            {{QStringLiteral("id"), QStringLiteral("tsdb-status")},
             {QStringLiteral("moduleType"), QStringLiteral("tsdb")},
             {QStringLiteral("description"), QStringLiteral("Only status events")},
             {QStringLiteral("subscribedEvents"), QJsonArray{QStringLiteral("status")}}},
            admin);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.object().value(QStringLiteral("subscribedEvents")).toArray(),
                 QJsonArray{QStringLiteral("status")});
        QCOMPARE(m_sandbox.http()
                     .post(modules,
                           {{QStringLiteral("id"), QStringLiteral("tsdb-status")},
                            {QStringLiteral("moduleType"), QStringLiteral("tsdb")}},
                           admin)
                     .reason(),
                 QStringLiteral("MODULE_EXISTS"));
        QCOMPARE(m_sandbox.http()
                     .post(modules,
                           {{QStringLiteral("id"), QStringLiteral("X")},
                            {QStringLiteral("moduleType"), QStringLiteral("tsdb")}},
                           admin)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http()
                     .post(modules,
                           {{QStringLiteral("id"), QStringLiteral("abc")},
                            {QStringLiteral("moduleType"), QStringLiteral("tsdb")},
                            {QStringLiteral("subscribedEvents"), QJsonArray{}}},
                           admin)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http().post(modules, {}, QStringLiteral("wrong")).status, 401);
        QCOMPARE(m_sandbox.http().post(modules, {}).status, 401);
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/homes/999999/smartModules"),
                           {{QStringLiteral("id"), QStringLiteral("abc")},
                            {QStringLiteral("moduleType"), QStringLiteral("tsdb")}},
                           admin)
                     .status,
                 404);

        // It takes status events, not others; the default module takes both.
        const QString mine = QStringLiteral("/homes/%1/smartModules/tsdb-status").arg(m_home);
        QCOMPARE(sendPoints({point(QStringLiteral("only-other"),
                                   QStringLiteral("2026-12-01T00:00:00Z"), 1)},
                            QStringLiteral("other"))
                     .status,
                 204);
        QCOMPARE(sendPoints({point(QStringLiteral("only-status"),
                                   QStringLiteral("2026-12-01T00:00:00Z"), 1)},
                            QStringLiteral("status"))
                     .status,
                 204);
        QCOMPARE(get(mine + QStringLiteral("/timeSeries")).array().size(), 1);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/only-other"))).status, 200);
        QCOMPARE(get(tsdb(QStringLiteral("/timeSeries/only-status"))).status, 200);

        // Suspended, it takes nothing.
        QCOMPARE(m_sandbox.http()
                     .patch(modules + QStringLiteral("/tsdb-status"),
                            {{QStringLiteral("suspended"), true}}, admin)
                     .status,
                 204);
        QCOMPARE(
            sendPoints({point(QStringLiteral("later"), QStringLiteral("2026-12-01T00:00:00Z"), 1)},
                       QStringLiteral("status"))
                .status,
            204);
        QCOMPARE(get(mine + QStringLiteral("/timeSeries/later")).status, 404);
        QCOMPARE(get(mine).object().value(QStringLiteral("suspended")).toBool(), true);
        QCOMPARE(m_sandbox.http()
                     .patch(modules + QStringLiteral("/tsdb-status"),
                            {{QStringLiteral("suspended"), QStringLiteral("yes")}}, admin)
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(m_sandbox.http().patch(modules + QStringLiteral("/nope"), {}, admin).status, 404);

        // Removed, its data goes with it.
        QCOMPARE(m_sandbox.http().del(modules + QStringLiteral("/tsdb-status"), admin).status, 204);
        QCOMPARE(get(mine).status, 404);
        QCOMPARE(get(mine + QStringLiteral("/timeSeries")).status, 404);
        QCOMPARE(m_sandbox.http().del(modules + QStringLiteral("/tsdb-status"), admin).status, 404);
    }

    void bulkLoadRefusesWhatItCannotStore()
    {
        QCOMPARE(
            load(QStringLiteral("bad id"), {{QStringLiteral("points"), QJsonArray{}}}).reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(load(QStringLiteral("x"), {{QStringLiteral("points"), QJsonArray{}}}).reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(load(QStringLiteral("x"),
                      {{QStringLiteral("points"),
                        QJsonArray{QJsonValue(QJsonArray{QStringLiteral("then"), 1})}}})
                     .reason(),
                 QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            load(QStringLiteral("x"),
                 {{QStringLiteral("generate"),
                   QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00Z")},
                               {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00Z")},
                               {QStringLiteral("intervalSeconds"), 0}}}})
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            load(QStringLiteral("x"),
                 {{QStringLiteral("points"),
                   QJsonArray{QJsonValue(QJsonArray{QStringLiteral("1969-12-31T23:59:30Z"), 1})}}})
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(
            load(QStringLiteral("x"),
                 {{QStringLiteral("generate"),
                   QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00Z")},
                               {QStringLiteral("end"), QStringLiteral("2026-12-01T00:01:00Z")},
                               {QStringLiteral("periodSeconds"), 0.0001}}}})
                .reason(),
            QStringLiteral("INVALID_INPUT"));
        QCOMPARE(load(QStringLiteral("x"), {{QStringLiteral("points"), QJsonArray{}}}, m_home,
                      QStringLiteral("webhooks"))
                     .status,
                 404);
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(m_home),
                           {}, QStringLiteral("wrong"))
                     .status,
                 401);
    }

    void everythingSurvivesARestart()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("sandbox.db"));
        TestUser user;
        qint64 home = 0;
        {
            SandboxFixture first(AccountMode::Email, file);
            QVERIFY(first.start());
            user = first.signUp();
            home = first.createHome(user);
            QCOMPARE(
                first.http()
                    .post(QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(home),
                          {{QStringLiteral("seriesId"), QStringLiteral("kept")},
                           {QStringLiteral("generate"),
                            QJsonObject{
                                {QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00Z")},
                                {QStringLiteral("end"), QStringLiteral("2026-12-01T01:00:00Z")},
                                {QStringLiteral("intervalSeconds"), 1}}}},
                          first.adminKey())
                    .status,
                200);
            QCOMPARE(first.http()
                         .post(QStringLiteral("/homes/%1/smartModules/tsdb/collections").arg(home),
                               {{QStringLiteral("id"), QStringLiteral("kept-too")}}, user.key)
                         .status,
                     201);
        }
        SandboxFixture second(AccountMode::Email, file);
        QVERIFY(second.start());
        const QString base = QStringLiteral("/homes/%1/smartModules/tsdb").arg(home);
        QCOMPARE(rowsOf(second.http().get(
                     base + QStringLiteral("/timeSeries/kept/data?begin=2026-12-01T00:"
                                           "00:00Z&end=2026-12-01T01:00:00Z&"
                                           "resolution=1hour&aggregation=count"),
                     user.key)),
                 (Rows{{"2026-12-01T00:00:00.000Z", 3600}}));
        QCOMPARE(second.http().get(base + QStringLiteral("/collections/kept-too"), user.key).status,
                 200);
    }

    void theDemoHomeHasAWeekOfHistoryOnce()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("demo.db"));
        qint64 points = 0;
        for (int start = 0; start < 2; ++start) {
            SandboxFixture demo(AccountMode::Email, file, true);
            QVERIFY(demo.start());
            const qint64 home = demo.server().demoCredentials()->homeId;
            const QString series = Sandbox::DemoSimulator::seriesId(QStringLiteral("thermostat"), 1,
                                                                    QStringLiteral("temperature"));
            const QString data = QStringLiteral("/homes/%1/smartModules/tsdb/timeSeries/%2/data")
                                     .arg(home)
                                     .arg(series);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QString key = demo.createProjectKey({QStringLiteral("read")});
            const HttpResult week =
                demo.http().get(data + QStringLiteral("?begin=%1&end=%2&resolution=1month&"
                                                      "aggregation=count")
                                           .arg(Json::formatTime(now.addDays(-8)),
                                                Json::formatTime(now.addSecs(60))),
                                key);
            QCOMPARE(week.status, 200);
            qint64 counted = 0;
            for (const auto &row : rowsOf(week))
                counted += qint64(row.second);
            // A point a minute for 7 days, plus what the devices sent since.
            QVERIFY2(counted >= 7 * 24 * 60 && counted < 7 * 24 * 60 + 200,
                     qPrintable(QString::number(counted)));
            if (start == 0)
                points = counted;
            else
                QVERIFY(counted < points + 100);  // not back-filled twice
        }
    }
};

QTEST_GUILESS_MAIN(TestTsdb)
#include "tst_tsdb.moc"
