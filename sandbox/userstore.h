// Users, their sessions (user API keys) and the one-time codes sent to them.
#pragma once

#include "credentials.h"
#include "modeobjects.h"
#include "sandboxdatabase.h"

#include <optional>

namespace ModeDesk::Sandbox {

struct Session {
    qint64 id = 0;
    qint64 userId = 0;
    QString appId;
    qint64 creationTimeMs = 0;
};

// What a one-time code or token is good for.
enum class CodePurpose { SmsLogin, EmailVerification, PasswordReset };

class UserStore
{
public:
    UserStore(const SandboxDatabase &db, qint64 projectId) : m_db(db), m_projectId(projectId) {}

    // A placeholder stands for a person invited to a home who has not registered yet.
    User createUser(const QString &name, const QString &email, const QString &phone, bool verified,
                    const std::optional<Credentials::PasswordHash> &password,
                    bool placeholder = false) const;
    std::optional<User> user(qint64 id) const;
    std::optional<User> userByEmail(const QString &email) const;
    std::optional<User> userByPhone(const QString &phone) const;
    bool isPlaceholder(qint64 userId) const;
    // Registration takes over a placeholder: same id, same home memberships.
    void markRegistered(qint64 userId) const;
    std::optional<Credentials::PasswordHash> passwordHash(qint64 userId) const;

    void setName(qint64 userId, const QString &name) const;
    void setEmail(qint64 userId, const QString &email) const;
    void setPhone(qint64 userId, const QString &phone) const;
    void setVerified(qint64 userId, bool verified) const;
    void setPassword(qint64 userId, const Credentials::PasswordHash &hash) const;
    void deleteUser(qint64 userId) const;

    // Returns the session key once; only its digest is stored.
    QString createSession(qint64 userId, const QString &appId) const;
    std::optional<Session> sessionByDigest(const QString &digest) const;
    void deleteSession(qint64 sessionId) const;
    QList<qint64> sessionIdsOfUser(qint64 userId) const;
    void deleteSessionsOfUser(qint64 userId) const;

    void addCode(qint64 userId, CodePurpose purpose, const QString &code, qint64 lifetimeMs) const;
    // Voids every code of that purpose the user has (a new one replaces them, or too many
    // wrong tries killed it).
    void deleteCodes(qint64 userId, CodePurpose purpose) const;
    // Finds an unexpired code, deletes it (single use) and returns its user.
    std::optional<qint64> consumeCode(CodePurpose purpose, const QString &code) const;
    // For SMS codes, which are short: the code must also belong to this user.
    bool consumeCodeOfUser(qint64 userId, CodePurpose purpose, const QString &code) const;

private:
    std::optional<User> userWhere(const QString &condition, const QVariant &value) const;

    const SandboxDatabase &m_db;
    qint64 m_projectId;
};

}  // namespace ModeDesk::Sandbox
