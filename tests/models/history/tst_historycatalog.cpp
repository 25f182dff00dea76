// HistoryCatalog against a real sandbox: it finds the home's TSDB module (or
// says there is none), lists series and collections with their ranges, adds
// series that live events name, deletes series and ranges, exports to a file
// with progress, and drops the answers of a home that is no longer shown.
#include "apiclient.h"
#include "eventstream.h"
#include "historycatalog.h"
#include "homecontroller.h"
#include "modelroles.h"
#include "sandboxfixture.h"
#include "shownhome.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

QDateTime utc(const char *text)
{
    return Json::parseTime(QString::fromLatin1(text));
}

}  // namespace

class TestHistoryCatalog : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_user;
    qint64 m_home = 0;
    qint64 m_bare = 0;  // a home without a TSDB module
    TestDevice m_device;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ShownHome> m_shown;
    HomeController *m_controller = nullptr;
    std::unique_ptr<HistoryCatalog> m_catalog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void load(qint64 home, const QString &series, const char *begin, const char *end)
    {
        const HttpResult result = m_sandbox.http().post(
            QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(home),
            {{QStringLiteral("seriesId"), series},
             {QStringLiteral("generate"),
              QJsonObject{{QStringLiteral("begin"), QLatin1String(begin)},
                          {QStringLiteral("end"), QLatin1String(end)},
                          {QStringLiteral("intervalSeconds"), 60}}}},
            m_sandbox.adminKey());
        QCOMPARE(result.status, 200);
    }

    int rowOf(const QString &id) const
    {
        return m_catalog->items()->rowOf(HistoryItem::keyOf(HistoryItem::Kind::Series, id));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_user = m_sandbox.signUp();
        m_home = m_sandbox.createHome(m_user, QStringLiteral("With history"));
        m_bare = m_sandbox.createHome(m_user, QStringLiteral("Without"));
        m_device = m_sandbox.addDeviceToHome(m_home, m_user);
        QCOMPARE(m_sandbox.http()
                     .del(QStringLiteral("/sandbox/homes/%1/smartModules/tsdb").arg(m_bare),
                          m_sandbox.adminKey())
                     .status,
                 204);
        load(m_home, QStringLiteral("kitchen-temperature"), "2026-12-01T00:00:00Z",
             "2026-12-01T06:00:00Z");
        load(m_home, QStringLiteral("kitchen-humidity"), "2026-12-01T02:00:00Z",
             "2026-12-01T03:00:00Z");
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/homes/%1/smartModules/tsdb/collections").arg(m_home),
                           {{QStringLiteral("id"), QStringLiteral("air")}}, m_user.key)
                     .status,
                 201);
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox.server().baseUrl());
        m_api->setKey(m_user.key);
        m_shown = std::make_unique<ShownHome>(m_api.get());
        QVERIFY(m_shown->loadHomes(m_api.get(), m_user.id));
        m_controller = &m_shown->controller;
        m_catalog = std::make_unique<HistoryCatalog>(m_api.get(), m_controller);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_catalog->items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void listsSeriesAndCollectionsWithRanges()
    {
        QCOMPARE(m_catalog->status(), HistoryCatalog::Status::NoHome);
        QSignalSpy statuses(m_catalog.get(), &HistoryCatalog::statusChanged);
        m_controller->setHome(m_home);
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::Ready);
        QCOMPARE(m_catalog->moduleId(), QStringLiteral("tsdb"));
        // Never "no module" on the way there: only loading, then ready.
        for (const QList<QVariant> &change : std::as_const(statuses))
            QVERIFY(change.at(0).value<HistoryCatalog::Status>() !=
                    HistoryCatalog::Status::NoModule);
        QCOMPARE(m_catalog->items()->rowCount(), 3);
        const int row = rowOf(QStringLiteral("kitchen-temperature"));
        QVERIFY(row >= 0);
        QTRY_VERIFY(m_catalog->items()->record(row).last.isValid());
        QCOMPARE(m_catalog->items()->record(row).first, utc("2026-12-01T00:00:00Z"));
        QCOMPARE(m_catalog->items()->record(row).last, utc("2026-12-01T05:59:00Z"));
        QCOMPARE(m_catalog->items()->index(row, HistoryItemsModel::KindColumn).data().toString(),
                 QStringLiteral("Series"));
        const int air = m_catalog->items()->rowOf(
            HistoryItem::keyOf(HistoryItem::Kind::Collection, QStringLiteral("air")));
        QVERIFY(air >= 0);
        QVERIFY(!m_catalog->items()->record(air).last.isValid());  // no points yet
    }

    void liveEventsAddSeriesAndMoveTheirEnd()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Event event;
        event.homeId = m_home;
        event.eventType = QStringLiteral("realtimeData");
        event.eventData = QJsonObject{
            {QStringLiteral("timeSeriesData"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("seriesId"), QStringLiteral("garage-door")},
                             {QStringLiteral("timestamp"), Json::formatTime(now)},
                             {QStringLiteral("value"), 1}},
                 QJsonObject{{QStringLiteral("seriesId"), QStringLiteral("kitchen-temperature")},
                             {QStringLiteral("timestamp"), Json::formatTime(now)},
                             {QStringLiteral("value"), 21}},
                 QJsonObject{{QStringLiteral("seriesId"), QStringLiteral("not valid!")},
                             {QStringLiteral("timestamp"), Json::formatTime(now)},
                             {QStringLiteral("value"), 1}}}}};
        m_catalog->applyEvents({event});
        QVERIFY(rowOf(QStringLiteral("garage-door")) >= 0);
        QCOMPARE(m_catalog->items()->rowCount(), 4);
        QCOMPARE(m_catalog->items()
                     ->record(rowOf(QStringLiteral("kitchen-temperature")))
                     .last.toMSecsSinceEpoch(),
                 now.toMSecsSinceEpoch());
        // A refresh merges: the live series is gone (the server never stored it), the rest stay.
        m_catalog->refresh();
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::Ready);
        QTRY_COMPARE(m_catalog->items()->rowCount(), 3);
    }

    void deletesRangesAndSeries()
    {
        const QString key =
            HistoryItem::keyOf(HistoryItem::Kind::Series, QStringLiteral("kitchen-temperature"));
        // The chart knows the series' buckets; after the delete it must not draw them.
        HistoryCache *cache = m_catalog->cache();
        const QString id = QStringLiteral("kitchen-temperature");
        const qint64 t0 = utc("2026-12-01T00:00:00Z").toMSecsSinceEpoch();
        const qint64 hour = 3'600'000;
        cache->want(id, t0, t0 + 6 * hour, 360);
        QTRY_VERIFY(cache->fetchesStarted() > 0 && !cache->isFetching());
        QCOMPARE(cache->buckets(id, t0 + 4 * hour, t0 + 6 * hour, 120).size(), 120);
        QSignalSpy done(
            m_catalog->deleteRange(key, utc("2026-12-01T03:00:00Z"), utc("2026-12-02T00:00:00Z")),
            &ApiCallBase::succeeded);
        QTRY_COMPARE(done.size(), 1);
        QTRY_COMPARE(m_catalog->items()->record(rowOf(QStringLiteral("kitchen-temperature"))).last,
                     utc("2026-12-01T02:59:00Z"));
        cache->want(id, t0 + 1, t0 + 6 * hour, 360);  // the chart draws again
        QTRY_VERIFY(!cache->isFetching() &&
                    cache->buckets(id, t0, t0 + 3 * hour, 180).size() == 180);
        QVERIFY(cache->buckets(id, t0 + 4 * hour, t0 + 6 * hour, 120).isEmpty());

        QSignalSpy gone(m_catalog->deleteItem(HistoryItem::keyOf(
                            HistoryItem::Kind::Series, QStringLiteral("kitchen-humidity"))),
                        &ApiCallBase::succeeded);
        QTRY_COMPARE(gone.size(), 1);
        QCOMPARE(rowOf(QStringLiteral("kitchen-humidity")), -1);
        QCOMPARE(m_sandbox.http()
                     .get(QStringLiteral("/homes/%1/smartModules/tsdb/timeSeries/kitchen-humidity")
                              .arg(m_home),
                          m_user.key)
                     .status,
                 404);
    }

    void exportsToAFileWithProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kitchen.csv"));
        HistoryExport *job = m_catalog->exportToFile(
            {HistoryItem::keyOf(HistoryItem::Kind::Series, QStringLiteral("kitchen-temperature"))},
            utc("2026-12-01T00:00:00Z"), utc("2026-12-01T01:00:00Z"), path);
        QSignalSpy progress(job, &HistoryExport::progress);
        QSignalSpy finished(job, &HistoryExport::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("timestamp,value"));
        QCOMPARE(csv.count('\n'), 61);

        // Two items make a ZIP.
        const QString zipPath = dir.filePath(QStringLiteral("both.zip"));
        job = m_catalog->exportToFile(
            {HistoryItem::keyOf(HistoryItem::Kind::Series, QStringLiteral("kitchen-temperature")),
             HistoryItem::keyOf(HistoryItem::Kind::Collection, QStringLiteral("air"))},
            utc("2026-12-01T00:00:00Z"), utc("2026-12-01T01:00:00Z"), zipPath);
        QSignalSpy zipped(job, &HistoryExport::finished);
        QTRY_COMPARE(zipped.size(), 1);
        QVERIFY(zipped.first().at(0).toBool());
        QFile zip(zipPath);
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QVERIFY(zip.readAll().startsWith("PK"));

        // A folder that does not exist: a clear failure, no file.
        const QString nowhere = dir.filePath(QStringLiteral("missing/kitchen.csv"));
        job = m_catalog->exportToFile(
            {HistoryItem::keyOf(HistoryItem::Kind::Series, QStringLiteral("kitchen-temperature"))},
            utc("2026-12-01T00:00:00Z"), utc("2026-12-01T01:00:00Z"), nowhere);
        QSignalSpy refused(job, &HistoryExport::finished);
        QTRY_COMPARE(refused.size(), 1);
        QVERIFY(!refused.first().at(0).toBool());
        QVERIFY(refused.first().at(1).toString().contains(QLatin1String("Could not write")));
        QVERIFY(!QFile::exists(nowhere));

        // Nothing picked: said so, nothing asked of the server.
        job = m_catalog->exportToFile({}, utc("2026-12-01T00:00:00Z"), utc("2026-12-01T01:00:00Z"),
                                      path);
        QSignalSpy empty(job, &HistoryExport::finished);
        QTRY_COMPARE(empty.size(), 1);
        QVERIFY(!empty.first().at(0).toBool());
    }

    void aHomeWithoutTheModuleSaysSo()
    {
        m_controller->setHome(m_bare);
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::NoModule);
        QCOMPARE(m_catalog->items()->rowCount(), 0);
        QVERIFY(m_catalog->moduleId().isEmpty());
        // Back again: the list comes back.
        m_controller->setHome(m_home);
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::Ready);
        QVERIFY(m_catalog->items()->rowCount() >= 2);
        m_controller->setHome(0);
        QCOMPARE(m_catalog->status(), HistoryCatalog::Status::NoHome);
        QCOMPARE(m_catalog->items()->rowCount(), 0);
    }

    void answersForAnEarlierHomeAreDropped()
    {
        m_controller->setHome(m_home);
        m_controller->setHome(m_bare);  // before the first home's lists come
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::NoModule);
        QTest::qWait(200);
        QCOMPARE(m_catalog->items()->rowCount(), 0);
    }

    void aFailedListIsReportedInPlainWords()
    {
        m_controller->setHome(m_home);
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::Ready);
        QCOMPARE(m_sandbox.http()
                     .post(QStringLiteral("/sandbox/faults"),
                           {{QStringLiteral("path"),
                             QStringLiteral("/homes/%1/smartModules/tsdb/timeSeries").arg(m_home)},
                            {QStringLiteral("status"), 500},
                            // More than the list needs: the first load's range reads (the
                            // same path's) may still be on their way and take some.
                            {QStringLiteral("count"), 50}},
                           m_sandbox.adminKey())
                     .status,
                 204);
        m_catalog->refresh();
        QTRY_COMPARE(m_catalog->status(), HistoryCatalog::Status::Failed);
        QVERIFY(!m_catalog->errorText().isEmpty());
        QVERIFY(m_catalog->items()->rowCount() >= 2);  // what was known stays shown
        m_sandbox.http().del(QStringLiteral("/sandbox/faults"), m_sandbox.adminKey());
    }
};

QTEST_GUILESS_MAIN(TestHistoryCatalog)
#include "tst_historycatalog.moc"
