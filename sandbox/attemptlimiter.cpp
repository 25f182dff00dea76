#include "attemptlimiter.h"

#include "storeutil.h"

namespace ModeDesk::Sandbox {

namespace {
constexpr qint64 LongestWindowMs = 60 * 60 * 1000;  // nothing older is ever asked about
}

qint64 AttemptLimiter::waitMs(const QString &key, int limit, qint64 windowMs) const
{
    const auto it = m_times.constFind(key);
    if (it == m_times.cend() || limit <= 0)
        return limit <= 0 ? windowMs : 0;
    const qint64 now = m_clock.nowMs();
    const std::deque<qint64> &times = *it;
    int inWindow = 0;
    for (auto t = times.rbegin(); t != times.rend() && now - *t < windowMs; ++t)
        ++inWindow;
    if (inWindow < limit)
        return 0;
    // The oldest of the last `limit` must leave the window first.
    const qint64 oldestCounted = times.at(times.size() - size_t(limit));
    return qMax<qint64>(1, oldestCounted + windowMs - now);
}

int AttemptLimiter::count(const QString &key, qint64 windowMs) const
{
    const auto it = m_times.constFind(key);
    if (it == m_times.cend())
        return 0;
    const qint64 now = m_clock.nowMs();
    int inWindow = 0;
    for (auto t = it->rbegin(); t != it->rend() && now - *t < windowMs; ++t)
        ++inWindow;
    return inWindow;
}

void AttemptLimiter::record(const QString &key)
{
    const qint64 now = m_clock.nowMs();
    if (!m_times.contains(key) && m_times.size() >= MaxKeys) {
        // Drop the key idle longest: memory stays bounded whatever a client sends.
        auto idlest = m_times.begin();
        for (auto it = m_times.begin(); it != m_times.end(); ++it) {
            if (it->empty() || (!idlest->empty() && it->back() < idlest->back()))
                idlest = it;
        }
        m_times.erase(idlest);
    }
    std::deque<qint64> &times = m_times[key];
    times.push_back(now);
    while (!times.empty() && now - times.front() > LongestWindowMs)
        times.pop_front();
    if (times.size() > 1000)
        times.pop_front();
}

void AttemptLimiter::reset(const QString &key)
{
    m_times.remove(key);
}

}  // namespace ModeDesk::Sandbox
