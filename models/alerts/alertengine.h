// Evaluates alert rules against the live stream and the clock, and says
// which (rule, device) pairs start or stop alerting. It keeps no Qt model:
// Alerts turns its transitions into the alert log.
//
// Rules are indexed by scope (all homes, a home, a class, a device), so an
// event costs the rules that can apply to its device, not all of them: a
// batch of 4,000 events against 10,000 device rules is a few thousand hash
// lookups. Time conditions (offline for N, no heartbeat for N, a breach
// held for N, a key-value change N ago) are checked once a second.
#pragma once

#include "alertrule.h"
#include "fieldpath.h"
#include "modeobjects.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <array>
#include <vector>

namespace ModeDesk {

class FleetModel;

struct AlertTransition {
    QString ruleId;
    QString ruleName;  // as the rule was: it may be gone by the time this is logged
    AlertRule::Severity severity = AlertRule::Severity::Moderate;
    qint64 homeId = 0;
    qint64 deviceId = 0;   // 0 for a home's key-value rules
    bool alerting = true;  // false: recovered
    QString value;         // what was seen: the reading, "offline since …", the key
    QDateTime time;
};

class AlertEngine
{
    Q_DECLARE_TR_FUNCTIONS(AlertEngine)

public:
    explicit AlertEngine(const FleetModel *fleet) : m_fleet(fleet) {}

    // Rules whose condition is unchanged keep their state (a new name or
    // severity too); new or edited ones start fresh (a heartbeat counts from
    // now). Disabled rules are left out. What alerted under a rule removed,
    // turned off or changed recovers: those transitions are returned.
    QList<AlertTransition> setRules(const QList<AlertRule> &rules, const QDateTime &now);
    // An alert left open by an earlier run (the log says alerting, no recovery
    // since): it carries on instead of being raised again; its condition decides.
    void resume(const QString &ruleId, qint64 deviceId, qint64 homeId, const QDateTime &since);
    // Devices gone from the fleet (removed, another user): their alerts recover.
    QList<AlertTransition> forgetDevicesNotIn(const QDateTime &now);
    // While the live link is down nobody knows who is online or what was sent:
    // time conditions wait (nothing alerts or recovers for want of news).
    bool isLinkLive() const { return m_linkLive; }
    void setLinkLive(bool live, const QDateTime &now);

    // events[from, to): a batch may be evaluated in slices.
    QList<AlertTransition> onEvents(const QList<Event> &events, const QDateTime &now,
                                    qsizetype from = 0, qsizetype to = -1);
    QList<AlertTransition> onClock(const QDateTime &now);

    int ruleCount() const { return int(m_rules.size()); }
    // Pairs alerting now, per severity.
    int alertingCount(AlertRule::Severity severity) const;
    bool isAlerting(const QString &ruleId, qint64 deviceId) const;

private:
    struct Rule {
        AlertRule rule;
        FieldPath field;
        QDateTime since;  // when the rule started (or the link came back)
    };
    struct State {
        QDateTime lastSeen;     // heartbeat: the last matching event; kv: the last change
        QDateTime breachSince;  // threshold: held since (invalid: not breaching)
        QString lastValue;
        qint64 homeId = 0;
        bool alerting = false;
        bool queued = false;  // in m_breaching or m_keyValueAlerting
    };
    using Key = std::pair<int, qint64>;  // rule index, device id (or home id for kv rules)
    using Index = QHash<qint64, std::vector<int>>;
    struct Indexes {
        std::vector<int> all;
        Index byHome;
        QHash<QString, std::vector<int>> byClass;
        Index byDevice;
        bool empty() const
        {
            return all.empty() && byHome.isEmpty() && byClass.isEmpty() && byDevice.isEmpty();
        }
    };

    template <typename Visit>
    void forRules(const Indexes &index, qint64 homeId, const QString &deviceClass, qint64 deviceId,
                  Visit visit) const;
    void raise(int rule, qint64 id, State &state, const QString &value, const QDateTime &now,
               QList<AlertTransition> *out);
    void recover(int rule, qint64 id, State &state, const QString &value, const QDateTime &now,
                 QList<AlertTransition> *out);
    Indexes &indexFor(AlertRule::Kind kind);

    const FleetModel *m_fleet;
    std::vector<Rule> m_rules;
    QHash<QString, int> m_ruleById;
    Indexes m_offline, m_heartbeat, m_threshold, m_keyValue;
    QHash<Key, State> m_states;
    QList<Key> m_breaching;         // threshold pairs held, not alerting yet: checked by the clock
    QList<Key> m_keyValueAlerting;  // key-value alerts waiting to recover
    std::array<int, 3> m_alerting{};  // pairs alerting, per severity
    int m_cursor = 0;                 // where the last clock tick's sweep of devices ended
    bool m_linkLive = false;
};

}  // namespace ModeDesk
