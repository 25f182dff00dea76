#pragma once

#include "memorysecretstore.h"

namespace ModeDesk {

// The OS keychain (Secret Service, macOS Keychain, Windows Credential
// Manager) through QtKeychain. If it cannot be reached, secrets are kept in
// memory for the session and keychainUnavailable() says so once.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    void read(const QString &name, QObject *context, ReadDone done) override;
    void write(const QString &name, const QString &secret, QObject *context,
               WriteDone done) override;
    void remove(const QString &name, QObject *context, WriteDone done) override;
    bool isPersistent() const override { return !m_unavailable; }

signals:
    void keychainUnavailable(const QString &reason);

private:
    void fallBack(const QString &reason);

    QString m_service;
    bool m_unavailable = false;
    MemorySecretStore m_session;
};

}  // namespace ModeDesk
