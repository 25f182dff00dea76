#include "simulatorfleet.h"

#include "errortext.h"
#include "modelroles.h"

namespace ModeDesk {

SimulatorFleet::SimulatorFleet(ServerConnection *connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection ? connection : new ServerConnection(this))
    , m_ownConnection(connection == nullptr)
    , m_admin(new SandboxAdmin(m_connection, this))
{
    connect(m_admin, &SandboxAdmin::deviceClassesChanged, this,
            &SimulatorFleet::deviceClassesChanged);
}

void SimulatorFleet::setServer(const QUrl &baseUrl)
{
    if (baseUrl == m_server)
        return;
    const int stopped = int(m_devices.size());
    clear();
    m_admin->configure({}, {}, {});  // the admin key is that sandbox's: never sent elsewhere
    m_server = baseUrl;
    if (m_ownConnection)
        m_connection->setBaseUrl(baseUrl);
    if (stopped > 0)
        emit devicesStopped(stopped);
}

void SimulatorFleet::setSandboxAdmin(const QUrl &url, const QString &adminKey,
                                     const QStringList &deviceClasses,
                                     const QString &spareClaimCode)
{
    // The admin routes are the server's own (a local sandbox's): the same connection.
    setServer(url);
    m_admin->configure(adminKey, deviceClasses, spareClaimCode);
}

QString SimulatorFleet::freshName(const QString &deviceClass) const
{
    const QString base = tr("Simulated %1").arg(deviceClass);
    const auto taken = [this](const QString &name) {
        return std::any_of(m_devices.cbegin(), m_devices.cend(),
                           [&name](const SimulatedDevice *d) { return d->name() == name; });
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

ApiCall<ProvisionedDevice> *SimulatorFleet::makeSandboxDevice(const QString &deviceClass)
{
    const QString name = freshName(deviceClass);
    auto *call = m_admin->makeDevice(deviceClass, name);
    connect(call, &ApiCallBase::succeeded, this, [this, call, name] {
        const ProvisionedDevice &made = call->result();
        emit deviceMade(addDevice(made.device.id, made.device.apiKey, name), made.claimCode);
    });
    return call;
}

void SimulatorFleet::prepareClaimRehearsal(const QString &deviceClass, int claimSeconds)
{
    if (!canMakeDevices()) {
        emit rehearsalFailed(m_admin->unavailableReason());
        return;
    }
    const QString name = freshName(deviceClass);
    m_admin->makeDevice(deviceClass, name)
        ->then(
            this,
            [this, name, claimSeconds](const ProvisionedDevice &made) {
                SimulatedDevice *device = addDevice(made.device.id, made.device.apiKey, name);
                emit deviceMade(device, made.claimCode);
                // The device itself opens its claim window, as real hardware would.
                device->setClaimable(claimSeconds)
                    ->then(
                        this,
                        [this, code = made.claimCode](const RegistrationState &) {
                            emit rehearsalReady(code);
                        },
                        [this](const ApiError &error) {
                            emit rehearsalFailed(ErrorText::explain(error));
                        });
            },
            [this](const ApiError &error) { emit rehearsalFailed(ErrorText::explain(error)); });
}

SimulatedDevice *SimulatorFleet::addDevice(qint64 deviceId, const QString &apiKey,
                                           const QString &name)
{
    auto *device = new SimulatedDevice(m_connection, deviceId, apiKey, name, this);
    const int row = int(m_devices.size());
    beginInsertRows({}, row, row);
    m_devices.append(device);
    endInsertRows();
    connect(device->link(), &DeviceLink::stateChanged, this, [this, device] {
        if (const int at = rowOf(device); at >= 0)
            emit dataChanged(index(at), index(at));
    });
    connect(device->link(), &DeviceLink::refused, this, [this, device](const QString &reason) {
        emit deviceProblem(device, tr("The server refused %1's key (%2): check the id and the key.")
                                       .arg(device->name(), reason));
    });
    connect(device, &SimulatedDevice::sendFailed, this, [this, device](const ApiError &error) {
        emit deviceProblem(device, ErrorText::explain(error));
    });
    device->link()->listen();
    return device;
}

ApiCall<Device> *SimulatorFleet::redeemToken(const QString &token)
{
    auto *call = DeviceLink::redeemToken(m_connection, token);
    connect(call, &ApiCallBase::succeeded, this, [this, call] {
        const Device &made = call->result();
        const QString name = made.name.isEmpty() ? freshName(made.deviceClass) : made.name;
        emit tokenRedeemed(addDevice(made.id, made.apiKey, name), made.homeId);
    });
    return call;
}

void SimulatorFleet::reconnectAll()
{
    for (SimulatedDevice *device : std::as_const(m_devices))
        device->link()->reconnectNow();
}

void SimulatorFleet::clear()
{
    if (m_devices.isEmpty())
        return;
    beginResetModel();
    const QList<SimulatedDevice *> gone = std::exchange(m_devices, {});
    endResetModel();
    for (SimulatedDevice *device : gone) {
        device->link()->disconnect(this);
        device->disconnect(this);
        device->stopGenerator();
        device->link()->stop();
        device->deleteLater();
    }
}

int SimulatorFleet::rowOf(const SimulatedDevice *device) const
{
    return int(m_devices.indexOf(const_cast<SimulatedDevice *>(device)));
}

int SimulatorFleet::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

QVariant SimulatorFleet::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    SimulatedDevice *device = m_devices.at(index.row());
    const LinkState state = device->link()->state();
    switch (role) {
        case Qt::DisplayRole:
            return tr("%1 (id %2)").arg(device->name()).arg(device->deviceId());
        case Qt::ToolTipRole:
            return tr("Command socket: %1").arg(linkStateLabel(state));
        case IdRole:
            return device->deviceId();
        case StateRole:
            return int(state == LinkState::Live      ? ItemState::Good
                       : state == LinkState::Refused ? ItemState::Bad
                                                     : ItemState::Unknown);
        case LampRole:
            return true;
    }
    return {};
}

QString SimulatorFleet::linkStateLabel(LinkState state)
{
    switch (state) {
        case LinkState::Closed:
            return tr("closed");
        case LinkState::Connecting:
            return tr("connecting");
        case LinkState::Live:
            return tr("live");
        case LinkState::Reconnecting:
            return tr("reconnecting");
        case LinkState::Refused:
            return tr("refused");
    }
    return {};
}

}  // namespace ModeDesk
