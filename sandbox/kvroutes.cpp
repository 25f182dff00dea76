// The home key-value store: /homes/{homeId}/kv[/{key}].
#include "access.h"
#include "eventhub.h"
#include "homestore.h"
#include "jsoncodec.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "validation.h"

namespace ModeDesk::Sandbox::Routes {

namespace {

constexpr int MaxKeysPerHome = 10'000;

HttpReply listPairs(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    return HttpReply::json(200, Json::encodeList(ctx.homes.keyValues(
                                    home.id, request.queryValue(QStringLiteral("keyPrefix")))));
}

HttpReply getPair(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const auto pair = ctx.homes.keyValue(home.id, request.param(QStringLiteral("key")));
    if (!pair)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::json(200, Json::encode(*pair));
}

HttpReply putPair(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::writableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const QString key = request.param(QStringLiteral("key"));
    Validation::keyValueKey(key);
    const QJsonValue value = request.jsonObject().value(QStringLiteral("value"));
    Validation::keyValueValue(value);
    if (!ctx.homes.keyValue(home.id, key) && ctx.homes.keyValueCount(home.id) >= MaxKeysPerHome)
        throw ApiFailure(403, QStringLiteral("EXCEEDED_MAX_KEYS"));
    const KeyValuePair saved = ctx.homes.putKeyValue(home.id, key, value);

    Event event;
    event.eventType = QLatin1String(EventTypes::KeyValueSaved);
    event.eventData = Json::encode(saved);
    event.homeId = home.id;
    ctx.hub.publish(event);
    return HttpReply::noContent();
}

HttpReply deletePair(const SandboxContext &ctx, ApiRequest &request)
{
    const Home home =
        Access::writableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId")));
    const QString key = request.param(QStringLiteral("key"));
    if (!ctx.homes.deleteKeyValue(home.id, key))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));

    Event event;
    event.eventType = QLatin1String(EventTypes::KeyValueDeleted);
    event.eventData = QJsonObject{{QStringLiteral("key"), key}};
    event.homeId = home.id;
    ctx.hub.publish(event);
    return HttpReply::noContent();
}

}  // namespace

void addKeyValueRoutes(Router &router, const SandboxContext &ctx)
{
    const auto bind = [&ctx](ContextHandler handler) {
        return withContext(ctx, handler);
    };
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}/kv"), bind(listPairs));
    router.add(HttpMethod::Get, QStringLiteral("/homes/{homeId}/kv/{key}"), bind(getPair));
    router.add(HttpMethod::Put, QStringLiteral("/homes/{homeId}/kv/{key}"), bind(putPair));
    router.add(HttpMethod::Delete, QStringLiteral("/homes/{homeId}/kv/{key}"), bind(deletePair));
}

}  // namespace ModeDesk::Sandbox::Routes
