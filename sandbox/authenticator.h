// Turns the Authorization header (or a WebSocket's authToken) into a Caller.
#pragma once

#include "caller.h"

#include <QByteArray>
#include <QString>

namespace ModeDesk::Sandbox {

class DeviceStore;
class ProjectStore;
class UserStore;

class Authenticator
{
public:
    Authenticator(const UserStore &users, const DeviceStore &devices, const ProjectStore &project)
        : m_users(users), m_devices(devices), m_project(project)
    {}

    // The key of "ModeCloud <key>" (scheme case-insensitive), else empty.
    static QString keyFromHeader(const QByteArray &authorization);

    // Keys are looked up by their SHA-256 digest: the stored value is never
    // the key, and lookup timing says nothing about the key's characters.
    Caller identify(const QString &key) const;

private:
    const UserStore &m_users;
    const DeviceStore &m_devices;
    const ProjectStore &m_project;
};

}  // namespace ModeDesk::Sandbox
