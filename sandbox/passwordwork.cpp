#include "passwordwork.h"

#include <QVariant>
#include <atomic>
#include <memory>

namespace ModeDesk::Sandbox::PasswordWork {

namespace {

std::atomic<int> inFlight = 0;

// One place in the queue, given back when the reply is finished, or when a
// deferred reply is dropped unfinished (its owner decided not to send it).
struct Slot {
    Slot() { ++inFlight; }
    ~Slot() { --inFlight; }
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;
};

std::shared_ptr<Slot> admit()
{
    if (inFlight >= MaxInFlight)
        tooMany(QStringLiteral("TOO_MANY_REQUESTS"), 1'000,
                QStringLiteral("the server is checking many passwords: try again"));
    return std::make_shared<Slot>();
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
    return HttpReply::later(
        [stored = std::move(stored), password] {
            return QVariant(stored && Credentials::verifyPassword(password, *stored));
        },
        [slot = admit(), then = std::move(then)](const QVariant &matches) {
            return then(matches.toBool());
        });
}

HttpReply hash(const QString &password, int iterations,
               std::function<HttpReply(const Credentials::PasswordHash &)> then)
{
    return HttpReply::later(
        [password, iterations] {
            const Credentials::PasswordHash hashed =
                Credentials::hashPassword(password, iterations);
            return QVariant(QVariantList{hashed.salt, hashed.digest, hashed.iterations});
        },
        [slot = admit(), then = std::move(then)](const QVariant &result) {
            const QVariantList parts = result.toList();
            return then({parts.value(0).toByteArray(), parts.value(1).toByteArray(),
                         parts.value(2).toInt()});
        });
}

}  // namespace ModeDesk::Sandbox::PasswordWork
