#include "fleet.h"

#include "apiclient.h"
#include "errortext.h"
#include "fleetcounts.h"
#include "homesmodel.h"
#include "logging.h"
#include "modelroles.h"

#include <QMap>

namespace ModeDesk {

namespace {
constexpr int ApplyEveryMs = 100;
constexpr int RecountAfterMs = 250;
constexpr qint64 RefetchForEventsEveryMs = 10'000;
}  // namespace

// ---- Fleet -----------------------------------------------------------------

Fleet::Fleet(ApiClient *api, HomesModel *homes, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_homes(homes)
    , m_byHome(FleetGroupsModel::Grouping::ByHome)
    , m_byClass(FleetGroupsModel::Grouping::ByClass)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(ApplyEveryMs);
    connect(&m_applyTimer, &QTimer::timeout, this, &Fleet::applyAnswers);
    m_recountTimer.setSingleShot(true);
    m_recountTimer.setInterval(RecountAfterMs);
    connect(&m_recountTimer, &QTimer::timeout, this, &Fleet::recount);
    // Rows in or out change the counts; live changes ask for a recount themselves.
    connect(&m_devices, &QAbstractItemModel::rowsInserted, this, &Fleet::recountSoon);
    connect(&m_devices, &QAbstractItemModel::rowsRemoved, this, &Fleet::recountSoon);
    connect(&m_devices, &QAbstractItemModel::modelReset, this, &Fleet::recountSoon);

    // Homes listed: their loads start once this turn of the event loop is over, so
    // that the home the window picks as they arrive (showHome) goes ahead of them.
    m_pumpSoon.setSingleShot(true);
    m_pumpSoon.setInterval(0);
    connect(&m_pumpSoon, &QTimer::timeout, this, &Fleet::pump);
    connect(homes, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row)
                    enqueue(m_homes->record(row).id);
                m_pumpSoon.start();
            });
    connect(homes, &QAbstractItemModel::rowsRemoved, this, &Fleet::dropHomesNotListed);
    connect(homes, &QAbstractItemModel::modelReset, this, &Fleet::followHomes);
    connect(homes, &QAbstractItemModel::dataChanged, this, &Fleet::renameHomes);
}

void Fleet::recountSoon()
{
    if (!m_recountTimer.isActive())
        m_recountTimer.start();
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
    m_lastErrorDetail.clear();
    m_dropped.clear();
    m_eventRefetchMs.clear();
    m_devices.m_lastKnown.clear();
    m_wasLoading = false;
    m_devices.resetRecords({});
    for (const Home &home : m_homes->records())
        enqueue(home.id);
    reportProgress();
    m_pumpSoon.start();
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
    if (m_queue.contains(homeId))
        return;
    if (homeId == m_shown)
        m_queue.prepend(homeId);  // what is on screen goes first
    else
        m_queue.append(homeId);
}

void Fleet::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_maxInFlight)
        fetch(m_queue.takeFirst());
}

void Fleet::showHome(qint64 homeId)
{
    m_shown = homeId;
    if (homeId == 0 || m_loaded.contains(homeId) || m_inFlight.contains(homeId))
        return;
    // What is on screen goes first: ahead of the queue, and past the cap on requests.
    m_queue.removeAll(homeId);
    fetch(homeId);
}

void Fleet::reloadHome(qint64 homeId)
{
    if (homeId == 0 || m_homes->rowOf(homeId) < 0)
        return;
    if (m_inFlight.contains(homeId)) {
        m_refetch.insert(homeId);
        return;
    }
    m_queue.removeAll(homeId);
    fetch(homeId);
}

ApiCall<QList<Device>> *Fleet::readHome(qint64 homeId)
{
    return fetch(homeId);
}

ApiCall<QList<Device>> *Fleet::fetch(qint64 homeId)
{
    m_inFlight.insert(homeId);
    m_wasLoading = true;
    const int generation = m_generation;
    // false: the answer is for a list that is gone, or for a home no longer listed.
    const auto finished = [this, homeId, generation] {
        if (generation != m_generation)
            return false;
        m_inFlight.remove(homeId);
        if (m_homes->rowOf(homeId) < 0) {
            m_refetch.remove(homeId);
            return false;
        }
        if (m_refetch.remove(homeId))
            enqueue(homeId);
        return true;
    };
    // The home on screen ahead of the fleet's background loads.
    auto *call = m_api->getDevices(
        homeId, homeId == m_shown ? QNetworkRequest::HighPriority : QNetworkRequest::LowPriority);
    connect(call, &ApiCallBase::partial, this,
            [this, homeId, generation](int dropped, const QString &reason) {
                if (generation != m_generation)
                    return;
                m_dropped.insert(homeId, dropped);
                m_dropReason = reason;
                emit homePartial(homeId, dropped, reason);
            });
    connect(call, &ApiCallBase::succeeded, this, [this, homeId, generation, call] {
        if (generation == m_generation && call->dropped() == 0)
            m_dropped.remove(homeId);
    });
    connect(call, &ApiCallBase::succeeded, this, [this, homeId, finished, call] {
        if (finished()) {
            m_failed.remove(homeId);
            m_answers.insert(homeId, call->result());  // a later answer replaces an earlier one
            if (homeId == m_shown)
                applyAnswers();  // on screen: at once
            else if (!m_applyTimer.isActive())
                m_applyTimer.start();
        }
        reportProgress();
        pump();
        finishLoad();
    });
    connect(call, &ApiCallBase::failed, this, [this, homeId, finished](const ApiError &error) {
        if (finished()) {
            m_failed.insert(homeId);
            m_lastError = ErrorText::explain(error);
            m_lastErrorDetail = error.describe();
            qCWarning(lcModels).noquote()
                << "fleet: cannot load the devices of home" << homeId << error.describe();
            emit homeFailed(homeId, error);
            // No answer after the retries, and no live link either: the server cannot be
            // reached, and the homes waiting their turn would each try it four times
            // more (a thousand homes, four thousand requests). They fail with this one;
            // the server's return reads them again (Session::readAgain), or Load again
            // does. With the link up, the server is there: one slow home stops nothing.
            const bool unanswered =
                error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
            if (unanswered && !m_devices.isLinkLive())
                failWaiting(error);
        }
        reportProgress();
        pump();
        finishLoad();
    });
    return call;
}

ApiCall<NoContent> *Fleet::updateDevice(qint64 deviceId, const DeviceChanges &changes)
{
    auto *call = m_api->updateDevice(deviceId, changes);
    // PATCH answers 204: the server holds exactly these fields now.
    connect(call, &ApiCallBase::succeeded, this,
            [this, deviceId, changes] { applyChanges(deviceId, changes); });
    return call;
}

ApiCall<NoContent> *Fleet::removeDevice(qint64 deviceId)
{
    auto *call = m_api->deleteDevice(deviceId);
    connect(call, &ApiCallBase::succeeded, this, [this, deviceId] {
        if (m_devices.removeKey(deviceId))
            recountSoon();
    });
    return call;
}

void Fleet::failWaiting(const ApiError &error)
{
    QList<qint64> waiting = std::exchange(m_queue, {});
    // What is on screen is still asked for: its page would say "could not be loaded"
    // of a read never made, and nothing would ask again while it stays shown.
    if (waiting.removeAll(m_shown) > 0)
        m_queue.append(m_shown);
    for (qint64 homeId : std::as_const(waiting)) {
        m_failed.insert(homeId);
        emit homeFailed(homeId, error);
    }
}

void Fleet::retryFailed()
{
    const QList<qint64> failed(m_failed.cbegin(), m_failed.cend());
    for (qint64 homeId : failed)
        enqueue(homeId);
    reportProgress();
    pump();
}

bool Fleet::isHomeLoaded(qint64 homeId) const
{
    return m_loaded.contains(homeId) && !m_answers.contains(homeId);
}

void Fleet::finishLoad()
{
    // Once per load: the last answer is in and applied.
    if (!m_wasLoading || isLoading())
        return;
    m_wasLoading = false;
    emit loadFinished();
}

void Fleet::applyAnswers()
{
    const QHash<qint64, QList<Device>> answers = std::exchange(m_answers, {});
    QList<FleetDevice> added;
    QHash<qint64, QSet<qint64>> listed;  // per answered home, the devices it lists
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool confirmed = false;  // rows shown as last seen are the server's now
    m_devices.beginBatch();
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (m_homes->rowOf(it.key()) < 0)
            continue;  // the home went while its devices were on their way
        m_loaded.insert(it.key(), now);
        confirmed = m_devices.m_lastKnown.remove(it.key()) || confirmed;
        applyHome(it.key(), it.value(), &added, &listed[it.key()]);
    }
    m_devices.endBatch();
    // Devices an answered home no longer lists (removed, or moved elsewhere): one pass.
    m_devices.removeWhere([&listed](const FleetDevice &f) {
        const auto home = listed.constFind(f.device.homeId);
        return home != listed.cend() && !home->contains(f.device.id);
    });
    m_devices.appendRecords(added);
    if (confirmed) {
        // Greyed rows of those homes are plain again: one change for the views.
        const int rows = m_devices.rowCount();
        if (rows > 0)
            emit m_devices.dataChanged(m_devices.index(0, 0),
                                       m_devices.index(rows - 1, FleetModel::ColumnCount - 1));
        emit lastKnownChanged();
    }
    recountSoon();
    reportProgress();
    if (std::exchange(m_renamedInAnswers, false))
        emit devicesRenamed();  // renamed elsewhere (another client, another owner)
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (m_loaded.contains(it.key()))
            emit homeLoaded(it.key());
    }
    finishLoad();
}

void Fleet::applyHome(qint64 homeId, const QList<Device> &devices, QList<FleetDevice> *added,
                      QSet<qint64> *listed)
{
    const QString name = homeName(homeId);
    listed->reserve(devices.size());
    for (const Device &d : devices) {
        listed->insert(d.id);
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
        const QDateTime knownChange =
            std::max(known.device.lastConnectTime, known.device.lastDisconnectTime);
        if (knownChange > std::max(d.lastConnectTime, d.lastDisconnectTime)) {
            fresh.device.isConnected = known.device.isConnected;
            fresh.device.lastConnectTime = known.device.lastConnectTime;
            fresh.device.lastDisconnectTime = known.device.lastDisconnectTime;
        }
        m_renamedInAnswers = m_renamedInAnswers || fresh.device.name != known.device.name;
        if (!(fresh == known))
            m_devices.modify(d.id, [&fresh](FleetDevice &f) { f = fresh; });
    }
}

void Fleet::dropHomesNotListed()
{
    QSet<qint64> listed;
    for (const Home &home : m_homes->records())
        listed.insert(home.id);
    for (auto it = m_loaded.begin(); it != m_loaded.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_loaded.erase(it);
    for (auto it = m_failed.begin(); it != m_failed.end();)
        it = listed.contains(*it) ? std::next(it) : m_failed.erase(it);
    for (auto it = m_refetch.begin(); it != m_refetch.end();)
        it = listed.contains(*it) ? std::next(it) : m_refetch.erase(it);
    for (auto it = m_answers.begin(); it != m_answers.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_answers.erase(it);
    const qsizetype lastKnown = m_devices.m_lastKnown.size();
    for (auto it = m_devices.m_lastKnown.begin(); it != m_devices.m_lastKnown.end();)
        it = listed.contains(it.key()) ? std::next(it) : m_devices.m_lastKnown.erase(it);
    m_queue.removeIf([&listed](qint64 id) { return !listed.contains(id); });
    m_devices.removeWhere(
        [&listed](const FleetDevice &f) { return !listed.contains(f.device.homeId); });
    if (m_devices.m_lastKnown.size() != lastKnown)
        emit lastKnownChanged();
    reportProgress();
    finishLoad();
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
    recountSoon();
}

QString Fleet::homeNameOf(qint64 deviceId) const
{
    const int row = m_devices.rowOf(deviceId);
    return row >= 0 ? m_devices.record(row).homeName : QString();
}

QString Fleet::homeName(qint64 homeId) const
{
    const int row = m_homes->rowOf(homeId);
    return row >= 0 ? m_homes->record(row).name : QString();
}

void Fleet::applyEvents(const QList<Event> &events)
{
    bool unknown = false;
    bool connections = false;
    // A device the fleet has not seen: its home is fetched again, at most every 10 s.
    const auto fetchHomeOf = [this, &unknown](qint64 homeId) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const auto last = m_eventRefetchMs.constFind(homeId);
        if (last != m_eventRefetchMs.cend() && now - *last < RefetchForEventsEveryMs)
            return;
        m_eventRefetchMs.insert(homeId, now);
        enqueue(homeId);
        unknown = true;
    };
    m_devices.beginBatch();
    for (const Event &event : events) {
        if (event.homeId == 0 || !m_loaded.contains(event.homeId))
            continue;  // a home not listed yet (or failing): its answer brings the truth
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
            connections = true;
            if (!known)
                fetchHomeOf(event.homeId);
        } else if (event.originDeviceId != 0) {
            const bool known = m_devices.modify(event.originDeviceId, [&](FleetDevice &f) {
                f.device.lastEventTime = when;
                f.lastEventType = type;
            });
            if (!known)
                fetchHomeOf(event.homeId);
        }
    }
    m_devices.endBatch();
    if (connections)
        recountSoon();
    if (unknown)
        pump();
}

void Fleet::applyDevice(const Device &device)
{
    if (!m_loaded.contains(device.homeId) || m_answers.contains(device.homeId)) {
        // An answer on its way may predate the change: its home is read again.
        if (m_homes->rowOf(device.homeId) >= 0) {
            enqueue(device.homeId);
            pump();
        }
        return;
    }
    const int row = m_devices.rowOf(device.id);
    if (row < 0) {
        m_devices.appendRecords({{device, homeName(device.homeId), {}}});
    } else {
        const bool renamed = m_devices.record(row).device.name != device.name;
        const QString name = homeName(device.homeId);
        m_devices.modify(device.id, [&](FleetDevice &f) {
            f.device = device;
            f.homeName = name;
        });
        if (renamed)
            emit devicesRenamed();
    }
    recountSoon();
}

void Fleet::applyChanges(qint64 deviceId, const DeviceChanges &changes)
{
    m_devices.modify(deviceId, [&changes](FleetDevice &f) {
        if (changes.name)
            f.device.name = *changes.name;
        if (changes.tag)
            f.device.tag = *changes.tag;
    });
    if (changes.name)
        emit devicesRenamed();
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
    recountSoon();
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
    const FleetCounts counts = countFleet(m_homes->records(), m_devices, m_loaded);
    // The pickers' choices change only when a home or class comes, goes or is renamed.
    const auto names = [](const QList<FleetGroup> &groups) {
        QStringList out;
        for (const FleetGroup &g : groups)
            out << g.key << g.name;
        return out;
    };
    const QStringList before = names(m_byHome.records()) + names(m_byClass.records());
    m_byHome.setRecords(counts.byHome);
    m_byClass.setRecords(counts.byClass);
    if (names(m_byHome.records()) + names(m_byClass.records()) != before)
        emit choicesChanged();
}

void Fleet::showLastKnown(const LastKnownSnapshot &snapshot)
{
    QSet<qint64> homes;  // listed, and not read from the server yet
    for (auto it = snapshot.devicesAsOf.cbegin(); it != snapshot.devicesAsOf.cend(); ++it) {
        if (m_homes->rowOf(it.key()) < 0 || m_loaded.contains(it.key()) ||
            m_answers.contains(it.key()))
            continue;
        m_devices.m_lastKnown.insert(it.key(), it.value());
        homes.insert(it.key());
    }
    if (homes.isEmpty())
        return;
    QList<FleetDevice> rows;
    rows.reserve(snapshot.devices.size());
    for (const Device &device : snapshot.devices) {
        if (homes.contains(device.homeId) && !m_devices.contains(device.id))
            rows.append({device, homeName(device.homeId), {}});
    }
    m_devices.appendRecords(rows);
    recountSoon();
    emit lastKnownChanged();
}

QDateTime Fleet::lastKnownSince() const
{
    QDateTime oldest;
    for (const QDateTime &asOf : m_devices.m_lastKnown) {
        if (!oldest.isValid() || asOf < oldest)
            oldest = asOf;
    }
    return oldest;
}

void Fleet::describe(LastKnownSnapshot *snapshot) const
{
    for (const Home &home : m_homes->records()) {
        const QDateTime asOf = m_loaded.value(home.id, m_devices.m_lastKnown.value(home.id));
        if (asOf.isValid())
            snapshot->devicesAsOf.insert(home.id, asOf);
    }
    snapshot->devices.clear();
    snapshot->devices.reserve(m_devices.rowCount());
    for (const FleetDevice &f : m_devices.records()) {
        if (snapshot->devicesAsOf.contains(f.device.homeId))
            snapshot->devices.append(f.device);
    }
}

int Fleet::droppedDevices() const
{
    int dropped = 0;
    for (int n : m_dropped)
        dropped += n;
    return dropped;
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
