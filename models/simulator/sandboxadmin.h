// A MODE sandbox's admin API, with its admin key: the project's device
// classes, devices made for the simulator, a pre-provisioned device's claim
// window, and the outbox of mail and SMS it would have sent. A handle on the
// session's connection (the sandbox is the profile's server). The local
// sandbox's key comes from its process; a standalone or shared sandbox's
// from the profile's keychain entry, checked against the server at once.
// Without a key (MODE's cloud has none) it says why each use is not there.
#pragma once

#include "apiclient.h"

#include <QObject>

namespace ModeDesk {

class SandboxAdmin : public QObject
{
    Q_OBJECT

public:
    enum class Access { None, Checking, Granted, Refused };

    explicit SandboxAdmin(ServerConnection *connection, QObject *parent = nullptr);

    // The local sandbox's own key, with what it announced: trusted as is.
    void configure(const QString &adminKey, const QStringList &deviceClasses,
                   const QString &spareClaimCode);
    // A key the user gave for this profile's server: checked (GET /sandbox/deviceClasses).
    void useKey(const QString &adminKey);
    bool isAvailable() const { return m_access == Access::Granted; }
    Access access() const { return m_access; }
    // Why the admin routes cannot be used now, and what to do ("" when they can).
    QString unavailableReason() const;
    // For the user to copy (Sandbox menu, Outbox); never logged.
    QString adminKey() const { return m_key; }
    QStringList deviceClasses() const { return m_deviceClasses; }
    // The demo's pre-provisioned spare device ("" if none).
    QString spareClaimCode() const { return m_spareClaimCode; }

    // The spare device is in a home now: nothing to offer any more.
    void forgetSpare();
    // forgetSpare() when the code is the spare's (it was just claimed, say).
    void forgetSpareIf(const QString &claimCode);

    ApiCall<ProvisionedDevice> *makeDevice(const QString &deviceClass, const QString &name);
    ApiCall<RegistrationState> *openClaimWindow(const QString &claimCode, int seconds);
    ApiCall<QList<OutboxEntry>> *outbox();

signals:
    void deviceClassesChanged(const QStringList &deviceClasses);
    void spareClaimCodeChanged(const QString &claimCode);
    void accessChanged(ModeDesk::SandboxAdmin::Access access);

private:
    void setAccess(Access access);
    void setDeviceClasses(const QStringList &classes);

    ApiClient m_api;
    QString m_key;
    Access m_access = Access::None;
    QStringList m_deviceClasses;
    QString m_spareClaimCode;
    int m_generation = 0;
};

}  // namespace ModeDesk
