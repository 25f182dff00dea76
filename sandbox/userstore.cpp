#include "userstore.h"

#include "storeutil.h"

namespace ModeDesk::Sandbox {

namespace {

QString purposeName(CodePurpose purpose)
{
    switch (purpose) {
        case CodePurpose::SmsLogin:
            return QStringLiteral("sms");
        case CodePurpose::EmailVerification:
            return QStringLiteral("verify");
        case CodePurpose::PasswordReset:
            return QStringLiteral("reset");
    }
    return {};
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

}  // namespace

User UserStore::createUser(const QString &name, const QString &email, const QString &phone,
                           bool verified, const std::optional<Credentials::PasswordHash> &password,
                           bool placeholder) const
{
    const qint64 now = m_db.clock().nowMs();
    QSqlQuery q = m_db.exec(
        QStringLiteral("INSERT INTO users(name, email, phone, verified, password_digest, "
                       "password_salt, password_iterations, placeholder, creation_time) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {nonNull(name), nullIfEmpty(email), nullIfEmpty(phone), verified ? 1 : 0,
         password ? QVariant(password->digest) : QVariant(),
         password ? QVariant(password->salt) : QVariant(),
         password ? QVariant(password->iterations) : QVariant(), placeholder ? 1 : 0, now});
    return *user(q.lastInsertId().toLongLong());
}

std::optional<User> UserStore::userWhere(const QString &condition, const QVariant &value) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, name, email, phone, verified, creation_time FROM users WHERE ") +
            condition,
        {value});
    if (!q.next())
        return std::nullopt;
    User u;
    u.id = q.value(0).toLongLong();
    u.projectId = m_projectId;
    u.name = q.value(1).toString();
    u.email = q.value(2).toString();
    u.phoneNumber = q.value(3).toString();
    u.verified = q.value(4).toBool();
    u.creationTime = timeFromMs(q.value(5).toLongLong());
    return u;
}

std::optional<User> UserStore::user(qint64 id) const
{
    return userWhere(QStringLiteral("id = ?"), id);
}

std::optional<User> UserStore::userByEmail(const QString &email) const
{
    return userWhere(QStringLiteral("email = ? COLLATE NOCASE"), email);
}

std::optional<User> UserStore::userByPhone(const QString &phone) const
{
    return userWhere(QStringLiteral("phone = ?"), phone);
}

bool UserStore::isPlaceholder(qint64 userId) const
{
    return m_db.scalar(QStringLiteral("SELECT placeholder FROM users WHERE id = ?"), {userId})
        .toBool();
}

void UserStore::markRegistered(qint64 userId) const
{
    m_db.exec(QStringLiteral("UPDATE users SET placeholder = 0 WHERE id = ?"), {userId});
}

std::optional<Credentials::PasswordHash> UserStore::passwordHash(qint64 userId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT password_salt, password_digest, "
                                           "password_iterations FROM users WHERE id = ? AND "
                                           "password_digest IS NOT NULL"),
                            {userId});
    if (!q.next())
        return std::nullopt;
    return Credentials::PasswordHash{q.value(0).toByteArray(), q.value(1).toByteArray(),
                                     q.value(2).toInt()};
}

void UserStore::setName(qint64 userId, const QString &name) const
{
    m_db.exec(QStringLiteral("UPDATE users SET name = ? WHERE id = ?"), {nonNull(name), userId});
}

void UserStore::setEmail(qint64 userId, const QString &email) const
{
    m_db.exec(QStringLiteral("UPDATE users SET email = ? WHERE id = ?"), {email, userId});
}

void UserStore::setPhone(qint64 userId, const QString &phone) const
{
    m_db.exec(QStringLiteral("UPDATE users SET phone = ? WHERE id = ?"), {phone, userId});
}

void UserStore::setVerified(qint64 userId, bool verified) const
{
    m_db.exec(QStringLiteral("UPDATE users SET verified = ? WHERE id = ?"),
              {verified ? 1 : 0, userId});
}

void UserStore::setPassword(qint64 userId, const Credentials::PasswordHash &hash) const
{
    m_db.exec(QStringLiteral("UPDATE users SET password_digest = ?, password_salt = ?, "
                             "password_iterations = ? WHERE id = ?"),
              {hash.digest, hash.salt, hash.iterations, userId});
}

void UserStore::deleteUser(qint64 userId) const
{
    m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {userId});
}

QString UserStore::createSession(qint64 userId, const QString &appId) const
{
    const QString key = Credentials::newApiKey();
    m_db.exec(QStringLiteral("INSERT INTO sessions(key_digest, user_id, app_id, creation_time) "
                             "VALUES(?, ?, ?, ?)"),
              {Credentials::digestOf(key), userId, nonNull(appId), m_db.clock().nowMs()});
    return key;
}

std::optional<Session> UserStore::sessionByDigest(const QString &digest) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, user_id, app_id, creation_time FROM "
                                           "sessions WHERE key_digest = ?"),
                            {digest});
    if (!q.next())
        return std::nullopt;
    return Session{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                   q.value(3).toLongLong()};
}

void UserStore::deleteSession(qint64 sessionId) const
{
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE id = ?"), {sessionId});
}

QList<qint64> UserStore::sessionIdsOfUser(qint64 userId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM sessions WHERE user_id = ?"), {userId});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

void UserStore::deleteSessionsOfUser(qint64 userId) const
{
    m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_id = ?"), {userId});
}

void UserStore::addCode(qint64 userId, CodePurpose purpose, const QString &code,
                        qint64 lifetimeMs) const
{
    m_db.exec(QStringLiteral("INSERT INTO auth_codes(user_id, purpose, code_digest, "
                             "expiration_time) VALUES(?, ?, ?, ?)"),
              {userId, purposeName(purpose), Credentials::digestOf(code), m_db.clock().nowMs() + lifetimeMs});
}

void UserStore::deleteCodes(qint64 userId, CodePurpose purpose) const
{
    m_db.exec(QStringLiteral("DELETE FROM auth_codes WHERE user_id = ? AND purpose = ?"),
              {userId, purposeName(purpose)});
}

std::optional<qint64> UserStore::consumeCode(CodePurpose purpose, const QString &code) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, user_id FROM auth_codes WHERE purpose = ? "
                                           "AND code_digest = ? AND expiration_time > ?"),
                            {purposeName(purpose), Credentials::digestOf(code), m_db.clock().nowMs()});
    if (!q.next())
        return std::nullopt;
    const qint64 userId = q.value(1).toLongLong();
    m_db.exec(QStringLiteral("DELETE FROM auth_codes WHERE id = ?"), {q.value(0)});
    return userId;
}

bool UserStore::consumeCodeOfUser(qint64 userId, CodePurpose purpose, const QString &code) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM auth_codes WHERE user_id = ? AND "
                                           "purpose = ? AND code_digest = ? AND "
                                           "expiration_time > ?"),
                            {userId, purposeName(purpose), Credentials::digestOf(code), m_db.clock().nowMs()});
    if (!q.next())
        return false;
    m_db.exec(QStringLiteral("DELETE FROM auth_codes WHERE id = ?"), {q.value(0)});
    return true;
}

}  // namespace ModeDesk::Sandbox
