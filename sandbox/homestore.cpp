#include "homestore.h"

#include "jsoncodec.h"
#include "storeutil.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ModeDesk::Sandbox {

namespace {

struct CatalogueEntry {
    const char *id;
    const char *type;
    const char *description;
};

// What every new home starts with; MODE configures these per project, the
// sandbox gives each home the same catalogue (admin routes change it).
constexpr CatalogueEntry DefaultCatalogue[] = {
    {"tsdb", "tsdb", "Time-series database: stores the timeSeriesData of events"},
    {"webhooks", "webhooks", "Forwards home events to an HTTPS endpoint"},
    {"automation", "automation", "Runs rules that react to events and key-value changes"},
};

Home homeFromRow(const QSqlQuery &q, qint64 projectId)
{
    Home h;
    h.id = q.value(0).toLongLong();
    h.projectId = projectId;
    h.name = q.value(1).toString();
    h.timezone = q.value(2).toString();
    h.deactivated = q.value(3).toBool();
    h.creationTime = timeFromMs(q.value(4).toLongLong());
    return h;
}

KeyValuePair pairFromRow(const QSqlQuery &q)
{
    KeyValuePair p;
    p.key = q.value(0).toString();
    Json::Decoded<QJsonValue> value = Json::parse("[" + q.value(1).toByteArray() + "]");
    p.value = value.ok() ? value.value->toArray().at(0) : QJsonValue();
    p.modificationTime = timeFromMs(q.value(2).toLongLong());
    return p;
}

const QString HomeColumns = QStringLiteral("id, name, timezone, deactivated, creation_time");

}  // namespace

Home HomeStore::createHome(const QString &name, const QString &timezone, qint64 ownerUserId) const
{
    Transaction transaction(m_db);
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO homes(name, timezone, creation_time) VALUES(?, ?, ?)"),
        {name, nonNull(timezone), now});
    const qint64 id = q.lastInsertId().toLongLong();
    addMember(id, ownerUserId, OwnerRole);
    for (const CatalogueEntry &entry : DefaultCatalogue) {
        m_db.exec(QStringLiteral("INSERT INTO smart_modules(home_id, id, module_type, "
                                 "description, creation_time) VALUES(?, ?, ?, ?, ?)"),
                  {id, QLatin1String(entry.id), QLatin1String(entry.type),
                   QLatin1String(entry.description), now});
    }
    transaction.commit();
    return *home(id);
}

std::optional<Home> HomeStore::home(qint64 id) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT %1 FROM homes WHERE id = ?").arg(HomeColumns), {id});
    if (!q.next())
        return std::nullopt;
    return homeFromRow(q, m_projectId);
}

QList<Home> HomeStore::homesOfUser(qint64 userId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT h.id, h.name, h.timezone, h.deactivated, "
                                           "h.creation_time FROM homes h JOIN members m ON "
                                           "m.home_id = h.id WHERE m.user_id = ? ORDER BY h.id"),
                            {userId});
    QList<Home> homes;
    while (q.next())
        homes.append(homeFromRow(q, m_projectId));
    return homes;
}

int HomeStore::homeCountOfUser(qint64 userId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE user_id = ?"), {userId})
        .toInt();
}

void HomeStore::updateHome(const Home &home) const
{
    m_db.exec(QStringLiteral("UPDATE homes SET name = ?, timezone = ? WHERE id = ?"),
              {home.name, nonNull(home.timezone), home.id});
}

void HomeStore::deleteHome(qint64 id) const
{
    m_db.exec(QStringLiteral("DELETE FROM homes WHERE id = ?"), {id});
}

QList<HomeMember> HomeStore::membersWhere(const QString &condition, const QVariantList &binds) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT u.id, u.name, u.email, u.phone, u.verified, m.role, "
                       "m.creation_time FROM members m JOIN users u ON u.id = m.user_id WHERE ") +
            condition + QStringLiteral(" ORDER BY m.creation_time, u.id"),
        binds);
    QList<HomeMember> members;
    while (q.next()) {
        HomeMember m;
        m.userId = q.value(0).toLongLong();
        m.name = q.value(1).toString();
        m.email = q.value(2).toString();
        m.phoneNumber = q.value(3).toString();
        m.verified = q.value(4).toBool();
        m.role = q.value(5).toString();
        m.creationTime = timeFromMs(q.value(6).toLongLong());
        members.append(m);
    }
    return members;
}

QList<HomeMember> HomeStore::members(qint64 homeId) const
{
    return membersWhere(QStringLiteral("m.home_id = ?"), {homeId});
}

std::optional<HomeMember> HomeStore::member(qint64 homeId, qint64 userId) const
{
    const QList<HomeMember> found =
        membersWhere(QStringLiteral("m.home_id = ? AND m.user_id = ?"), {homeId, userId});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<qint64> HomeStore::memberUserIds(qint64 homeId) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT user_id FROM members WHERE home_id = ?"), {homeId});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void HomeStore::addMember(qint64 homeId, qint64 userId, const QString &role) const
{
    m_db.exec(QStringLiteral("INSERT INTO members(home_id, user_id, role, creation_time) "
                             "VALUES(?, ?, ?, ?)"),
              {homeId, userId, role, m_db.clock().nowMs()});
}

void HomeStore::removeMember(qint64 homeId, qint64 userId) const
{
    m_db.exec(QStringLiteral("DELETE FROM members WHERE home_id = ? AND user_id = ?"),
              {homeId, userId});
}

int HomeStore::ownerCount(qint64 homeId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE home_id = ? AND role = ?"),
                {homeId, OwnerRole})
        .toInt();
}

int HomeStore::memberCount(qint64 homeId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM members WHERE home_id = ?"), {homeId})
        .toInt();
}

QList<SmartModule> HomeStore::smartModules(qint64 homeId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, module_type, description, suspended, "
                                           "creation_time, subscribed_events FROM smart_modules "
                                           "WHERE home_id = ? ORDER BY id"),
                            {homeId});
    QList<SmartModule> modules;
    while (q.next()) {
        QStringList subscribed;
        for (const QJsonValue &type :
             QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
            subscribed.append(type.toString());
        modules.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        timeFromMs(q.value(4).toLongLong()), q.value(3).toBool(), subscribed});
    }
    return modules;
}

std::optional<SmartModule> HomeStore::smartModule(qint64 homeId, const QString &moduleId) const
{
    for (const SmartModule &module : smartModules(homeId)) {
        if (module.id == moduleId)
            return module;
    }
    return std::nullopt;
}

namespace {
QString subscribedText(const QStringList &types)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(types)).toJson(QJsonDocument::Compact));
}
}  // namespace

void HomeStore::addSmartModule(qint64 homeId, const SmartModule &module) const
{
    m_db.exec(QStringLiteral("INSERT INTO smart_modules(home_id, id, module_type, description, "
                             "suspended, subscribed_events, creation_time) VALUES(?, ?, ?, ?, ?, "
                             "?, ?)"),
              {homeId, module.id, module.moduleType, nonNull(module.description), module.suspended,
               subscribedText(module.subscribedEvents), m_db.clock().nowMs()});
}

void HomeStore::updateSmartModule(qint64 homeId, const SmartModule &module) const
{
    m_db.exec(QStringLiteral("UPDATE smart_modules SET description = ?, suspended = ?, "
                             "subscribed_events = ? WHERE home_id = ? AND id = ?"),
              {nonNull(module.description), module.suspended,
               subscribedText(module.subscribedEvents), homeId, module.id});
}

bool HomeStore::removeSmartModule(qint64 homeId, const QString &moduleId) const
{
    return m_db.exec(QStringLiteral("DELETE FROM smart_modules WHERE home_id = ? AND id = ?"),
                     {homeId, moduleId})
               .numRowsAffected() > 0;
}

QList<KeyValuePair> HomeStore::keyValues(qint64 homeId, const QString &keyPrefix) const
{
    // substr() rather than LIKE: '_' and '%' are legal in keys and must match literally.
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT key, value, modification_time FROM kv WHERE "
                                           "home_id = ? AND substr(key, 1, ?) = ? ORDER BY key"),
                            {homeId, keyPrefix.size(), nonNull(keyPrefix)});
    QList<KeyValuePair> pairs;
    while (q.next())
        pairs.append(pairFromRow(q));
    return pairs;
}

std::optional<KeyValuePair> HomeStore::keyValue(qint64 homeId, const QString &key) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT key, value, modification_time FROM kv WHERE "
                                           "home_id = ? AND key = ?"),
                            {homeId, key});
    if (!q.next())
        return std::nullopt;
    return pairFromRow(q);
}

KeyValuePair HomeStore::putKeyValue(qint64 homeId, const QString &key,
                                    const QJsonValue &value) const
{
    const qint64 now = m_db.clock().nowMs();
    m_db.exec(QStringLiteral("INSERT INTO kv(home_id, key, value, modification_time) VALUES(?, "
                             "?, ?, ?) ON CONFLICT(home_id, key) DO UPDATE SET value = "
                             "excluded.value, modification_time = excluded.modification_time"),
              {homeId, key, QString::fromUtf8(Json::serialize(value)), now});
    KeyValuePair pair;
    pair.key = key;
    pair.value = value;
    pair.modificationTime = timeFromMs(now);
    return pair;
}

bool HomeStore::deleteKeyValue(qint64 homeId, const QString &key) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("DELETE FROM kv WHERE home_id = ? AND key = ?"), {homeId, key});
    return q.numRowsAffected() > 0;
}

int HomeStore::keyValueCount(qint64 homeId) const
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM kv WHERE home_id = ?"), {homeId})
        .toInt();
}

}  // namespace ModeDesk::Sandbox
