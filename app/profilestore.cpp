#include "profilestore.h"

#include <QUuid>

namespace ModeDesk {

namespace {
const QString Group = QStringLiteral("profiles");
const QString Current = QStringLiteral("profiles/current");
}  // namespace

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    const int size = m_settings->beginReadArray(Group);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.apiUrl = m_settings->value(QStringLiteral("apiUrl")).toUrl();
        p.projectId = m_settings->value(QStringLiteral("projectId")).toLongLong();
        p.appId = m_settings->value(QStringLiteral("appId")).toString();
        parseAccountMode(m_settings->value(QStringLiteral("accountMode")).toString(),
                         &p.accountMode);
        p.colour = QColor(m_settings->value(QStringLiteral("colour")).toString());
        p.localSandbox = m_settings->value(QStringLiteral("localSandbox")).toBool();
        p.login = m_settings->value(QStringLiteral("login")).toString();
        if (!p.id.isEmpty())
            list.append(p);
    }
    m_settings->endArray();
    return list;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::write(const QList<ConnectionProfile> &list)
{
    m_settings->remove(Group + QStringLiteral("/size"));
    m_settings->beginWriteArray(Group, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const ConnectionProfile &p = list.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("id"), p.id);
        m_settings->setValue(QStringLiteral("name"), p.name);
        m_settings->setValue(QStringLiteral("apiUrl"), p.apiUrl);
        m_settings->setValue(QStringLiteral("projectId"), p.projectId);
        m_settings->setValue(QStringLiteral("appId"), p.appId);
        m_settings->setValue(QStringLiteral("accountMode"), accountModeName(p.accountMode));
        m_settings->setValue(QStringLiteral("colour"), p.colour.name());
        m_settings->setValue(QStringLiteral("localSandbox"), p.localSandbox);
        m_settings->setValue(QStringLiteral("login"), p.login);
    }
    m_settings->endArray();
    m_settings->sync();
}

void ProfileStore::save(const ConnectionProfile &profile)
{
    QList<ConnectionProfile> list = profiles();
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const ConnectionProfile &p) { return p.id == profile.id; });
    if (it != list.end())
        *it = profile;
    else
        list.append(profile);
    write(list);
}

void ProfileStore::remove(const QString &id)
{
    QList<ConnectionProfile> list = profiles();
    list.removeIf([&](const ConnectionProfile &p) { return p.id == id; });
    write(list);
    if (currentId() == id)
        setCurrentId(list.isEmpty() ? QString() : list.first().id);
}

QString ProfileStore::currentId() const
{
    return m_settings->value(Current).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    m_settings->setValue(Current, id);
}

ConnectionProfile ProfileStore::newProfile()
{
    ConnectionProfile p;
    p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    p.name = QObject::tr("MODE cloud");
    p.apiUrl = QUrl(QStringLiteral("https://api.tinkermode.com"));
    p.colour = QColor(QStringLiteral("#c62828"));  // production reads as red
    return p;
}

ConnectionProfile ProfileStore::localSandboxProfile()
{
    ConnectionProfile p;
    p.id = QStringLiteral("local-sandbox");
    p.name = QObject::tr("Local sandbox");
    p.apiUrl = QUrl(QStringLiteral("http://127.0.0.1"));  // the port is known once it runs
    p.projectId = 1001;
    p.appId = QStringLiteral("modedesk");
    p.colour = QColor(QStringLiteral("#2e7d32"));
    p.localSandbox = true;
    return p;
}

QString ProfileStore::secretName(const QString &profileId)
{
    return QStringLiteral("profile/%1/userKey").arg(profileId);
}

QString ProfileStore::sandboxKeySecretName(const QString &profileId)
{
    return QStringLiteral("profile/%1/sandboxAdminKey").arg(profileId);
}

QString ProfileStore::projectKeySecretName(const QString &profileId)
{
    return QStringLiteral("profile/%1/projectKey").arg(profileId);
}

}  // namespace ModeDesk
