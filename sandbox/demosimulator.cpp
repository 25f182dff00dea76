#include "demosimulator.h"

#include "credentials.h"
#include "devicestore.h"
#include "eventhub.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "logging.h"
#include "projectstore.h"
#include "tsdbstore.h"
#include "userstore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <cmath>
#include <numbers>

namespace ModeDesk::Sandbox {

namespace {
const QString DemoEmail = QStringLiteral("demo@modedesk.local");
const QString DemoPhone = QStringLiteral("+15555550100");
const QString BackfillMeta = QStringLiteral("demo_tsdb_backfilled");
constexpr qint64 DayMs = 86'400'000;
constexpr qint64 HistoryDays = 7;

// The readings that become series, per class, and how they move over a day
// (base, daily swing, noise): what the back-filled week looks like.
struct SeriesShape {
    const char *deviceClass;
    const char *field;
    double base;
    double swing;
    double noise;
};
constexpr SeriesShape DemoSeries[] = {
    {"thermostat", "temperature", 20.0, 1.5, 0.2},
    {"thermostat", "humidity", 47.0, 6.0, 1.5},
    {"thermostat", "setpoint", 21.0, 0.0, 0.0},
    {"sprinkler", "flowLitresPerMinute", 0.0, 0.0, 0.0},  // watering at 06:00 and 20:00
    {"sensor", "temperature", 19.0, 2.0, 0.3},
    {"sensor", "lux", 350.0, 250.0, 40.0},
};

double historicValue(const SeriesShape &shape, qint64 ms)
{
    const double dayFraction = double(ms % DayMs) / double(DayMs);
    if (QLatin1String(shape.field) == QLatin1String("flowLitresPerMinute")) {
        const double hour = dayFraction * 24;
        const bool watering = (hour >= 6 && hour < 6.5) || (hour >= 20 && hour < 20.25);
        return watering ? 12.0 + QRandomGenerator::global()->generateDouble() : 0.0;
    }
    // Warmest and brightest mid-afternoon.
    const double wave = std::sin(2 * std::numbers::pi * (dayFraction - 0.375));
    const double noise = (QRandomGenerator::global()->generateDouble() * 2 - 1) * shape.noise;
    return std::round((shape.base + shape.swing * wave + noise) * 10) / 10;
}
}  // namespace

QString DemoSimulator::seriesId(const QString &deviceClass, qint64 deviceId, const QString &field)
{
    return QStringLiteral("%1-%2-%3").arg(deviceClass).arg(deviceId).arg(field);
}

QJsonObject DemoSimulator::withTimeSeries(const QString &deviceClass, qint64 deviceId,
                                          QJsonObject status)
{
    const QString now = Json::formatTime(QDateTime::currentDateTimeUtc());
    QJsonArray points;
    for (const SeriesShape &shape : DemoSeries) {
        const QString field = QLatin1String(shape.field);
        if (deviceClass != QLatin1String(shape.deviceClass) || !status.value(field).isDouble())
            continue;
        points.append(
            QJsonObject{{QStringLiteral("seriesId"), seriesId(deviceClass, deviceId, field)},
                        {QStringLiteral("timestamp"), now},
                        {QStringLiteral("value"), status.value(field)}});
    }
    status.insert(QStringLiteral("timeSeriesData"), points);
    return status;
}

void DemoSimulator::backfillHistory(qint64 homeId) const
{
    const qint64 end = QDateTime::currentMSecsSinceEpoch();
    const TsdbScope scope{homeId, Tsdb::ModuleType};
    if (!m_ctx.tsdb.isTsdbModule(scope))
        return;  // removed through the admin routes
    for (qint64 id : m_ctx.devices.simulatedDeviceIds()) {
        const auto device = m_ctx.devices.device(id);
        if (!device || device->homeId != homeId)
            continue;
        for (const SeriesShape &shape : DemoSeries) {
            if (device->deviceClass != QLatin1String(shape.deviceClass))
                continue;
            m_ctx.tsdb.addGeneratedPoints(
                scope, seriesId(device->deviceClass, id, QLatin1String(shape.field)),
                end - HistoryDays * DayMs, end, 60'000,
                [&shape](qint64 ms) { return historicValue(shape, ms); });
        }
    }
}

DemoSimulator::DemoSimulator(const SandboxContext &ctx, QObject *parent)
    : QObject(parent), m_ctx(ctx)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoSimulator::tick);
}

DemoCredentials DemoSimulator::seed()
{
    const SandboxDatabase &db = m_ctx.db;
    const AccountMode mode = m_ctx.project.accountMode();
    if (db.meta(QStringLiteral("demo_user")).isEmpty()) {
        Transaction transaction(db);
        User user;
        if (mode == AccountMode::Email) {
            const QString password = Credentials::newToken().left(12);
            user = m_ctx.users.createUser(
                QStringLiteral("Dana Demo"), DemoEmail, {}, true,
                Credentials::hashPassword(password, m_ctx.options.passwordIterations));
            db.setMeta(QStringLiteral("demo_password"), password);
        } else if (mode == AccountMode::Phone) {
            user = m_ctx.users.createUser(QStringLiteral("Dana Demo"), {}, DemoPhone, true,
                                          std::nullopt);
        } else {
            user = m_ctx.users.createUser(QStringLiteral("Dana Demo"), {}, {}, true, std::nullopt);
            db.setMeta(
                QStringLiteral("demo_project_key"),
                m_ctx.project.createProjectKey(QStringLiteral("demo-byou"),
                                               {QStringLiteral("byou"), QStringLiteral("read")}));
        }
        const Home home = m_ctx.homes.createHome(QStringLiteral("Demo Home"),
                                                 QStringLiteral("Europe/Berlin"), user.id);
        const struct {
            const char *deviceClass;
            const char *name;
            const char *tag;
        } devices[] = {{"thermostat", "Living Room Thermostat", "living-room"},
                       {"sprinkler", "Garden Sprinkler", "garden"},
                       {"sensor", "Hallway Sensor", "hallway"}};
        for (const auto &d : devices) {
            m_ctx.devices.createDevice(QLatin1String(d.deviceClass), QLatin1String(d.name),
                                       QLatin1String(d.tag), home.id, true, true);
        }
        const NewDevice spare =
            m_ctx.devices.createDevice(QStringLiteral("sensor"), QStringLiteral("Spare Sensor"),
                                       QStringLiteral("shelf"), 0, true);
        m_ctx.homes.putKeyValue(home.id, QStringLiteral("mode"), QStringLiteral("home"));
        m_ctx.homes.putKeyValue(home.id, QStringLiteral("schedule"),
                                QJsonObject{{QStringLiteral("wake"), QStringLiteral("06:30")},
                                            {QStringLiteral("sleep"), QStringLiteral("22:30")}});
        m_ctx.homes.putKeyValue(home.id, QStringLiteral("setpoint"), 21);
        db.setMeta(QStringLiteral("demo_user"), QString::number(user.id));
        db.setMeta(QStringLiteral("demo_home"), QString::number(home.id));
        db.setMeta(QStringLiteral("demo_spare_claim_code"), spare.claimCode);
        transaction.commit();
    }
    if (db.meta(BackfillMeta).isEmpty()) {
        backfillHistory(db.meta(QStringLiteral("demo_home")).toLongLong());
        db.setMeta(BackfillMeta, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    }
    DemoCredentials credentials;
    credentials.userId = db.meta(QStringLiteral("demo_user")).toLongLong();
    credentials.homeId = db.meta(QStringLiteral("demo_home")).toLongLong();
    credentials.password = db.meta(QStringLiteral("demo_password"));
    credentials.projectKey = db.meta(QStringLiteral("demo_project_key"));
    credentials.spareClaimCode = db.meta(QStringLiteral("demo_spare_claim_code"));
    credentials.login = mode == AccountMode::Email   ? DemoEmail
                        : mode == AccountMode::Phone ? DemoPhone
                                                     : QString::number(credentials.userId);
    return credentials;
}

void DemoSimulator::start()
{
    for (qint64 id : m_ctx.devices.simulatedDeviceIds()) {
        const auto device = m_ctx.devices.device(id);
        if (!device)
            continue;
        m_states.insert(id, DeviceState{device->deviceClass});
        m_ctx.hub.addVirtualDevice(
            id, [this, id](const DeviceCommand &command) { handleCommand(id, command); });
    }
    m_timer.start(m_ctx.options.demoEventIntervalMs);
}

QJsonObject DemoSimulator::statusOf(DeviceState &state) const
{
    auto *random = QRandomGenerator::global();
    // The same daily curves as the back-filled week, so that live readings
    // carry on where the history ends instead of jumping away from it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto reading = [now](const char *deviceClass, const char *field) {
        for (const SeriesShape &shape : DemoSeries) {
            if (qstrcmp(shape.deviceClass, deviceClass) == 0 && qstrcmp(shape.field, field) == 0)
                return historicValue(shape, now);
        }
        return 0.0;
    };
    if (state.deviceClass == QLatin1String("thermostat")) {
        // A setpoint the user raised warms the room by as much.
        const double temperature =
            std::round((reading("thermostat", "temperature") + state.setpoint - 21.0) * 10) / 10;
        return {{QStringLiteral("temperature"), temperature},
                {QStringLiteral("humidity"), reading("thermostat", "humidity")},
                {QStringLiteral("setpoint"), state.setpoint},
                {QStringLiteral("heating"), temperature < state.setpoint}};
    }
    if (state.deviceClass == QLatin1String("sprinkler")) {
        QJsonArray zones;
        for (int zone : std::as_const(state.zones))
            zones.append(zone);
        return {{QStringLiteral("zones"), zones},
                {QStringLiteral("serial"), ++state.serial},
                {QStringLiteral("flowLitresPerMinute"),
                 std::round(state.zones.count(1) * (11.5 + random->generateDouble()) * 10) / 10}};
    }
    return {{QStringLiteral("temperature"), reading("sensor", "temperature")},
            {QStringLiteral("lux"), reading("sensor", "lux")},
            {QStringLiteral("motion"), random->bounded(5) == 0}};
}

void DemoSimulator::tick()
{
    ++m_ticks;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        const QString type = it->deviceClass + QStringLiteral("-status");
        emitEvent(it.key(), type, withTimeSeries(it->deviceClass, it.key(), statusOf(it.value())));
    }
}

void DemoSimulator::handleCommand(qint64 deviceId, const DeviceCommand &command)
{
    // Answer after the command call has returned, as a real device would.
    QTimer::singleShot(50, this, [this, deviceId, command] {
        if (!m_states.contains(deviceId))
            return;
        DeviceState &state = m_states[deviceId];
        const QString &action = command.action;
        const QJsonObject &p = command.parameters;
        if (action == QLatin1String("ping")) {
            emitEvent(deviceId, QStringLiteral("pong"), {{QStringLiteral("echo"), p}});
        } else if (state.deviceClass == QLatin1String("thermostat") &&
                   action == QLatin1String("set-setpoint") &&
                   p.value(QStringLiteral("setpoint")).isDouble()) {
            state.setpoint = p.value(QStringLiteral("setpoint")).toDouble();
            emitEvent(deviceId, QStringLiteral("setpoint-changed"),
                      {{QStringLiteral("setpoint"), state.setpoint}});
        } else if (state.deviceClass == QLatin1String("sprinkler") &&
                   (action == QLatin1String("sprinkler-on") ||
                    action == QLatin1String("sprinkler-off")) &&
                   p.value(QStringLiteral("zone")).toInt(-1) >= 0 &&
                   p.value(QStringLiteral("zone")).toInt(-1) < state.zones.size()) {
            state.zones[p.value(QStringLiteral("zone")).toInt()] =
                action == QLatin1String("sprinkler-on") ? 1 : 0;
            emitEvent(deviceId, QStringLiteral("sprinkler-status"), statusOf(state));
        } else {
            emitEvent(deviceId, QStringLiteral("command-rejected"),
                      {{QStringLiteral("action"), action},
                       {QStringLiteral("reason"), QStringLiteral("unknown action or parameters")}});
        }
    });
}

void DemoSimulator::emitEvent(qint64 deviceId, const QString &type, const QJsonObject &data)
{
    try {
        const auto device = m_ctx.devices.device(deviceId);
        if (!device) {
            m_states.remove(deviceId);  // deleted meanwhile
            return;
        }
        m_ctx.devices.touch(deviceId, DeviceStore::Touch::Event);
        Event event;
        event.eventType = type;
        event.eventData = data;
        event.homeId = device->homeId;
        event.originDeviceId = deviceId;
        event.originDeviceClass = device->deviceClass;
        event.originDeviceIp = QStringLiteral("127.0.0.1");
        m_ctx.hub.publish(event);
    } catch (const DatabaseError &error) {
        qCWarning(lcSandbox) << "demo device" << deviceId << "could not send:" << error.what();
    }
}

}  // namespace ModeDesk::Sandbox
