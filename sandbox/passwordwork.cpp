#include "passwordwork.h"

#include <QVariant>

namespace ModeDesk::Sandbox::PasswordWork {

namespace {

int inFlight = 0;  // only touched on the serving thread

void admit()
{
    if (inFlight >= MaxInFlight)
        tooMany(QStringLiteral("TOO_MANY_REQUESTS"), 1'000,
                QStringLiteral("the server is checking many passwords: try again"));
    ++inFlight;
}

}  // namespace

void tooMany(const QString &reason, qint64 waitMs, const QString &message)
{
    const qint64 seconds = (waitMs + 999) / 1000;
    throw ApiFailure(
        429, reason,
        {{QStringLiteral("retryAfterSeconds"), seconds}, {QStringLiteral("message"), message}});
}

HttpReply verify(std::optional<Credentials::PasswordHash> stored, const QString &password,
                 std::function<HttpReply(bool)> then)
{
    admit();
    return HttpReply::later(
        [stored = std::move(stored), password] {
            return QVariant(stored && Credentials::verifyPassword(password, *stored));
        },
        [then = std::move(then)](const QVariant &matches) {
            --inFlight;
            return then(matches.toBool());
        });
}

HttpReply hash(const QString &password, int iterations,
               std::function<HttpReply(const Credentials::PasswordHash &)> then)
{
    admit();
    return HttpReply::later(
        [password, iterations] {
            const Credentials::PasswordHash hashed =
                Credentials::hashPassword(password, iterations);
            return QVariant(QVariantList{hashed.salt, hashed.digest, hashed.iterations});
        },
        [then = std::move(then)](const QVariant &result) {
            --inFlight;
            const QVariantList parts = result.toList();
            return then({parts.value(0).toByteArray(), parts.value(1).toByteArray(),
                         parts.value(2).toInt()});
        });
}

}  // namespace ModeDesk::Sandbox::PasswordWork
