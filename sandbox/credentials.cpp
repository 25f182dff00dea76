#include "credentials.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace ModeDesk::Sandbox::Credentials {

namespace {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    // QRandomGenerator::system() is the OS's cryptographically secure source.
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), count / 4);
    return bytes;
}

QString urlSafe(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

constexpr int DigestBytes = 32;

}  // namespace

PasswordHash hashPassword(const QString &password, int iterations)
{
    PasswordHash hash;
    hash.salt = randomBytes(16);
    hash.iterations = iterations;
    hash.digest = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(),
                                                     hash.salt, iterations, DigestBytes);
    return hash;
}

bool verifyPassword(const QString &password, const PasswordHash &stored)
{
    if (stored.digest.isEmpty() || stored.iterations <= 0)
        return false;
    const QByteArray candidate = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), stored.salt, stored.iterations, DigestBytes);
    return constantTimeEquals(candidate, stored.digest);
}

QString newApiKey()
{
    return QStringLiteral("v1.") + urlSafe(randomBytes(32));
}

QString newToken()
{
    return urlSafe(randomBytes(24));
}

QString newNumericCode()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1'000'000), 6, 10,
                                    QLatin1Char('0'));
}

QString newClaimCode()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    constexpr int alphabetSize = sizeof(alphabet) - 1;
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(alphabetSize)]));
    }
    return code;
}

QString digestOf(const QString &secret)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // Length is not secret (all keys have one length); the contents are.
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

}  // namespace ModeDesk::Sandbox::Credentials
