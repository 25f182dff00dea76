#include "projectstore.h"

#include "credentials.h"
#include "jsoncodec.h"
#include "logging.h"
#include "storeutil.h"

#include <QJsonArray>

namespace ModeDesk::Sandbox {

namespace {
constexpr qint64 DefaultProjectId = 1001;
const QString DefaultApps = QStringLiteral("modedesk,console");
const QString DefaultDeviceClasses = QStringLiteral("thermostat,sprinkler,sensor,gateway,camera");
}  // namespace

bool ProjectStore::initialize(std::optional<AccountMode> requested, QString *error)
{
    Transaction transaction(m_db);
    QString storedMode = m_db.meta(QStringLiteral("account_mode"));
    if (storedMode.isEmpty()) {
        storedMode = accountModeName(requested.value_or(AccountMode::Email));
        m_db.setMeta(QStringLiteral("account_mode"), storedMode);
        m_db.setMeta(QStringLiteral("project_id"), QString::number(DefaultProjectId));
        m_db.setMeta(QStringLiteral("apps"), DefaultApps);
        m_db.setMeta(QStringLiteral("device_classes"), DefaultDeviceClasses);
    }
    parseAccountMode(storedMode, &m_accountMode);
    if (requested && *requested != m_accountMode) {
        *error = QStringLiteral(
                     "this database belongs to a project in %1 mode; it cannot switch to %2 mode "
                     "(use another --db file)")
                     .arg(storedMode, accountModeName(*requested));
        return false;
    }
    m_projectId = m_db.meta(QStringLiteral("project_id")).toLongLong();
    m_appIds = m_db.meta(QStringLiteral("apps")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_deviceClasses =
        m_db.meta(QStringLiteral("device_classes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_onDemand = m_db.meta(QStringLiteral("on_demand_provisioning")) != QLatin1String("off");
    transaction.commit();
    return true;
}

QJsonObject ProjectStore::describe() const
{
    return {{QStringLiteral("id"), m_projectId},
            {QStringLiteral("accountMode"), accountModeName(m_accountMode)},
            {QStringLiteral("apps"), QJsonArray::fromStringList(m_appIds)},
            {QStringLiteral("deviceClasses"), QJsonArray::fromStringList(m_deviceClasses)},
            {QStringLiteral("onDemandProvisioning"), onDemandProvisioning()}};
}

bool ProjectStore::addDeviceClass(const QString &id) const
{
    if (m_deviceClasses.contains(id))
        return false;
    m_deviceClasses.append(id);
    m_db.setMeta(QStringLiteral("device_classes"), m_deviceClasses.join(QLatin1Char(',')));
    return true;
}

bool ProjectStore::removeDeviceClass(const QString &id) const
{
    if (!m_deviceClasses.removeOne(id))
        return false;
    m_db.setMeta(QStringLiteral("device_classes"), m_deviceClasses.join(QLatin1Char(',')));
    return true;
}

void ProjectStore::setOnDemandProvisioning(bool on) const
{
    m_onDemand = on;
    m_db.setMeta(QStringLiteral("on_demand_provisioning"),
                 on ? QStringLiteral("on") : QStringLiteral("off"));
}

QStringList ProjectStore::knownPermissions()
{
    return {QStringLiteral("all"), QStringLiteral("byou"), QStringLiteral("events"),
            QStringLiteral("read")};
}

QString ProjectStore::createProjectKey(const QString &name, const QStringList &permissions) const
{
    const QString key = Credentials::newApiKey();
    m_db.exec(QStringLiteral("INSERT INTO project_keys(name, key_digest, permissions, "
                             "creation_time) VALUES(?, ?, ?, ?)"),
              {name, Credentials::digestOf(key), permissions.join(QLatin1Char(',')), m_db.clock().nowMs()});
    return key;
}

std::optional<ProjectKey> ProjectStore::projectKeyByDigest(const QString &digest) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, name, permissions FROM project_keys WHERE key_digest = ?"),
        {digest});
    if (!q.next())
        return std::nullopt;
    return ProjectKey{q.value(0).toLongLong(), q.value(1).toString(),
                      q.value(2).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)};
}

qint64 ProjectStore::addToOutbox(const OutboxMessage &message) const
{
    const qint64 time = m_db.clock().nowMs();
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO outbox(channel, recipient, purpose, code, token, text, time) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?)"),
        {message.channel, message.recipient, message.purpose,
         message.code.isEmpty() ? QVariant() : QVariant(message.code),
         message.token.isEmpty() ? QVariant() : QVariant(message.token), message.text, time});
    // The outbox is the sandbox's stand-in for a mail and SMS gateway: printing
    // it is the point, so that flows can be finished by hand.
    qCInfo(lcOutbox).noquote() << QStringLiteral("%1 to %2 (%3): %4")
                                      .arg(message.channel, message.recipient, message.purpose,
                                           message.text);
    return q.lastInsertId().toLongLong();
}

QList<OutboxMessage> ProjectStore::outbox() const
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, channel, recipient, purpose, code, token, text, time FROM outbox ORDER BY id"));
    QList<OutboxMessage> messages;
    while (q.next()) {
        messages.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toLongLong()});
    }
    return messages;
}

QJsonObject toJson(const OutboxMessage &message)
{
    QJsonObject o{{QStringLiteral("id"), message.id},
                  {QStringLiteral("channel"), message.channel},
                  {QStringLiteral("to"), message.recipient},
                  {QStringLiteral("purpose"), message.purpose},
                  {QStringLiteral("text"), message.text},
                  {QStringLiteral("time"), Json::formatTime(timeFromMs(message.timeMs))}};
    if (!message.code.isEmpty())
        o.insert(QStringLiteral("code"), message.code);
    if (!message.token.isEmpty())
        o.insert(QStringLiteral("token"), message.token);
    return o;
}

}  // namespace ModeDesk::Sandbox
