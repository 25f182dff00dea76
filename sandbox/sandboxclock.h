// The sandbox's time: the wall clock, plus however far a test moved it on.
// Every expiry, window and time stamp of the stores and routes reads this,
// so that a test of "after the claim window closed" advances the clock
// instead of sleeping. Safe to read from any thread.
#pragma once

#include <QAtomicInteger>
#include <QDateTime>

namespace ModeDesk::Sandbox {

class SandboxClock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs.loadRelaxed(); }
    // Time moves on by ms at once (never back).
    void advance(qint64 ms) { m_offsetMs.fetchAndAddRelaxed(qMax<qint64>(0, ms)); }

private:
    QAtomicInteger<qint64> m_offsetMs = 0;
};

}  // namespace ModeDesk::Sandbox
