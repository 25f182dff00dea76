// /devices (list, claim, provision, get, update, delete), commands, device
// events and /deviceRegistration.
#include "access.h"
#include "devicestore.h"
#include "eventhub.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "projectstore.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "storeutil.h"
#include "validation.h"

namespace ModeDesk::Sandbox::Routes {

namespace {

HttpReply listDevices(const SandboxContext &ctx, ApiRequest &request)
{
    Access::requireKey(request.caller);
    if (request.caller.isDevice())
        throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
    const QString text = request.queryValue(QStringLiteral("homeId"));
    if (text.isEmpty())
        throwInvalidInput(QStringLiteral("homeId"), QStringLiteral("is required"));
    const std::optional<qint64> parsed = ApiRequest::strictId(text);
    if (!parsed)
        throwInvalidInput(QStringLiteral("homeId"), QStringLiteral("must be a home id (a number)"));
    const qint64 homeId = *parsed;
    const Home home = Access::readableHome(ctx, request.caller, homeId);
    return HttpReply::json(200, Json::encodeList(ctx.devices.devicesOfHome(home.id)));
}

// POST /devices {token}: the device hardware redeems an on-demand token.
HttpReply redeemToken(const SandboxContext &ctx, const QString &token)
{
    Transaction transaction(ctx.db);
    const auto grant = ctx.devices.provisioningGrant(token);
    if (!grant || grant->expirationMs <= ctx.clock.nowMs() || grant->redeemedDeviceId != 0) {
        throw ApiFailure(403, QStringLiteral("INVALID_TOKEN"),
                         {{QStringLiteral("message"),
                           QStringLiteral("unknown, expired or already used token")}});
    }
    NewDevice created = ctx.devices.createDevice(grant->deviceClass, grant->deviceClass, grant->tag,
                                                 grant->homeId, false);
    ctx.devices.markRedeemed(token, created.device.id);
    transaction.commit();
    return HttpReply::json(201, Json::encode(created.device));  // the only reply with apiKey
}

// POST /devices {homeId, claimCode}: a user claims a pre-provisioned device.
HttpReply claimDevice(const SandboxContext &ctx, ApiRequest &request, const RequestFields &fields)
{
    const qint64 homeId = fields.requiredInteger(QStringLiteral("homeId"));
    const QString claimCode = fields.requiredString(QStringLiteral("claimCode"));
    const Home home = Access::memberHome(ctx, request.caller, homeId);
    const auto device = ctx.devices.deviceByClaimCode(claimCode);
    if (!device)
        throw ApiFailure(403, QStringLiteral("INVALID_CLAIM_CODE"));
    if (device->homeId != 0)
        throw ApiFailure(403, QStringLiteral("DEVICE_ALREADY_IN_HOME"));
    if (!device->claimExpirationTime.isValid())  // the window is closed or never opened
        throw ApiFailure(403, QStringLiteral("DEVICE_NOT_CLAIMABLE"));
    ctx.devices.claim(device->id, home.id);
    return HttpReply::json(201, Json::encode(*ctx.devices.device(device->id)));
}

HttpReply addDevice(const SandboxContext &ctx, ApiRequest &request)
{
    const RequestFields fields = request.fields();
    if (fields.has(QStringLiteral("token")))
        return redeemToken(ctx, fields.requiredString(QStringLiteral("token")));
    Access::requireUser(request.caller);
    return claimDevice(ctx, request, fields);
}

HttpReply getDevice(const SandboxContext &ctx, ApiRequest &request)
{
    return HttpReply::json(
        200, Json::encode(Access::readableDevice(ctx, request.caller,
                                                 request.idParam(QStringLiteral("deviceId")))));
}

HttpReply updateDevice(const SandboxContext &ctx, ApiRequest &request)
{
    Device device =
        Access::memberDevice(ctx, request.caller, request.idParam(QStringLiteral("deviceId")));
    const RequestFields fields = request.fields();
    if (fields.has(QStringLiteral("name")))
        device.name =
            Validation::name(QStringLiteral("name"), fields.string(QStringLiteral("name")));
    if (fields.has(QStringLiteral("tag"))) {
        device.tag = fields.string(QStringLiteral("tag")).trimmed();
        if (device.tag.size() > Validation::MaxNameLength)
            throwInvalidInput(QStringLiteral("tag"), QStringLiteral("too long"));
    }
    ctx.devices.rename(device.id, device.name, device.tag);
    return HttpReply::noContent();
}

HttpReply deleteDevice(const SandboxContext &ctx, ApiRequest &request)
{
    const Device device =
        Access::memberDevice(ctx, request.caller, request.idParam(QStringLiteral("deviceId")));
    if (ctx.devices.hasClaimCode(device.id)) {
        // Pre-provisioned hardware goes back on the shelf: it can be claimed again.
        ctx.devices.unclaim(device.id);
    } else {
        ctx.hub.closeDevice(device.id, QStringLiteral("DEVICE_DELETED"));
        ctx.devices.deleteDevice(device.id);
    }
    return HttpReply::noContent();
}

HttpReply sendCommand(const SandboxContext &ctx, ApiRequest &request)
{
    const qint64 deviceId = request.idParam(QStringLiteral("deviceId"));
    const Caller &caller = request.caller;
    Access::requireKey(caller);
    Device device;
    if (caller.isProjectKey()) {
        Access::requireProjectPermission(caller, QStringLiteral("all"));
        const auto found = ctx.devices.device(deviceId);
        if (!found)
            throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
        device = *found;
    } else {
        device = Access::memberDevice(ctx, caller, deviceId);
    }
    const Json::Decoded<DeviceCommand> command = Json::decode<DeviceCommand>(request.jsonObject());
    if (!command.ok())
        throwInvalidInput(QStringLiteral("body"), command.error);
    if (command.value->action.trimmed().isEmpty())
        throwInvalidInput(QStringLiteral("action"), QStringLiteral("must not be empty"));
    if (!ctx.hub.sendCommand(device.id, *command.value))
        throw ApiFailure(403, QStringLiteral("DEVICE_OFFLINE"));
    ctx.devices.touch(device.id, DeviceStore::Touch::Command);
    return HttpReply::noContent();
}

HttpReply sendDeviceEvent(const SandboxContext &ctx, ApiRequest &request)
{
    const qint64 deviceId = request.idParam(QStringLiteral("deviceId"));
    Access::requireDevice(request.caller);
    if (request.caller.deviceId != deviceId)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    Event event = Validation::sentEvent(request);
    const Device device = *ctx.devices.device(deviceId);
    ctx.devices.touch(deviceId, DeviceStore::Touch::Event);

    event.homeId = device.homeId;
    event.originDeviceId = device.id;
    event.originDeviceClass = device.deviceClass;
    event.originDeviceIp = request.remoteAddress;
    ctx.hub.publish(event);
    return HttpReply::noContent();
}

HttpReply websocketOnly(const SandboxContext &, ApiRequest &request)
{
    Access::requireKey(request.caller);
    throw ApiFailure(403, QStringLiteral("WEBSOCKET_REQUIRED"),
                     {{QStringLiteral("message"), QStringLiteral("open this URL as a WebSocket")}});
}

HttpReply updateRegistration(const SandboxContext &ctx, ApiRequest &request)
{
    Access::requireDevice(request.caller);
    const RequestFields fields = request.fields();
    if (fields.requiredInteger(QStringLiteral("deviceId")) != request.caller.deviceId)
        throw ApiFailure(403, QStringLiteral("PERMISSION_DENIED"));
    const std::optional<bool> claimable = fields.boolean(QStringLiteral("claimable"));
    if (!claimable)
        throwInvalidInput(QStringLiteral("claimable"), QStringLiteral("is required"));
    const qint64 duration =
        fields.integer(QStringLiteral("duration")).value_or(DefaultClaimWindowSeconds);
    if (duration < 1 || duration > MaxClaimWindowSeconds) {
        throwInvalidInput(QStringLiteral("duration"),
                          QStringLiteral("1 to %1 seconds").arg(MaxClaimWindowSeconds));
    }
    const Device device = *ctx.devices.device(request.caller.deviceId);
    if (*claimable && device.homeId != 0)
        throw ApiFailure(403, QStringLiteral("DEVICE_ALREADY_IN_HOME"));
    if (*claimable && !ctx.devices.hasClaimCode(device.id))
        throw ApiFailure(403, QStringLiteral("DEVICE_NOT_CLAIMABLE"),
                         {{QStringLiteral("message"), QStringLiteral("device has no claim code")}});
    const qint64 expiration = *claimable ? ctx.clock.nowMs() + duration * 1000 : 0;
    ctx.devices.setClaimExpiration(device.id, expiration);
    return HttpReply::json(200, Json::encode(RegistrationState{timeFromMs(expiration)}));
}

}  // namespace

void addDeviceRoutes(Router &router, const SandboxContext &ctx)
{
    const auto bind = [&ctx](ContextHandler handler) {
        return withContext(ctx, handler);
    };
    router.add(HttpMethod::Get, QStringLiteral("/devices"), bind(listDevices));
    router.add(HttpMethod::Post, QStringLiteral("/devices"), bind(addDevice));
    router.add(HttpMethod::Get, QStringLiteral("/devices/{deviceId}"), bind(getDevice));
    router.add(HttpMethod::Patch, QStringLiteral("/devices/{deviceId}"), bind(updateDevice));
    router.add(HttpMethod::Delete, QStringLiteral("/devices/{deviceId}"), bind(deleteDevice));
    router.add(HttpMethod::Put, QStringLiteral("/devices/{deviceId}/command"), bind(sendCommand));
    router.add(HttpMethod::Get, QStringLiteral("/devices/{deviceId}/command"), bind(websocketOnly));
    router.add(HttpMethod::Put, QStringLiteral("/devices/{deviceId}/event"), bind(sendDeviceEvent));
    router.add(HttpMethod::Get, QStringLiteral("/userSession/websocket"), bind(websocketOnly));
    router.add(HttpMethod::Post, QStringLiteral("/deviceRegistration"), bind(updateRegistration));
}

}  // namespace ModeDesk::Sandbox::Routes
