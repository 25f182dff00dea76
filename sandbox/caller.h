#pragma once

#include <QStringList>

namespace ModeDesk::Sandbox {

// Who is making a request, from its Authorization header or authToken.
struct Caller {
    enum class Kind {
        Nobody,      // no key at all
        Unknown,     // a key that matches nothing (or a terminated session)
        User,        // a user session key
        Device,      // a device API key
        ProjectKey,  // a project API key
    };

    Kind kind = Kind::Nobody;
    qint64 userId = 0;
    qint64 sessionId = 0;
    qint64 sessionCreationMs = 0;
    QString appId;
    qint64 deviceId = 0;
    qint64 projectKeyId = 0;
    QString projectKeyName;
    QStringList permissions;

    bool isUser() const { return kind == Kind::User; }
    bool isDevice() const { return kind == Kind::Device; }
    bool isProjectKey() const { return kind == Kind::ProjectKey; }
    // "all" grants every project-key permission.
    bool hasPermission(const QString &permission) const
    {
        return isProjectKey() &&
               (permissions.contains(QStringLiteral("all")) || permissions.contains(permission));
    }
};

}  // namespace ModeDesk::Sandbox
