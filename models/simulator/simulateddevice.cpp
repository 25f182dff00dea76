#include "simulateddevice.h"

#include <QRandomGenerator>
#include <cmath>
#include <numbers>

namespace ModeDesk {

SimulatedDevice::SimulatedDevice(const QUrl &baseUrl, qint64 deviceId, const QString &apiKey,
                                 const QString &name, QObject *parent)
    : QObject(parent), m_link(baseUrl, deviceId, apiKey), m_name(name), m_rules(defaultRules())
{
    wire();
}

SimulatedDevice::SimulatedDevice(ServerConnection *connection, qint64 deviceId,
                                 const QString &apiKey, const QString &name, QObject *parent)
    : QObject(parent), m_link(connection, deviceId, apiKey), m_name(name), m_rules(defaultRules())
{
    wire();
}

void SimulatedDevice::wire()
{
    connect(&m_link, &DeviceLink::commandReceived, this, &SimulatedDevice::onCommand);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        sendEvent(m_generator.eventType, {{m_generator.field, nextValue()}});
        ++m_generated;
    });
}

QList<ReplyRule> SimulatedDevice::defaultRules()
{
    return {{QStringLiteral("ping"), QStringLiteral("pong"), {}}};
}

void SimulatedDevice::onCommand(const DeviceCommand &command)
{
    if (m_received.size() >= MaxReceived)
        m_received.removeFirst();
    m_received.append({QDateTime::currentDateTimeUtc(), command});
    emit commandReceived(command);
    for (const ReplyRule &rule : std::as_const(m_rules)) {
        if (rule.action != command.action)
            continue;
        QJsonObject data = rule.eventData;
        for (auto it = command.parameters.begin(); it != command.parameters.end(); ++it)
            data.insert(it.key(), it.value());
        sendEvent(rule.eventType, data);
        emit replied(rule.eventType, data);
        return;
    }
}

void SimulatedDevice::startGenerator(const Generator &generator)
{
    m_generator = generator;
    m_generator.ratePerSecond = qBound(0.1, generator.ratePerSecond, 200.0);
    m_walk = (generator.low + generator.high) / 2;
    m_clock.start();
    m_timer.start(int(1000.0 / m_generator.ratePerSecond));
}

void SimulatedDevice::stopGenerator()
{
    m_timer.stop();
}

double SimulatedDevice::nextValue()
{
    const double low = m_generator.low;
    const double high = m_generator.high;
    switch (m_generator.pattern) {
        case Generator::Pattern::Sine: {
            const double t = (m_clock.isValid() ? m_clock.elapsed() : 0) / 1000.0;
            return std::round((low + (high - low) *
                                         (0.5 + 0.5 * std::sin(t * 2 * std::numbers::pi / 60.0))) *
                              100) /
                   100;
        }
        case Generator::Pattern::RandomWalk: {
            const double step =
                (high - low) * 0.05 * (QRandomGenerator::global()->generateDouble() * 2 - 1);
            m_walk = qBound(low, m_walk + step, high);
            return std::round(m_walk * 100) / 100;
        }
        case Generator::Pattern::Counter:
            return low + double(m_generated);
        case Generator::Pattern::Constant:
            return low;
    }
    return low;
}

ApiCall<NoContent> *SimulatedDevice::sendEvent(const QString &eventType,
                                               const QJsonObject &eventData)
{
    ApiCall<NoContent> *call = m_link.sendEvent(eventType, eventData);
    connect(call, &ApiCallBase::failed, this, &SimulatedDevice::sendFailed);
    return call;
}

ApiCall<RegistrationState> *SimulatedDevice::setClaimable(int seconds)
{
    return m_link.setClaimable(true, seconds);
}

}  // namespace ModeDesk
