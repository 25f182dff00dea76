// The sandbox project itself: its settings (account mode, apps, device
// classes), its project API keys and the outbox of mail and SMS.
#pragma once

#include "modeobjects.h"
#include "sandboxdatabase.h"

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace ModeDesk::Sandbox {

struct ProjectKey {
    qint64 id = 0;
    QString name;
    QStringList permissions;
};

struct OutboxMessage {
    qint64 id = 0;
    QString channel;  // "email" | "sms"
    QString recipient;
    QString purpose;  // "verification" | "invitation" | "passwordReset" | "authCode"
    QString code;
    QString token;
    QString text;
    qint64 timeMs = 0;
};

class ProjectStore
{
public:
    explicit ProjectStore(const SandboxDatabase &db) : m_db(db) {}

    // Fixes the account mode on first use; refuses to change it afterwards,
    // because users created under one mode make no sense under another.
    bool initialize(std::optional<AccountMode> requested, QString *error);

    qint64 projectId() const { return m_projectId; }
    AccountMode accountMode() const { return m_accountMode; }
    QStringList appIds() const { return m_appIds; }
    QStringList deviceClasses() const { return m_deviceClasses; }
    // A project defines its classes (a technician's has valve, meter, ...).
    // False when it exists already.
    bool addDeviceClass(const QString &id) const;
    bool removeDeviceClass(const QString &id) const;
    bool onDemandProvisioning() const { return m_onDemand; }
    void setOnDemandProvisioning(bool on) const;
    QJsonObject describe() const;

    static QStringList knownPermissions();
    // Returns the plain key once; only its digest is stored.
    QString createProjectKey(const QString &name, const QStringList &permissions) const;
    std::optional<ProjectKey> projectKeyByDigest(const QString &digest) const;

    qint64 addToOutbox(const OutboxMessage &message) const;
    QList<OutboxMessage> outbox() const;

private:
    const SandboxDatabase &m_db;
    qint64 m_projectId = 0;
    AccountMode m_accountMode = AccountMode::Email;
    QStringList m_appIds;
    // The store is shared const with the routes; these change through its own methods.
    mutable QStringList m_deviceClasses;
    mutable bool m_onDemand = true;
};

QJsonObject toJson(const OutboxMessage &message);

}  // namespace ModeDesk::Sandbox
