// Counts what a caller does per key ("sms-send:+15550100", "password:42")
// within sliding windows, so that codes cannot be guessed and passwords
// cannot be tried at machine speed. In memory, bounded: past MaxKeys the
// key idle longest is dropped.
#pragma once

#include "sandboxclock.h"

#include <QHash>
#include <QString>
#include <deque>

namespace ModeDesk::Sandbox {

class AttemptLimiter
{
public:
    static constexpr int MaxKeys = 50'000;

    explicit AttemptLimiter(const SandboxClock &clock) : m_clock(clock) {}

    // How long until one more is allowed (0: now), given at most `limit`
    // within `windowMs`.
    qint64 waitMs(const QString &key, int limit, qint64 windowMs) const;
    // How many within the window.
    int count(const QString &key, qint64 windowMs) const;
    void record(const QString &key);
    void reset(const QString &key);

private:
    const SandboxClock &m_clock;
    QHash<QString, std::deque<qint64>> m_times;  // ms stamps, oldest first
};

}  // namespace ModeDesk::Sandbox
