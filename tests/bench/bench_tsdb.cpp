// The sandbox's TSDB at the size the issue names: a 30-day, one-second
// series (2.6 M points) bulk-loaded, then aggregated reads of spans from an
// hour to the whole month (the resolution MODE would pick, and the finest
// each span allows) and raw pages of 10,000 points, all over loopback HTTP.
#include "benchutil.h"
#include "jsoncodec.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

constexpr qint64 DayMs = 86'400'000;
constexpr qint64 Days = 30;

QString iso(qint64 ms)
{
    return Json::formatTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    SandboxFixture sandbox(AccountMode::Email, dir.filePath(QStringLiteral("bench.db")));
    if (!dir.isValid() || !sandbox.start())
        return 1;
    const TestUser user = sandbox.signUp();
    const qint64 home = sandbox.createHome(user);
    const QString module = QStringLiteral("/homes/%1/smartModules/tsdb").arg(home);

    const qint64 end =
        QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 begin = end - Days * DayMs;
    QElapsedTimer timer;
    timer.start();
    const HttpResult loaded = sandbox.http().post(
        QStringLiteral("/sandbox/homes/%1/smartModules/tsdb/points").arg(home),
        {{QStringLiteral("seriesId"), QStringLiteral("bench-temperature")},
         {QStringLiteral("generate"), QJsonObject{{QStringLiteral("begin"), iso(begin)},
                                                  {QStringLiteral("end"), iso(end)},
                                                  {QStringLiteral("intervalSeconds"), 1},
                                                  {QStringLiteral("noise"), 0.5}}}},
        sandbox.adminKey());
    const qint64 points = loaded.object().value(QStringLiteral("added")).toInteger();
    if (loaded.status != 200 || points != Days * DayMs / 1000) {
        std::fprintf(stderr, "bulk load failed: %d %s\n", loaded.status, loaded.body.constData());
        return 1;
    }
    Bench::print("tsdb_load_points", double(points), "points", 0);
    Bench::print("tsdb_load_rate", double(points) / (double(timer.elapsed()) / 1000.0), "points/s",
                 0);

    const QString data = module + QStringLiteral("/timeSeries/bench-temperature/data");
    const auto timed = [&](const QString &query, qsizetype *rows) {
        QElapsedTimer t;
        t.start();
        const HttpResult result = sandbox.http().get(data + query, user.key);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (result.status != 200) {
            std::fprintf(stderr, "read failed: %s -> %d %s\n", qPrintable(query), result.status,
                         result.body.constData());
            std::exit(1);
        }
        *rows = result.object().value(QStringLiteral("data")).toArray().size();
        return ms;
    };

    // Spans from an hour to the month, each at the resolution MODE picks and
    // at the finest that stays within 10,000 buckets; ends spread over the month.
    const qint64 spans[] = {3'600'000, 12 * 3'600'000, DayMs, 7 * DayMs, Days * DayMs};
    const char *finest[] = {"5sec", "5sec", "15sec", "10min", "10min"};
    double autoWorst = 0, finestWorst = 0, autoMonth = 0;
    for (int s = 0; s < int(std::size(spans)); ++s) {
        for (int trial = 0; trial < 5; ++trial) {
            const qint64 spanEnd = end - (Days * DayMs - spans[s]) * trial / 5;
            const QString range =
                QStringLiteral("?begin=%1&end=%2").arg(iso(spanEnd - spans[s]), iso(spanEnd));
            qsizetype rows = 0;
            const double automatic = timed(range, &rows);
            autoWorst = std::max(autoWorst, automatic);
            if (spans[s] == Days * DayMs)
                autoMonth = std::max(autoMonth, automatic);
            const double fine =
                timed(range + QStringLiteral("&resolution=") + QLatin1String(finest[s]) +
                          QStringLiteral("&aggregation=max"),
                      &rows);
            finestWorst = std::max(finestWorst, fine);
        }
    }
    Bench::print("tsdb_aggregate_30d", autoMonth, "ms");
    Bench::print("tsdb_aggregate_any_span_max", autoWorst, "ms");
    Bench::print("tsdb_aggregate_finest_max", finestWorst, "ms");

    // Raw pages of 10,000 points, forward as MODE's client pages, and backward.
    double rawWorst = 0;
    qint64 ts = begin + 13 * DayMs;
    for (int page = 0; page < 10; ++page) {
        qsizetype rows = 0;
        rawWorst =
            std::max(rawWorst, timed(QStringLiteral("?ts=%1&limit=10000").arg(iso(ts)), &rows));
        ts += rows * 1000;
        rawWorst =
            std::max(rawWorst, timed(QStringLiteral("?ts=%1&limit=-10000").arg(iso(ts)), &rows));
    }
    Bench::print("tsdb_raw_page_10k_max", rawWorst, "ms");
    return 0;
}
