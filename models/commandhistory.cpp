#include "commandhistory.h"
#include "modelroles.h"

#include "jsoncodec.h"
#include "modelformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace ModeDesk {

namespace {
constexpr int MaxLoaded = 5'000;  // the newest commands of earlier sessions
constexpr int MaxReplies = 20;    // replies kept (and written) per command

QJsonObject toJson(const CommandRecord &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("sentAt"), Json::formatTime(r.sentAt)},
            {QStringLiteral("deviceId"), r.deviceId},
            {QStringLiteral("deviceName"), r.deviceName},
            {QStringLiteral("command"), Json::encode(r.command)},
            {QStringLiteral("result"), r.result},
            {QStringLiteral("failed"), r.failed},
            {QStringLiteral("replies"), Json::encodeList(r.linkedEvents)}};
}
}  // namespace

CommandHistory::CommandHistory(QObject *parent) : QAbstractTableModel(parent) {}

bool CommandHistory::setStorage(const QString &path, QString *error)
{
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // Each send and each result is a line; the last line of an id wins.
    QHash<qint64, CommandRecord> byId;
    QList<qint64> order;
    while (!file.atEnd()) {
        const Json::Decoded<QJsonValue> parsed = Json::parse(file.readLine());
        if (!parsed.ok() || !parsed.value->isObject())
            continue;  // a torn last line after a crash: skip it
        const QJsonObject o = parsed.value->toObject();
        CommandRecord r;
        r.id = o.value(QStringLiteral("id")).toInteger();
        r.sentAt = Json::parseTime(o.value(QStringLiteral("sentAt")).toString());
        r.deviceId = o.value(QStringLiteral("deviceId")).toInteger();
        r.deviceName = o.value(QStringLiteral("deviceName")).toString();
        const auto command = Json::decode<DeviceCommand>(o.value(QStringLiteral("command")));
        if (!command.ok() || r.id <= 0)
            continue;
        r.command = *command.value;
        r.result = o.value(QStringLiteral("result")).toString();
        r.failed = o.value(QStringLiteral("failed")).toBool();
        const auto replies = Json::decodeList<Event>(o.value(QStringLiteral("replies")));
        if (replies.ok())
            r.linkedEvents = *replies.value;
        if (!byId.contains(r.id))
            order.append(r.id);
        byId.insert(r.id, r);
    }
    beginResetModel();
    m_records.clear();
    for (qsizetype i = qMax<qsizetype>(0, order.size() - MaxLoaded); i < order.size(); ++i)
        m_records.append(byId.value(order.at(i)));
    m_nextId = order.isEmpty() ? 1 : *std::max_element(order.cbegin(), order.cend()) + 1;
    endResetModel();
    return true;
}

void CommandHistory::persist(const CommandRecord &record)
{
    if (m_path.isEmpty())
        return;
    QFile file(m_path);
    if (file.open(QIODevice::Append))
        file.write(Json::serialize(toJson(record)) + '\n');
}

int CommandHistory::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int CommandHistory::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandHistory::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CommandRecord &r = m_records.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case TimeColumn:
                return ModelFormat::dateTime(r.sentAt);
            case DeviceColumn:
                return r.deviceName.isEmpty() ? tr("Device %1").arg(r.deviceId) : r.deviceName;
            case ActionColumn:
                return r.command.parameters.isEmpty()
                           ? r.command.action
                           : QStringLiteral("%1 %2").arg(
                                 r.command.action,
                                 ModelFormat::oneLineJson(r.command.parameters, 80));
            case ResultColumn:
                return r.result.isEmpty() ? tr("sending…") : r.result;
            case RepliesColumn:
                return r.linkedEvents.isEmpty() ? QStringLiteral("—")
                                                : tr("%n event(s), last: %1", nullptr,
                                                     static_cast<int>(r.linkedEvents.size()))
                                                      .arg(r.linkedEvents.last().eventType);
        }
    } else if (role == StateRole && index.column() == ResultColumn) {
        return int(r.failed ? ItemState::Bad : ItemState::Plain);
    } else if (role == Qt::ToolTipRole && index.column() == RepliesColumn &&
               !r.linkedEvents.isEmpty()) {
        return QString::fromUtf8(Json::serialize(Json::encode(r.linkedEvents.last())));
    }
    return {};
}

QVariant CommandHistory::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case TimeColumn:
            return tr("Sent");
        case DeviceColumn:
            return tr("Device");
        case ActionColumn:
            return tr("Command");
        case ResultColumn:
            return tr("Result");
        case RepliesColumn:
            return tr("Replies");
    }
    return {};
}

qint64 CommandHistory::recordSent(qint64 deviceId, const QString &deviceName,
                                  const DeviceCommand &command)
{
    CommandRecord r;
    r.id = m_nextId++;
    r.sentAt = QDateTime::currentDateTimeUtc();
    r.deviceId = deviceId;
    r.deviceName = deviceName;
    r.command = command;
    const int row = int(m_records.size());
    beginInsertRows({}, row, row);
    m_records.append(r);
    endInsertRows();
    persist(r);
    return r.id;
}

int CommandHistory::rowOf(qint64 id) const
{
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

void CommandHistory::recordResult(qint64 id, bool failed, const QString &result)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_records[row].failed = failed;
    m_records[row].result = result;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    persist(m_records.at(row));
}

void CommandHistory::linkEvents(const QList<Event> &events)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> touched;
    for (const Event &event : events) {
        if (event.originDeviceId == 0 || event.eventType.startsWith(QLatin1Char('_')))
            continue;
        // The newest command to that device still inside its window.
        for (int row = int(m_records.size()) - 1; row >= 0; --row) {
            CommandRecord &r = m_records[row];
            if (r.sentAt.msecsTo(now) > m_linkWindowMs)
                break;  // older ones are further out still
            if (r.deviceId != event.originDeviceId || r.failed)
                continue;
            // A device that floods right after a command is not answering it
            // any more: the first replies tell the story.
            if (r.linkedEvents.size() < MaxReplies) {
                r.linkedEvents.append(event);
                emit linked(r.id, event);
                if (!touched.contains(row))
                    touched.append(row);
            }
            break;
        }
    }
    // One write and one repaint per touched command per batch, not per event.
    for (int row : std::as_const(touched)) {
        emit dataChanged(index(row, RepliesColumn), index(row, RepliesColumn));
        persist(m_records.at(row));
    }
}

QStringList CommandHistory::recentActions(int max) const
{
    QStringList actions;
    for (int row = int(m_records.size()) - 1; row >= 0 && actions.size() < max; --row) {
        const QString &action = m_records.at(row).command.action;
        if (!actions.contains(action))
            actions.append(action);
    }
    return actions;
}

// ---- CommandTemplates ---------------------------------------------------------

bool CommandTemplates::load(const QString &path, QString *error)
{
    m_path = path;
    QFile file(path);
    if (!file.exists()) {
        m_templates = defaults();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const Json::Decoded<QJsonValue> parsed = Json::parse(file.readAll());
    if (!parsed.ok() || !parsed.value->isArray()) {
        if (error)
            *error = parsed.ok() ? QStringLiteral("not a list of templates") : parsed.error;
        return false;
    }
    m_templates.clear();
    for (const QJsonValue &v : parsed.value->toArray()) {
        const QJsonObject o = v.toObject();
        const auto command = Json::decode<DeviceCommand>(o.value(QStringLiteral("command")));
        if (command.ok())
            m_templates.append({o.value(QStringLiteral("deviceClass")).toString(),
                                o.value(QStringLiteral("name")).toString(), *command.value});
    }
    return true;
}

bool CommandTemplates::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);  // all or nothing: a crash never leaves half a file
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonArray array;
    for (const CommandTemplate &t : m_templates)
        array.append(QJsonObject{{QStringLiteral("deviceClass"), t.deviceClass},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("command"), Json::encode(t.command)}});
    file.write(Json::serialize(array));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QList<CommandTemplate> CommandTemplates::forClasses(const QStringList &deviceClasses) const
{
    QList<CommandTemplate> matching;
    for (const CommandTemplate &t : m_templates) {
        if (deviceClasses.isEmpty() || deviceClasses.contains(t.deviceClass))
            matching.append(t);
    }
    return matching;
}

void CommandTemplates::upsert(const CommandTemplate &entry)
{
    for (CommandTemplate &t : m_templates) {
        if (t.deviceClass == entry.deviceClass && t.name == entry.name) {
            t = entry;
            return;
        }
    }
    m_templates.append(entry);
}

bool CommandTemplates::remove(const QString &deviceClass, const QString &name)
{
    return m_templates.removeIf([&](const CommandTemplate &t) {
        return t.deviceClass == deviceClass && t.name == name;
    }) > 0;
}

QList<CommandTemplate> CommandTemplates::defaults()
{
    const auto make = [](const char *cls, const char *name, const char *action,
                         QJsonObject params) {
        return CommandTemplate{
            QLatin1String(cls), QLatin1String(name), {QLatin1String(action), params}};
    };
    return {make("thermostat", "Set to 21 °C", "set-setpoint", {{QStringLiteral("setpoint"), 21}}),
            make("thermostat", "Ping", "ping", {}),
            make("sprinkler", "Zone 1 on for 2 min", "sprinkler-on",
                 {{QStringLiteral("zone"), 1}, {QStringLiteral("duration"), 120}}),
            make("sprinkler", "Zone 1 off", "sprinkler-off", {{QStringLiteral("zone"), 1}}),
            make("sensor", "Ping", "ping", {})};
}

}  // namespace ModeDesk
