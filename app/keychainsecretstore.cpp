#include "keychainsecretstore.h"

#include "logging.h"

#include <qt6keychain/keychain.h>
#include <QPointer>

namespace ModeDesk {

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : SecretStore(parent), m_service(service)
{}

void KeychainSecretStore::fallBack(const QString &reason)
{
    if (m_unavailable)
        return;
    m_unavailable = true;
    qCWarning(lcApp).noquote() << "OS keychain unavailable; keys last for this session only:"
                               << reason;
    emit keychainUnavailable(reason);
}

void KeychainSecretStore::read(const QString &name, QObject *context, ReadDone done)
{
    if (m_unavailable)
        return m_session.read(name, context, std::move(done));
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, guard, done] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError) {
            done(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            m_session.read(name, guard, done);  // maybe kept for the session earlier
        } else {
            fallBack(job->errorString());
            m_session.read(name, guard, done);
        }
    });
    job->start();
}

void KeychainSecretStore::write(const QString &name, const QString &secret, QObject *context,
                                WriteDone done)
{
    if (m_unavailable)
        return m_session.write(name, secret, context, std::move(done));
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, name, secret, guard, done] {
        if (job->error() == QKeychain::NoError) {
            if (guard)
                done({});
            return;
        }
        // Keep it for the session rather than lose it; say why once.
        fallBack(job->errorString());
        m_session.write(name, secret, guard, done);
    });
    job->start();
}

void KeychainSecretStore::remove(const QString &name, QObject *context, WriteDone done)
{
    m_session.remove(name, this, [](const QString &) {});
    if (m_unavailable)
        return m_session.remove(name, context, std::move(done));
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(name);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [job, guard, done] {
        if (!guard)
            return;
        const bool gone =
            job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(gone ? QString() : job->errorString());
    });
    job->start();
}

}  // namespace ModeDesk
