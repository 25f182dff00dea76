// A device played by ModeDesk for bench tests and rehearsals: it listens for
// commands (DeviceLink), answers them by rules, sends events by hand or from
// a generator (a rate and a value pattern), and opens its claim window.
#pragma once

#include "devicelink.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ModeDesk {

// When a command with this action arrives, reply with this event; the reply's
// data is eventData with the command's parameters merged over it.
struct ReplyRule {
    QString action;
    QString eventType;
    QJsonObject eventData;
    bool operator==(const ReplyRule &) const = default;
};

struct Generator {
    enum class Pattern { Sine, RandomWalk, Counter, Constant };
    QString eventType = QStringLiteral("sim-reading");
    QString field = QStringLiteral("value");
    Pattern pattern = Pattern::Sine;
    double ratePerSecond = 1.0;  // 0.1 to 200
    double low = 0;
    double high = 100;
};

struct ReceivedCommand {
    QDateTime at;  // when it arrived here
    DeviceCommand command;
};

class SimulatedDevice : public QObject
{
    Q_OBJECT

public:
    SimulatedDevice(const QUrl &baseUrl, qint64 deviceId, const QString &apiKey,
                    const QString &name, QObject *parent = nullptr);
    SimulatedDevice(ServerConnection *connection, qint64 deviceId, const QString &apiKey,
                    const QString &name, QObject *parent = nullptr);

    qint64 deviceId() const { return m_link.deviceId(); }
    QString name() const { return m_name; }
    DeviceLink *link() { return &m_link; }

    void setRules(const QList<ReplyRule> &rules) { m_rules = rules; }
    // The newest commands it received (at most MaxReceived), oldest first.
    const QList<ReceivedCommand> &received() const { return m_received; }
    static constexpr int MaxReceived = 200;
    const QList<ReplyRule> &rules() const { return m_rules; }
    // Rules that make sense for every device: ping -> pong.
    static QList<ReplyRule> defaultRules();

    void startGenerator(const Generator &generator);
    void stopGenerator();
    bool isGenerating() const { return m_timer.isActive(); }
    qint64 generatedCount() const { return m_generated; }
    // The next value the pattern gives (exposed for tests).
    double nextValue();

    ApiCall<NoContent> *sendEvent(const QString &eventType, const QJsonObject &eventData);
    ApiCall<RegistrationState> *setClaimable(int seconds);

signals:
    void commandReceived(const ModeDesk::DeviceCommand &command);
    void replied(const QString &eventType, const QJsonObject &eventData);
    void sendFailed(const ModeDesk::ApiError &error);

private:
    void wire();
    void onCommand(const DeviceCommand &command);

    DeviceLink m_link;
    QString m_name;
    QList<ReplyRule> m_rules;
    QList<ReceivedCommand> m_received;
    Generator m_generator;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_walk = 50;
    qint64 m_generated = 0;
};

}  // namespace ModeDesk
