#include "memorysecretstore.h"

#include <QTimer>

namespace ModeDesk {

// Answers come on the next event-loop turn, as the keychain's would.
void MemorySecretStore::read(const QString &name, QObject *context, ReadDone done)
{
    const QString secret = m_secrets.value(name);
    QTimer::singleShot(0, context, [done, secret] { done(secret, {}); });
}

void MemorySecretStore::write(const QString &name, const QString &secret, QObject *context,
                              WriteDone done)
{
    if (m_failure.isEmpty())
        m_secrets.insert(name, secret);
    QTimer::singleShot(0, context, [done, error = m_failure] { done(error); });
}

void MemorySecretStore::remove(const QString &name, QObject *context, WriteDone done)
{
    if (m_failure.isEmpty())
        m_secrets.remove(name);
    QTimer::singleShot(0, context, [done, error = m_failure] { done(error); });
}

}  // namespace ModeDesk
