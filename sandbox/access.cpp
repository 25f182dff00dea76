#include "access.h"

#include "caller.h"
#include "devicestore.h"
#include "homestore.h"
#include "httpexchange.h"
#include "sandboxcontext.h"

namespace ModeDesk::Sandbox::Access {

namespace {

[[noreturn]] void notFound()
{
    throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
}

[[noreturn]] void permissionDenied()
{
    throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
}

Home existingHome(const SandboxContext &ctx, qint64 homeId)
{
    const auto home = ctx.homes.home(homeId);
    if (!home)
        notFound();
    return *home;
}

}  // namespace

void requireKey(const Caller &caller)
{
    if (caller.kind == Caller::Kind::Nobody)
        throw ApiFailure(401, QStringLiteral("AUTHORIZATION_REQUIRED"));
    if (caller.kind == Caller::Kind::Unknown)
        throw ApiFailure(401, QStringLiteral("UNAUTHENTICATED_CLIENT"));
}

void requireUser(const Caller &caller)
{
    requireKey(caller);
    if (!caller.isUser())
        permissionDenied();
}

void requireDevice(const Caller &caller)
{
    requireKey(caller);
    if (!caller.isDevice())
        permissionDenied();
}

void requireProjectPermission(const Caller &caller, const QString &permission)
{
    requireKey(caller);
    if (!caller.hasPermission(permission))
        permissionDenied();
}

Home readableHome(const SandboxContext &ctx, const Caller &caller, qint64 homeId)
{
    requireKey(caller);
    if (caller.isProjectKey()) {
        if (!caller.hasPermission(QStringLiteral("read")))
            permissionDenied();
        return existingHome(ctx, homeId);
    }
    return memberHome(ctx, caller, homeId);
}

Home memberHome(const SandboxContext &ctx, const Caller &caller, qint64 homeId)
{
    requireUser(caller);
    if (!ctx.homes.isMember(homeId, caller.userId))
        notFound();
    return existingHome(ctx, homeId);
}

Home writableHome(const SandboxContext &ctx, const Caller &caller, qint64 homeId)
{
    requireKey(caller);
    if (caller.isProjectKey()) {
        if (!caller.hasPermission(QStringLiteral("all")))
            permissionDenied();
        return existingHome(ctx, homeId);
    }
    return memberHome(ctx, caller, homeId);
}

Device readableDevice(const SandboxContext &ctx, const Caller &caller, qint64 deviceId)
{
    requireKey(caller);
    const auto device = ctx.devices.device(deviceId);
    if (caller.isDevice()) {
        if (!device || caller.deviceId != deviceId)
            notFound();
        return *device;
    }
    if (caller.isProjectKey() && !caller.hasPermission(QStringLiteral("read")))
        permissionDenied();
    if (!device)
        notFound();
    if (caller.isProjectKey())
        return *device;
    if (device->homeId == 0 || !ctx.homes.isMember(device->homeId, caller.userId))
        notFound();
    return *device;
}

Device memberDevice(const SandboxContext &ctx, const Caller &caller, qint64 deviceId)
{
    requireUser(caller);
    const auto device = ctx.devices.device(deviceId);
    if (!device || device->homeId == 0 || !ctx.homes.isMember(device->homeId, caller.userId))
        notFound();
    return *device;
}

}  // namespace ModeDesk::Sandbox::Access
