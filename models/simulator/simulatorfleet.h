// The devices ModeDesk plays (for bench tests and rehearsals), and the ways
// to get one: made by a local sandbox's admin API, pasted (id and key), or
// redeemed from a provisioning token. A list model (name, link-state lamp)
// that the Simulator page binds to; the Provisioning page asks it for
// rehearsal devices. It follows the server: a restarted sandbox gets every
// device's link retried at once.
#pragma once

#include "apiclient.h"
#include "sandboxadmin.h"
#include "simulateddevice.h"

#include <QAbstractListModel>

namespace ModeDesk {

class SimulatorFleet : public QAbstractListModel
{
    Q_OBJECT

public:
    // Devices and the admin client are handles on connection (the session's);
    // without one the fleet makes a connection of its own.
    explicit SimulatorFleet(ServerConnection *connection = nullptr, QObject *parent = nullptr);

    // The server devices talk to (the profile's API URL). Another server
    // ends the devices of the last one.
    void setServer(const QUrl &baseUrl);
    // A local sandbox's admin API: devices can be made there.
    void setSandboxAdmin(const QUrl &url, const QString &adminKey, const QStringList &deviceClasses,
                         const QString &spareClaimCode = {});
    SandboxAdmin *sandbox() const { return m_admin; }
    bool canMakeDevices() const { return m_admin->isAvailable(); }
    QStringList deviceClasses() const { return m_admin->deviceClasses(); }

    // Made by the sandbox: deviceMade() follows with its claim code.
    ApiCall<ProvisionedDevice> *makeSandboxDevice(const QString &deviceClass);
    // A rehearsal of a claim: a device made by the sandbox, played here, and
    // put in claim mode; rehearsalReady() follows with its code, or rehearsalFailed().
    void prepareClaimRehearsal(const QString &deviceClass, int claimSeconds = 600);
    SimulatedDevice *addDevice(qint64 deviceId, const QString &apiKey, const QString &name);
    // tokenRedeemed() follows with the device and its home.
    ApiCall<Device> *redeemToken(const QString &token);
    // The server is back: every device's command socket retries now.
    void reconnectAll();
    void clear();

    SimulatedDevice *device(int row) const { return m_devices.value(row); }
    const QList<SimulatedDevice *> &devices() const { return m_devices; }
    int rowOf(const SimulatedDevice *device) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    static QString linkStateLabel(LinkState state);

signals:
    void deviceMade(ModeDesk::SimulatedDevice *device, const QString &claimCode);
    void tokenRedeemed(ModeDesk::SimulatedDevice *device, qint64 homeId);
    void deviceClassesChanged(const QStringList &deviceClasses);
    void rehearsalReady(const QString &claimCode);
    void rehearsalFailed(const QString &why);
    // A device's key was refused, or one of its events could not be sent.
    void deviceProblem(ModeDesk::SimulatedDevice *device, const QString &problem);
    // Another server (another profile): the devices played here stopped and went.
    void devicesStopped(int count);

private:
    // "Simulated sensor 2": each device its own name, so they can be told apart.
    QString freshName(const QString &deviceClass) const;

    ServerConnection *m_connection;
    bool m_ownConnection;
    QUrl m_server;
    SandboxAdmin *m_admin;
    QList<SimulatedDevice *> m_devices;
};

}  // namespace ModeDesk
