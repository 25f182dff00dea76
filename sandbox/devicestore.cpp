#include "devicestore.h"

#include "credentials.h"
#include "storeutil.h"

namespace ModeDesk::Sandbox {

namespace {
const QString DeviceColumns = QStringLiteral(
    "id, home_id, device_class, name, tag, claim_time, claim_expiration_time, "
    "last_connect_time, last_disconnect_time, last_command_time, last_event_time");
}  // namespace

NewDevice DeviceStore::createDevice(const QString &deviceClass, const QString &name,
                                    const QString &tag, qint64 homeId, bool withClaimCode,
                                    bool simulated) const
{
    const QString key = Credentials::newApiKey();
    const QString claimCode = withClaimCode ? Credentials::newClaimCode() : QString();
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO devices(home_id, device_class, name, tag, key_digest, "
                       "claim_code, claim_time, simulated, creation_time) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {homeId ? QVariant(homeId) : QVariant(), deviceClass, nonNull(name), nonNull(tag),
         Credentials::digestOf(key), claimCode.isEmpty() ? QVariant() : QVariant(claimCode),
         homeId ? now : 0, simulated ? 1 : 0, now});
    NewDevice created{*device(q.lastInsertId().toLongLong()), claimCode};
    created.device.apiKey = key;
    return created;
}

QList<Device> DeviceStore::devicesWhere(const QString &condition, const QVariantList &binds) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM devices WHERE %2 ORDER BY id").arg(DeviceColumns, condition),
        binds);
    QList<Device> devices;
    while (q.next()) {
        Device d;
        d.id = q.value(0).toLongLong();
        d.projectId = m_projectId;
        d.homeId = q.value(1).toLongLong();
        d.deviceClass = q.value(2).toString();
        d.name = q.value(3).toString();
        d.tag = q.value(4).toString();
        d.claimTime = timeFromMs(q.value(5).toLongLong());
        const qint64 claimExpiration = q.value(6).toLongLong();
        // An expired window is no window: report it only while it is open.
        if (claimExpiration > m_db.clock().nowMs())
            d.claimExpirationTime = timeFromMs(claimExpiration);
        d.lastConnectTime = timeFromMs(q.value(7).toLongLong());
        d.lastDisconnectTime = timeFromMs(q.value(8).toLongLong());
        d.lastCommandTime = timeFromMs(q.value(9).toLongLong());
        d.lastEventTime = timeFromMs(q.value(10).toLongLong());
        d.isConnected = m_isConnected && m_isConnected(d.id);
        devices.append(d);
    }
    return devices;
}

std::optional<Device> DeviceStore::device(qint64 id) const
{
    const QList<Device> found = devicesWhere(QStringLiteral("id = ?"), {id});
    return found.isEmpty() ? std::nullopt : std::optional<Device>(found.first());
}

std::optional<Device> DeviceStore::deviceByKeyDigest(const QString &digest) const
{
    const QList<Device> found = devicesWhere(QStringLiteral("key_digest = ?"), {digest});
    return found.isEmpty() ? std::nullopt : std::optional<Device>(found.first());
}

std::optional<Device> DeviceStore::deviceByClaimCode(const QString &claimCode) const
{
    const QList<Device> found =
        devicesWhere(QStringLiteral("claim_code = ? COLLATE NOCASE"), {claimCode});
    return found.isEmpty() ? std::nullopt : std::optional<Device>(found.first());
}

QList<Device> DeviceStore::devicesOfHome(qint64 homeId) const
{
    return devicesWhere(QStringLiteral("home_id = ?"), {homeId});
}

QList<qint64> DeviceStore::simulatedDeviceIds() const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM devices WHERE simulated = 1"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

int DeviceStore::countOfClass(const QString &deviceClass) const
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM devices WHERE device_class = ?"),
                {deviceClass})
        .toInt();
}

bool DeviceStore::hasClaimCode(qint64 deviceId) const
{
    return !m_db.scalar(QStringLiteral("SELECT claim_code FROM devices WHERE id = ?"), {deviceId})
                .isNull();
}

void DeviceStore::rename(qint64 id, const QString &name, const QString &tag) const
{
    m_db.exec(QStringLiteral("UPDATE devices SET name = ?, tag = ? WHERE id = ?"),
              {nonNull(name), nonNull(tag), id});
}

void DeviceStore::claim(qint64 id, qint64 homeId) const
{
    m_db.exec(QStringLiteral("UPDATE devices SET home_id = ?, claim_time = ?, "
                             "claim_expiration_time = 0 WHERE id = ?"),
              {homeId, m_db.clock().nowMs(), id});
}

void DeviceStore::unclaim(qint64 id) const
{
    m_db.exec(QStringLiteral("UPDATE devices SET home_id = NULL, claim_time = 0, "
                             "claim_expiration_time = 0 WHERE id = ?"),
              {id});
}

void DeviceStore::deleteDevice(qint64 id) const
{
    m_db.exec(QStringLiteral("DELETE FROM devices WHERE id = ?"), {id});
}

void DeviceStore::setClaimExpiration(qint64 id, qint64 expirationMs) const
{
    m_db.exec(QStringLiteral("UPDATE devices SET claim_expiration_time = ? WHERE id = ?"),
              {expirationMs, id});
}

void DeviceStore::touch(qint64 id, Touch what) const
{
    static const char *const columns[] = {"last_connect_time", "last_disconnect_time",
                                          "last_command_time", "last_event_time"};
    m_db.exec(QStringLiteral("UPDATE devices SET %1 = ? WHERE id = ?")
                  .arg(QLatin1String(columns[static_cast<int>(what)])),
              {m_db.clock().nowMs(), id});
}

QString DeviceStore::createProvisioningToken(qint64 homeId, const QString &deviceClass,
                                             const QString &tag, qint64 lifetimeMs,
                                             qint64 *expirationMs) const
{
    const QString token = Credentials::newToken();
    *expirationMs = m_db.clock().nowMs() + lifetimeMs;
    m_db.exec(QStringLiteral("INSERT INTO provisioning_tokens(token_digest, home_id, "
                             "device_class, tag, expiration_time) VALUES(?, ?, ?, ?, ?)"),
              {Credentials::digestOf(token), homeId, deviceClass, nonNull(tag), *expirationMs});
    return token;
}

std::optional<ProvisioningGrant> DeviceStore::provisioningGrant(const QString &token) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT home_id, device_class, tag, expiration_time, "
                                           "device_id FROM provisioning_tokens WHERE "
                                           "token_digest = ?"),
                            {Credentials::digestOf(token)});
    if (!q.next())
        return std::nullopt;
    return ProvisioningGrant{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toLongLong(), q.value(4).toLongLong()};
}

void DeviceStore::markRedeemed(const QString &token, qint64 deviceId) const
{
    m_db.exec(QStringLiteral("UPDATE provisioning_tokens SET device_id = ? WHERE token_digest = ?"),
              {deviceId, Credentials::digestOf(token)});
}

}  // namespace ModeDesk::Sandbox
