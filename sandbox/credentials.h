// Secrets as the sandbox keeps them: passwords salted and slow-hashed, keys and
// tokens drawn from the system's cryptographic source and stored only as digests.
#pragma once

#include <QByteArray>
#include <QString>

namespace ModeDesk::Sandbox::Credentials {

struct PasswordHash {
    QByteArray salt;
    QByteArray digest;
    int iterations = 0;
};

PasswordHash hashPassword(const QString &password, int iterations);
bool verifyPassword(const QString &password, const PasswordHash &stored);

// "v1." + 43 url-safe characters (256 random bits): API keys and session keys.
QString newApiKey();
// 32 url-safe characters: provisioning, verification and reset tokens.
QString newToken();
// Six digits: SMS auth codes.
QString newNumericCode();
// A claim code as printed on a device label: XXXX-XXXX-XXXX, no look-alike letters.
QString newClaimCode();

// SHA-256 hex of a key or token: what the database stores and looks up by.
QString digestOf(const QString &secret);

// Compares without an early exit so timing reveals nothing about the secret.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

}  // namespace ModeDesk::Sandbox::Credentials
