#include "sandboxadmin.h"

namespace ModeDesk {

SandboxAdmin::SandboxAdmin(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_api(connection)
{
    // A key that stops working (another sandbox on that address, say) is told once.
    connect(&m_api, &ApiClient::signedOut, this, [this] {
        if (!m_key.isEmpty())
            setAccess(Access::Refused);
    });
}

void SandboxAdmin::configure(const QString &adminKey, const QStringList &deviceClasses,
                             const QString &spareClaimCode)
{
    ++m_generation;
    m_key = adminKey;
    m_api.setKey(adminKey);
    setDeviceClasses(deviceClasses);
    if (spareClaimCode != m_spareClaimCode) {
        m_spareClaimCode = spareClaimCode;
        emit spareClaimCodeChanged(spareClaimCode);
    }
    setAccess(adminKey.isEmpty() ? Access::None : Access::Granted);
}

void SandboxAdmin::useKey(const QString &adminKey)
{
    configure(adminKey, {}, {});
    if (adminKey.isEmpty())
        return;
    setAccess(Access::Checking);
    const int generation = m_generation;
    m_api.getSandboxDeviceClasses()->then(
        this,
        [this, generation](const QStringList &classes) {
            if (generation != m_generation)
                return;
            setDeviceClasses(classes);
            setAccess(Access::Granted);
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            // Refused, or not a sandbox at all (MODE's cloud has no such route).
            setAccess(error.httpStatus == 401 || error.httpStatus == 404 || error.httpStatus == 403
                          ? Access::Refused
                          : Access::Granted);  // unreachable now: each use says so itself
        });
}

QString SandboxAdmin::unavailableReason() const
{
    switch (m_access) {
        case Access::Granted:
            return {};
        case Access::Checking:
            return tr("Checking the sandbox's admin key…");
        case Access::Refused:
            return tr(
                "The server refused the sandbox admin key (or it is not a MODE sandbox). "
                "Check it with Sandbox → Admin key….");
        case Access::None:
            break;
    }
    return tr(
        "Needs a MODE sandbox's admin key (Sandbox → Admin key…). MODE's cloud has none: "
        "real devices go into claim mode with their setup button.");
}

void SandboxAdmin::setAccess(Access access)
{
    if (access == m_access)
        return;
    m_access = access;
    emit accessChanged(access);
}

void SandboxAdmin::setDeviceClasses(const QStringList &classes)
{
    if (classes == m_deviceClasses)
        return;
    m_deviceClasses = classes;
    emit deviceClassesChanged(classes);
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
    auto *call = m_api.openSandboxClaimWindow(claimCode, seconds);
    connect(call, &ApiCallBase::failed, this, [this, claimCode](const ApiError &error) {
        // The demo's spare is in a home already: nothing to offer any more.
        if (error.reason == QLatin1String("DEVICE_ALREADY_IN_HOME"))
            forgetSpareIf(claimCode);
    });
    return call;
}

void SandboxAdmin::forgetSpareIf(const QString &claimCode)
{
    if (!m_spareClaimCode.isEmpty() &&
        m_spareClaimCode.compare(claimCode, Qt::CaseInsensitive) == 0)
        forgetSpare();
}

ApiCall<QList<OutboxEntry>> *SandboxAdmin::outbox()
{
    return m_api.getSandboxOutbox();
}

}  // namespace ModeDesk
