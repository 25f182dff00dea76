// ApiClient's TSDB calls against a real sandbox over loopback: each answers
// its typed result, each documented failure comes back as an ApiError with
// MODE's reason; the TSDB objects round-trip through their codec; bucket
// alignment and the automatic resolution follow tsdb.md.
#include "apiclient.h"
#include "awaitcall.h"
#include "sandboxfixture.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

QDateTime utc(const char *text)
{
    return Json::parseTime(QString::fromLatin1(text));
}

qint64 ms(const char *text)
{
    return utc(text).toMSecsSinceEpoch();
}

}  // namespace

class TestTsdbClient : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_ana;
    qint64 m_home = 0;
    std::unique_ptr<ApiClient> m_api;
    const QString m_module = QStringLiteral("tsdb");

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_ana = m_sandbox.signUp();
        m_home = m_sandbox.createHome(m_ana);
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox.server().baseUrl());
        m_api->setKey(m_ana.key);
        const HttpResult loaded = m_sandbox.http().post(
            QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(m_home),
            {{QStringLiteral("seriesId"), QStringLiteral("temp")},
             {QStringLiteral("generate"),
              QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00Z")},
                          {QStringLiteral("end"), QStringLiteral("2026-12-01T02:00:00Z")},
                          {QStringLiteral("intervalSeconds"), 10}}}},
            m_sandbox.adminKey());
        QCOMPARE(loaded.status, 200);
    }

    void bucketsAlignAsDocumented()
    {
        using Tsdb::Resolution;
        QCOMPARE(Tsdb::bucketStart(Resolution::Sec15, ms("2026-12-01T10:00:29.999Z")),
                 ms("2026-12-01T10:00:15.000Z"));
        QCOMPARE(Tsdb::bucketStart(Resolution::Week1, ms("2026-12-06T23:00:00.000Z")),
                 ms("2026-11-30T00:00:00.000Z"));  // a Sunday belongs to Monday's week
        QCOMPARE(Tsdb::bucketStart(Resolution::Month1, ms("2026-12-31T23:59:59.000Z")),
                 ms("2026-12-01T00:00:00.000Z"));
        QCOMPARE(Tsdb::nextBucket(Resolution::Month1, ms("2026-02-01T00:00:00.000Z")),
                 ms("2026-03-01T00:00:00.000Z"));
        QCOMPARE(Tsdb::bucketCount(Resolution::Hour1, ms("2026-12-01T00:30:00.000Z"),
                                   ms("2026-12-01T02:00:00.000Z")),
                 2);
        QCOMPARE(Tsdb::bucketCount(Resolution::Month1, ms("2026-01-15T00:00:00.000Z"),
                                   ms("2027-01-01T00:00:00.000Z")),
                 12);
        QCOMPARE(Tsdb::automaticResolution(14 * 60'000), Resolution::Sec5);
        QCOMPARE(Tsdb::automaticResolution(30 * 86'400'000LL), Resolution::Day1);
        for (Resolution r : Tsdb::resolutions())
            QCOMPARE(Tsdb::resolutionNamed(Tsdb::name(r)), std::optional(r));
        QVERIFY(Tsdb::isValidSeriesId(QStringLiteral("a-b_c:9")));
        QVERIFY(!Tsdb::isValidSeriesId(QStringLiteral("a--b")));
        QVERIFY(!Tsdb::isValidSeriesId(QStringLiteral("-a")));
        QVERIFY(!Tsdb::isValidSeriesId(QString(129, QLatin1Char('a'))));
    }

    void objectsRoundTrip()
    {
        const TimeSeriesCollection collection{
            QStringLiteral("c"),    7,
            QStringLiteral("tsdb"), QStringLiteral("Europe/Berlin"),
            {QStringLiteral("v")},  {QStringLiteral("t")}};
        QCOMPARE(*Json::decode<TimeSeriesCollection>(Json::encode(collection)).value, collection);
        SeriesData data{QStringLiteral("s"),         utc("2026-12-01T00:00:00Z"),
                        utc("2026-12-02T00:00:00Z"), QStringLiteral("avg"),
                        QStringLiteral("1hour"),     {{ms("2026-12-01T00:00:00Z"), 1.5}}};
        const auto decoded = Json::decode<SeriesData>(Json::encode(data));
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value->data, data.data);
        QCOMPARE(decoded.value->resolution, QStringLiteral("1hour"));
        const CollectionRawData rows{
            QStringLiteral("c"),
            utc("2026-12-01T00:00:00Z"),
            -1,
            {{ms("2026-12-01T00:00:00Z"), {1.0, std::nullopt}, {QStringLiteral("north")}}}};
        QCOMPARE(Json::decode<CollectionRawData>(Json::encode(rows)).value->data, rows.data);
        // A malformed answer names what is wrong.
        const auto bad = Json::decode<SeriesData>(
            QJsonObject{{QStringLiteral("data"),
                         QJsonArray{QJsonValue(QJsonArray{QStringLiteral("noon"), 1})}}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(QLatin1String("data[0]")), qPrintable(bad.error));
    }

    void seriesCalls()
    {
        const auto list = await(m_api->getTimeSeriesList(m_home, m_module));
        QVERIFY(list.ok());
        QCOMPARE(list.value->size(), 1);
        QCOMPARE(list.value->first().id, QStringLiteral("temp"));
        QCOMPARE(
            await(m_api->getTimeSeries(m_home, m_module, QStringLiteral("temp"))).value->timeZone,
            QStringLiteral("UTC"));
        const auto range =
            await(m_api->getTimeSeriesRange(m_home, m_module, QStringLiteral("temp")));
        QCOMPARE(range.value->begin, utc("2026-12-01T00:00:00Z"));
        QCOMPARE(range.value->end, utc("2026-12-01T01:59:50Z"));

        const auto hourly = await(m_api->getTimeSeriesData(
            m_home, m_module, QStringLiteral("temp"), utc("2026-12-01T00:00:00Z"),
            utc("2026-12-01T02:00:00Z"), Tsdb::Aggregation::Count, Tsdb::Resolution::Hour1));
        QVERIFY(hourly.ok());
        QCOMPARE(hourly.value->data.size(), 2);
        QCOMPARE(hourly.value->data.first().value, 360.0);
        const auto automatic = await(
            m_api->getTimeSeriesData(m_home, m_module, QStringLiteral("temp"),
                                     utc("2026-12-01T00:00:00Z"), utc("2026-12-01T02:00:00Z")));
        QCOMPARE(automatic.value->resolution, QStringLiteral("1min"));
        QCOMPARE(automatic.value->data.size(), 120);

        const auto back = await(m_api->getRawTimeSeriesData(
            m_home, m_module, QStringLiteral("temp"), utc("2026-12-01T01:00:00Z"), -3));
        QVERIFY(back.ok());
        QCOMPARE(back.value->limit, -3);
        QCOMPARE(back.value->data.last().ms, ms("2026-12-01T00:59:50Z"));

        QVERIFY(await(m_api->deleteTimeSeriesData(m_home, m_module, QStringLiteral("temp"),
                                                  utc("2026-12-01T01:00:00Z"),
                                                  utc("2026-12-01T02:00:00Z")))
                    .ok());
        QCOMPARE(
            await(m_api->getTimeSeriesRange(m_home, m_module, QStringLiteral("temp"))).value->end,
            utc("2026-12-01T00:59:50Z"));

        // Failures, typed.
        const auto missing = await(m_api->getTimeSeries(m_home, m_module, QStringLiteral("none")));
        QCOMPARE(missing.status(), 404);
        QCOMPARE(missing.reason(), QStringLiteral("NOT_FOUND"));
        const auto tooFine = await(m_api->getTimeSeriesData(
            m_home, m_module, QStringLiteral("temp"), utc("2026-11-01T00:00:00Z"),
            utc("2026-12-01T00:00:00Z"), Tsdb::Aggregation::Avg, Tsdb::Resolution::Sec5));
        QCOMPARE(tooFine.status(), 403);
        QCOMPARE(tooFine.reason(), QStringLiteral("INVALID_INPUT"));
        QCOMPARE(await(m_api->getTimeSeriesList(m_home, QStringLiteral("webhooks"))).status(), 404);
        ApiClient stranger;
        stranger.setBaseUrl(m_sandbox.server().baseUrl());
        stranger.setKey(m_sandbox.signUp().key);
        QCOMPARE(await(stranger.getTimeSeriesList(m_home, m_module)).status(), 404);
        ApiClient nobody;
        nobody.setBaseUrl(m_sandbox.server().baseUrl());
        QCOMPARE(await(nobody.getTimeSeriesList(m_home, m_module)).status(), 401);

        QVERIFY(await(m_api->deleteTimeSeries(m_home, m_module, QStringLiteral("temp"))).ok());
        QCOMPARE(await(m_api->deleteTimeSeries(m_home, m_module, QStringLiteral("temp"))).status(),
                 404);
    }

    void collectionCalls()
    {
        const auto created = await(m_api->createCollection(m_home, m_module, QStringLiteral("air"),
                                                           QStringLiteral("Asia/Tokyo")));
        QVERIFY(created.ok());
        QCOMPARE(created.value->timeZone, QStringLiteral("Asia/Tokyo"));
        QCOMPARE(await(m_api->createCollection(m_home, m_module, QStringLiteral("air"))).reason(),
                 QStringLiteral("COLLECTION_EXISTS"));
        const TestDevice device = m_sandbox.addDeviceToHome(m_home, m_ana);
        const QJsonObject row{{QStringLiteral("collectionId"), QStringLiteral("air")},
                              {QStringLiteral("timestamp"), QStringLiteral("2026-12-01T08:00:00Z")},
                              {QStringLiteral("values"), QJsonObject{{QStringLiteral("pm25"), 12}}},
                              {QStringLiteral("tags"),
                               QJsonObject{{QStringLiteral("room"), QStringLiteral("kitchen")}}}};
        QCOMPARE(
            m_sandbox.http()
                .put(QStringLiteral("/devices/%1/event").arg(device.id),
                     {{QStringLiteral("eventType"), QStringLiteral("air")},
                      {QStringLiteral("eventData"),
                       QJsonObject{{QStringLiteral("timeSeriesCollectionData"), QJsonArray{row}}}}},
                     device.apiKey)
                .status,
            204);
        QCOMPARE(await(m_api->getCollections(m_home, m_module)).value->size(), 1);
        QCOMPARE(
            await(m_api->getCollection(m_home, m_module, QStringLiteral("air"))).value->valueNames,
            QStringList{QStringLiteral("pm25")});
        QCOMPARE(
            await(m_api->getCollectionRange(m_home, m_module, QStringLiteral("air"))).value->begin,
            utc("2026-12-01T08:00:00Z"));
        const auto aggregated = await(m_api->getCollectionData(
            m_home, m_module, QStringLiteral("air"), utc("2026-12-01T00:00:00Z"),
            utc("2026-12-02T00:00:00Z"), {QStringLiteral("pm25"), QStringLiteral("co2")}));
        QVERIFY(aggregated.ok());
        QCOMPARE(aggregated.value->data.first().values,
                 (QList<std::optional<double>>{12.0, std::nullopt}));
        const auto raw = await(m_api->getRawCollectionData(m_home, m_module, QStringLiteral("air"),
                                                           utc("2026-12-01T00:00:00Z"), 5));
        QCOMPARE(raw.value->data.first().tags, QStringList{QStringLiteral("kitchen")});
        QVERIFY(await(m_api->deleteCollectionData(m_home, m_module, QStringLiteral("air"),
                                                  utc("2026-12-01T00:00:00Z"),
                                                  utc("2026-12-02T00:00:00Z")))
                    .ok());
        QVERIFY(!await(m_api->getCollectionRange(m_home, m_module, QStringLiteral("air")))
                     .value->begin.isValid());
        QVERIFY(await(m_api->deleteCollection(m_home, m_module, QStringLiteral("air"))).ok());
        QCOMPARE(await(m_api->getCollection(m_home, m_module, QStringLiteral("air"))).status(),
                 404);
    }

    void exportDownloadsWithProgress()
    {
        const HttpResult loaded = m_sandbox.http().post(
            QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(m_home),
            {{QStringLiteral("seriesId"), QStringLiteral("big")},
             {QStringLiteral("generate"),
              QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-12-01T00:00:00Z")},
                          {QStringLiteral("end"), QStringLiteral("2026-12-02T00:00:00Z")},
                          {QStringLiteral("intervalSeconds"), 1}}}},
            m_sandbox.adminKey());
        QCOMPARE(loaded.status, 200);
        ExportRequest request;
        request.seriesIds = {QStringLiteral("big")};
        request.begin = utc("2026-12-01T00:00:00Z");
        request.end = utc("2026-12-02T00:00:00Z");
        const auto ticket = await(m_api->startExport(m_home, m_module, request));
        QVERIFY(ticket.ok());
        // Streamed into the file as it arrives, never held whole.
        QBuffer file;
        QVERIFY(file.open(QIODevice::WriteOnly));
        auto *download = m_api->downloadExport(QUrl(ticket.value->dataUrl), &file);
        qint64 lastReceived = 0;
        int reports = 0;
        connect(download, &ApiCallBase::progress, this, [&](qint64 received, qint64) {
            lastReceived = received;
            ++reports;
        });
        QVERIFY(await(download).ok());
        QCOMPARE(file.data().count('\n'), 86'400 + 1);
        QVERIFY(reports > 0);
        QCOMPARE(lastReceived, file.data().size());

        request.seriesIds = {QStringLiteral("nothing")};
        const auto refused = await(m_api->startExport(m_home, m_module, request));
        QCOMPARE(refused.reason(), QStringLiteral("INVALID_INPUT"));
        QBuffer none;
        QVERIFY(none.open(QIODevice::WriteOnly));
        QCOMPARE(await(m_api->downloadExport(
                           m_sandbox.url(QStringLiteral("/sandbox/exports/x/data")), &none))
                     .status(),
                 404);
        QVERIFY(none.data().isEmpty());  // an error's body is not the file
    }
};

QTEST_GUILESS_MAIN(TestTsdbClient)
#include "tst_tsdbclient.moc"
