// A local sandbox's admin API, with its admin key: the project's device
// classes, devices made for the simulator, a pre-provisioned device's claim
// window, and the outbox of mail and SMS it would have sent. A handle on the
// session's connection (the sandbox is the profile's server).
#pragma once

#include "apiclient.h"

#include <QObject>

namespace ModeDesk {

class SandboxAdmin : public QObject
{
    Q_OBJECT

public:
    explicit SandboxAdmin(ServerConnection *connection, QObject *parent = nullptr);

    void configure(const QString &adminKey, const QStringList &deviceClasses,
                   const QString &spareClaimCode);
    bool isAvailable() const { return m_api.hasKey(); }
    QStringList deviceClasses() const { return m_deviceClasses; }
    // The demo's pre-provisioned spare device ("" if none).
    QString spareClaimCode() const { return m_spareClaimCode; }

    // The spare device is in a home now: nothing to offer any more.
    void forgetSpare();

    ApiCall<ProvisionedDevice> *makeDevice(const QString &deviceClass, const QString &name);
    ApiCall<RegistrationState> *openClaimWindow(const QString &claimCode, int seconds);
    ApiCall<QList<OutboxEntry>> *outbox();

signals:
    void deviceClassesChanged(const QStringList &deviceClasses);
    void spareClaimCodeChanged(const QString &claimCode);

private:
    ApiClient m_api;
    QStringList m_deviceClasses;
    QString m_spareClaimCode;
};

}  // namespace ModeDesk
