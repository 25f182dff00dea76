// Test hooks for clients: the next N requests to a path answer with a chosen
// status, or with a body that is not JSON. Set through POST /sandbox/faults.
#pragma once

#include "httpexchange.h"

#include <QList>
#include <optional>

namespace ModeDesk::Sandbox {

class FaultInjector
{
public:
    struct Fault {
        QString pathPrefix;
        QString method;  // empty: any
        int status = 503;
        bool malformed = false;  // 200 with a body that is not JSON
        int remaining = 1;
    };

    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    // The reply for this request if a fault applies (and uses it up).
    std::optional<HttpReply> take(const ApiRequest &request);

private:
    QList<Fault> m_faults;
};

}  // namespace ModeDesk::Sandbox
