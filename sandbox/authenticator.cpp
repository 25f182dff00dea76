#include "authenticator.h"

#include "credentials.h"
#include "devicestore.h"
#include "projectstore.h"
#include "userstore.h"

namespace ModeDesk::Sandbox {

QString Authenticator::keyFromHeader(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    const QByteArray scheme = "modecloud ";
    if (trimmed.size() <= scheme.size() || trimmed.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromUtf8(trimmed.mid(scheme.size()).trimmed());
}

Caller Authenticator::identify(const QString &key) const
{
    Caller caller;
    if (key.isEmpty())
        return caller;
    const QString digest = Credentials::digestOf(key);
    if (const auto session = m_users.sessionByDigest(digest)) {
        caller.kind = Caller::Kind::User;
        caller.userId = session->userId;
        caller.sessionId = session->id;
        caller.sessionCreationMs = session->creationTimeMs;
        caller.appId = session->appId;
    } else if (const auto device = m_devices.deviceByKeyDigest(digest)) {
        caller.kind = Caller::Kind::Device;
        caller.deviceId = device->id;
    } else if (const auto projectKey = m_project.projectKeyByDigest(digest)) {
        caller.kind = Caller::Kind::ProjectKey;
        caller.projectKeyId = projectKey->id;
        caller.projectKeyName = projectKey->name;
        caller.permissions = projectKey->permissions;
    } else {
        caller.kind = Caller::Kind::Unknown;
    }
    return caller;
}

}  // namespace ModeDesk::Sandbox
