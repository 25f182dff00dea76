#include "homecontroller.h"

#include "apiclient.h"
#include "logging.h"

namespace ModeDesk {

HomeController::HomeController(ApiClient *api, QObject *parent) : QObject(parent), m_api(api) {}

void HomeController::setHome(qint64 homeId)
{
    m_homeId = homeId;
    ++m_generation;
    m_devices.resetRecords({});
    m_members.resetRecords({});
    m_keyValues.resetRecords({});
    m_smartModules.resetRecords({});
    if (homeId != 0)
        fetchAll();
}

void HomeController::refresh()
{
    if (m_homeId != 0)
        fetchAll();
}

void HomeController::started()
{
    if (m_pending++ == 0)
        emit loadingChanged(true);
}

void HomeController::done()
{
    if (--m_pending == 0)
        emit loadingChanged(false);
}

void HomeController::fetchAll()
{
    const int generation = m_generation;
    const auto fresh = [this, generation] {
        return generation == m_generation;
    };
    const auto onFailure = [this, fresh](const QString &what) {
        return [this, fresh, what](const ApiError &error) {
            if (fresh())
                emit loadFailed(what, error);
            done();
        };
    };
    started();
    m_api->getDevices(m_homeId)->then(
        this,
        [this, fresh](const QList<Device> &devices) {
            if (fresh())
                m_devices.setRecords(devices);
            done();
        },
        onFailure(tr("devices")));
    started();
    m_api->getMembers(m_homeId)->then(
        this,
        [this, fresh](const QList<HomeMember> &members) {
            if (fresh())
                m_members.setRecords(members);
            done();
        },
        onFailure(tr("members")));
    started();
    m_api->getKeyValues(m_homeId)->then(
        this,
        [this, fresh](const QList<KeyValuePair> &pairs) {
            if (fresh())
                m_keyValues.setRecords(pairs);
            done();
        },
        onFailure(tr("key-value pairs")));
    started();
    m_api->getSmartModules(m_homeId)->then(
        this,
        [this, fresh](const QList<SmartModule> &modules) {
            if (fresh())
                m_smartModules.setRecords(modules);
            done();
        },
        onFailure(tr("smart modules")));
}

void HomeController::applyEvents(const QList<Event> &events)
{
    QList<Event> mine;
    for (const Event &event : events) {
        if (event.homeId != m_homeId || m_homeId == 0)
            continue;
        mine.append(event);
        const QDateTime when =
            event.timestamp.isValid() ? event.timestamp : QDateTime::currentDateTimeUtc();
        const QString &type = event.eventType;
        if (type == QLatin1String(EventTypes::DeviceConnected) ||
            type == QLatin1String(EventTypes::DeviceDisconnected)) {
            const qint64 deviceId =
                event.eventData.value(QStringLiteral("deviceId")).toInteger(event.originDeviceId);
            const bool online = type == QLatin1String(EventTypes::DeviceConnected);
            if (m_devices.contains(deviceId))
                m_devices.setConnected(deviceId, online, when);
            else
                refresh();  // a device we have not seen: it just joined the home
        } else if (type == QLatin1String(EventTypes::KeyValueSaved)) {
            const Json::Decoded<KeyValuePair> pair = Json::decode<KeyValuePair>(event.eventData);
            if (pair.ok())
                m_keyValues.applyLiveSave(*pair.value);
            else
                qCWarning(lcModels).noquote() << "unreadable _keyValueSaved_:" << pair.error;
        } else if (type == QLatin1String(EventTypes::KeyValueDeleted)) {
            m_keyValues.removeKey(event.eventData.value(QStringLiteral("key")).toString());
        } else if (event.originDeviceId != 0) {
            m_devices.noteEvent(event.originDeviceId, when);
        }
    }
    if (!mine.isEmpty())
        emit homeEventsReceived(mine);
}

}  // namespace ModeDesk
