#include "homecontroller.h"

#include "apiclient.h"
#include "errortext.h"
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

namespace {
// Words per list: full sentences, so that every language can build its own.
QString failedSentence(HomeController::Part part, const ApiError &error)
{
    const QString why = ErrorText::explain(error);
    switch (part) {
        case HomeController::Part::Devices:
            return HomeController::tr("The devices of this home could not be loaded. %1").arg(why);
        case HomeController::Part::Members:
            return HomeController::tr("The members of this home could not be loaded. %1").arg(why);
        case HomeController::Part::KeyValues:
            return HomeController::tr("The key-value pairs of this home could not be loaded. %1")
                .arg(why);
        case HomeController::Part::SmartModules:
            return HomeController::tr("The smart modules of this home could not be loaded. %1")
                .arg(why);
    }
    return why;
}

QString partialSentence(HomeController::Part part, int dropped)
{
    switch (part) {
        case HomeController::Part::Devices:
            return HomeController::tr(
                "%n device(s) sent by the server could not be read and are "
                "left out.",
                nullptr, dropped);
        case HomeController::Part::Members:
            return HomeController::tr(
                "%n member(s) sent by the server could not be read and are "
                "left out.",
                nullptr, dropped);
        case HomeController::Part::KeyValues:
            return HomeController::tr(
                "%n key-value pair(s) sent by the server could not be read "
                "and are left out.",
                nullptr, dropped);
        case HomeController::Part::SmartModules:
            return HomeController::tr(
                "%n smart module(s) sent by the server could not be read and "
                "are left out.",
                nullptr, dropped);
    }
    return {};
}
}  // namespace

template <typename T, typename Apply>
void HomeController::fetch(Part part, ApiCall<QList<T>> *call, Apply apply)
{
    const int generation = m_generation;
    started();
    connect(call, &ApiCallBase::partial, this,
            [this, generation, part](int dropped, const QString &reason) {
                if (generation == m_generation)
                    emit loadProblem(part, partialSentence(part, dropped), reason, false);
            });
    call->then(
        this,
        [this, generation, apply](const QList<T> &items) {
            if (generation == m_generation)
                apply(items);
            done();
        },
        [this, generation, part](const ApiError &error) {
            if (generation == m_generation) {
                qCWarning(lcModels).noquote() << "cannot load a home's list:" << error.describe();
                emit loadProblem(part, failedSentence(part, error), error.describe(), true);
            }
            done();
        });
}

void HomeController::fetchAll()
{
    fetch(Part::Devices, m_api->getDevices(m_homeId),
          [this](const QList<Device> &devices) { m_devices.setRecords(devices); });
    fetch(Part::Members, m_api->getMembers(m_homeId),
          [this](const QList<HomeMember> &members) { m_members.setRecords(members); });
    fetch(Part::KeyValues, m_api->getKeyValues(m_homeId),
          [this](const QList<KeyValuePair> &pairs) { m_keyValues.setRecords(pairs); });
    fetch(Part::SmartModules, m_api->getSmartModules(m_homeId),
          [this](const QList<SmartModule> &modules) { m_smartModules.setRecords(modules); });
}

ApiCall<NoContent> *HomeController::updateDevice(qint64 deviceId, const DeviceChanges &changes)
{
    auto *call = m_api->updateDevice(deviceId, changes);
    const int generation = m_generation;
    connect(call, &ApiCallBase::succeeded, this, [this, generation, deviceId, changes] {
        if (generation == m_generation)
            applyChanges(deviceId, changes);  // PATCH answers 204: the server holds these now
    });
    return call;
}

void HomeController::applyDevice(const Device &device)
{
    if (m_homeId != 0 && device.homeId == m_homeId)
        m_devices.upsert(device);
}

void HomeController::applyChanges(qint64 deviceId, const DeviceChanges &changes)
{
    if (!m_devices.contains(deviceId))
        return;
    Device device = m_devices.record(m_devices.rowOf(deviceId));
    if (changes.name)
        device.name = *changes.name;
    if (changes.tag)
        device.tag = *changes.tag;
    m_devices.upsert(device);
}

ApiCall<NoContent> *HomeController::removeDevice(qint64 deviceId)
{
    auto *call = m_api->deleteDevice(deviceId);
    const int generation = m_generation;
    connect(call, &ApiCallBase::succeeded, this, [this, generation, deviceId] {
        if (generation == m_generation)
            m_devices.removeKey(deviceId);
    });
    return call;
}

ApiCall<HomeMember> *HomeController::addMember(const MemberInvitation &invitation)
{
    auto *call = m_api->addMember(m_homeId, invitation);
    const int generation = m_generation;
    connect(call, &ApiCallBase::succeeded, this, [this, generation, call] {
        if (generation == m_generation)
            m_members.upsert(call->result());
    });
    return call;
}

ApiCall<NoContent> *HomeController::removeMember(qint64 userId, bool self)
{
    const qint64 home = m_homeId;
    auto *call = m_api->removeMember(home, userId);
    const int generation = m_generation;
    connect(call, &ApiCallBase::succeeded, this, [this, generation, userId, self, home] {
        if (generation == m_generation)
            m_members.removeKey(userId);
        if (self)
            emit leftHome(home);
    });
    return call;
}

ApiCall<NoContent> *HomeController::saveKeyValue(const QString &key, const QJsonValue &value)
{
    auto *call = m_api->putKeyValue(m_homeId, key, value);
    const int generation = m_generation;
    connect(call, &ApiCallBase::succeeded, this, [this, generation, key] {
        if (generation == m_generation)
            fetchKeyValue(key);  // PUT answers 204; the stored pair carries the server's time
    });
    return call;
}

void HomeController::fetchKeyValue(const QString &key)
{
    const int generation = m_generation;
    m_api->getKeyValue(m_homeId, key)
        ->then(
            this,
            [this, generation](const KeyValuePair &pair) {
                if (generation == m_generation)
                    m_keyValues.upsert(pair);
            },
            [this, generation, key](const ApiError &error) {
                // Deleted meanwhile (404), or the link broke: the live event or the
                // next refresh brings the truth; say why it is not shown yet.
                if (generation == m_generation && error.httpStatus != 404)
                    emit loadProblem(Part::KeyValues,
                                     tr("The saved pair “%1” could not be read back: %2")
                                         .arg(key, ErrorText::explain(error)),
                                     error.describe(), true);
            });
}

ApiCall<NoContent> *HomeController::deleteKeyValue(const QString &key)
{
    auto *call = m_api->deleteKeyValue(m_homeId, key);
    const int generation = m_generation;
    connect(call, &ApiCallBase::succeeded, this, [this, generation, key] {
        if (generation == m_generation)
            m_keyValues.removeKey(key);
    });
    return call;
}

void HomeController::applyEvents(const QList<Event> &events)
{
    QList<Event> mine;
    bool unknownDevice = false;
    m_devices.beginBatch();
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
                unknownDevice = true;  // a device we have not seen: it just joined the home
        } else if (type == QLatin1String(EventTypes::KeyValueSaved)) {
            const Json::Decoded<KeyValuePair> pair =
                Json::decode<KeyValuePair>(event.eventData.toObject());
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
    m_devices.endBatch();
    if (unknownDevice)
        refresh();
    if (!mine.isEmpty())
        emit homeEventsReceived(mine);
}

}  // namespace ModeDesk
