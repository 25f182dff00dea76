#include "ondemandprovisioning.h"

#include "apiclient.h"
#include "homecontroller.h"

namespace ModeDesk {

namespace {
constexpr int RefreshEverySeconds = 5;
}

OnDemandProvisioning::OnDemandProvisioning(ApiClient *api, HomeController *home, QObject *parent)
    : QObject(parent), m_api(api), m_home(home)
{
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &OnDemandProvisioning::tick);
    connect(m_home->devices(), &QAbstractItemModel::rowsInserted, this,
            &OnDemandProvisioning::lookForNewDevice);
    connect(m_home->devices(), &QAbstractItemModel::modelReset, this,
            &OnDemandProvisioning::lookForNewDevice);
    connect(m_home, &HomeController::loadingChanged, this, [this](bool loading) {
        if (loading || !m_snapshotPending)
            return;
        m_snapshotPending = false;
        for (const Device &d : m_home->devices()->records())
            m_knownDevices.insert(d.id);
    });
}

ApiCall<DeviceProvisioningToken> *OnDemandProvisioning::request(const QString &deviceClass,
                                                                const QString &tag)
{
    reset();
    const int generation = ++m_generation;
    const qint64 homeId = m_home->homeId();
    auto *call = m_api->startDeviceProvisioning(homeId, deviceClass.trimmed(), tag.trimmed());
    setState(State::Requesting);
    connect(call, &ApiCallBase::failed, this, [this, generation] {
        if (generation == m_generation)
            setState(State::Idle);
    });
    connect(call, &ApiCallBase::succeeded, this, [this, call, generation, homeId, deviceClass] {
        if (generation != m_generation || homeId != m_home->homeId())
            return;
        m_token = call->result().token;
        m_expires = call->result().expirationTime;
        m_deviceClass = deviceClass.trimmed();
        // Devices there before the token are not "the one that joined": known once the
        // home's list has loaded (it may still be loading when the token comes).
        m_knownDevices.clear();
        m_snapshotPending = m_home->isLoading();
        if (!m_snapshotPending) {
            for (const Device &d : m_home->devices()->records())
                m_knownDevices.insert(d.id);
        }
        m_clock.start();
        setState(State::Waiting);
        emit ticked(secondsLeft());
    });
    return call;
}

void OnDemandProvisioning::reset()
{
    ++m_generation;
    m_clock.stop();
    m_token.clear();
    m_deviceClass.clear();
    m_expires = {};
    m_knownDevices.clear();
    m_joined = {};
    setState(State::Idle);
}

qint64 OnDemandProvisioning::secondsLeft() const
{
    return m_expires.isValid() ? qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expires))
                               : 0;
}

void OnDemandProvisioning::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void OnDemandProvisioning::tick()
{
    const qint64 left = secondsLeft();
    if (left <= 0) {
        m_clock.stop();
        setState(State::Expired);
        return;
    }
    emit ticked(left);
    // A device may have joined without a live event (BYOU, a dropped link): look.
    if (left % RefreshEverySeconds == 0)
        m_home->refresh();
}

void OnDemandProvisioning::lookForNewDevice()
{
    if (m_state != State::Waiting || m_snapshotPending)
        return;
    for (const Device &d : m_home->devices()->records()) {
        if (!m_knownDevices.contains(d.id) && d.deviceClass == m_deviceClass) {
            m_clock.stop();
            m_joined = d;
            m_token.clear();  // used: it cannot provision another device
            setState(State::Joined);
            return;
        }
    }
}

}  // namespace ModeDesk
