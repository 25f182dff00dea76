#include "tsdbexports.h"

#include "credentials.h"
#include "storeutil.h"

namespace ModeDesk::Sandbox {

QString TsdbExports::add(const TsdbScope &scope, const ExportRequest &request)
{
    const qint64 now = m_clock.nowMs();
    expire(now);
    while (m_pending.size() >= MaxPending) {
        auto oldest = m_pending.begin();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->createdMs < oldest->createdMs)
                oldest = it;
        }
        m_pending.erase(oldest);
    }
    const QString token = Credentials::newToken();
    m_pending.insert(token, {scope, request, now});
    return token;
}

std::optional<TsdbExports::Pending> TsdbExports::find(const QString &token)
{
    expire(m_clock.nowMs());
    const auto it = m_pending.constFind(token);
    if (it == m_pending.cend())
        return std::nullopt;
    return *it;
}

void TsdbExports::expire(qint64 now)
{
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (now - it->createdMs > LifetimeMs)
            it = m_pending.erase(it);
        else
            ++it;
    }
}

}  // namespace ModeDesk::Sandbox
