// Devices (pre-provisioned with claim codes or made from provisioning tokens)
// and the provisioning tokens themselves.
#pragma once

#include "modeobjects.h"
#include "sandboxdatabase.h"

#include <functional>
#include <optional>

namespace ModeDesk::Sandbox {

// How long a device stays claimable when it enters claim mode, unless told.
inline constexpr int DefaultClaimWindowSeconds = 600;
inline constexpr int MaxClaimWindowSeconds = 24 * 60 * 60;

struct NewDevice {
    Device device;      // with apiKey filled in: the only time it is known
    QString claimCode;  // empty for devices made from a provisioning token
};

struct ProvisioningGrant {
    qint64 homeId = 0;
    QString deviceClass;
    QString tag;
    qint64 expirationMs = 0;
    qint64 redeemedDeviceId = 0;  // non-zero once used
};

class DeviceStore
{
public:
    DeviceStore(const SandboxDatabase &db, qint64 projectId) : m_db(db), m_projectId(projectId) {}

    // Whether a device has an open command socket lives in the event hub, not here.
    void setConnectionProbe(std::function<bool(qint64)> probe) { m_isConnected = std::move(probe); }

    NewDevice createDevice(const QString &deviceClass, const QString &name, const QString &tag,
                           qint64 homeId, bool withClaimCode, bool simulated = false) const;
    std::optional<Device> device(qint64 id) const;
    std::optional<Device> deviceByKeyDigest(const QString &digest) const;
    std::optional<Device> deviceByClaimCode(const QString &claimCode) const;
    QList<Device> devicesOfHome(qint64 homeId) const;
    QList<qint64> simulatedDeviceIds() const;
    bool hasClaimCode(qint64 deviceId) const;
    int countOfClass(const QString &deviceClass) const;

    void rename(qint64 id, const QString &name, const QString &tag) const;
    void claim(qint64 id, qint64 homeId) const;
    void unclaim(qint64 id) const;
    void deleteDevice(qint64 id) const;
    void setClaimExpiration(qint64 id, qint64 expirationMs) const;

    enum class Touch { Connect, Disconnect, Command, Event };
    void touch(qint64 id, Touch what) const;

    // Returns the plain token once; only its digest is stored.
    QString createProvisioningToken(qint64 homeId, const QString &deviceClass, const QString &tag,
                                    qint64 lifetimeMs, qint64 *expirationMs) const;
    std::optional<ProvisioningGrant> provisioningGrant(const QString &token) const;
    void markRedeemed(const QString &token, qint64 deviceId) const;

private:
    QList<Device> devicesWhere(const QString &condition, const QVariantList &binds) const;

    const SandboxDatabase &m_db;
    qint64 m_projectId;
    std::function<bool(qint64)> m_isConnected;
};

}  // namespace ModeDesk::Sandbox
