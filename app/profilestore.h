// Connection profiles in QSettings (never their secrets: those go to the
// SecretStore under secretName()).
#pragma once

#include "connectionprofile.h"

#include <QSettings>
#include <optional>

namespace ModeDesk {

class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings) : m_settings(settings) {}

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    void save(const ConnectionProfile &profile);  // adds or replaces
    void remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);

    // A new profile with a fresh id and sensible defaults for MODE's cloud.
    static ConnectionProfile newProfile();
    // The profile ModeDesk creates for its own local sandbox.
    static ConnectionProfile localSandboxProfile();
    // The keychain entry of a profile's user key.
    static QString secretName(const QString &profileId);
    // The keychain entry of a profile's project key (home events).
    static QString projectKeySecretName(const QString &profileId);
    // The keychain entry of a MODE sandbox's admin key, for a profile that is one.
    static QString sandboxKeySecretName(const QString &profileId);

private:
    void write(const QList<ConnectionProfile> &profiles);

    QSettings *m_settings;
};

}  // namespace ModeDesk
