// The calls that get or make a user key before one exists: sign-in in each
// account mode, sign-up, SMS codes, email verification and password reset,
// and checking a pasted key. The sign-in dialog asks this; it holds no
// ApiClient. Keyless calls go on one handle of the session's connection; a
// project key or a pasted key gets a handle of its own for its one call.
#pragma once

#include "apiclient.h"

#include <QObject>

namespace ModeDesk {

class Accounts : public QObject
{
    Q_OBJECT

public:
    explicit Accounts(ServerConnection *connection, QObject *parent = nullptr);

    ApiCall<ClientAuthentication> *signInWithEmail(qint64 projectId, const QString &appId,
                                                   const QString &email, const QString &password);
    ApiCall<ClientAuthentication> *signInWithSmsCode(qint64 projectId, const QString &appId,
                                                     const QString &phoneNumber,
                                                     const QString &code);
    ApiCall<ClientAuthentication> *signInByou(const QString &projectKey, qint64 projectId,
                                              qint64 userId);
    ApiCall<SmsMessageReceipt> *sendSmsCode(qint64 projectId, const QString &phoneNumber);
    // BYOU users are made with a project key; the others with none.
    ApiCall<User> *createUser(const User &user, const QString &projectKey = {});
    ApiCall<NoContent> *verifyEmail(const QString &token);
    ApiCall<NoContent> *resendVerification(qint64 projectId, const QString &email);
    ApiCall<NoContent> *startPasswordReset(qint64 projectId, const QString &email);
    ApiCall<NoContent> *resetPassword(const QString &token, const QString &newPassword);
    // What a pasted key is (GET /auth with it).
    ApiCall<AuthenticationInfo> *checkKey(const QString &key);

private:
    // A handle with this key that lives as long as the call it makes.
    template <typename T, typename Make>
    ApiCall<T> *withKey(const QString &key, Make make);

    ServerConnection *m_connection;
    ApiClient m_keyless;
};

}  // namespace ModeDesk
