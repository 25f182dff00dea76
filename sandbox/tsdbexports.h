// Export requests waiting to be fetched: POST .../export answers a dataUrl
// that names one of these by an unguessable token (as a signed storage URL
// would), so the CSV can be fetched without the API key.
#pragma once

#include "sandboxclock.h"
#include "tsdbstore.h"

#include <QHash>

namespace ModeDesk::Sandbox {

class TsdbExports
{
public:
    struct Pending {
        TsdbScope scope;
        ExportRequest request;
        qint64 createdMs = 0;
    };

    static constexpr int MaxPending = 64;            // the oldest goes first
    static constexpr qint64 LifetimeMs = 3'600'000;  // an hour, as a signed URL lasts

    explicit TsdbExports(const SandboxClock &clock) : m_clock(clock) {}

    QString add(const TsdbScope &scope, const ExportRequest &request);
    std::optional<Pending> find(const QString &token);

private:
    void expire(qint64 nowMs);
    const SandboxClock &m_clock;
    QHash<QString, Pending> m_pending;
};

}  // namespace ModeDesk::Sandbox
