#include "alertengine.h"

#include "fleet.h"
#include "modelformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace ModeDesk {

namespace {

bool heldFor(const QDateTime &since, const QDateTime &now, int seconds)
{
    return since.isValid() && since.msecsTo(now) >= qint64(seconds) * 1000;
}

// Devices checked per clock tick for the time conditions: a fleet of 100,000
// is swept in a few seconds without a long tick on the UI thread.
constexpr int DevicesPerTick = 25'000;

}  // namespace

AlertEngine::Indexes &AlertEngine::indexFor(AlertRule::Kind kind)
{
    switch (kind) {
        case AlertRule::Kind::Offline:
            return m_offline;
        case AlertRule::Kind::Heartbeat:
            return m_heartbeat;
        case AlertRule::Kind::Threshold:
            return m_threshold;
        case AlertRule::Kind::KeyValueChanged:
            break;
    }
    return m_keyValue;
}

namespace {
// The same condition: only the name or the severity differs (its alerts carry on).
bool sameCondition(AlertRule a, const AlertRule &b)
{
    a.name = b.name;
    a.severity = b.severity;
    return a == b;
}
}  // namespace

QList<AlertTransition> AlertEngine::setRules(const QList<AlertRule> &rules, const QDateTime &now)
{
    std::vector<Rule> fresh;
    QHash<int, int> moved;  // old index -> new index, for rules whose condition did not change
    for (const AlertRule &r : rules) {
        if (!r.enabled || !r.problem().isEmpty())
            continue;
        Rule rule{r, FieldPath::parse(r.field), now};
        const auto old = m_ruleById.constFind(r.id);
        if (old != m_ruleById.cend() && sameCondition(m_rules[size_t(*old)].rule, r)) {
            rule.since = m_rules[size_t(*old)].since;
            moved.insert(*old, int(fresh.size()));
        }
        fresh.push_back(std::move(rule));
    }
    // What alerted under a rule that went (removed, turned off, changed) recovers, said so.
    QList<AlertTransition> out;
    QHash<Key, State> states;
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        const auto to = moved.constFind(it.key().first);
        if (to != moved.cend()) {
            State state = it.value();
            state.queued = false;
            states.insert({*to, it.key().second}, state);
        } else if (it->alerting) {
            const bool gone = std::none_of(rules.cbegin(), rules.cend(), [&](const AlertRule &r) {
                return r.id == m_rules[size_t(it.key().first)].rule.id && r.enabled;
            });
            recover(it.key().first, it.key().second, *it,
                    gone ? tr("the rule was removed or turned off") : tr("the rule was changed"),
                    now, &out);
        }
    }
    m_rules = std::move(fresh);
    m_states = std::move(states);
    // The clock's lists are made anew from the states that carried on.
    m_breaching.clear();
    m_keyValueAlerting.clear();
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        const AlertRule::Kind kind = m_rules[size_t(it.key().first)].rule.kind;
        if (kind == AlertRule::Kind::Threshold && !it->alerting && it->breachSince.isValid()) {
            it->queued = true;
            m_breaching.append(it.key());
        } else if (kind == AlertRule::Kind::KeyValueChanged && it->alerting) {
            it->queued = true;
            m_keyValueAlerting.append(it.key());
        }
    }
    m_cursor = 0;
    m_ruleById.clear();
    m_offline = m_heartbeat = m_threshold = m_keyValue = {};
    for (int i = 0; i < int(m_rules.size()); ++i) {
        const AlertRule &r = m_rules[size_t(i)].rule;
        m_ruleById.insert(r.id, i);
        Indexes &index = indexFor(r.kind);
        switch (r.scope) {
            case AlertRule::Scope::AllHomes:
                index.all.push_back(i);
                break;
            case AlertRule::Scope::Home:
                index.byHome[r.homeId].push_back(i);
                break;
            case AlertRule::Scope::DeviceClass:
                index.byClass[r.deviceClass].push_back(i);
                break;
            case AlertRule::Scope::Device:
                index.byDevice[r.deviceId].push_back(i);
                break;
        }
    }
    m_alerting = {};
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it->alerting)
            ++m_alerting[size_t(m_rules[size_t(it.key().first)].rule.severity)];
    }
    return out;
}

void AlertEngine::resume(const QString &ruleId, qint64 deviceId, qint64 homeId,
                         const QDateTime &since)
{
    const auto rule = m_ruleById.constFind(ruleId);
    if (rule == m_ruleById.cend())
        return;
    const AlertRule &r = m_rules[size_t(*rule)].rule;
    const bool keyValue = r.kind == AlertRule::Kind::KeyValueChanged;
    State &state = m_states[{*rule, keyValue ? homeId : deviceId}];
    if (state.alerting)
        return;
    state.alerting = true;
    state.homeId = homeId;
    ++m_alerting[size_t(r.severity)];
    if (r.kind == AlertRule::Kind::Threshold)
        state.breachSince = since;
    if (keyValue) {
        state.lastSeen = since;
        state.queued = true;
        m_keyValueAlerting.append({*rule, homeId});
    }
}

QList<AlertTransition> AlertEngine::forgetDevicesNotIn(const QDateTime &now)
{
    QList<AlertTransition> out;
    for (auto it = m_states.begin(); it != m_states.end();) {
        const bool keyValue =
            m_rules[size_t(it.key().first)].rule.kind == AlertRule::Kind::KeyValueChanged;
        if (keyValue || (m_fleet && m_fleet->contains(it.key().second))) {
            ++it;
            continue;
        }
        if (it->alerting)
            recover(it.key().first, it.key().second, *it, tr("no longer in the fleet"), now, &out);
        it = m_states.erase(it);
    }
    m_breaching.removeIf([this](const Key &key) { return !m_states.contains(key); });
    return out;
}

void AlertEngine::setLinkLive(bool live, const QDateTime &now)
{
    if (live == m_linkLive)
        return;
    m_linkLive = live;
    if (!live)
        return;
    // What was not heard while the link was down was not silence: count anew.
    for (Rule &rule : m_rules)
        rule.since = now;
}

template <typename Visit>
void AlertEngine::forRules(const Indexes &index, qint64 homeId, const QString &deviceClass,
                           qint64 deviceId, Visit visit) const
{
    for (int rule : index.all)
        visit(rule);
    if (!index.byHome.isEmpty()) {
        const auto it = index.byHome.constFind(homeId);
        if (it != index.byHome.cend())
            for (int rule : *it)
                visit(rule);
    }
    if (!index.byClass.isEmpty() && !deviceClass.isEmpty()) {
        const auto it = index.byClass.constFind(deviceClass);
        if (it != index.byClass.cend())
            for (int rule : *it)
                visit(rule);
    }
    if (!index.byDevice.isEmpty() && deviceId != 0) {
        const auto it = index.byDevice.constFind(deviceId);
        if (it != index.byDevice.cend())
            for (int rule : *it)
                visit(rule);
    }
}

void AlertEngine::raise(int rule, qint64 id, State &state, const QString &value,
                        const QDateTime &now, QList<AlertTransition> *out)
{
    state.alerting = true;
    state.lastValue = value;
    ++m_alerting[size_t(m_rules[size_t(rule)].rule.severity)];
    const bool keyValue = m_rules[size_t(rule)].rule.kind == AlertRule::Kind::KeyValueChanged;
    const AlertRule &r = m_rules[size_t(rule)].rule;
    out->append({r.id, r.name, r.severity, state.homeId, keyValue ? 0 : id, true, value, now});
}

void AlertEngine::recover(int rule, qint64 id, State &state, const QString &value,
                          const QDateTime &now, QList<AlertTransition> *out)
{
    state.alerting = false;
    --m_alerting[size_t(m_rules[size_t(rule)].rule.severity)];
    const bool keyValue = m_rules[size_t(rule)].rule.kind == AlertRule::Kind::KeyValueChanged;
    const AlertRule &r = m_rules[size_t(rule)].rule;
    out->append({r.id, r.name, r.severity, state.homeId, keyValue ? 0 : id, false, value, now});
}

QList<AlertTransition> AlertEngine::onEvents(const QList<Event> &events, const QDateTime &now,
                                             qsizetype from, qsizetype to)
{
    QList<AlertTransition> out;
    if (m_rules.empty())
        return out;
    const bool watchEvents = !m_heartbeat.empty() || !m_threshold.empty();
    to = to < 0 ? events.size() : std::min(to, events.size());
    for (qsizetype n = from; n < to; ++n) {
        const Event &event = events.at(n);
        const QString &type = event.eventType;
        if (!m_keyValue.empty() && (type == QLatin1String(EventTypes::KeyValueSaved) ||
                                    type == QLatin1String(EventTypes::KeyValueDeleted))) {
            const QString key = event.eventData.value(QStringLiteral("key")).toString();
            const bool saved = type == QLatin1String(EventTypes::KeyValueSaved);
            forRules(m_keyValue, event.homeId, {}, 0, [&](int i) {
                const AlertRule &r = m_rules[size_t(i)].rule;
                if (!r.key.isEmpty() && r.key != key)
                    return;
                State &state = m_states[{i, event.homeId}];
                state.homeId = event.homeId;
                state.lastSeen = now;
                const QString value =
                    saved ? QStringLiteral("%1 = %2").arg(
                                key, ModelFormat::oneLineJson(
                                         event.eventData.value(QStringLiteral("value")), 80))
                          : tr("%1 deleted").arg(key);
                if (state.alerting)
                    state.lastValue = value;
                else
                    raise(i, event.homeId, state, value, now, &out);
                if (!state.queued) {
                    state.queued = true;
                    m_keyValueAlerting.append({i, event.homeId});
                }
            });
            continue;
        }
        const qint64 deviceId = event.originDeviceId;
        if (!watchEvents || deviceId == 0)
            continue;
        const QString &deviceClass = event.originDeviceClass;
        forRules(m_heartbeat, event.homeId, deviceClass, deviceId, [&](int i) {
            if (m_rules[size_t(i)].rule.eventType != type)
                return;
            State &state = m_states[{i, deviceId}];
            state.homeId = event.homeId;
            state.lastSeen = now;
            if (state.alerting)
                recover(i, deviceId, state, tr("“%1” received").arg(type), now, &out);
        });
        forRules(m_threshold, event.homeId, deviceClass, deviceId, [&](int i) {
            const Rule &rule = m_rules[size_t(i)];
            if (!rule.rule.eventType.isEmpty() && rule.rule.eventType != type)
                return;
            const std::optional<double> value = rule.field.valueIn(event.eventData);
            if (!value)
                return;
            const bool above = rule.rule.comparison == AlertRule::Comparison::Above;
            const bool breach = above ? *value > rule.rule.threshold : *value < rule.rule.threshold;
            const auto found = m_states.find({i, deviceId});
            if (!breach && (found == m_states.end() || !found->breachSince.isValid()))
                return;  // the common case: within bounds, and it was
            State &state = found != m_states.end() ? *found : m_states[{i, deviceId}];
            state.homeId = event.homeId;
            const QString text = QStringLiteral("%1 = %2").arg(rule.rule.field).arg(*value);
            state.lastValue = text;
            if (!breach) {
                // An alert holds until the value is past the recovery level.
                const double level = rule.rule.recoveryLevel();
                if (state.alerting && (above ? *value > level : *value < level))
                    return;
                state.breachSince = {};
                if (state.alerting)
                    recover(i, deviceId, state, text, now, &out);
                return;
            }
            if (!state.breachSince.isValid())
                state.breachSince = now;
            if (state.alerting)
                return;
            if (heldFor(state.breachSince, now, rule.rule.seconds))
                raise(i, deviceId, state, text, now, &out);
            else if (!state.queued) {
                state.queued = true;
                m_breaching.append({i, deviceId});
            }
        });
    }
    return out;
}

QList<AlertTransition> AlertEngine::onClock(const QDateTime &now)
{
    QList<AlertTransition> out;
    // Nothing alerts or recovers for want of news while the link is down.
    if (!m_linkLive)
        return out;
    // A breach held long enough since its last reading.
    m_breaching.removeIf([&](const Key &key) {
        const auto state = m_states.find(key);
        if (state == m_states.end())
            return true;
        if (state->alerting || !state->breachSince.isValid()) {
            state->queued = false;
            return true;
        }
        if (!heldFor(state->breachSince, now, m_rules[size_t(key.first)].rule.seconds))
            return false;
        state->queued = false;
        raise(key.first, key.second, *state, state->lastValue, now, &out);
        return true;
    });
    // A key-value change long enough ago.
    m_keyValueAlerting.removeIf([&](const Key &key) {
        const auto state = m_states.find(key);
        if (state == m_states.end())
            return true;
        if (state->alerting &&
            !heldFor(state->lastSeen, now, m_rules[size_t(key.first)].rule.seconds))
            return false;
        state->queued = false;
        if (state->alerting)
            recover(key.first, key.second, *state, tr("no change since"), now, &out);
        return true;
    });
    // Offline and heartbeat: only while the link tells who is online and what is sent.
    if (!m_fleet || (m_offline.empty() && m_heartbeat.empty()))
        return out;
    const QList<FleetDevice> &devices = m_fleet->records();
    const int count = int(devices.size());
    const int sweep = std::min(count, DevicesPerTick);
    for (int n = 0; n < sweep; ++n, ++m_cursor) {
        if (m_cursor >= count)
            m_cursor = 0;
        const Device &d = devices.at(m_cursor).device;
        // As last seen (its home not read yet), its online state is last run's: no offline
        // alert, nor recovery, from it.
        const bool lastKnown = m_fleet->lastKnownAsOf(d.homeId).isValid();
        forRules(m_offline, d.homeId, d.deviceClass, d.id, [&](int i) {
            if (lastKnown)
                return;
            const auto found = m_states.find({i, d.id});
            if (d.isConnected) {
                if (found != m_states.end() && found->alerting)
                    recover(i, d.id, *found, tr("back online"), now, &out);
                return;
            }
            if (found != m_states.end() && found->alerting)
                return;
            const QDateTime since =
                d.lastDisconnectTime.isValid() ? d.lastDisconnectTime : d.claimTime;
            // Counted from when the rule began watching (or the link came back) at
            // the earliest: what the fleet knew before may be stale.
            const QDateTime watched = m_rules[size_t(i)].since;
            const QDateTime from = since.isValid() && since > watched ? since : watched;
            if (!heldFor(from, now, m_rules[size_t(i)].rule.seconds))
                return;
            State &state = m_states[{i, d.id}];
            state.homeId = d.homeId;
            raise(i, d.id, state, tr("offline since %1").arg(ModelFormat::dateTime(since)), now,
                  &out);
        });
        forRules(m_heartbeat, d.homeId, d.deviceClass, d.id, [&](int i) {
            const Rule &rule = m_rules[size_t(i)];
            const auto found = m_states.find({i, d.id});
            if (found != m_states.end() && found->alerting)
                return;
            const QDateTime last = found != m_states.end() ? found->lastSeen : QDateTime();
            const QDateTime base = last.isValid() && last > rule.since ? last : rule.since;
            if (!heldFor(base, now, rule.rule.seconds))
                return;
            State &state = m_states[{i, d.id}];
            state.homeId = d.homeId;
            raise(i, d.id, state,
                  last.isValid()
                      ? tr("last “%1” at %2").arg(rule.rule.eventType, ModelFormat::dateTime(last))
                      : tr("no “%1” yet").arg(rule.rule.eventType),
                  now, &out);
        });
    }
    return out;
}

int AlertEngine::alertingCount(AlertRule::Severity severity) const
{
    return m_alerting[size_t(severity)];
}

bool AlertEngine::isAlerting(const QString &ruleId, qint64 deviceId) const
{
    const auto rule = m_ruleById.constFind(ruleId);
    if (rule == m_ruleById.cend())
        return false;
    const auto state = m_states.constFind({*rule, deviceId});
    return state != m_states.cend() && state->alerting;
}

}  // namespace ModeDesk
