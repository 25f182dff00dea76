// /homes, their members and smart modules, home events and on-demand
// provisioning tokens.
#include "access.h"
#include "devicestore.h"
#include "eventhub.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "notifications.h"
#include "projectstore.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "storeutil.h"
#include "userstore.h"
#include "validation.h"

namespace ModeDesk::Sandbox::Routes {

namespace {

constexpr int MaxHomesPerUser = 100;
constexpr int MaxMembersPerHome = 50;
constexpr qint64 ProvisioningTokenLifetimeMs = 15 * 60 * 1000;

HttpReply listHomes(const SandboxContext &ctx, ApiRequest &request)
{
    const Caller &caller = request.caller;
    Access::requireKey(caller);
    const QString userParam = request.queryValue(QStringLiteral("userId"));
    bool ok = false;
    const qint64 userId = userParam.toLongLong(&ok);
    if (caller.isUser()) {
        // A user sees only their own homes; the parameter may be left out.
        if (!userParam.isEmpty() && (!ok || userId != caller.userId))
            throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
        return HttpReply::json(200, Json::encodeList(ctx.homes.homesOfUser(caller.userId)));
    }
    Access::requireProjectPermission(caller, QStringLiteral("read"));
    if (!ok)
        throwInvalidInput(QStringLiteral("userId"), QStringLiteral("is required"));
    return HttpReply::json(200, Json::encodeList(ctx.homes.homesOfUser(userId)));
}

HttpReply createHome(const SandboxContext &ctx, ApiRequest &request)
{
    Access::requireUser(request.caller);
    const RequestFields fields = request.fields();
    const QString name =
        Validation::name(QStringLiteral("name"), fields.string(QStringLiteral("name")));
    const QString timezone = Validation::timezone(fields.string(QStringLiteral("timezone")));
    if (ctx.homes.homeCountOfUser(request.caller.userId) >= MaxHomesPerUser)
        throw ApiFailure(403, QStringLiteral("EXCEEDED_MAX_HOMES"));
    return HttpReply::json(
        201, Json::encode(ctx.homes.createHome(name, timezone, request.caller.userId)));
}

HttpReply getHome(const SandboxContext &ctx, ApiRequest &request)
{
    const qint64 homeId = request.idParam(QStringLiteral("homeId"));
    return HttpReply::json(200, Json::encode(Access::readableHome(ctx, request.caller, homeId)));
}

HttpReply updateHome(const SandboxContext &ctx, ApiRequest &request)
{
    Home home = Access::memberHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const RequestFields fields = request.fields();
    if (fields.has(QStringLiteral("name")))
        home.name = Validation::name(QStringLiteral("name"), fields.string(QStringLiteral("name")));
    if (fields.has(QStringLiteral("timezone")))
        home.timezone = Validation::timezone(fields.string(QStringLiteral("timezone")));
    ctx.homes.updateHome(home);
    return HttpReply::noContent();
}

void requireOwner(const SandboxContext &ctx, qint64 homeId, qint64 userId)
{
    if (ctx.homes.member(homeId, userId)->role != OwnerRole)
        throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"),
                         {{QStringLiteral("message"), QStringLiteral("only owners may do this")}});
}

HttpReply deleteHome(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::memberHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    requireOwner(ctx, home.id, request.caller.userId);
    removeHome(ctx, home.id);
    return HttpReply::noContent();
}

HttpReply listMembers(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    return HttpReply::json(200, Json::encodeList(ctx.homes.members(home.id)));
}

// The user an invitation names, created as a placeholder when not registered.
qint64 invitedUser(const SandboxContext &ctx, const RequestFields &fields, const Home &home)
{
    switch (ctx.project.accountMode()) {
        case AccountMode::Email: {
            const QString email = Validation::email(fields.string(QStringLiteral("email")));
            if (const auto user = ctx.users.userByEmail(email))
                return user->id;
            Notifications::sendInvitation(ctx, email, home);
            return ctx.users.createUser({}, email, {}, false, std::nullopt, true).id;
        }
        case AccountMode::Phone: {
            // MODE leaves the SMS invitation to the app.
            const QString phone =
                Validation::phoneNumber(fields.string(QStringLiteral("phoneNumber")));
            if (const auto user = ctx.users.userByPhone(phone))
                return user->id;
            return ctx.users.createUser({}, {}, phone, false, std::nullopt, true).id;
        }
        case AccountMode::Byou: {
            const qint64 userId = fields.requiredInteger(QStringLiteral("userId"));
            if (!ctx.users.user(userId))
                throw ApiFailure(403, QStringLiteral("USER_NOT_FOUND"));
            return userId;
        }
    }
    return 0;
}

HttpReply addMember(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::memberHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const RequestFields fields = request.fields();
    Transaction transaction(ctx.db);
    const qint64 userId = invitedUser(ctx, fields, home);
    if (ctx.homes.isMember(home.id, userId))
        throw ApiFailure(403, QStringLiteral("MEMBER_EXISTS"));
    if (ctx.homes.memberCount(home.id) >= MaxMembersPerHome)
        throw ApiFailure(403, QStringLiteral("EXCEEDED_MAX_USERS"));
    ctx.homes.addMember(home.id, userId, MemberRole);
    transaction.commit();
    return HttpReply::json(201, Json::encode(*ctx.homes.member(home.id, userId)));
}

HttpReply getMember(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const auto member = ctx.homes.member(home.id, request.idParam(QStringLiteral("userId")));
    if (!member)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::json(200, Json::encode(*member));
}

HttpReply removeMember(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::memberHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const qint64 userId = request.idParam(QStringLiteral("userId"));
    const auto target = ctx.homes.member(home.id, userId);
    if (!target)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    if (userId != request.caller.userId)  // leaving is always allowed; removing others is not
        requireOwner(ctx, home.id, request.caller.userId);
    if (target->role == OwnerRole && ctx.homes.ownerCount(home.id) == 1)
        throw ApiFailure(403, QStringLiteral("LAST_OWNER"));
    ctx.homes.removeMember(home.id, userId);
    return HttpReply::noContent();
}

HttpReply listSmartModules(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    return HttpReply::json(200, Json::encodeList(ctx.homes.smartModules(home.id)));
}

HttpReply getSmartModule(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const auto module = ctx.homes.smartModule(home.id, request.param(QStringLiteral("moduleId")));
    if (!module)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::json(200, Json::encode(*module));
}

HttpReply sendHomeEvent(const SandboxContext &ctx, ApiRequest &request)
{
    Access::requireProjectPermission(request.caller, QStringLiteral("events"));
    const qint64 homeId = request.idParam(QStringLiteral("homeId"));
    if (!ctx.homes.home(homeId))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    Event event = Validation::sentEvent(request);
    event.homeId = homeId;
    event.originProjectKeyId = QString::number(request.caller.projectKeyId);
    event.originProjectKeyName = request.caller.projectKeyName;
    ctx.hub.publish(event);
    return HttpReply::noContent();
}

HttpReply startProvisioning(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::memberHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    if (!ctx.project.onDemandProvisioning())
        throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
    const RequestFields fields = request.fields();
    const QString deviceClass = fields.requiredString(QStringLiteral("deviceClass"));
    if (!ctx.project.deviceClasses().contains(deviceClass))
        throw ApiFailure(403, QStringLiteral("INVALID_DEVICE_CLASS"));
    const QString tag = fields.string(QStringLiteral("deviceTag")).trimmed();
    if (tag.size() > Validation::MaxNameLength)
        throwInvalidInput(QStringLiteral("deviceTag"), QStringLiteral("too long"));
    qint64 expirationMs = 0;
    const QString token = ctx.devices.createProvisioningToken(
        home.id, deviceClass, tag, ProvisioningTokenLifetimeMs, &expirationMs);
    return HttpReply::json(200,
                           Json::encode(DeviceProvisioningToken{token, timeFromMs(expirationMs)}));
}

}  // namespace

void removeHome(const SandboxContext &ctx, qint64 homeId)
{
    Transaction transaction(ctx.db);
    for (const Device &device : ctx.devices.devicesOfHome(homeId))
        ctx.devices.unclaim(device.id);
    ctx.homes.deleteHome(homeId);
    transaction.commit();
}

void addHomeRoutes(Router &router, const SandboxContext &ctx)
{
    const auto bind = [&ctx](ContextHandler handler) {
        return withContext(ctx, handler);
    };
    router.add(HttpMethod::Get, QStringLiteral("/homes"), bind(listHomes));
    router.add(HttpMethod::Post, QStringLiteral("/homes"), bind(createHome));
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}"), bind(getHome));
    router.add(HttpMethod::Patch, QStringLiteral("/homes/{homeId}"), bind(updateHome));
    router.add(HttpMethod::Delete, QStringLiteral("/homes/{homeId}"), bind(deleteHome));
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}/members"), bind(listMembers));
    router.add(HttpMethod::Post, QStringLiteral("/homes/{homeId}/members"), bind(addMember));
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}/members/{userId}"),
               bind(getMember));
    router.add(HttpMethod::Delete, QStringLiteral("/homes/{homeId}/members/{userId}"),
               bind(removeMember));
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}/smartModules"),
               bind(listSmartModules));
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}/smartModules/{moduleId}"),
               bind(getSmartModule));
    router.add(HttpMethod::Put, QStringLiteral("/homes/{homeId}/event"), bind(sendHomeEvent));
    router.add(HttpMethod::Post, QStringLiteral("/homes/{homeId}/deviceProvisioning"),
               bind(startProvisioning));
}

}  // namespace ModeDesk::Sandbox::Routes
