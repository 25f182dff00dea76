#include "homecontroller.h"

#include "apiclient.h"
#include "errortext.h"
#include "fleet.h"
#include "logging.h"
#include "modelformat.h"

namespace ModeDesk {

namespace {
QString failedSentence(HomeController::Part part, const ApiError &error);
QString partialSentence(HomeController::Part part, int dropped);
}  // namespace

HomeController::HomeController(ApiClient *api, Fleet *fleet, QObject *parent)
    : QObject(parent), m_api(api), m_fleet(fleet), m_devices(fleet->devices())
{
    // The devices' part of loading, and its problems, are the fleet's answers for this home.
    connect(fleet, &Fleet::homeLoaded, this, [this](qint64 homeId) {
        if (homeId == m_homeId)
            devicesSettled();
    });
    connect(fleet, &Fleet::homeFailed, this, [this](qint64 homeId, const ApiError &error) {
        if (homeId != m_homeId || m_homeId == 0)
            return;
        devicesSettled();
        QString sentence = failedSentence(Part::Devices, error);
        // Rows from the last run still shown: say since when (greyed in the table).
        if (const QDateTime asOf = m_fleet->devices()->lastKnownAsOf(homeId); asOf.isValid())
            sentence += QLatin1Char(' ') + ModelFormat::listAsLastSeen(asOf);
        emit loadProblem(Part::Devices, sentence, error.describe(), true);
    });
    connect(fleet, &Fleet::homePartial, this,
            [this](qint64 homeId, int dropped, const QString &reason) {
                if (homeId == m_homeId && m_homeId != 0)
                    emit loadProblem(Part::Devices, partialSentence(Part::Devices, dropped), reason,
                                     false);
            });
}

void HomeController::setHome(qint64 homeId)
{
    m_homeId = homeId;
    ++m_generation;
    devicesSettled();  // what was awaited belonged to the last home
    m_devices.setHome(homeId);
    m_members.resetRecords({});
    m_keyValues.resetRecords({});
    m_smartModules.resetRecords({});
    m_fleet->showHome(homeId);
    if (homeId == 0)
        return;
    awaitDevices();
    fetchLists();
}

void HomeController::refresh()
{
    if (m_homeId == 0)
        return;
    m_fleet->reloadHome(m_homeId);
    awaitDevices();
    fetchLists();
}

void HomeController::resync()
{
    if (m_homeId == 0)
        return;
    awaitDevices();
    fetchLists();
}

void HomeController::awaitDevices()
{
    if (m_awaitingDevices || !m_fleet->isFetching(m_homeId))
        return;
    m_awaitingDevices = true;
    started();
}

void HomeController::devicesSettled()
{
    if (!m_awaitingDevices)
        return;
    m_awaitingDevices = false;
    done();
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

void HomeController::fetchLists()
{
    fetch(Part::Members, m_api->getMembers(m_homeId),
          [this](const QList<HomeMember> &members) { m_members.setRecords(members); });
    fetch(Part::KeyValues, m_api->getKeyValues(m_homeId),
          [this](const QList<KeyValuePair> &pairs) { m_keyValues.setRecords(pairs); });
    fetch(Part::SmartModules, m_api->getSmartModules(m_homeId),
          [this](const QList<SmartModule> &modules) { m_smartModules.setRecords(modules); });
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
    // Devices are the fleet's (it applies the same events); the pairs are this home's.
    QList<Event> mine;
    for (const Event &event : events) {
        if (event.homeId != m_homeId || m_homeId == 0)
            continue;
        mine.append(event);
        const QString &type = event.eventType;
        if (type == QLatin1String(EventTypes::KeyValueSaved)) {
            const Json::Decoded<KeyValuePair> pair =
                Json::decode<KeyValuePair>(event.eventData.toObject());
            if (pair.ok())
                m_keyValues.applyLiveSave(*pair.value);
            else
                qCWarning(lcModels).noquote() << "unreadable _keyValueSaved_:" << pair.error;
        } else if (type == QLatin1String(EventTypes::KeyValueDeleted)) {
            m_keyValues.removeKey(event.eventData.value(QStringLiteral("key")).toString());
        }
    }
    if (!mine.isEmpty())
        emit homeEventsReceived(mine);
}

}  // namespace ModeDesk
