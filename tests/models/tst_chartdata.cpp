// What the chart plots: field paths into eventData (nested, array elements),
// series fed by event type and device, and min/max downsampling that keeps
// every peak while never handing more than 2 points per pixel to the plot.
#include "chartdata.h"
#include "fieldpath.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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
        const int any = data.addSeries({QStringLiteral("status"),
                                        FieldPath::parse(QStringLiteral("temperature")), 0,
                                        QStringLiteral("t")});
        const int second =
            data.addSeries({QStringLiteral("status"), FieldPath::parse(QStringLiteral("zones[7]")),
                            2, QStringLiteral("z")});
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
        const int s = data.addSeries(
            {QStringLiteral("status"), FieldPath::parse(QStringLiteral("temperature")), 0, {}});
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

    void keepsAtMostTheConfiguredPoints()
    {
        ChartData data;
        data.setMaxPointsPerSeries(100);
        const int s = data.addSeries(
            {QStringLiteral("status"), FieldPath::parse(QStringLiteral("temperature")), 0, {}});
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
