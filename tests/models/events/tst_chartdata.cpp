// What the chart plots: field paths into eventData (nested, array elements),
// series fed by event type and device, and min/max downsampling that keeps
// every peak while never handing more than 2 points per pixel to the plot.
#include "chartdata.h"
#include "fieldpath.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <tuple>

using namespace ModeDesk;

namespace {
Event reading(qint64 ms, double temperature, qint64 device = 1,
              const QString &type = QStringLiteral("status"))
{
    Event e;
    e.eventType = type;
    e.originDeviceId = device;
    e.timestamp = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    e.eventData = {
        {QStringLiteral("temperature"), temperature},
        {QStringLiteral("zones"), QJsonArray{0, 1, 0, 0, 0, 0, 0, temperature > 20 ? 1 : 0}},
        {QStringLiteral("stats"),
         QJsonObject{
             {QStringLiteral("cpu"), QJsonArray{QJsonObject{{QStringLiteral("load"), 0.5}}}}}},
        {QStringLiteral("on"), true}};
    return e;
}
Event point(qint64 ms, double value)
{
    Event e;
    e.eventType = QStringLiteral("p");
    e.timestamp = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    e.eventData = {{QStringLiteral("v"), value}};
    return e;
}

// What a redraw must show of reference (the series' points, sorted): real
// points of the window only, x ascending, at most two a column, and no
// point higher (or lower) than what is drawn in its own column or the next.
QString envelopeProblem(const ChartData &data, int series, std::vector<QPointF> reference,
                        qint64 from, qint64 to, int width)
{
    const QList<QPointF> drawn = data.downsample(series, from, to, width);
    std::erase_if(reference, [&](const QPointF &p) { return p.x() < from || p.x() > to; });
    if (reference.size() <= size_t(2 * width))
        return drawn.size() == qsizetype(reference.size()) ? QString()
                                                           : QStringLiteral("not every point");
    if (drawn.size() > 2 * width)
        return QStringLiteral("%1 points for %2 columns").arg(drawn.size()).arg(width);
    const double columnMs = double(to - from) / width;
    const auto columnOf = [&](double x) {
        return qBound(0, int((x - from) / columnMs), width - 1);
    };
    std::vector<double> high(size_t(width), -1e300), low(size_t(width), 1e300);
    for (qsizetype i = 0; i < drawn.size(); ++i) {
        const QPointF &p = drawn.at(i);
        if (!std::binary_search(reference.begin(), reference.end(), p,
                                [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }))
            return QStringLiteral("(%1, %2) is not a point of the window").arg(p.x()).arg(p.y());
        if (i > 0 && p.x() < drawn.at(i - 1).x())
            return QStringLiteral("x goes back at %1").arg(p.x());
        const size_t c = size_t(columnOf(p.x()));
        high[c] = qMax(high[c], p.y());
        low[c] = qMin(low[c], p.y());
    }
    for (const QPointF &p : reference) {
        const int c = columnOf(p.x());
        double nearHigh = -1e300, nearLow = 1e300;
        for (int n = qMax(0, c - 1); n <= qMin(width - 1, c + 1); ++n) {
            nearHigh = qMax(nearHigh, high[size_t(n)]);
            nearLow = qMin(nearLow, low[size_t(n)]);
        }
        if (p.y() > nearHigh || p.y() < nearLow)
            return QStringLiteral("(%1, %2) lost from column %3").arg(p.x()).arg(p.y()).arg(c);
    }
    return {};
}

}  // namespace

class TestChartData : public QObject
{
    Q_OBJECT

private slots:
    void fieldPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::newRow("plain") << "temperature" << true << 21.5;
        QTest::newRow("prefixed") << "eventData.temperature" << true << 21.5;
        QTest::newRow("array element") << "eventData.zones[7]" << true << 1.0;
        QTest::newRow("nested") << "stats.cpu[0].load" << true << 0.5;
        QTest::newRow("boolean") << "on" << true << 1.0;
        QTest::newRow("out of range") << "zones[99]" << true << -1.0;
        QTest::newRow("not numeric") << "stats" << true << -1.0;
        QTest::newRow("garbage") << "zones[x]" << false << -1.0;
        QTest::newRow("empty") << "" << false << -1.0;
    }

    void fieldPaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QFETCH(double, value);
        const FieldPath parsed = FieldPath::parse(path);
        QCOMPARE(parsed.isValid(), valid);
        const std::optional<double> found = parsed.valueIn(reading(0, 21.5).eventData);
        QCOMPARE(found.has_value(), value >= 0);
        if (found)
            QCOMPARE(*found, value);
    }

    void numericPathsForPickers()
    {
        const QStringList paths = FieldPath::numericPaths(reading(0, 21.5).eventData.toObject());
        QVERIFY(paths.contains(QStringLiteral("eventData.temperature")));
        QVERIFY(paths.contains(QStringLiteral("eventData.zones[7]")));
        QVERIFY(paths.contains(QStringLiteral("eventData.stats.cpu[0].load")));
        for (const QString &p : paths)
            QVERIFY2(FieldPath::parse(p).isValid(), qPrintable(p));

        // Flags plot as 0/1 but are left out when asking for numbers only.
        const QJsonObject thermostat{{QStringLiteral("heating"), true},
                                     {QStringLiteral("setpoint"), 21}};
        QCOMPARE(FieldPath::numericPaths(thermostat),
                 (QStringList{QStringLiteral("eventData.heating"),
                              QStringLiteral("eventData.setpoint")}));
        QCOMPARE(FieldPath::numericPaths(thermostat, 16, false),
                 QStringList{QStringLiteral("eventData.setpoint")});
    }

    void seriesTakeTheirTypeAndDevice()
    {
        ChartData data;
        const int any = data.addSeries(SeriesSpec::live(
            QStringLiteral("status"), FieldPath::parse(QStringLiteral("temperature")), 0,
            QStringLiteral("t")));
        const int second = data.addSeries(
            SeriesSpec::live(QStringLiteral("status"), FieldPath::parse(QStringLiteral("zones[7]")),
                             2, QStringLiteral("z")));
        QSignalSpy changed(&data, &ChartData::changed);
        data.ingest({reading(1000, 19, 1), reading(2000, 22, 2),
                     reading(3000, 23, 2, QStringLiteral("other"))});
        QCOMPARE(data.pointCount(any), 2);
        QCOMPARE(data.pointCount(second), 1);
        QCOMPARE(changed.count(), 1);  // once per batch
        // Late arrivals are placed in time order.
        data.ingest({reading(1500, 30, 1)});
        const QList<QPointF> points = data.downsample(any, 0, 10'000, 1000);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points.at(1), QPointF(1500, 30));
        QCOMPARE(data.timeSpan(), std::make_pair(qint64(1000), qint64(2000)));
    }

    void downsamplingKeepsPeaks()
    {
        ChartData data;
        const int s = data.addSeries(SeriesSpec::live(
            QStringLiteral("status"), FieldPath::parse(QStringLiteral("temperature")), 0, {}));
        QList<Event> events;
        for (int i = 0; i < 100'000; ++i)
            events.append(reading(i, i == 54'321 ? 1000.0 : (i == 12'345 ? -1000.0 : (i % 10))));
        data.ingest(events);
        const QList<QPointF> points = data.downsample(s, 0, 100'000, 800);
        QVERIFY(points.size() <= 1600);
        QVERIFY(points.size() >= 800);
        double high = -1e9, low = 1e9;
        for (int i = 0; i < points.size(); ++i) {
            high = qMax(high, points.at(i).y());
            low = qMin(low, points.at(i).y());
            if (i > 0)
                QVERIFY(points.at(i).x() >= points.at(i - 1).x());  // still a time series
        }
        QCOMPARE(high, 1000.0);
        QCOMPARE(low, -1000.0);
        // A window shows only its part.
        QVERIFY(data.downsample(s, 99'000, 100'000, 800).size() <= 1001);
        QVERIFY(data.downsample(s, 200'000, 300'000, 800).isEmpty());
    }

    // The buckets kept as points arrive give what a scan of every point gives:
    // dense and sparse stretches, late points, the oldest dropped, any window.
    void envelopeHoldsEveryPeak()
    {
        ChartData data;
        constexpr qsizetype Max = 250'000;
        data.setMaxPointsPerSeries(Max);
        const int s = data.addSeries(
            SeriesSpec::live(QStringLiteral("p"), FieldPath::parse(QStringLiteral("v")), 0, {}));
        std::vector<QPointF> reference;
        quint32 seed = 7;
        const auto next = [&seed] {
            return (seed = seed * 1664525u + 1013904223u) >> 8;
        };
        const auto feed = [&](qint64 fromMs, qint64 stepMs, int count) {
            QList<Event> batch;
            for (int i = 0; i < count; ++i) {
                qint64 ms = fromMs + i * stepMs;
                if (next() % 100 == 0)
                    ms -= qint64(next() % 5000);  // late
                const double value =
                    double(next() % 10'000) / 100.0 - (next() % 997 == 0 ? 500 : 0);
                batch.append(point(ms, value));
                reference.push_back(QPointF(double(ms), value));
                if (batch.size() == 5000) {
                    data.ingest(batch);
                    batch.clear();
                }
            }
            data.ingest(batch);
        };
        const auto check = [&] {
            std::stable_sort(reference.begin(), reference.end(),
                             [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
            if (qsizetype(reference.size()) > Max)
                reference.erase(reference.begin(), reference.end() - Max);
            QCOMPARE(data.pointCount(s), qsizetype(reference.size()));
            const qint64 first = qint64(reference.front().x());
            const qint64 last = qint64(reference.back().x());
            for (const auto &[from, to, width] :
                 {std::tuple{first, last, 1280}, std::tuple{first - 10'000, last + 10'000, 700},
                  std::tuple{first + (last - first) / 3, first + (last - first) / 2, 300},
                  std::tuple{last - 60'000, last, 1280}, std::tuple{last - 5'000, last, 100}}) {
                const QString problem = envelopeProblem(data, s, reference, from, to, width);
                QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("%1..%2 in %3: %4")
                                                           .arg(from)
                                                           .arg(to)
                                                           .arg(width)
                                                           .arg(problem)));
            }
        };
        feed(1'000'000, 10'000, 20'000);  // sparse: one point every 10 s
        check();
        feed(201'000'000, 1, 200'000);  // then a flood, one a millisecond
        check();
        feed(401'000'000, 3, 150'000);  // the oldest dropped as more arrive
        check();
        data.clear();
        reference.clear();
        QCOMPARE(data.pointCount(s), 0);
        feed(0, 2, 10'000);
        check();
    }

    void keepsAtMostTheConfiguredPoints()
    {
        ChartData data;
        data.setMaxPointsPerSeries(100);
        const int s = data.addSeries(SeriesSpec::live(
            QStringLiteral("status"), FieldPath::parse(QStringLiteral("temperature")), 0, {}));
        QList<Event> events;
        for (int i = 0; i < 250; ++i)
            events.append(reading(i, i));
        data.ingest(events);
        QCOMPARE(data.pointCount(s), 100);
        QCOMPARE(data.downsample(s, 0, 1000, 1000).first().y(), 150.0);  // the newest kept
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
