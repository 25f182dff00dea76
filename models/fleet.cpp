#include "fleet.h"

#include "apiclient.h"
#include "homesmodel.h"
#include "logging.h"
#include "modelformat.h"
#include "modelroles.h"

#include <QMap>

namespace ModeDesk {

namespace {
constexpr int ApplyEveryMs = 100;
constexpr int RecountAfterMs = 250;

qint64 msOf(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}
}  // namespace

// ---- FleetModel ------------------------------------------------------------

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FleetDevice &f = record(index.row());
    const Device &d = f.device;
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case HomeColumn:
                    return f.homeName;
                case NameColumn:
                    return d.name.isEmpty() ? tr("(unnamed %1)").arg(d.deviceClass) : d.name;
                case StatusColumn:
                    if (!m_linkLive)
                        return tr("Unknown");
                    return d.isConnected ? tr("Online") : tr("Offline");
                case ClassColumn:
                    return d.deviceClass;
                case TagColumn:
                    return d.tag;
                case LastEventColumn:
                    return ModelFormat::ago(d.lastEventTime);
                case LastEventTypeColumn:
                    return f.lastEventType;
                case LastConnectColumn:
                    return ModelFormat::dateTime(d.lastConnectTime);
                case LastDisconnectColumn:
                    return ModelFormat::dateTime(d.lastDisconnectTime);
            }
            break;
        case StateRole:
            if (column == StatusColumn)
                return int(isOnline(f) ? ItemState::Good : ItemState::Unknown);
            break;
        case LampRole:
            return column == StatusColumn;
        case Qt::ToolTipRole:
            return tr("Device %1 (%2) in %3").arg(d.id).arg(d.deviceClass, f.homeName);
        case IdRole:
            return d.id;
        case HomeIdRole:
            return d.homeId;
        case OnlineRole:
            return isOnline(f);
        case SortRole:
            switch (column) {
                case StatusColumn:
                    return isOnline(f) ? 1 : 0;
                case LastEventColumn:
                    return msOf(d.lastEventTime);
                case LastConnectColumn:
                    return msOf(d.lastConnectTime);
                case LastDisconnectColumn:
                    return msOf(d.lastDisconnectTime);
                default:
                    return data(index, Qt::DisplayRole);
            }
    }
    return {};
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case HomeColumn:
            return tr("Home");
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case ClassColumn:
            return tr("Class");
        case TagColumn:
            return tr("Tag");
        case LastEventColumn:
            return tr("Last event");
        case LastEventTypeColumn:
            return tr("Last event type");
        case LastConnectColumn:
            return tr("Last connected");
        case LastDisconnectColumn:
            return tr("Last disconnected");
    }
    return {};
}

// ---- FleetGroupsModel ------------------------------------------------------

int FleetGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FleetGroup &g = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
                case NameColumn:
                    return g.name;
                case DevicesColumn:
                    return g.devices;
                case OnlineColumn:
                    return g.online;
            }
            break;
        case Qt::TextAlignmentRole:
            if (index.column() != NameColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case IdRole:
            return g.key;
        case HomeIdRole:
            return g.homeId;
    }
    return {};
}

QVariant FleetGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return m_title;
        case DevicesColumn:
            return tr("Devices");
        case OnlineColumn:
            return tr("Online");
    }
    return {};
}

// ---- FleetFilter -----------------------------------------------------------

FleetFilter::FleetFilter(QObject *parent) : KeyedSortProxy(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void FleetFilter::changed()
{
    invalidate();  // one layoutChanged, as KeyedSortProxy::setFilterText
}

void FleetFilter::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    changed();
}

void FleetFilter::setOnline(Online online)
{
    if (online == m_online)
        return;
    m_online = online;
    changed();
}

void FleetFilter::setDeviceClass(const QString &deviceClass)
{
    if (deviceClass == m_class)
        return;
    m_class = deviceClass;
    changed();
}

void FleetFilter::setHome(qint64 homeId)
{
    if (homeId == m_home)
        return;
    m_home = homeId;
    changed();
}

void FleetFilter::clearCriteria()
{
    if (m_text.isEmpty() && m_online == Online::Any && m_class.isEmpty() && m_home == 0)
        return;
    m_text.clear();
    m_online = Online::Any;
    m_class.clear();
    m_home = 0;
    changed();
}

bool FleetFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *fleet = qobject_cast<const FleetModel *>(sourceModel());
    if (!fleet || sourceParent.isValid())
        return true;
    // Read from the record, never through data(): 100,000 rows in a few ms.
    const FleetDevice &f = fleet->record(sourceRow);
    const Device &d = f.device;
    if (m_home != 0 && d.homeId != m_home)
        return false;
    if (!m_class.isEmpty() && d.deviceClass != m_class)
        return false;
    if (m_online != Online::Any && fleet->isOnline(f) != (m_online == Online::Online))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    return has(d.name) || has(f.homeName) || has(d.deviceClass) || has(d.tag) ||
           has(f.lastEventType) || QString::number(d.id).contains(m_text);
}

// ---- Fleet -----------------------------------------------------------------

Fleet::Fleet(ApiClient *api, HomesModel *homes, QObject *parent)
    : QObject(parent), m_api(api), m_homes(homes), m_byHome(tr("Home")), m_byClass(tr("Class"))
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(ApplyEveryMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &Fleet::applyAnswers);
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(RecountAfterMs);
    connect(&m_recountTimer, &QTimer::timeout, this, &Fleet::recount);
    const auto recountSoon = [this] {
        if (!m_recountTimer.isActive())
            m_recountTimer.start();
    };
    connect(&m_devices, &QAbstractItemModel::rowsInserted, this, recountSoon);
    connect(&m_devices, &QAbstractItemModel::rowsRemoved, this, recountSoon);
    connect(&m_devices, &QAbstractItemModel::modelReset, this, recountSoon);
    connect(&m_devices, &QAbstractItemModel::dataChanged, this,
            [recountSoon](const QModelIndex &first, const QModelIndex &last) {
                if (first.column() <= FleetModel::ClassColumn &&
                    last.column() >= FleetModel::HomeColumn)
                    recountSoon();
            });

    connect(homes, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    enqueue(m_homes->record(row).id);
                pump();
            });
    connect(homes, &QAbstractItemModel::rowsRemoved, this, &Fleet::dropHomesNotListed);
    connect(homes, &QAbstractItemModel::modelReset, this, &Fleet::followHomes);
    connect(homes, &QAbstractItemModel::dataChanged, this, &Fleet::renameHomes);
}

QStringList Fleet::deviceClasses() const
{
    QStringList classes;
    for (const FleetGroup &g : m_byClass.records())
        classes.append(g.key);
    classes.sort(Qt::CaseInsensitive);
    return classes;
}

void Fleet::followHomes()
{
    // Another user, or none: start over.
    ++m_generation;
    m_queue.clear();
    m_inFlight.clear();
    m_loaded.clear();
    m_failed.clear();
    m_refetch.clear();
    m_answers.clear();
    m_lastError.clear();
    m_devices.resetRecords({});
    for (const Home &home : m_homes->records())
        enqueue(home.id);
    reportProgress();
    pump();
}

void Fleet::refresh()
{
    for (const Home &home : m_homes->records())
        enqueue(home.id);
    reportProgress();
    pump();
}

void Fleet::enqueue(qint64 homeId)
{
    if (m_inFlight.contains(homeId)) {
        m_refetch.insert(homeId);  // its answer may be older than what is asked for now
        return;
    }
    if (!m_queue.contains(homeId))
        m_queue.append(homeId);
}

void Fleet::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight) {
        const qint64 homeId = m_queue.takeFirst();
        m_inFlight.insert(homeId);
        const int generation = m_generation;
        const auto finished = [this, homeId, generation] {
            if (generation != m_generation)
                return false;
            m_inFlight.remove(homeId);
            m_loaded.insert(homeId);
            if (m_refetch.remove(homeId))
                m_queue.append(homeId);
            return true;
        };
        m_api->getDevices(homeId)->then(
            this,
            [this, homeId, finished](const QList<Device> &devices) {
                if (!finished())
                    return;
                m_failed.remove(homeId);
                m_answers.append({homeId, devices});
                reportProgress();
                if (!m_applyTimer.isActive())
                    m_applyTimer.start();
                pump();
            },
            [this, homeId, finished](const ApiError &error) {
                if (!finished())
                    return;
                m_failed.insert(homeId);
                m_lastError = error.describe();
                qCWarning(lcModels).noquote()
                    << "fleet: cannot load the devices of home" << homeId << error.describe();
                emit homeFailed(homeId, error);
                reportProgress();
                pump();
                if (!isLoading() && m_answers.isEmpty())
                    emit loadFinished();
            });
    }
}

void Fleet::applyAnswers()
{
    const QList<Answer> answers = std::exchange(m_answers, {});
    QList<FleetDevice> added;
    m_devices.beginBatch();
    for (const Answer &answer : answers)
        applyHome(answer, &added);
    m_devices.endBatch();
    m_devices.appendRecords(added);
    reportProgress();
    if (!isLoading() && m_answers.isEmpty())
        emit loadFinished();
}

void Fleet::applyHome(const Answer &answer, QList<FleetDevice> *added)
{
    if (m_homes->rowOf(answer.homeId) < 0)
        return;  // the home went while its devices were on their way
    const QString name = homeName(answer.homeId);
    QSet<qint64> listed;
    listed.reserve(answer.devices.size());
    for (const Device &d : answer.devices) {
        listed.insert(d.id);
        const int row = m_devices.rowOf(d.id);
        if (row < 0) {
            added->append({d, name, {}});
            continue;
        }
        const FleetDevice &known = m_devices.record(row);
        FleetDevice fresh{d, name, known.lastEventType};
        // The live link knows better than an answer that left before its events.
        if (known.device.lastEventTime > d.lastEventTime)
            fresh.device.lastEventTime = known.device.lastEventTime;
        if (!(fresh == known))
            m_devices.modify(d.id, [&fresh](FleetDevice &f) { f = fresh; });
    }
    // Devices this home no longer lists (removed, or moved to another home).
    const qint64 homeId = answer.homeId;
    bool gone = false;
    for (const FleetDevice &f : m_devices.records()) {
        if (f.device.homeId == homeId && !listed.contains(f.device.id)) {
            gone = true;
            break;
        }
    }
    if (gone) {
        m_devices.endBatch();  // removals move rows: report the marked ones first
        m_devices.removeWhere([homeId, &listed](const FleetDevice &f) {
            return f.device.homeId == homeId && !listed.contains(f.device.id);
        });
        m_devices.beginBatch();
    }
}

void Fleet::dropHomesNotListed()
{
    QSet<qint64> listed;
    for (const Home &home : m_homes->records())
        listed.insert(home.id);
    for (auto it = m_loaded.begin(); it != m_loaded.end();)
        it = listed.contains(*it) ? std::next(it) : m_loaded.erase(it);
    for (auto it = m_failed.begin(); it != m_failed.end();)
        it = listed.contains(*it) ? std::next(it) : m_failed.erase(it);
    m_queue.removeIf([&listed](qint64 id) { return !listed.contains(id); });
    m_devices.removeWhere(
        [&listed](const FleetDevice &f) { return !listed.contains(f.device.homeId); });
    reportProgress();
}

void Fleet::renameHomes()
{
    QHash<qint64, QString> names;
    for (const Home &home : m_homes->records())
        names.insert(home.id, home.name);
    m_devices.beginBatch();
    for (const FleetDevice &f : m_devices.records()) {
        const QString name = names.value(f.device.homeId);
        if (name != f.homeName)
            m_devices.modify(f.device.id, [&name](FleetDevice &d) { d.homeName = name; });
    }
    m_devices.endBatch();
}

QString Fleet::homeName(qint64 homeId) const
{
    const int row = m_homes->rowOf(homeId);
    return row >= 0 ? m_homes->record(row).name : QString();
}

void Fleet::applyEvents(const QList<Event> &events)
{
    bool unknown = false;
    m_devices.beginBatch();
    for (const Event &event : events) {
        if (event.homeId == 0 || !m_loaded.contains(event.homeId))
            continue;  // a home not listed yet: its answer brings the truth
        const QDateTime when =
            event.timestamp.isValid() ? event.timestamp : QDateTime::currentDateTimeUtc();
        const QString &type = event.eventType;
        const bool connected = type == QLatin1String(EventTypes::DeviceConnected);
        if (connected || type == QLatin1String(EventTypes::DeviceDisconnected)) {
            const qint64 deviceId =
                event.eventData.value(QStringLiteral("deviceId")).toInteger(event.originDeviceId);
            const bool known = m_devices.modify(deviceId, [&](FleetDevice &f) {
                f.device.isConnected = connected;
                (connected ? f.device.lastConnectTime : f.device.lastDisconnectTime) = when;
            });
            if (!known) {
                enqueue(event.homeId);  // a device that just joined the home
                unknown = true;
            }
        } else if (event.originDeviceId != 0) {
            const bool known = m_devices.modify(event.originDeviceId, [&](FleetDevice &f) {
                f.device.lastEventTime = when;
                f.lastEventType = type;
            });
            if (!known) {
                enqueue(event.homeId);
                unknown = true;
            }
        }
    }
    m_devices.endBatch();
    if (unknown)
        pump();
}

void Fleet::setLinkLive(bool live)
{
    if (m_devices.m_linkLive == live)
        return;
    m_devices.m_linkLive = live;
    const int rows = m_devices.rowCount();
    if (rows > 0)
        emit m_devices.dataChanged(m_devices.index(0, FleetModel::StatusColumn),
                                   m_devices.index(rows - 1, FleetModel::StatusColumn));
    m_recountTimer.start();
}

void Fleet::tick()
{
    const int rows = m_devices.rowCount();
    // Only the text of relative times changes: views repaint, proxies need not re-sort.
    if (rows > 0)
        emit m_devices.dataChanged(m_devices.index(0, FleetModel::LastEventColumn),
                                   m_devices.index(rows - 1, FleetModel::LastEventColumn),
                                   {Qt::DisplayRole});
}

void Fleet::recount()
{
    QHash<qint64, FleetGroup> homes;
    QMap<QString, FleetGroup> classes;
    for (const Home &home : m_homes->records()) {
        if (m_loaded.contains(home.id))
            homes.insert(home.id, {QString::number(home.id), home.name, home.id, 0, 0});
    }
    for (const FleetDevice &f : m_devices.records()) {
        const bool online = m_devices.isOnline(f);
        auto home = homes.find(f.device.homeId);
        if (home != homes.end()) {
            ++home->devices;
            home->online += online;
        }
        FleetGroup &c = classes[f.device.deviceClass];
        c.key = c.name = f.device.deviceClass;
        ++c.devices;
        c.online += online;
    }
    QList<FleetGroup> homeGroups;
    homeGroups.reserve(homes.size());
    for (const Home &home : m_homes->records()) {  // in the homes' order
        if (homes.contains(home.id))
            homeGroups.append(homes.value(home.id));
    }
    m_byHome.setRecords(homeGroups);
    m_byClass.setRecords(classes.values());
}

int Fleet::homesTotal() const
{
    return m_homes->rowCount();
}

void Fleet::reportProgress()
{
    emit progressChanged(homesDone(), homesTotal());
}

}  // namespace ModeDesk
