#include "alerts.h"

#include "fleet.h"
#include "homesmodel.h"
#include "jsoncodec.h"
#include "logging.h"
#include "modelformat.h"
#include "modelroles.h"
#include "profilefiles.h"

#include <QElapsedTimer>
#include <QFont>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace ModeDesk {

namespace {

constexpr int CompactAboveLines = 2 * Alerts::MaxRecords;
// One slice of evaluation: short enough that the UI thread never waits long on it.
constexpr qint64 SliceNs = 2'000'000;
constexpr qsizetype SliceCheckEvery = 256;
// Beyond this many waiting events the engine catches up at once: the backlog stays bounded.
constexpr qsizetype MaxWaitingEvents = 200'000;

QJsonObject toJson(const AlertRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("time"), Json::formatTime(r.time)},
            {QStringLiteral("state"),
             r.alerting ? QStringLiteral("ALERTING") : QStringLiteral("RECOVERED")},
            {QStringLiteral("ruleId"), r.ruleId},
            {QStringLiteral("ruleName"), r.ruleName},
            {QStringLiteral("severity"), AlertRule::severityName(r.severity)},
            {QStringLiteral("homeId"), r.homeId},
            {QStringLiteral("homeName"), r.homeName},
            {QStringLiteral("deviceId"), r.deviceId},
            {QStringLiteral("deviceName"), r.deviceName},
            {QStringLiteral("value"), r.value}};
}

std::optional<AlertRecord> recordFromJson(const QJsonObject &o)
{
    AlertRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.time = Json::parseTime(o.value(QStringLiteral("time")).toString());
    const auto severity =
        AlertRule::severityFromName(o.value(QStringLiteral("severity")).toString());
    if (r.id <= 0 || !r.time.isValid() || !severity)
        return std::nullopt;
    r.severity = *severity;
    r.alerting = o.value(QStringLiteral("state")).toString() != u"RECOVERED";
    r.ruleId = o.value(QStringLiteral("ruleId")).toString();
    r.ruleName = o.value(QStringLiteral("ruleName")).toString();
    r.homeId = o.value(QStringLiteral("homeId")).toInteger();
    r.homeName = o.value(QStringLiteral("homeName")).toString();
    r.deviceId = o.value(QStringLiteral("deviceId")).toInteger();
    r.deviceName = o.value(QStringLiteral("deviceName")).toString();
    r.value = o.value(QStringLiteral("value")).toString();
    return r;
}

}  // namespace

// ---- Alerts ----------------------------------------------------------------

Alerts::Alerts(Fleet *fleet, HomesModel *homes, ProfileFiles *files, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_homes(homes)
    , m_files(files)
    , m_rules(homes)
    , m_engine(fleet->devices())
{
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] { checkClock(); });
    m_clock.start();
    m_slices.setInterval(0);
    connect(&m_slices, &QTimer::timeout, this, &Alerts::evaluateSlice);
    // Names in the rules' Scope column follow the homes.
    const auto renamed = [this] {
        if (m_rules.rowCount() > 0)
            emit m_rules.dataChanged(
                m_rules.index(0, AlertRulesModel::ScopeColumn),
                m_rules.index(m_rules.rowCount() - 1, AlertRulesModel::ScopeColumn));
    };
    // The log's homes and devices too, so that a filter by the new name finds them.
    connect(homes, &QAbstractItemModel::dataChanged, this, &Alerts::renameInLog);
    connect(fleet, &Fleet::devicesRenamed, this, &Alerts::renameInLog);
    connect(homes, &QAbstractItemModel::dataChanged, this, renamed);
    connect(homes, &QAbstractItemModel::rowsInserted, this, renamed);
    connect(homes, &QAbstractItemModel::rowsRemoved, this, renamed);
    connect(homes, &QAbstractItemModel::modelReset, this, renamed);
    // Devices that leave the fleet stop alerting (their alerts recover, said why).
    const auto forget = [this] {
        record(m_engine.forgetDevicesNotIn(QDateTime::currentDateTimeUtc()));
    };
    // Not on a reset (signed out and in again): once the fleet is loaded anew,
    // what is not in it has gone.
    connect(fleet->devices(), &QAbstractItemModel::rowsRemoved, this, forget);
    connect(fleet, &Fleet::loadFinished, this, forget);
}

void Alerts::renameInLog()
{
    // What they are called now; a home or device that is gone keeps its last name.
    FleetModel *fleet = m_fleet->devices();
    m_log.beginBatch();
    for (int row = 0; row < m_log.rowCount(); ++row) {
        const AlertRecord &r = m_log.record(row);
        const int homeRow = m_homes->rowOf(r.homeId);
        const QString home = homeRow >= 0 ? m_homes->record(homeRow).name : r.homeName;
        const int deviceRow = r.deviceId ? fleet->rowOf(r.deviceId) : -1;
        const QString device = deviceRow >= 0 ? fleet->record(deviceRow).device.name : r.deviceName;
        if (home != r.homeName || device != r.deviceName)
            m_log.modify(r.id, [&home, &device](AlertRecord &changed) {
                changed.homeName = home;
                changed.deviceName = device;
            });
    }
    m_log.endBatch();
}

int Alerts::activeCount() const
{
    return activeCount(AlertRule::Severity::High) + activeCount(AlertRule::Severity::Moderate) +
           activeCount(AlertRule::Severity::Low);
}

void Alerts::open()
{
    // Another profile: what the last one's rules were watching is not its business.
    m_engine.setRules({}, QDateTime::currentDateTimeUtc());
    m_waiting.clear();
    m_waitingFrom = m_waitingEvents = 0;
    m_slices.stop();
    m_keepRulesBackup = false;
    m_logNeedsNewline = false;
    m_logLines = 0;
    m_rules.resetRecords({});
    m_log.resetRecords({});
    m_nextId = 1;
    if (!m_files->path(ProfileFiles::File::AlertRules).isEmpty()) {
        loadRules();
        loadLog();
    }
    m_engine.setRules(m_rules.records(), QDateTime::currentDateTimeUtc());  // a fresh start
    // Alerts still open in the log carry on (a restart raises nothing twice).
    QHash<std::pair<QString, qint64>, const AlertRecord *> open;
    for (const AlertRecord &r : m_log.records()) {
        const std::pair<QString, qint64> key{r.ruleId, r.deviceId ? r.deviceId : -r.homeId};
        if (r.alerting)
            open.insert(key, &r);
        else
            open.remove(key);
    }
    for (const AlertRecord *r : std::as_const(open))
        m_engine.resume(r->ruleId, r->deviceId, r->homeId, r->time);
    countUnacknowledged();
}

void Alerts::loadRules()
{
    constexpr auto File = ProfileFiles::File::AlertRules;
    QString error;
    const QByteArray bytes = m_files->read(File, &error);
    if (!error.isEmpty()) {
        m_files->reportUnreadable(
            File, tr("The alert rules could not be read (%1). No rule is checked; fix the file's "
                     "permissions and switch to the profile again.")
                      .arg(error));
        return;
    }
    if (bytes.isEmpty())
        return;  // none yet
    const Json::Decoded<QJsonValue> parsed = Json::parse(bytes);
    QList<AlertRule> rules;
    QSet<QString> ids;
    int skipped = 0;
    for (const QJsonValue &entry : parsed.ok() ? parsed.value->toArray() : QJsonArray()) {
        QString why;
        auto rule = AlertRule::fromJson(entry.toObject(), &why);
        if (rule && !ids.contains(rule->id)) {
            ids.insert(rule->id);
            rules.append(*rule);
        } else {
            ++skipped;
            qCWarning(lcModels).noquote()
                << "alert rules: skipped" << (rule ? QStringLiteral("a repeated id") : why);
        }
    }
    // What could not be read is not lost: copied beside before the next save.
    m_keepRulesBackup = !parsed.ok() || skipped > 0;
    if (!parsed.ok())
        m_files->reportUnreadable(
            File, tr("The alert rules file is not valid JSON (%1): no rule is checked. The file "
                     "is kept (as .bak) when a rule is saved.")
                      .arg(parsed.error));
    else if (skipped > 0)
        m_files->reportUnreadable(
            File, tr("%n alert rule(s) in the file could not be read and are left out; the file "
                     "is kept (as .bak) when a rule is saved.",
                     nullptr, skipped));
    m_rules.resetRecords(rules);
}

void Alerts::loadLog()
{
    constexpr auto File = ProfileFiles::File::AlertLog;
    QString error;
    const QByteArray bytes = m_files->read(File, &error);
    if (!error.isEmpty())
        m_files->reportUnreadable(
            File,
            tr("The alert log could not be read (%1): earlier alerts are not shown.").arg(error));
    if (bytes.isEmpty())
        return;  // none yet
    QList<AlertRecord> records;
    QHash<qint64, int> rowById;
    int lines = 0;
    for (qsizetype from = 0; from < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        const QByteArrayView line(bytes.constData() + from, end - from);
        from = end + 1;
        ++lines;
        const Json::Decoded<QJsonValue> parsed = Json::parse(line.toByteArray());
        if (!parsed.ok() || !parsed.value->isObject())
            continue;  // a torn last line after a crash
        const QJsonObject o = parsed.value->toObject();
        if (o.contains(QStringLiteral("acknowledged"))) {
            const qint64 id = o.value(QStringLiteral("acknowledged")).toInteger();
            const auto row = rowById.constFind(id);
            if (row != rowById.cend())
                records[*row].acknowledged = true;
            continue;
        }
        if (auto r = recordFromJson(o); r && !rowById.contains(r->id)) {
            rowById.insert(r->id, int(records.size()));
            m_nextId = std::max(m_nextId, r->id + 1);
            records.append(*r);
        }
    }
    // A torn last line (a crash mid-write): the next entry starts on a line of its own.
    m_logNeedsNewline = !bytes.endsWith('\n');
    if (records.size() > MaxRecords)
        records = records.mid(records.size() - MaxRecords);
    m_log.resetRecords(records);
    m_logLines = lines;
    if (lines > CompactAboveLines)
        compactLog();
}

void Alerts::compactLog()
{
    // Keep the file as long as what is shown: rewritten whole, or not at all.
    QByteArray bytes;
    int lines = 0;
    for (const AlertRecord &r : m_log.records()) {
        bytes += Json::serialize(toJson(r)) + '\n';
        ++lines;
        if (r.acknowledged) {
            bytes += Json::serialize(QJsonObject{{QStringLiteral("acknowledged"), r.id}}) + '\n';
            ++lines;
        }
    }
    if (m_files->save(ProfileFiles::File::AlertLog, bytes).isEmpty()) {
        m_logLines = lines;
        m_logNeedsNewline = false;
    }
}

QString Alerts::admit(AlertRule rule)
{
    rule.name = rule.name.trimmed();
    if (const QString problem = rule.problem(); !problem.isEmpty())
        return problem;
    if (rule.id.isEmpty())
        rule.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_rules.contains(rule.id))
        return tr("A rule with this id exists already.");
    m_rules.upsert(rule);
    return {};
}

QString Alerts::addRule(AlertRule rule)
{
    const QString problem = admit(std::move(rule));
    if (problem.isEmpty())
        rulesChanged();
    return problem;
}

QHash<int, QString> Alerts::addRules(const QList<AlertRule> &rules)
{
    QHash<int, QString> problems;
    for (int i = 0; i < rules.size(); ++i) {
        if (const QString problem = admit(rules.at(i)); !problem.isEmpty())
            problems.insert(i, problem);
    }
    if (problems.size() < rules.size())
        rulesChanged();
    return problems;
}

QString Alerts::updateRule(const AlertRule &changed)
{
    AlertRule rule = changed;
    rule.name = rule.name.trimmed();
    if (!m_rules.contains(rule.id))
        return tr("This rule was removed meanwhile.");
    if (const QString problem = rule.problem(); !problem.isEmpty())
        return problem;
    m_rules.upsert(rule);
    rulesChanged();
    return {};
}

void Alerts::removeRule(const QString &ruleId)
{
    if (m_rules.removeKey(ruleId))
        rulesChanged();
}

void Alerts::setRuleEnabled(const QString &ruleId, bool enabled)
{
    const int row = m_rules.rowOf(ruleId);
    if (row < 0 || m_rules.record(row).enabled == enabled)
        return;
    AlertRule rule = m_rules.record(row);
    rule.enabled = enabled;
    m_rules.upsert(rule);
    rulesChanged();
}

void Alerts::rulesChanged()
{
    record(m_engine.setRules(m_rules.records(), QDateTime::currentDateTimeUtc()));
    saveRules();
    emit countsChanged();
}

void Alerts::saveRules()
{
    if (m_files->path(ProfileFiles::File::AlertRules).isEmpty())
        return;
    QJsonArray array;
    for (const AlertRule &rule : m_rules.records())
        array.append(rule.toJson());
    if (std::exchange(m_keepRulesBackup, false))
        m_files->keepCopy(ProfileFiles::File::AlertRules);  // it held what could not be read
    m_files->save(ProfileFiles::File::AlertRules,
                  QJsonDocument(array).toJson(QJsonDocument::Indented));
}

void Alerts::appendLines(const QList<QJsonObject> &lines)
{
    if (m_files->path(ProfileFiles::File::AlertLog).isEmpty() || lines.isEmpty())
        return;
    QByteArray bytes = m_logNeedsNewline ? QByteArray("\n") : QByteArray();
    for (const QJsonObject &line : lines)
        bytes += Json::serialize(line) + '\n';
    if (!m_files->append(ProfileFiles::File::AlertLog, bytes).isEmpty()) {
        m_logNeedsNewline = true;  // whatever part went out, the next line starts anew
        return;
    }
    m_logNeedsNewline = false;
    m_logLines += int(lines.size());
    if (m_logLines > CompactAboveLines)
        compactLog();
}

void Alerts::acknowledge(const QList<qint64> &alertIds)
{
    QList<QJsonObject> lines;
    m_log.beginBatch();
    for (qint64 id : alertIds) {
        const int row = m_log.rowOf(id);
        if (row < 0 || m_log.record(row).acknowledged)
            continue;
        m_log.modify(id, [](AlertRecord &r) { r.acknowledged = true; });
        lines.append({{QStringLiteral("acknowledged"), id}});
    }
    m_log.endBatch();
    appendLines(lines);
    countUnacknowledged();
}

int Alerts::clearRecovered()
{
    // Per rule and device: does its newest entry say RECOVERED?
    QHash<std::pair<QString, qint64>, std::pair<qint64, bool>> newest;  // -> (id, over)
    for (const AlertRecord &r : m_log.records()) {
        auto found = newest.find({r.ruleId, r.deviceId});
        if (found == newest.end())
            newest.insert({r.ruleId, r.deviceId}, {r.id, !r.alerting});
        else if (r.id > found->first)
            *found = {r.id, !r.alerting};
    }
    const int before = m_log.rowCount();
    m_log.removeWhere([&newest](const AlertRecord &r) {
        return newest.value({r.ruleId, r.deviceId}).second;
    });
    const int cleared = before - m_log.rowCount();
    if (cleared > 0) {
        compactLog();
        countUnacknowledged();
    }
    return cleared;
}

void Alerts::applyEvents(const QList<Event> &events)
{
    if (events.isEmpty() || m_engine.ruleCount() == 0)
        return;
    m_waiting.append(events);
    m_waitingEvents += events.size();
    if (m_waitingEvents > MaxWaitingEvents) {
        while (!m_waiting.isEmpty())
            evaluateSlice();
        return;
    }
    if (!m_slices.isActive())
        m_slices.start();
}

void Alerts::evaluateSlice()
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<AlertTransition> transitions;
    while (!m_waiting.isEmpty()) {
        const QList<Event> &batch = m_waiting.constFirst();
        const qsizetype to = std::min(batch.size(), m_waitingFrom + SliceCheckEvery);
        transitions += m_engine.onEvents(batch, now, m_waitingFrom, to);
        m_waitingEvents -= to - m_waitingFrom;
        m_waitingFrom = to;
        if (m_waitingFrom >= batch.size()) {
            m_waiting.removeFirst();
            m_waitingFrom = 0;
        }
        if (timer.nsecsElapsed() > SliceNs)
            break;
    }
    if (m_waiting.isEmpty())
        m_slices.stop();
    record(transitions);
}

void Alerts::setLinkLive(bool live)
{
    const bool was = m_engine.isLinkLive();
    m_engine.setLinkLive(live, QDateTime::currentDateTimeUtc());
    if (was != live)
        emit countsChanged();  // the page says that the rules wait
}

void Alerts::checkClock(const QDateTime &now)
{
    record(m_engine.onClock(now));
}

void Alerts::record(const QList<AlertTransition> &transitions)
{
    if (transitions.isEmpty())
        return;
    QList<AlertRecord> added;
    QList<QJsonObject> lines;
    FleetModel *fleet = m_fleet->devices();
    for (const AlertTransition &t : transitions) {
        AlertRecord r;
        r.id = m_nextId++;
        r.time = t.time;
        r.alerting = t.alerting;
        r.ruleId = t.ruleId;
        r.ruleName = t.ruleName;
        r.severity = t.severity;
        r.homeId = t.homeId;
        const int homeRow = m_homes->rowOf(t.homeId);
        r.homeName = homeRow >= 0 ? m_homes->record(homeRow).name : QString();
        r.deviceId = t.deviceId;
        const int deviceRow = t.deviceId ? fleet->rowOf(t.deviceId) : -1;
        r.deviceName = deviceRow >= 0 ? fleet->record(deviceRow).device.name : QString();
        r.value = t.value;
        added.append(r);
        lines.append(toJson(r));
    }
    // Bounded: the oldest entries leave memory (the file keeps them until compacted).
    const int overflow = int(m_log.rowCount() + added.size()) - MaxRecords;
    if (overflow > 0) {
        QSet<qint64> oldest;
        for (int row = 0; row < std::min(overflow, m_log.rowCount()); ++row)
            oldest.insert(m_log.record(row).id);
        m_log.removeWhere([&oldest](const AlertRecord &r) { return oldest.contains(r.id); });
        if (added.size() > MaxRecords)
            added = added.mid(added.size() - MaxRecords);
    }
    m_log.appendRecords(added);
    appendLines(lines);
    for (const AlertRecord &r : std::as_const(added)) {
        if (r.alerting)
            emit alertRaised(r);
    }
    countUnacknowledged();
}

void Alerts::countUnacknowledged()
{
    int count = 0;
    for (const AlertRecord &r : m_log.records())
        count += r.alerting && !r.acknowledged;
    m_unacknowledged = count;
    emit countsChanged();
}

}  // namespace ModeDesk
