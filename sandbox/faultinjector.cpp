#include "faultinjector.h"

namespace ModeDesk::Sandbox {

std::optional<HttpReply> FaultInjector::take(const ApiRequest &request)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (!request.path.startsWith(fault.pathPrefix))
            continue;
        if (!fault.method.isEmpty() && fault.method != methodName(request.method))
            continue;
        const Fault used = fault;
        if (--fault.remaining <= 0)
            m_faults.removeAt(i);
        if (used.malformed) {
            HttpReply truncated;
            truncated.body = QByteArrayLiteral("{\"id\": 1, \"name\": <truncated");
            return truncated;
        }
        return HttpReply::error(used.status, used.status == 503
                                                 ? QStringLiteral("SERVICE_UNAVAILABLE")
                                                 : QStringLiteral("INJECTED_FAULT"));
    }
    return std::nullopt;
}

}  // namespace ModeDesk::Sandbox
