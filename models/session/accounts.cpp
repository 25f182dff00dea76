#include "accounts.h"

namespace ModeDesk {

Accounts::Accounts(ServerConnection *connection, QObject *parent)
    : QObject(parent), m_connection(connection), m_keyless(connection)
{}

template <typename T, typename Make>
ApiCall<T> *Accounts::withKey(const QString &key, Make make)
{
    auto *client = new ApiClient(m_connection, this);
    client->setKey(key);
    ApiCall<T> *call = make(client);
    connect(call, &ApiCallBase::finished, client, &QObject::deleteLater);
    return call;
}

ApiCall<ClientAuthentication> *Accounts::signInWithEmail(qint64 projectId, const QString &appId,
                                                         const QString &email,
                                                         const QString &password)
{
    return m_keyless.authenticateWithEmail(projectId, appId, email, password);
}

ApiCall<ClientAuthentication> *Accounts::signInWithSmsCode(qint64 projectId, const QString &appId,
                                                           const QString &phoneNumber,
                                                           const QString &code)
{
    return m_keyless.authenticateWithSmsCode(projectId, appId, phoneNumber, code);
}

ApiCall<ClientAuthentication> *Accounts::signInByou(const QString &projectKey, qint64 projectId,
                                                    qint64 userId)
{
    return withKey<ClientAuthentication>(
        projectKey, [=](ApiClient *c) { return c->authenticateByou(projectId, userId); });
}

ApiCall<SmsMessageReceipt> *Accounts::sendSmsCode(qint64 projectId, const QString &phoneNumber)
{
    return m_keyless.startSmsAuthentication(projectId, phoneNumber);
}

ApiCall<User> *Accounts::createUser(const User &user, const QString &projectKey)
{
    if (projectKey.isEmpty())
        return m_keyless.createUser(user);
    return withKey<User>(projectKey, [&user](ApiClient *c) { return c->createUser(user); });
}

ApiCall<NoContent> *Accounts::verifyEmail(const QString &token)
{
    return m_keyless.verifyEmail(token);
}

ApiCall<NoContent> *Accounts::resendVerification(qint64 projectId, const QString &email)
{
    return m_keyless.startEmailVerification(projectId, email);
}

ApiCall<NoContent> *Accounts::startPasswordReset(qint64 projectId, const QString &email)
{
    return m_keyless.startPasswordReset(projectId, email);
}

ApiCall<NoContent> *Accounts::resetPassword(const QString &token, const QString &newPassword)
{
    return m_keyless.resetPassword(token, newPassword);
}

ApiCall<AuthenticationInfo> *Accounts::checkKey(const QString &key)
{
    return withKey<AuthenticationInfo>(key, [](ApiClient *c) { return c->getAuthInfo(); });
}

}  // namespace ModeDesk
