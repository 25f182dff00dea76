#pragma once

#include "secretstore.h"

#include <QHash>

namespace ModeDesk {

// Secrets for this session only: tests, and the fallback when the OS
// keychain cannot be reached.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString &name, QObject *context, ReadDone done) override;
    void write(const QString &name, const QString &secret, QObject *context,
               WriteDone done) override;
    void remove(const QString &name, QObject *context, WriteDone done) override;
    bool isPersistent() const override { return false; }

    int count() const { return int(m_secrets.size()); }
    // From now on writes and removals change nothing and report this error
    // (as a locked keychain would); empty to succeed again. For tests.
    void setFailure(const QString &error) { m_failure = error; }

private:
    QHash<QString, QString> m_secrets;
    QString m_failure;
};

}  // namespace ModeDesk
