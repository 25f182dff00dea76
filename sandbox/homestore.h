// Homes and what belongs to them: members, the smart-module catalogue and
// the key-value store.
#pragma once

#include "modeobjects.h"
#include "sandboxdatabase.h"

#include <optional>

namespace ModeDesk::Sandbox {

inline const QString OwnerRole = QStringLiteral("owner");
inline const QString MemberRole = QStringLiteral("member");

class HomeStore
{
public:
    HomeStore(const SandboxDatabase &db, qint64 projectId) : m_db(db), m_projectId(projectId) {}

    // Creates the home with its owner and the default smart-module catalogue.
    Home createHome(const QString &name, const QString &timezone, qint64 ownerUserId) const;
    std::optional<Home> home(qint64 id) const;
    QList<Home> homesOfUser(qint64 userId) const;
    int homeCountOfUser(qint64 userId) const;
    void updateHome(const Home &home) const;
    void deleteHome(qint64 id) const;

    QList<HomeMember> members(qint64 homeId) const;
    std::optional<HomeMember> member(qint64 homeId, qint64 userId) const;
    QList<qint64> memberUserIds(qint64 homeId) const;
    bool isMember(qint64 homeId, qint64 userId) const { return member(homeId, userId).has_value(); }
    void addMember(qint64 homeId, qint64 userId, const QString &role) const;
    void removeMember(qint64 homeId, qint64 userId) const;
    int ownerCount(qint64 homeId) const;
    int memberCount(qint64 homeId) const;

    QList<SmartModule> smartModules(qint64 homeId) const;
    std::optional<SmartModule> smartModule(qint64 homeId, const QString &moduleId) const;
    // The admin side (MODE's console): a module's data goes with it.
    void addSmartModule(qint64 homeId, const SmartModule &module) const;
    void updateSmartModule(qint64 homeId, const SmartModule &module) const;
    bool removeSmartModule(qint64 homeId, const QString &moduleId) const;

    QList<KeyValuePair> keyValues(qint64 homeId, const QString &keyPrefix) const;
    std::optional<KeyValuePair> keyValue(qint64 homeId, const QString &key) const;
    KeyValuePair putKeyValue(qint64 homeId, const QString &key, const QJsonValue &value) const;
    bool deleteKeyValue(qint64 homeId, const QString &key) const;
    int keyValueCount(qint64 homeId) const;

private:
    QList<HomeMember> membersWhere(const QString &condition, const QVariantList &binds) const;

    const SandboxDatabase &m_db;
    qint64 m_projectId;
};

}  // namespace ModeDesk::Sandbox
