// Password hashing off the serving thread: PBKDF2 takes ~100 ms, and on the
// thread that serves every request it would stall them all. Checks of a
// sign-in and hashes of a new password (sign-up, change, reset) both go
// through here: the hash runs on a pool thread with values only, then `then`
// runs back on the serving thread with the result. At most MaxInFlight wait
// at once; past that the request is refused with 429 TOO_MANY_REQUESTS.
#pragma once

#include "credentials.h"
#include "httpexchange.h"

#include <functional>
#include <optional>

namespace ModeDesk::Sandbox::PasswordWork {

constexpr int MaxInFlight = 64;

// 429 `reason` with data {retryAfterSeconds, message}.
[[noreturn]] void tooMany(const QString &reason, qint64 waitMs, const QString &message);

// `then(matches)`; no stored hash never matches.
HttpReply verify(std::optional<Credentials::PasswordHash> stored, const QString &password,
                 std::function<HttpReply(bool matches)> then);
HttpReply hash(const QString &password, int iterations,
               std::function<HttpReply(const Credentials::PasswordHash &)> then);

}  // namespace ModeDesk::Sandbox::PasswordWork
