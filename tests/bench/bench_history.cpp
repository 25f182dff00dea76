// The chart's history at the size the issue names: a 30-day, one-second
// series (2.6 M points) in the in-process sandbox; the chart shows its last
// hour, then the wheel zooms out to 30 days (30 notches, one per frame). The
// figure is the time from the last wheel event until the chart has redrawn
// with the month's buckets: the pause, the fetch and the paint.
#include "apiclient.h"
#include "benchutil.h"
#include "chartdata.h"
#include "chartlinesitem.h"
#include "historycache.h"
#include "jsoncodec.h"
#include "livechartview.h"
#include "sandboxfixture.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QWheelEvent>
#include <algorithm>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

constexpr qint64 DayMs = 86'400'000;

QString iso(qint64 ms)
{
    return Json::formatTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

}  // namespace

int main(int argc, char **argv)
{
    Bench::preferOffscreen();
    QApplication app(argc, argv);
    QTemporaryDir dir;
    SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("bench.db")));
    if (!dir.isValid() || !sandbox.start())
        return 1;
    const TestUser user = sandbox.signUp();
    const qint64 home = sandbox.createHome(user);
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const HttpResult loaded = sandbox.http().post(
        QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(home),
        {{QStringLiteral("seriesId"), QStringLiteral("bench")},
         {QStringLiteral("generate"), QJsonObject{{QStringLiteral("begin"), iso(end - 30 * DayMs)},
                                                  {QStringLiteral("end"), iso(end)},
                                                  {QStringLiteral("intervalSeconds"), 1},
                                                  {QStringLiteral("noise"), 0.5}}}},
        sandbox.adminKey());
    if (loaded.status != 200)
        return 1;

    ApiClient api;
    api.setBaseUrl(sandbox.server().baseUrl());
    api.setKey(user.key);
    ChartData data;
    data.addSeries(SeriesSpec::history(QStringLiteral("bench"), QStringLiteral("bench")));
    LiveChartView view(&data);
    view.resize(1280, 720);
    view.show();
    QWidget *viewport = view.findChild<QChartView *>()->viewport();

    double worst = 0, total = 0;
    int fetches = 0;
    constexpr int Trials = 3;
    for (int trial = 0; trial < Trials; ++trial) {
        HistoryCache cache(&api);  // cold each time: nothing of the month is known
        cache.setSource(home, QStringLiteral("tsdb"));
        view.setHistory(&cache);
        view.showRange(end - 3'600'000, end);
        view.redraw();
        if (!Bench::runUntil([&] { return cache.fetchesStarted() > 0 && !cache.isFetching(); },
                             10000))
            return 1;
        QTest::qWait(100);
        const int before = cache.fetchesStarted();

        // 30 notches away from the user, one per 16 ms frame, around the right edge.
        const QPointF at(viewport->width() - 80.0, viewport->height() / 2.0);
        for (int notch = 0; notch < 30; ++notch) {
            QWheelEvent wheel(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -120),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(viewport, &wheel);
            QTest::qWait(16);
        }
        QElapsedTimer sinceLastWheel;
        sinceLastWheel.start();
        // Done: the month's buckets fetched and drawn. (Waiting for the first redraw after
        // the cache went idle was early at times: a pause during the burst fetched a
        // shorter range first, and that landing and its redraw passed for the month's.)
        const auto monthDrawn = [&] {
            const auto [shownFrom, shownTo] = view.shownRange();
            return cache.fetchesStarted() > before && !cache.isFetching() &&
                   shownTo - shownFrom >= 29 * DayMs &&
                   view.lines()->lines().at(0).historyBuckets() >= 600;
        };
        const bool done = Bench::runUntil(monthDrawn, 20000);
        const double ms = double(sinceLastWheel.nsecsElapsed()) / 1e6;
        const qsizetype buckets = view.lines()->lines().at(0).historyBuckets();
        if (!done) {
            const auto [from, to] = view.shownRange();
            std::fprintf(stderr, "zoom out did not finish: span %lld ms, %lld buckets\n",
                         static_cast<long long>(to - from), static_cast<long long>(buckets));
            return 1;
        }
        worst = std::max(worst, ms);
        total += ms;
        fetches += cache.fetchesStarted() - before;
        view.setHistory(nullptr);
    }
    Bench::print("history_zoom_out_30d", worst, "ms");
    Bench::print("history_zoom_out_30d_mean", total / Trials, "ms");
    Bench::print("history_zoom_out_chunk_fetches", double(fetches) / Trials, "chunks", 1);
    return 0;
}
