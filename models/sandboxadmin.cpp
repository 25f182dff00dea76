#include "sandboxadmin.h"

namespace ModeDesk {

SandboxAdmin::SandboxAdmin(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_api(connection)
{}

void SandboxAdmin::configure(const QString &adminKey, const QStringList &deviceClasses,
                             const QString &spareClaimCode)
{
    m_api.setKey(adminKey);
    if (deviceClasses != m_deviceClasses) {
        m_deviceClasses = deviceClasses;
        emit deviceClassesChanged(deviceClasses);
    }
    if (spareClaimCode != m_spareClaimCode) {
        m_spareClaimCode = spareClaimCode;
        emit spareClaimCodeChanged(spareClaimCode);
    }
}

void SandboxAdmin::forgetSpare()
{
    if (m_spareClaimCode.isEmpty())
        return;
    m_spareClaimCode.clear();
    emit spareClaimCodeChanged({});
}

ApiCall<ProvisionedDevice> *SandboxAdmin::makeDevice(const QString &deviceClass,
                                                     const QString &name)
{
    return m_api.createSandboxDevice(deviceClass, name);
}

ApiCall<RegistrationState> *SandboxAdmin::openClaimWindow(const QString &claimCode, int seconds)
{
    return m_api.openSandboxClaimWindow(claimCode, seconds);
}

ApiCall<QList<OutboxEntry>> *SandboxAdmin::outbox()
{
    return m_api.getSandboxOutbox();
}

}  // namespace ModeDesk
