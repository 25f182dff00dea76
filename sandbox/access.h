// Who may do what. Each check either returns what the caller may use or
// throws the documented failure: 401 without a valid key, 403 when the kind
// of key may not call the endpoint, 404 when the thing exists but is not
// the caller's to see (so that ids cannot be probed).
#pragma once

#include "modeobjects.h"

namespace ModeDesk::Sandbox {

struct Caller;
struct SandboxContext;

namespace Access {

void requireKey(const Caller &caller);
void requireUser(const Caller &caller);
void requireDevice(const Caller &caller);
void requireProjectPermission(const Caller &caller, const QString &permission);

// Users who are members, and project keys with "read".
Home readableHome(const SandboxContext &ctx, const Caller &caller, qint64 homeId);
// Users who are members (endpoints that need "API key of a user").
Home memberHome(const SandboxContext &ctx, const Caller &caller, qint64 homeId);
// Users who are members, and project keys with "all".
Home writableHome(const SandboxContext &ctx, const Caller &caller, qint64 homeId);

// A claimed device whose home the caller can read, or the device itself.
Device readableDevice(const SandboxContext &ctx, const Caller &caller, qint64 deviceId);
// A claimed device in a home the user belongs to.
Device memberDevice(const SandboxContext &ctx, const Caller &caller, qint64 deviceId);

}  // namespace Access
}  // namespace ModeDesk::Sandbox
