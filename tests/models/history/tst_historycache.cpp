// HistoryCache against a real sandbox: the resolution a plot needs, chunks
// fetched once and joined into min/mean/max buckets that match the server's
// own aggregates, a burst of wishes fetched once, coarser buckets shown while
// finer ones come, another source starting afresh, and a failure said plainly.
#include "apiclient.h"
#include "historycache.h"
#include "sandboxfixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
constexpr qint64 Day = 86'400'000;
}

class TestHistoryCache : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    TestUser m_user;
    qint64 m_home = 0;
    qint64 m_end = 0;
    std::unique_ptr<ApiClient> m_api;

private slots:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start());
        m_user = m_sandbox.signUp();
        m_home = m_sandbox.createHome(m_user);
        m_end = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const HttpResult loaded = m_sandbox.http().post(
            QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(m_home),
            {{QStringLiteral("seriesId"), QStringLiteral("t")},
             {QStringLiteral("generate"),
              QJsonObject{{QStringLiteral("begin"), QStringLiteral("2026-11-01T00:00:00Z")},
                          {QStringLiteral("end"), QStringLiteral("2026-12-01T00:00:00Z")},
                          {QStringLiteral("intervalSeconds"), 60},
                          {QStringLiteral("noise"), 1}}}},
            m_sandbox.adminKey());
        QCOMPARE(loaded.status, 200);
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox.server().baseUrl());
        m_api->setKey(m_user.key);
    }

    void picksTheResolutionAPlotNeeds()
    {
        using Tsdb::Resolution;
        QCOMPARE(HistoryCache::resolutionFor(30 * Day, 1000), Resolution::Hour1);
        QCOMPARE(HistoryCache::resolutionFor(Day, 650), Resolution::Min10);
        QCOMPARE(HistoryCache::resolutionFor(3'600'000, 1000), Resolution::Sec5);
        QCOMPARE(HistoryCache::resolutionFor(3650 * Day, 1000), Resolution::Week1);
    }

    void fetchesOnceAndMatchesTheServer()
    {
        HistoryCache cache(m_api.get());
        cache.setSource(m_home, QStringLiteral("tsdb"));
        QSignalSpy changed(&cache, &HistoryCache::changed);
        cache.want(QStringLiteral("t"), m_end - 30 * Day, m_end, 1000);
        QTRY_VERIFY(!changed.isEmpty() && !cache.isFetching());
        const QList<HistoryBucket> buckets =
            cache.buckets(QStringLiteral("t"), m_end - 30 * Day, m_end, 1000);
        QCOMPARE(buckets.size(), 30 * 24);
        // Each bucket is the server's own avg, min and max of that hour.
        const HttpResult max = m_sandbox.http().get(
            QStringLiteral("/homes/%1/smartModules/tsdb/timeSeries/t/data?begin=2026-11-10T05:00:"
                           "00Z&end=2026-11-10T06:00:00Z&resolution=1hour&aggregation=max")
                .arg(m_home),
            m_user.key);
        const double serverMax =
            max.object().value(QStringLiteral("data")).toArray().at(0).toArray().at(1).toDouble();
        const qint64 at =
            QDateTime(QDate(2026, 11, 10), QTime(5, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        const auto bucket = std::find_if(buckets.begin(), buckets.end(),
                                         [at](const HistoryBucket &b) { return b.ms == at; });
        QVERIFY(bucket != buckets.end());
        QCOMPARE(bucket->high, serverMax);
        QVERIFY(bucket->low <= bucket->mean && bucket->mean <= bucket->high);

        // The same view again: nothing more is asked.
        const int fetches = cache.fetchesStarted();
        cache.want(QStringLiteral("t"), m_end - 30 * Day, m_end, 1000);
        QTest::qWait(200);
        QCOMPARE(cache.fetchesStarted(), fetches);
        QVERIFY(cache.cachedBuckets() >= 720);
    }

    void aBurstOfWishesIsFetchedOnce()
    {
        HistoryCache cache(m_api.get());
        cache.setSource(m_home, QStringLiteral("tsdb"));
        // A wheel burst: twenty views in quick succession, each wider.
        for (int step = 1; step <= 20; ++step)
            cache.want(QStringLiteral("t"), m_end - step * Day, m_end, 1000);
        QTRY_VERIFY(cache.fetchesStarted() > 0 && !cache.isFetching());
        // Only the last view's chunks were asked for (a 20-day view at 1 hour: 1 or 2 chunks).
        QVERIFY2(cache.fetchesStarted() <= 2, qPrintable(QString::number(cache.fetchesStarted())));
        QVERIFY(!cache.buckets(QStringLiteral("t"), m_end - 20 * Day, m_end, 1000).isEmpty());
    }

    void coarserBucketsShowWhileFinerOnesCome()
    {
        HistoryCache cache(m_api.get());
        cache.setSource(m_home, QStringLiteral("tsdb"));
        cache.want(QStringLiteral("t"), m_end - 30 * Day, m_end, 1000);
        QTRY_VERIFY(cache.fetchesStarted() > 0 && !cache.isFetching());
        // Zoomed into one hour: before the 5 s buckets come, the hour's bucket stands in.
        const qint64 from = m_end - 10 * Day, to = from + 3'600'000;
        cache.want(QStringLiteral("t"), from, to, 1000);
        const QList<HistoryBucket> meanwhile = cache.buckets(QStringLiteral("t"), from, to, 1000);
        QCOMPARE(meanwhile.size(), 1);
        QTRY_VERIFY(cache.buckets(QStringLiteral("t"), from, to, 1000).size() == 60);
    }

    void weeksReachTheEndOfTheView()
    {
        // Ten years at a week a bucket: chunks start on Mondays, the last one must still come.
        HistoryCache cache(m_api.get());
        cache.setSource(m_home, QStringLiteral("tsdb"));
        const qint64 from = m_end - 3650 * Day;
        QCOMPARE(HistoryCache::resolutionFor(m_end - from, 1000), Tsdb::Resolution::Week1);
        cache.want(QStringLiteral("t"), from, m_end, 1000);
        QTRY_VERIFY(cache.fetchesStarted() > 0 && !cache.isFetching());
        const QList<HistoryBucket> weeks = cache.buckets(QStringLiteral("t"), from, m_end, 1000);
        QVERIFY(!weeks.isEmpty());
        QVERIFY(weeks.last().endMs >= m_end - Day);  // the month's last week is there
        QCOMPARE(weeks.last().endMs - weeks.last().ms, 7 * Day);
    }

    void anotherSourceStartsAfresh()
    {
        HistoryCache cache(m_api.get());
        cache.setSource(m_home, QStringLiteral("tsdb"));
        cache.want(QStringLiteral("t"), m_end - Day, m_end, 1000);
        QTRY_VERIFY(cache.fetchesStarted() > 0 && !cache.isFetching());
        QVERIFY(cache.cachedBuckets() > 0);
        const qint64 other = m_sandbox.createHome(m_user, QStringLiteral("Other"));
        cache.setSource(other, QStringLiteral("tsdb"));
        QCOMPARE(cache.cachedBuckets(), 0);
        QVERIFY(cache.buckets(QStringLiteral("t"), m_end - Day, m_end, 1000).isEmpty());
        // The other home has no such series: said so, in plain words.
        QSignalSpy failed(&cache, &HistoryCache::failed);
        QTRY_VERIFY(!failed.isEmpty());
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("t"));
        QVERIFY(!failed.first().at(1).toString().isEmpty());
        // ... and not asked again at every redraw: it waits before the next try.
        QTRY_VERIFY(!cache.isFetching());
        const int fetches = cache.fetchesStarted();
        for (int redraw = 0; redraw < 10; ++redraw) {
            cache.want(QStringLiteral("t"), m_end - Day, m_end, 1000);
            QTest::qWait(100);
        }
        QCOMPARE(cache.fetchesStarted(), fetches);
    }
};

QTEST_GUILESS_MAIN(TestHistoryCache)
#include "tst_historycache.moc"
