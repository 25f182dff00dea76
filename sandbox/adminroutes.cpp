// The sandbox's own admin API under /sandbox/, guarded by the admin key.
#include "credentials.h"
#include "devicestore.h"
#include "faultinjector.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "projectstore.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "storeutil.h"
#include "userstore.h"
#include "validation.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace ModeDesk::Sandbox::Routes {

void requireAdmin(const ApiRequest &request, const QString &adminKey)
{
    if (request.key.isEmpty())
        throw ApiFailure(401, QStringLiteral("AUTHORIZATION_REQUIRED"));
    if (!Credentials::constantTimeEquals(request.key.toUtf8(), adminKey.toUtf8()))
        throw ApiFailure(401, QStringLiteral("UNAUTHENTICATED_CLIENT"));
}

namespace {

HttpReply createProjectKey(const SandboxContext &ctx, ApiRequest &request)
{
    const QJsonObject body = request.jsonObject();
    const QString name =
        Validation::name(QStringLiteral("name"), body.value(QStringLiteral("name")).toString());
    const QJsonValue list = body.value(QStringLiteral("permissions"));
    QStringList permissions;
    for (const QJsonValue &entry : list.toArray()) {
        if (!ProjectStore::knownPermissions().contains(entry.toString()))
            throwInvalidInput(QStringLiteral("permissions"),
                              QStringLiteral("each one of: ") +
                                  ProjectStore::knownPermissions().join(QStringLiteral(", ")));
        permissions.append(entry.toString());
    }
    if (!list.isArray() || permissions.isEmpty())
        throwInvalidInput(QStringLiteral("permissions"), QStringLiteral("a non-empty array"));
    const QString key = ctx.project.createProjectKey(name, permissions);
    return HttpReply::json(
        201, QJsonObject{{QStringLiteral("name"), name},
                         {QStringLiteral("key"), key},
                         {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}});
}

HttpReply createDevice(const SandboxContext &ctx, ApiRequest &request)
{
    const QJsonObject body = request.jsonObject();
    const QString deviceClass = body.value(QStringLiteral("deviceClass")).toString();
    if (!ctx.project.deviceClasses().contains(deviceClass))
        throw ApiFailure(403, QStringLiteral("INVALID_DEVICE_CLASS"),
                         {{QStringLiteral("deviceClasses"),
                           QJsonArray::fromStringList(ctx.project.deviceClasses())}});
    const NewDevice created = ctx.devices.createDevice(
        deviceClass, body.value(QStringLiteral("name")).toString().trimmed(),
        body.value(QStringLiteral("tag")).toString().trimmed(), 0, true);
    QJsonObject reply = Json::encode(created.device);
    reply.insert(QStringLiteral("claimCode"), created.claimCode);
    return HttpReply::json(201, reply);
}

// POST /sandbox/claimMode {claimCode, duration}: what holding a device's setup
// button does, for a pre-provisioned device whose key only the device knows
// (the demo's spare sensor): its claim window opens.
HttpReply openClaimWindow(const SandboxContext &ctx, ApiRequest &request)
{
    const QJsonObject body = request.jsonObject();
    const QString code = body.value(QStringLiteral("claimCode")).toString().trimmed();
    if (code.isEmpty())
        throwInvalidInput(QStringLiteral("claimCode"), QStringLiteral("is required"));
    const QJsonValue durationValue = body.value(QStringLiteral("duration"));
    const qint64 duration = durationValue.isUndefined()
                                ? DefaultClaimWindowSeconds
                                : (durationValue.isDouble() ? durationValue.toInteger(-1) : -1);
    if (duration < 1 || duration > MaxClaimWindowSeconds)
        throwInvalidInput(QStringLiteral("duration"),
                          QStringLiteral("1 to %1 seconds").arg(MaxClaimWindowSeconds));
    const std::optional<Device> device = ctx.devices.deviceByClaimCode(code);
    if (!device)
        throw ApiFailure(404, QStringLiteral("INVALID_CLAIM_CODE"));
    if (device->homeId != 0)
        throw ApiFailure(403, QStringLiteral("DEVICE_ALREADY_IN_HOME"));
    const qint64 expiration = ctx.clock.nowMs() + duration * 1000;
    ctx.devices.setClaimExpiration(device->id, expiration);
    return HttpReply::json(200, Json::encode(RegistrationState{timeFromMs(expiration)}));
}

HttpReply listDeviceClasses(const SandboxContext &ctx, ApiRequest &)
{
    return HttpReply::json(200, QJsonArray::fromStringList(ctx.project.deviceClasses()));
}

HttpReply addDeviceClass(const SandboxContext &ctx, ApiRequest &request)
{
    const QString id = request.jsonObject().value(QStringLiteral("id")).toString();
    static const QRegularExpression valid(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,63}")));
    if (!valid.match(id).hasMatch())
        throwInvalidInput(QStringLiteral("id"),
                          QStringLiteral("lowercase letters, digits, - and _, starting with a "
                                         "letter or digit, at most 64"));
    if (!ctx.project.addDeviceClass(id))
        throw ApiFailure(403, QStringLiteral("DEVICE_CLASS_EXISTS"));
    return HttpReply::json(201, QJsonObject{{QStringLiteral("id"), id}});
}

HttpReply removeDeviceClass(const SandboxContext &ctx, ApiRequest &request)
{
    const QString id = request.pathParams.value(QStringLiteral("classId"));
    if (!ctx.project.deviceClasses().contains(id))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    if (const int used = ctx.devices.countOfClass(id); used > 0)
        throw ApiFailure(403, QStringLiteral("DEVICE_CLASS_IN_USE"),
                         {{QStringLiteral("devices"), used}});
    ctx.project.removeDeviceClass(id);
    return HttpReply::noContent();
}

// PATCH /sandbox/project {onDemandProvisioning}: what MODE's console switches.
HttpReply updateProject(const SandboxContext &ctx, ApiRequest &request)
{
    const QJsonObject body = request.jsonObject();
    const QJsonValue onDemand = body.value(QStringLiteral("onDemandProvisioning"));
    if (!onDemand.isBool())
        throwInvalidInput(QStringLiteral("onDemandProvisioning"), QStringLiteral("true or false"));
    ctx.project.setOnDemandProvisioning(onDemand.toBool());
    return HttpReply::json(200, ctx.project.describe());
}

HttpReply listOutbox(const SandboxContext &ctx, ApiRequest &)
{
    QJsonArray messages;
    for (const OutboxMessage &message : ctx.project.outbox())
        messages.append(toJson(message));
    return HttpReply::json(200, messages);
}

HttpReply addFault(FaultInjector &faults, ApiRequest &request)
{
    const QJsonObject body = request.jsonObject();
    FaultInjector::Fault fault;
    fault.pathPrefix = body.value(QStringLiteral("path")).toString();
    if (!fault.pathPrefix.startsWith(QLatin1Char('/')))
        throwInvalidInput(QStringLiteral("path"), QStringLiteral("a path starting with /"));
    fault.method = body.value(QStringLiteral("method")).toString().toUpper();
    fault.status = body.value(QStringLiteral("status")).toInt(503);
    fault.malformed = body.value(QStringLiteral("malformed")).toBool();
    fault.remaining = body.value(QStringLiteral("count")).toInt(1);
    if (fault.status < 400 || fault.status > 599 || fault.remaining < 1)
        throwInvalidInput(QStringLiteral("status"), QStringLiteral("4xx/5xx and count >= 1"));
    faults.add(fault);
    return HttpReply::noContent();
}

// --- Smart Modules, as MODE's console sets them up per home -------------------------------

QStringList subscribedEventsOf(const QJsonObject &body, QStringList fallback)
{
    const QJsonValue value = body.value(QStringLiteral("subscribedEvents"));
    if (value.isUndefined())
        return fallback;
    QStringList types;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString() || entry.toString().trimmed().isEmpty())
            types.clear();
        else
            types.append(entry.toString().trimmed());
        if (types.isEmpty())
            break;
    }
    if (!value.isArray() || types.isEmpty())
        throwInvalidInput(QStringLiteral("subscribedEvents"),
                          QStringLiteral("a non-empty array of event types (\"*\" for all)"));
    return types;
}

Home existingHome(const SandboxContext &ctx, const ApiRequest &request)
{
    const auto home = ctx.homes.home(request.idParam(QStringLiteral("homeId")));
    if (!home)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return *home;
}

HttpReply addSmartModule(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home = existingHome(ctx, request);
    const QJsonObject body = request.jsonObject();
    static const QRegularExpression validId(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{2,63}")));
    static const QRegularExpression validType(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{0,63}")));
    SmartModule module;
    module.id = body.value(QStringLiteral("id")).toString();
    if (!validId.match(module.id).hasMatch())
        throwInvalidInput(QStringLiteral("id"),
                          QStringLiteral("3 to 64 lowercase letters, digits, '-' and '_', "
                                         "starting with a letter or digit"));
    module.moduleType = body.value(QStringLiteral("moduleType")).toString();
    if (!validType.match(module.moduleType).hasMatch())
        throwInvalidInput(QStringLiteral("moduleType"),
                          QStringLiteral("a module type such as tsdb or webhooks"));
    module.description = body.value(QStringLiteral("description")).toString().trimmed();
    module.suspended = body.value(QStringLiteral("suspended")).toBool(false);
    module.subscribedEvents = subscribedEventsOf(body, {QStringLiteral("*")});
    if (ctx.homes.smartModule(home.id, module.id))
        throw ApiFailure(403, QStringLiteral("MODULE_EXISTS"));
    ctx.homes.addSmartModule(home.id, module);
    return HttpReply::json(201, Json::encode(*ctx.homes.smartModule(home.id, module.id)));
}

HttpReply configureSmartModule(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home = existingHome(ctx, request);
    auto module = ctx.homes.smartModule(home.id, request.param(QStringLiteral("moduleId")));
    if (!module)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    const QJsonObject body = request.jsonObject();
    if (body.contains(QStringLiteral("description")))
        module->description = body.value(QStringLiteral("description")).toString().trimmed();
    const QJsonValue suspended = body.value(QStringLiteral("suspended"));
    if (!suspended.isUndefined() && !suspended.isBool())
        throwInvalidInput(QStringLiteral("suspended"), QStringLiteral("true or false"));
    module->suspended = suspended.toBool(module->suspended);
    module->subscribedEvents = subscribedEventsOf(body, module->subscribedEvents);
    ctx.homes.updateSmartModule(home.id, *module);
    return HttpReply::noContent();
}

HttpReply removeSmartModule(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home = existingHome(ctx, request);
    if (!ctx.homes.removeSmartModule(home.id, request.param(QStringLiteral("moduleId"))))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::noContent();
}

// POST /sandbox/fleet {userId, homes, devicesPerHome, deviceClasses?, namePrefix?}:
// a big fleet in one call (for benchmarks and for trying the Fleet page):
// homes owned by the user, each with claimed devices of the classes in turn.
HttpReply createFleet(const SandboxContext &ctx, ApiRequest &request)
{
    constexpr int MaxHomes = 5'000;
    constexpr int MaxPerHome = 1'000;
    constexpr int MaxDevices = 200'000;
    const QJsonObject body = request.jsonObject();
    const QJsonValue userValue = body.value(QStringLiteral("userId"));
    const qint64 userId = userValue.toInteger(0);
    if (!userValue.isDouble() || userId <= 0 || !ctx.users.user(userId))
        throwInvalidInput(QStringLiteral("userId"), QStringLiteral("the id of an existing user"));
    const QJsonValue homesValue = body.value(QStringLiteral("homes"));
    const int homes = int(homesValue.toInteger(0));
    if (!homesValue.isDouble() || homes < 1 || homes > MaxHomes)
        throwInvalidInput(QStringLiteral("homes"), QStringLiteral("1 to %1").arg(MaxHomes));
    const QJsonValue perHomeValue = body.value(QStringLiteral("devicesPerHome"));
    const int perHome = int(perHomeValue.toInteger(-1));
    if (!perHomeValue.isDouble() || perHome < 0 || perHome > MaxPerHome)
        throwInvalidInput(QStringLiteral("devicesPerHome"),
                          QStringLiteral("0 to %1").arg(MaxPerHome));
    if (qint64(homes) * perHome > MaxDevices)
        throwInvalidInput(QStringLiteral("devicesPerHome"),
                          QStringLiteral("at most %1 devices in all").arg(MaxDevices));
    QStringList classes = ctx.project.deviceClasses();
    if (body.contains(QStringLiteral("deviceClasses"))) {
        classes.clear();
        for (const QJsonValue &entry : body.value(QStringLiteral("deviceClasses")).toArray()) {
            if (!ctx.project.deviceClasses().contains(entry.toString()))
                throwInvalidInput(QStringLiteral("deviceClasses"),
                                  QStringLiteral("classes of this project: ") +
                                      ctx.project.deviceClasses().join(QStringLiteral(", ")));
            classes.append(entry.toString());
        }
    }
    if (classes.isEmpty())
        throwInvalidInput(QStringLiteral("deviceClasses"), QStringLiteral("at least one class"));
    const QString prefix =
        body.value(QStringLiteral("namePrefix")).toString(QStringLiteral("Fleet home")).trimmed();
    qint64 firstHome = 0;
    qint64 lastHome = 0;
    int devices = 0;
    for (int h = 0; h < homes; ++h) {
        const Home home =
            ctx.homes.createHome(QStringLiteral("%1 %2").arg(prefix).arg(h + 1), QString(), userId);
        firstHome = firstHome ? firstHome : home.id;
        lastHome = home.id;
        Transaction transaction(ctx.db);
        for (int d = 0; d < perHome; ++d, ++devices) {
            const QString &deviceClass = classes.at(devices % classes.size());
            ctx.devices.createDevice(deviceClass,
                                     QStringLiteral("%1-%2").arg(deviceClass).arg(d + 1),
                                     QStringLiteral("bench"), home.id, false);
        }
        transaction.commit();
    }
    return HttpReply::json(201, QJsonObject{{QStringLiteral("homes"), homes},
                                            {QStringLiteral("devices"), devices},
                                            {QStringLiteral("firstHomeId"), firstHome},
                                            {QStringLiteral("lastHomeId"), lastHome}});
}

}  // namespace

void addAdminRoutes(Router &router, const SandboxContext &ctx, const QString &adminKey,
                    FaultInjector &faults)
{
    const auto guarded = [&ctx, adminKey](ContextHandler handler) -> Router::Handler {
        return [&ctx, adminKey, handler](ApiRequest &request) {
            requireAdmin(request, adminKey);
            return handler(ctx, request);
        };
    };
    router.add(HttpMethod::Get, QStringLiteral("/sandbox/project"),
               guarded([](const SandboxContext &c, ApiRequest &) {
                   return HttpReply::json(200, c.project.describe());
               }));
    router.add(HttpMethod::Post, QStringLiteral("/sandbox/projectKeys"), guarded(createProjectKey));
    router.add(HttpMethod::Post, QStringLiteral("/sandbox/devices"), guarded(createDevice));
    router.add(HttpMethod::Post, QStringLiteral("/sandbox/fleet"), guarded(createFleet));
    router.add(HttpMethod::Post, QStringLiteral("/sandbox/claimMode"), guarded(openClaimWindow));
    router.add(HttpMethod::Get, QStringLiteral("/sandbox/deviceClasses"),
               guarded(listDeviceClasses));
    router.add(HttpMethod::Post, QStringLiteral("/sandbox/deviceClasses"), guarded(addDeviceClass));
    router.add(HttpMethod::Delete, QStringLiteral("/sandbox/deviceClasses/{classId}"),
               guarded(removeDeviceClass));
    router.add(HttpMethod::Patch, QStringLiteral("/sandbox/project"), guarded(updateProject));
    router.add(HttpMethod::Get, QStringLiteral("/sandbox/outbox"), guarded(listOutbox));
    const QString modules = QStringLiteral("/sandbox/homes/{homeId}/smartModules");
    router.add(HttpMethod::Post, modules, guarded(addSmartModule));
    router.add(HttpMethod::Patch, modules + QStringLiteral("/{moduleId}"),
               guarded(configureSmartModule));
    router.add(HttpMethod::Delete, modules + QStringLiteral("/{moduleId}"),
               guarded(removeSmartModule));
    // Test hooks: make the next requests to a path fail (503, or a non-JSON body).
    router.add(HttpMethod::Post, QStringLiteral("/sandbox/faults"),
               [adminKey, &faults](ApiRequest &request) {
                   requireAdmin(request, adminKey);
                   return addFault(faults, request);
               });
    router.add(HttpMethod::Delete, QStringLiteral("/sandbox/faults"),
               [adminKey, &faults](ApiRequest &request) {
                   requireAdmin(request, adminKey);
                   faults.clear();
                   return HttpReply::noContent();
               });
}

}  // namespace ModeDesk::Sandbox::Routes
