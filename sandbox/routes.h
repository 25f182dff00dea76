// Each function registers one area of the MODE API on the router.
#pragma once

#include "router.h"

namespace ModeDesk::Sandbox {

class FaultInjector;
class TsdbExports;
struct SandboxContext;

namespace Routes {

using ContextHandler = HttpReply (*)(const SandboxContext &, ApiRequest &);
// Binds a free handler function to the context, for Router::add.
inline Router::Handler withContext(const SandboxContext &ctx, ContextHandler handler)
{
    return [&ctx, handler](ApiRequest &request) {
        return handler(ctx, request);
    };
}

void addUserRoutes(Router &router, const SandboxContext &ctx);      // /users, /userSession
void addAuthRoutes(Router &router, const SandboxContext &ctx);      // /auth...
void addHomeRoutes(Router &router, const SandboxContext &ctx);      // /homes, members, modules
void addKeyValueRoutes(Router &router, const SandboxContext &ctx);  // /homes/{id}/kv
void addDeviceRoutes(Router &router, const SandboxContext &ctx);    // /devices, /deviceRegistration
void addAdminRoutes(Router &router, const SandboxContext &ctx, const QString &adminKey,
                    FaultInjector &faults);
// .../smartModules/{moduleId}/timeSeries, collections, export; the export
// downloads; the admin bulk load.
void addTsdbRoutes(Router &router, const SandboxContext &ctx, const QString &adminKey,
                   TsdbExports &exports);

// 401 unless the request carries the sandbox's admin key.
void requireAdmin(const ApiRequest &request, const QString &adminKey);

// Deletes a home; its devices are released (unclaimed), not destroyed.
void removeHome(const SandboxContext &ctx, qint64 homeId);
}  // namespace Routes

}  // namespace ModeDesk::Sandbox
