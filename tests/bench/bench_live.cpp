// The live side under load, in one offscreen process:
//  1. events/s from a loopback socket through EventStream into the event log
//     (with its table view) and a 3-series chart, while a probe timer on the
//     UI thread measures how long it is kept waiting (p99 and max stall): at
//     50,000 events/s, then 100,000 to 200,000 for the highest rate it keeps
//     up with, then 50,000 again beside a thread that never sleeps;
//  2. 1,000,000 events held in the log: heap bytes per event;
//  3. a chart redraw of 1,000,000 points, and of 10 series x 1,000,000 (envelope
//     + replace + paint);
//  4. (rules) the same pipeline at 100,000 events/s from 1,000 devices, with a
//     fleet of 100,000 devices and 10,000 alert rules evaluated on every batch:
//     the UI stall beside the same run without rules.
// Prints "BENCH <name> <value> <unit>".
#include "alerts.h"
#include "profilefiles.h"
#include "apiclient.h"
#include "benchutil.h"
#include "chartdata.h"
#include "eventlogfilter.h"
#include "eventlogmodel.h"
#include "eventstream.h"
#include "fleet.h"
#include "homesmodel.h"
#include "livechartview.h"
#include "pacedserver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace ModeDesk;
using ModeDesk::Bench::print;

namespace {

constexpr int Seconds = Bench::PacedSeconds;  // per offered rate

double heapBytes()
{
#if defined(__GLIBC__)
    // Blocks in use, and the large ones glibc maps on their own (a list of a
    // million rows is one of those: without it the rows themselves go uncounted).
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd);
#else
    return 0;
#endif
}

// Resident memory now (Linux; 0 elsewhere, and the figure is then 0).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

struct LiveRun {
    double ingested = 0;  // events/s that reached the log and the chart
    double p99 = 0;       // UI-thread stall, ms
    double max = 0;
    double redrawsPerSecond = 0;
    qint64 shed = 0;        // dropped by the stream when the UI fell behind
    double peakMiB = 0;     // resident, sampled every 100 ms
    bool complete = false;  // every event in
};

// The whole pipeline at one offered rate: stream -> log with its table -> a
// 3-series chart, a probe timer on the UI thread measuring how late it fires.
enum class Server { InProcess, Apart };

LiveRun runAt(QApplication &app, int rate, bool contended, int devices = 3,
              const std::function<void(EventStream &)> &attach = {},
              Server where = Server::InProcess)
{
    std::optional<Bench::ThreadedServer<Bench::PacedServer>> inProcess;
    std::optional<Bench::ServerProcess> apart;
    if (where == Server::Apart)
        apart.emplace(rate, devices);
    else
        inProcess.emplace(rate, devices);
    const quint16 port = apart ? apart->port() : inProcess->port();
    EventLogModel log;
    EventLogFilter filter;
    filter.setSourceModel(&log);
    QTableView table;
    table.setModel(&filter);
    table.resize(900, 400);
    table.show();
    ChartData chart;
    for (const char *field : {"temperature", "humidity", "zones[2]"})
        chart.addSeries(SeriesSpec::live(QStringLiteral("sensor-status"),
                                         FieldPath::parse(QLatin1String(field)), 0,
                                         QLatin1String(field)));
    LiveChartView view(&chart);
    view.resize(900, 400);
    view.show();

    // Another busy program on the machine: a thread that never sleeps.
    std::atomic<bool> compete = contended;
    std::thread rival([&compete] {
        volatile quint64 spin = 0;
        while (compete.load(std::memory_order_relaxed))
            spin = spin + 1;
    });

    EventStream stream;
    QObject::connect(&stream, &EventStream::eventsReceived, &log, &EventLogModel::append);
    QObject::connect(&stream, &EventStream::eventsReceived, &chart, &ChartData::ingest);
    if (attach)
        attach(stream);
    const qint64 total = qint64(rate) * Seconds;
    qint64 received = 0;
    QElapsedTimer clock;
    QObject::connect(&stream, &EventStream::eventsReceived, [&](const QList<Event> &events) {
        if (received == 0)
            clock.start();
        received += events.size();
        if (received >= total)
            app.quit();
    });

    std::vector<qint64> stalls;
    QElapsedTimer probeClock;
    probeClock.start();
    qint64 last = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed() / 1000;
        if (last > 0 && received > 0)
            stalls.push_back(qMax<qint64>(0, now - last - 2000));
        last = now;
    });
    probe.start(2);
    // Every 100 ms: the resident memory, and whether every event is in or shed.
    double peakMiB = residentMiB();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        peakMiB = qMax(peakMiB, residentMiB());
        if (received + stream.health().shedEvents >= total)
            app.quit();
    });
    sampler.start(100);
    QTimer safetyStop;
    safetyStop.setSingleShot(true);
    QObject::connect(&safetyStop, &QTimer::timeout, &app, &QApplication::quit);
    safetyStop.start((Seconds + 10) * 1000);
    stream.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("bench"));
    app.exec();
    compete = false;
    rival.join();
    LiveRun run;
    run.shed = stream.health().shedEvents;
    run.peakMiB = peakMiB;
    stream.stop();
    const double seconds = qMax<qint64>(1, clock.elapsed()) / 1000.0;
    std::sort(stalls.begin(), stalls.end());
    const auto percentile = [&](double p) {
        return stalls.empty() ? 0.0 : stalls.at(size_t(double(stalls.size() - 1) * p)) / 1000.0;
    };
    run.ingested = received / seconds;
    run.p99 = percentile(0.99);
    run.max = percentile(1.0);
    run.redrawsPerSecond = view.redrawCount() / seconds;
    run.complete = received >= total;
    return run;
}

void ingestUnderLoad(QApplication &app)
{
    const LiveRun base = runAt(app, 50'000, false);
    print("live_ingest", base.ingested, "events/s");
    print("live_ingest_offered", 50'000, "events/s");
    print("ui_stall_p99", base.p99, "ms");
    print("ui_stall_max", base.max, "ms");
    print("chart_redraws_per_second", base.redrawsPerSecond, "redraws/s");

    // The highest offered rate the pipeline keeps up with (all of it, at
    // 95 % of the rate or better) while the UI thread's p99 stall stays
    // within one 16 ms frame.
    int sustained = 0;
    LiveRun atSustained;
    for (const int rate : {100'000, 150'000, 200'000}) {
        const LiveRun run = runAt(app, rate, false);
        std::printf("  offered %d/s: ingested %.0f/s, p99 %.1f ms, max %.1f ms\n", rate,
                    run.ingested, run.p99, run.max);
        if (!run.complete || run.ingested < 0.95 * rate || run.p99 > 16)
            break;
        sustained = rate;
        atSustained = run;
    }
    if (sustained == 0 && base.complete && base.p99 <= 16) {
        sustained = 50'000;
        atSustained = base;
    }
    print("live_sustained_max", sustained, "events/s");
    print("live_sustained_ui_stall_p99", atSustained.p99, "ms");

    // Overload: four times what it keeps up with (or the most the server can
    // offer). Memory stays bounded, the UI responsive, and the shed are counted.
    // The server runs apart: its backlog for a client that falls behind is
    // not the dashboard's memory.
    const int overloadRate = 4 * qMax(sustained, 50'000);
    const double before = residentMiB();
    const LiveRun overload = runAt(app, overloadRate, false, 3, {}, Server::Apart);
    std::printf("  offered %d/s: ingested %.0f/s, shed %lld, p99 %.1f ms, max %.1f ms\n",
                overloadRate, overload.ingested, static_cast<long long>(overload.shed),
                overload.p99, overload.max);
    print("overload_offered", overloadRate, "events/s");
    print("overload_peak_memory", overload.peakMiB, "MiB");
    print("overload_memory_growth", overload.peakMiB - before, "MiB");
    print("overload_shed_events", double(overload.shed), "events", 0);
    print("overload_ui_stall_p99", overload.p99, "ms");

    const LiveRun contended = runAt(app, 50'000, true);
    print("live_ingest_contended", contended.ingested, "events/s");
    print("ui_stall_p99_contended", contended.p99, "ms");
    print("ui_stall_max_contended", contended.max, "ms");
}

void millionInTheLog()
{
    const double before = heapBytes();
    EventLogModel log;
    log.setCapacity(1'000'000);
    QList<Event> batch;
    const QDateTime t = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 1'000'000; ++i) {
        Event e;
        e.eventType = QStringLiteral("sensor-status");
        e.homeId = 1;
        e.originDeviceId = 1 + i % 3;
        e.originDeviceClass = QStringLiteral("sensor");
        e.timestamp = t.addMSecs(i);
        e.eventData = {{QStringLiteral("temperature"), 20 + (i % 100) / 10.0},
                       {QStringLiteral("humidity"), 40 + i % 20}};
        batch.append(std::move(e));
        if (batch.size() == 10'000) {
            log.append(batch);
            batch.clear();
        }
    }
    if (before > 0)
        print("log_memory_per_event", (heapBytes() - before) / log.rowCount(), "bytes");
    print("log_events_held", log.rowCount(), "events");
    // A text filter over all of them, as the Events page's search box runs
    // it (in slices on the UI thread, with its table on screen), while a probe
    // timer measures the longest the UI thread is held.
    EventLogFilter filter;
    filter.setSourceModel(&log);
    QTableView table;
    table.setModel(&filter);
    table.resize(900, 400);
    table.show();
    QCoreApplication::processEvents();
    qint64 longestHoldUs = 0;
    QElapsedTimer probeClock;
    qint64 lastProbeUs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed() / 1000;
        longestHoldUs = qMax(longestHoldUs, now - lastProbeUs);
        lastProbeUs = now;
    });
    QEventLoop loop;
    QObject::connect(&filter, &EventLogFilter::filteringChanged, &loop, [&loop](bool filtering) {
        if (!filtering)
            loop.quit();
    });
    probe.start(1);
    probeClock.start();
    QElapsedTimer clock;
    clock.start();
    filter.setText(QStringLiteral("\"humidity\":45"));
    const qint64 firstSliceUs = probeClock.nsecsElapsed() / 1000;
    if (filter.isFiltering())
        loop.exec();
    const qint64 filterMs = clock.elapsed();
    probe.stop();
    longestHoldUs = qMax(longestHoldUs, firstSliceUs);
    const int matches = filter.rowCount();
    print("log_filter_1m", double(filterMs), "ms");
    print("log_filter_1m_ui_hold_max", longestHoldUs / 1000.0, "ms");
    print("log_filter_1m_matches", matches, "events");
}

// Redraws of seriesCount series of a million points each (after one first
// paint): downsample + replace, then the paint, averaged over 20 rounds.
struct Redraw {
    double envelopeMs = 0;  // ChartData alone: the points each series hands over
    double reduceMs = 0;
    double paintMs = 0;
    double worstMs = 0;
};

Redraw redrawMillions(int seriesCount)
{
    ChartData chart;
    for (int s = 0; s < seriesCount; ++s) {
        const QString field = QStringLiteral("v%1").arg(s);
        chart.addSeries(SeriesSpec::live(QStringLiteral("s"), FieldPath::parse(field), 0, field));
    }
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 1'000'000;
    QList<Event> events;
    events.reserve(100'000);
    for (int i = 0; i < 1'000'000; ++i) {
        // One event carries every series' value, written as a server would.
        QByteArray json = "{";
        for (int s = 0; s < seriesCount; ++s) {
            json += (s ? ",\"v" : "\"v") + QByteArray::number(s) + "\":";
            json += QByteArray::number((i % 1000) / 10.0 + (i % 7) + s * 20);
        }
        json += '}';
        Event e;
        e.eventType = QStringLiteral("s");
        e.timestamp = QDateTime::fromMSecsSinceEpoch(start + i, QTimeZone::utc());
        e.eventData = EventData::fromCheckedJson(json);
        events.append(std::move(e));
        if (events.size() == 100'000) {
            chart.ingest(events);
            events.clear();
        }
    }
    LiveChartView view(&chart);
    view.setWindowMs(0);  // everything
    view.resize(1280, 500);
    view.show();
    view.redraw();
    view.grab();  // first paint (layout) outside the measurement
    QElapsedTimer clock;
    const int rounds = 20;
    const auto [first, last] = chart.timeSpan();
    clock.start();
    for (int i = 0; i < rounds; ++i) {
        for (int s = 0; s < seriesCount; ++s)
            chart.downsample(s, first, last, 1280);
    }
    const double envelopeMs = clock.nsecsElapsed() / rounds / 1e6;
    qint64 reduceNs = 0, paintNs = 0, worstNs = 0;
    for (int i = 0; i < rounds; ++i) {
        clock.start();
        view.redraw();  // the envelope at the plot's width + one replace() per series
        const qint64 reduced = clock.nsecsElapsed();
        view.grab();  // paint what was handed over, the whole chart widget
        const qint64 total = clock.nsecsElapsed();
        reduceNs += reduced;
        paintNs += total - reduced;
        worstNs = qMax(worstNs, total);
    }
    return {envelopeMs, reduceNs / rounds / 1e6, paintNs / rounds / 1e6, worstNs / 1e6};
}

void redrawMillion()
{
    const Redraw one = redrawMillions(1);
    print("chart_envelope_1m_points", one.envelopeMs, "ms");
    print("chart_downsample_1m_points", one.reduceMs, "ms");
    print("chart_paint_after_downsample", one.paintMs, "ms");
    print("chart_redraw_1m_points_total", one.reduceMs + one.paintMs, "ms");
    print("chart_redraw_1m_points_worst", one.worstMs, "ms");
    const Redraw ten = redrawMillions(10);
    print("chart_envelope_10x1m_points", ten.envelopeMs, "ms");
    print("chart_redraw_10x1m_points", ten.reduceMs + ten.paintMs, "ms");
    print("chart_paint_10_series", ten.paintMs, "ms");
}

}  // namespace

// 10,000 rules against 100,000 events/s: the stall beside the same pipeline
// (with the fleet it reads) and no rules, in the same run.
void rulesUnderLoad(QApplication &app)
{
    constexpr int Rate = 100'000;
    constexpr int Senders = 1'000;
    ApiClient api;  // never called: the fleet is filled here
    HomesModel homes;
    Fleet fleet(&api, &homes);
    QList<FleetDevice> devices;
    devices.reserve(100'000);
    for (int i = 0; i < 100'000; ++i) {
        FleetDevice f;
        f.device.id = 1 + i;
        f.device.homeId = 1 + i / 100;
        f.device.deviceClass = QStringLiteral("sensor");
        f.device.name = QStringLiteral("sensor-%1").arg(1 + i);
        f.homeName = QStringLiteral("Home %1").arg(1 + i / 100);
        devices.append(f);
    }
    fleet.devices()->resetRecords(devices);
    fleet.setLinkLive(true);
    QTemporaryDir folder;
    ProfileFiles files;
    files.setFolder(folder.path());
    files.setProfile(QStringLiteral("bench"));
    Alerts alerts(&fleet, &homes, &files);
    alerts.open();
    QList<QList<Event>> seen;  // the first 100,000 events, to time the engine alone after
    qsizetype seenCount = 0;
    const auto attachFleet = [&](EventStream &stream) {
        QObject::connect(&stream, &EventStream::eventsReceived, &fleet, &Fleet::applyEvents);
        QObject::connect(&stream, &EventStream::eventsReceived, &alerts, &Alerts::applyEvents);
        QObject::connect(&stream, &EventStream::eventsReceived, [&](const QList<Event> &events) {
            if (seenCount < 100'000) {
                seen.append(events);
                seenCount += events.size();
            }
        });
    };
    alerts.setLinkLive(true);
    const LiveRun without = runAt(app, Rate, false, Senders, attachFleet);

    // 6,000 device thresholds (half of the senders breach theirs and stay so),
    // 3,000 device heartbeats, 990 home thresholds, 10 class-wide offline rules.
    QList<AlertRule> rules;
    for (int k = 0; k < 10'000; ++k) {
        AlertRule r;
        r.name = QStringLiteral("rule %1").arg(k);
        r.severity = AlertRule::Severity(k % 3);
        if (k < 6'000) {
            r.kind = AlertRule::Kind::Threshold;
            r.scope = AlertRule::Scope::Device;
            r.deviceId = 1 + k;
            r.eventType = QStringLiteral("sensor-status");
            r.field = QStringLiteral("temperature");
            r.threshold = 25;
            r.seconds = 1;
        } else if (k < 9'000) {
            r.kind = AlertRule::Kind::Heartbeat;
            r.scope = AlertRule::Scope::Device;
            r.deviceId = 1 + k;
            r.eventType = QStringLiteral("sensor-status");
            r.seconds = 600;
        } else if (k < 9'990) {
            r.kind = AlertRule::Kind::Threshold;
            r.scope = AlertRule::Scope::Home;
            r.homeId = 1 + (k - 9'000);
            r.field = QStringLiteral("humidity");
            r.comparison = AlertRule::Comparison::Below;
            r.seconds = 0;
        } else {
            r.kind = AlertRule::Kind::Offline;
            r.scope = AlertRule::Scope::DeviceClass;
            r.deviceClass = QStringLiteral("sensor");
            r.seconds = 600 + k;
        }
        rules.append(r);
    }
    QElapsedTimer adding;
    adding.start();
    if (!alerts.addRules(rules).isEmpty())
        std::printf("  some rules were refused\n");
    print("alerts_add_10k_rules", double(adding.nsecsElapsed()) / 1e6, "ms");
    QSignalSpy raised(&alerts, &Alerts::alertRaised);
    seen.clear();
    seenCount = 0;
    const LiveRun with = runAt(app, Rate, false, Senders, attachFleet);
    print("alerts_rules", alerts.rules()->rowCount(), "rules", 0);
    print("alerts_ingest", with.ingested, "events/s");
    print("alerts_ui_stall_p99", with.p99, "ms");
    print("alerts_ui_stall_max", with.max, "ms");
    print("alerts_ui_stall_p99_without_rules", without.p99, "ms");
    print("alerts_raised", raised.count(), "alerts", 0);
    // The engine alone on the events of that run: its cost per event.
    AlertEngine engine(fleet.devices());
    engine.setRules(alerts.rules()->records(), QDateTime::currentDateTimeUtc());
    QElapsedTimer timer;
    timer.start();
    for (const QList<Event> &batch : std::as_const(seen))
        engine.onEvents(batch, QDateTime::currentDateTimeUtc());
    print("alerts_eval_per_event", seenCount ? double(timer.nsecsElapsed()) / double(seenCount) : 0,
          "ns");
}

int main(int argc, char *argv[])
{
    Bench::preferOffscreen();
    QApplication app(argc, argv);
    // With no arguments every part runs; naming parts (live, log, chart) runs those.
    const QStringList parts = app.arguments().mid(1);
    if (parts.size() == 3 && parts.first() == QLatin1String("serve"))
        return Bench::serve(app, parts.at(1).toInt(), parts.at(2).toInt());
    auto wanted = [&parts](const char *part) {
        return parts.isEmpty() || parts.contains(QLatin1String(part));
    };
    if (wanted("live"))
        ingestUnderLoad(app);
    if (wanted("log"))
        millionInTheLog();
    if (wanted("chart"))
        redrawMillion();
    if (wanted("rules"))
        rulesUnderLoad(app);
    return 0;
}
