// The TSDB Smart Module: /homes/{homeId}/smartModules/{moduleId}/timeSeries,
// /collections and /export (../shared/mode-api/tsdb.md), the export
// downloads, and the admin bulk load of points.
#include "access.h"
#include "homestore.h"
#include "routes.h"
#include "sandboxcontext.h"
#include "tsdbexports.h"
#include "tsdbstore.h"
#include "validation.h"
#include "zipwriter.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimeZone>
#include <cmath>
#include <numbers>

namespace ModeDesk::Sandbox::Routes {

namespace {

using Tsdb::Aggregation;
using Tsdb::Resolution;

// --- who and what ------------------------------------------------------------------------

TsdbScope scopeOf(const SandboxContext &ctx, const ApiRequest &request, const Home &home)
{
    const TsdbScope scope{home.id, request.param(QStringLiteral("moduleId"))};
    if (!ctx.tsdb.isTsdbModule(scope))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return scope;
}

TsdbScope readableScope(const SandboxContext &ctx, const ApiRequest &request)
{
    return scopeOf(
        ctx, request,
        Access::readableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId"))));
}

// Deletes and new collections: a member's user key or a project key with "all".
TsdbScope writableScope(const SandboxContext &ctx, const ApiRequest &request)
{
    return scopeOf(
        ctx, request,
        Access::writableHome(ctx, request.caller, request.idParam(QStringLiteral("homeId"))));
}

qint64 seriesRow(const SandboxContext &ctx, const TsdbScope &scope, const ApiRequest &request)
{
    const auto row = ctx.tsdb.findSeries(scope, request.param(QStringLiteral("seriesId")));
    if (!row)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return *row;
}

qint64 collectionRow(const SandboxContext &ctx, const TsdbScope &scope, const ApiRequest &request)
{
    const auto row = ctx.tsdb.findCollection(scope, request.param(QStringLiteral("collectionId")));
    if (!row)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return *row;
}

// --- query parameters ----------------------------------------------------------------------

qint64 timeFrom(const QString &field, const QString &text)
{
    if (text.isEmpty())
        throwInvalidInput(field, QStringLiteral("is required (an RFC 3339 time)"));
    const QDateTime time = Json::parseTime(text);
    if (!time.isValid() || time.toMSecsSinceEpoch() < 0)
        throwInvalidInput(field, QStringLiteral("\"%1\" is not an RFC 3339 time such as "
                                                "2026-12-01T12:00:00.000Z")
                                     .arg(text));
    return time.toMSecsSinceEpoch();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

struct Span {
    qint64 begin;
    qint64 end;
};

Span spanFrom(const QString &beginText, const QString &endText)
{
    const Span span{timeFrom(QStringLiteral("begin"), beginText),
                    timeFrom(QStringLiteral("end"), endText)};
    if (span.end <= span.begin)
        throwInvalidInput(QStringLiteral("end"), QStringLiteral("must be after begin"));
    return span;
}

Span spanOf(const ApiRequest &request)
{
    return spanFrom(request.queryValue(QStringLiteral("begin")),
                    request.queryValue(QStringLiteral("end")));
}

struct Bucketing {
    Aggregation aggregation;
    Resolution resolution;
};

Bucketing bucketingOf(const ApiRequest &request, const Span &span)
{
    const QString aggregationText = request.queryValue(QStringLiteral("aggregation"));
    const auto aggregation = aggregationText.isEmpty() ? std::optional(Aggregation::Avg)
                                                       : Tsdb::aggregationNamed(aggregationText);
    if (!aggregation)
        throwInvalidInput(QStringLiteral("aggregation"),
                          QStringLiteral("one of avg, min, max, sum, count"));
    const QString resolutionText = request.queryValue(QStringLiteral("resolution"));
    const auto resolution = resolutionText.isEmpty()
                                ? std::optional(Tsdb::automaticResolution(span.end - span.begin))
                                : Tsdb::resolutionNamed(resolutionText);
    if (!resolution)
        throwInvalidInput(QStringLiteral("resolution"),
                          QStringLiteral("one of 5sec, 15sec, 1min, 10min, 1hour, 1day, 1week, "
                                         "1month, or none to follow the span"));
    const qint64 buckets = Tsdb::bucketCount(*resolution, span.begin, span.end);
    if (buckets > Tsdb::MaxPointsPerRead)
        throwInvalidInput(QStringLiteral("resolution"),
                          QStringLiteral("%1 over this span gives %2 buckets, more than %3: "
                                         "choose a coarser one or a shorter span")
                              .arg(Tsdb::name(*resolution))
                              .arg(buckets)
                              .arg(Tsdb::MaxPointsPerRead));
    return {*aggregation, *resolution};
}

struct RawRead {
    qint64 ts;
    int limit;  // as asked; the read takes at most MaxPointsPerRead
    int bounded;
};

RawRead rawReadOf(const ApiRequest &request)
{
    const qint64 ts = timeFrom(QStringLiteral("ts"), request.queryValue(QStringLiteral("ts")));
    bool ok = false;
    const qint64 limit = request.queryValue(QStringLiteral("limit")).toLongLong(&ok);
    if (!ok || limit == 0 || std::abs(limit) > 1'000'000'000)
        throwInvalidInput(QStringLiteral("limit"),
                          QStringLiteral("a non-zero integer: > 0 reads forward from ts, < 0 "
                                         "backward"));
    const int bounded =
        int(std::clamp<qint64>(limit, -Tsdb::MaxPointsPerRead, Tsdb::MaxPointsPerRead));
    return {ts, int(limit), bounded};
}

bool asksRaw(const ApiRequest &request)
{
    return request.query.hasQueryItem(QStringLiteral("ts")) ||
           request.query.hasQueryItem(QStringLiteral("limit"));
}

// "a,b,c" as names; absent: the fallback.
QStringList namesOf(const ApiRequest &request, const QString &field, const QStringList &fallback)
{
    if (!request.query.hasQueryItem(field))
        return fallback;
    QStringList names = request.queryValue(field).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    return names;
}

// --- series --------------------------------------------------------------------------------

HttpReply listSeries(const SandboxContext &ctx, ApiRequest &request)
{
    return HttpReply::json(200, Json::encodeList(ctx.tsdb.listSeries(readableScope(ctx, request))));
}

HttpReply getSeries(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = readableScope(ctx, request);
    return HttpReply::json(200, Json::encode(ctx.tsdb.seriesAt(seriesRow(ctx, scope, request))));
}

HttpReply deleteSeries(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = writableScope(ctx, request);
    if (!ctx.tsdb.deleteSeries(scope, request.param(QStringLiteral("seriesId"))))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::noContent();
}

HttpReply seriesTimeRange(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = readableScope(ctx, request);
    const auto span = ctx.tsdb.seriesSpan(seriesRow(ctx, scope, request));
    TimeRange range{request.param(QStringLiteral("seriesId")), {}, {}};
    if (span)
        range = {range.id, utc(span->first), utc(span->second)};
    return HttpReply::json(200, Json::encode(range, "seriesId"));
}

HttpReply seriesData(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = readableScope(ctx, request);
    const qint64 row = seriesRow(ctx, scope, request);
    const QString id = request.param(QStringLiteral("seriesId"));
    if (asksRaw(request)) {
        const RawRead read = rawReadOf(request);
        return HttpReply::json(
            200, Json::encode(RawSeriesData{id, utc(read.ts), read.limit,
                                            ctx.tsdb.rawPoints(row, read.ts, read.bounded)}));
    }
    const Span span = spanOf(request);
    const Bucketing bucketing = bucketingOf(request, span);
    return HttpReply::json(
        200,
        Json::encode(SeriesData{id, utc(span.begin), utc(span.end),
                                Tsdb::name(bucketing.aggregation), Tsdb::name(bucketing.resolution),
                                ctx.tsdb.aggregate(row, span.begin, span.end, bucketing.aggregation,
                                                   bucketing.resolution)}));
}

HttpReply deleteSeriesData(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = writableScope(ctx, request);
    const qint64 row = seriesRow(ctx, scope, request);
    const Span span = spanOf(request);
    ctx.tsdb.deleteData(row, span.begin, span.end);
    return HttpReply::noContent();
}

// --- collections ---------------------------------------------------------------------------

HttpReply createCollection(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = writableScope(ctx, request);
    const QJsonObject body = request.jsonObject();
    const QString id = body.value(QStringLiteral("id")).toString();
    if (!Tsdb::isValidSeriesId(id))
        throwInvalidInput(QStringLiteral("id"),
                          QStringLiteral("letters and digits, joined by single '-', '_' or ':', "
                                         "at most 128 characters"));
    const QString timeZone = body.value(QStringLiteral("timeZone")).toString();
    if (!timeZone.isEmpty() && !Validation::isTimeZone(timeZone))
        throwInvalidInput(QStringLiteral("timeZone"),
                          QStringLiteral("\"%1\" is not an IANA time zone").arg(timeZone));
    if (ctx.tsdb.findCollection(scope, id))
        throw ApiFailure(403, QStringLiteral("COLLECTION_EXISTS"));
    return HttpReply::json(201, Json::encode(ctx.tsdb.createCollection(scope, id, timeZone)));
}

HttpReply listCollections(const SandboxContext &ctx, ApiRequest &request)
{
    return HttpReply::json(200,
                           Json::encodeList(ctx.tsdb.listCollections(readableScope(ctx, request))));
}

HttpReply getCollection(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = readableScope(ctx, request);
    return HttpReply::json(200,
                           Json::encode(ctx.tsdb.collectionAt(collectionRow(ctx, scope, request))));
}

HttpReply deleteCollection(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = writableScope(ctx, request);
    if (!ctx.tsdb.deleteCollection(scope, request.param(QStringLiteral("collectionId"))))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::noContent();
}

HttpReply collectionTimeRange(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = readableScope(ctx, request);
    const auto span = ctx.tsdb.collectionSpan(collectionRow(ctx, scope, request));
    TimeRange range{request.param(QStringLiteral("collectionId")), {}, {}};
    if (span)
        range = {range.id, utc(span->first), utc(span->second)};
    return HttpReply::json(200, Json::encode(range, "collectionId"));
}

HttpReply collectionData(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = readableScope(ctx, request);
    const qint64 row = collectionRow(ctx, scope, request);
    const TimeSeriesCollection collection = ctx.tsdb.collectionAt(row);
    const QStringList values =
        namesOf(request, QStringLiteral("selectValues"), collection.valueNames);
    if (asksRaw(request)) {
        const RawRead read = rawReadOf(request);
        const QStringList tags =
            namesOf(request, QStringLiteral("selectTags"), collection.tagNames);
        return HttpReply::json(
            200, Json::encode(CollectionRawData{
                     collection.id, utc(read.ts), read.limit,
                     ctx.tsdb.rawCollection(row, read.ts, read.bounded, values, tags)}));
    }
    const Span span = spanOf(request);
    const Bucketing bucketing = bucketingOf(request, span);
    return HttpReply::json(
        200, Json::encode(CollectionData{
                 collection.id, utc(span.begin), utc(span.end), Tsdb::name(bucketing.aggregation),
                 Tsdb::name(bucketing.resolution),
                 ctx.tsdb.aggregateCollection(row, span.begin, span.end, bucketing.aggregation,
                                              bucketing.resolution, values)}));
}

HttpReply deleteCollectionData(const SandboxContext &ctx, ApiRequest &request)
{
    const TsdbScope scope = writableScope(ctx, request);
    const qint64 row = collectionRow(ctx, scope, request);
    const Span span = spanOf(request);
    ctx.tsdb.deleteCollectionData(row, span.begin, span.end);
    return HttpReply::noContent();
}

// --- export --------------------------------------------------------------------------------

QStringList stringsOf(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return {};
    QStringList list;
    for (const QJsonValue &entry : value.toArray()) {
        if (!entry.isString())
            throwInvalidInput(field, QStringLiteral("an array of strings"));
        list.append(entry.toString());
    }
    if (!value.isArray())
        throwInvalidInput(field, QStringLiteral("an array of strings"));
    return list;
}

HttpReply startExport(const SandboxContext &ctx, ApiRequest &request, TsdbExports &exports)
{
    const TsdbScope scope = readableScope(ctx, request);
    const QJsonObject body = request.jsonObject();
    ExportRequest wanted;
    wanted.seriesIds = stringsOf(body, QStringLiteral("seriesIds"));
    wanted.collectionIds = stringsOf(body, QStringLiteral("collectionIds"));
    wanted.fileNames = stringsOf(body, QStringLiteral("fileNames"));
    const Span span = spanFrom(body.value(QStringLiteral("begin")).toString(),
                               body.value(QStringLiteral("end")).toString());
    wanted.begin = utc(span.begin);
    wanted.end = utc(span.end);
    const QJsonValue header = body.value(QStringLiteral("includeHeader"));
    if (!header.isUndefined() && !header.isBool())
        throwInvalidInput(QStringLiteral("includeHeader"), QStringLiteral("true or false"));
    wanted.includeHeader = header.toBool(true);

    if (wanted.seriesIds.isEmpty() && wanted.collectionIds.isEmpty())
        throwInvalidInput(QStringLiteral("seriesIds"),
                          QStringLiteral("name at least one series or collection"));
    for (const QString &id : std::as_const(wanted.seriesIds)) {
        if (!ctx.tsdb.findSeries(scope, id))
            throwInvalidInput(QStringLiteral("seriesIds"),
                              QStringLiteral("no series \"%1\" in this module").arg(id));
    }
    for (const QString &id : std::as_const(wanted.collectionIds)) {
        if (!ctx.tsdb.findCollection(scope, id))
            throwInvalidInput(QStringLiteral("collectionIds"),
                              QStringLiteral("no collection \"%1\" in this module").arg(id));
    }
    const qsizetype files = wanted.seriesIds.size() + wanted.collectionIds.size();
    if (!wanted.fileNames.isEmpty() && wanted.fileNames.size() != files)
        throwInvalidInput(QStringLiteral("fileNames"),
                          QStringLiteral("one name per series and collection (%1)").arg(files));
    for (const QString &name : std::as_const(wanted.fileNames)) {
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
            throwInvalidInput(QStringLiteral("fileNames"),
                              QStringLiteral("plain file names, without folders"));
        if (wanted.fileNames.count(name) > 1)
            throwInvalidInput(QStringLiteral("fileNames"),
                              QStringLiteral("\"%1\" is named twice: one name per file").arg(name));
    }

    const QString token = exports.add(scope, wanted);
    const QString base = QStringLiteral("http://%1/sandbox/exports/%2/").arg(request.host, token);
    return HttpReply::json(200, Json::encode(ExportTicket{base + QStringLiteral("data"),
                                                          base + QStringLiteral("status")}));
}

HttpReply exportData(const SandboxContext &ctx, ApiRequest &request, TsdbExports &exports)
{
    const auto pending = exports.find(request.param(QStringLiteral("token")));
    if (!pending)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    const ExportRequest &wanted = pending->request;
    const qint64 begin = wanted.begin.toMSecsSinceEpoch(), end = wanted.end.toMSecsSinceEpoch();
    // Each file keeps the name asked for it; one deleted meanwhile is left out.
    const auto nameOf = [&wanted](qsizetype i, const QString &id) {
        return i < wanted.fileNames.size() ? wanted.fileNames.at(i) : id + QStringLiteral(".csv");
    };
    QList<std::pair<QString, QByteArray>> files;
    qsizetype i = 0;
    for (const QString &id : wanted.seriesIds) {
        if (const auto row = ctx.tsdb.findSeries(pending->scope, id))
            files.append(
                {nameOf(i, id), ctx.tsdb.seriesCsv(*row, begin, end, wanted.includeHeader)});
        ++i;
    }
    for (const QString &id : wanted.collectionIds) {
        if (const auto row = ctx.tsdb.findCollection(pending->scope, id))
            files.append(
                {nameOf(i, id), ctx.tsdb.collectionCsv(*row, begin, end, wanted.includeHeader)});
        ++i;
    }
    if (files.isEmpty())  // deleted since the export was asked for
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    HttpReply reply;
    if (files.size() == 1) {
        reply.body = files.first().second;
        reply.contentType = "text/csv; charset=utf-8";
        return reply;
    }
    ZipWriter zip;
    for (const auto &[name, csv] : std::as_const(files))
        zip.add(name, csv);
    reply.body = zip.finish();
    reply.contentType = "application/zip";
    return reply;
}

HttpReply exportStatus(ApiRequest &request, TsdbExports &exports)
{
    if (!exports.find(request.param(QStringLiteral("token"))))
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return HttpReply::json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}});
}

// --- admin: bulk load ----------------------------------------------------------------------

double numberOr(const QJsonObject &object, const QString &field, double fallback)
{
    const QJsonValue value = object.value(field);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        throwInvalidInput(field, QStringLiteral("a number"));
    return value.toDouble();
}

// POST /sandbox/homes/{homeId}/smartModules/{moduleId}/points
//   {seriesId, points: [[time, number], ...]} or
//   {seriesId, generate: {begin, end, intervalSeconds, base, amplitude, periodSeconds, noise}}
HttpReply loadPoints(const SandboxContext &ctx, ApiRequest &request)
{
    const auto home = ctx.homes.home(request.idParam(QStringLiteral("homeId")));
    if (!home)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    const TsdbScope scope = scopeOf(ctx, request, *home);
    const QJsonObject body = request.jsonObject();
    const QString seriesId = body.value(QStringLiteral("seriesId")).toString();
    if (!Tsdb::isValidSeriesId(seriesId))
        throwInvalidInput(QStringLiteral("seriesId"),
                          QStringLiteral("letters and digits, joined by single '-', '_' or ':', "
                                         "at most 128 characters"));
    qint64 added = 0;
    if (body.contains(QStringLiteral("generate"))) {
        const QJsonObject g = body.value(QStringLiteral("generate")).toObject();
        const Span span = spanFrom(g.value(QStringLiteral("begin")).toString(),
                                   g.value(QStringLiteral("end")).toString());
        const double interval = numberOr(g, QStringLiteral("intervalSeconds"), 60);
        const qint64 stepMs = qint64(std::llround(interval * 1000));
        if (stepMs < 1 || (span.end - span.begin) / stepMs > 50'000'000)
            throwInvalidInput(QStringLiteral("intervalSeconds"),
                              QStringLiteral("at least 0.001, and at most 50 million points"));
        const double base = numberOr(g, QStringLiteral("base"), 20);
        const double amplitude = numberOr(g, QStringLiteral("amplitude"), 5);
        const double period = numberOr(g, QStringLiteral("periodSeconds"), 86'400);
        const double noise = numberOr(g, QStringLiteral("noise"), 0);
        if (period < 0.001)
            throwInvalidInput(QStringLiteral("periodSeconds"), QStringLiteral("at least 0.001"));
        auto *random = QRandomGenerator::global();
        added = ctx.tsdb.addGeneratedPoints(
            scope, seriesId, span.begin, span.end, stepMs, [&](qint64 ms) {
                const double phase =
                    2 * std::numbers::pi * double(ms % qint64(period * 1000)) / (period * 1000);
                return base + amplitude * std::sin(phase) +
                       (noise > 0 ? (random->generateDouble() * 2 - 1) * noise : 0);
            });
    } else {
        QList<NewPoint> points;
        const QJsonArray rows = body.value(QStringLiteral("points")).toArray();
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonArray row = rows.at(i).toArray();
            const QDateTime ts = Json::parseTime(row.at(0).toString());
            if (row.size() != 2 || !ts.isValid() || ts.toMSecsSinceEpoch() < 0 ||
                !row.at(1).isDouble())
                throwInvalidInput(QStringLiteral("points"),
                                  QStringLiteral("[%1]: expected [RFC 3339 time, number]").arg(i));
            points.append({seriesId, ts.toMSecsSinceEpoch(), row.at(1).toDouble()});
        }
        if (points.isEmpty())
            throwInvalidInput(QStringLiteral("points"),
                              QStringLiteral("a non-empty array of [time, number], or generate"));
        added = ctx.tsdb.addPoints(scope, points);
    }
    return HttpReply::json(
        200, QJsonObject{{QStringLiteral("seriesId"), seriesId}, {QStringLiteral("added"), added}});
}

}  // namespace

void addTsdbRoutes(Router &router, const SandboxContext &ctx, const QString &adminKey,
                   TsdbExports &exports)
{
    const auto bind = [&ctx](ContextHandler handler) {
        return withContext(ctx, handler);
    };
    const QString module = QStringLiteral("/homes/{homeId}/smartModules/{moduleId}");
    const QString series = module + QStringLiteral("/timeSeries/{seriesId}");
    const QString collection = module + QStringLiteral("/collections/{collectionId}");
    router.add(HttpMethod::Get, module + QStringLiteral("/timeSeries"), bind(listSeries));
    router.add(HttpMethod::Get, series, bind(getSeries));
    router.add(HttpMethod::Delete, series, bind(deleteSeries));
    router.add(HttpMethod::Get, series + QStringLiteral("/timeRange"), bind(seriesTimeRange));
    router.add(HttpMethod::Get, series + QStringLiteral("/data"), bind(seriesData));
    router.add(HttpMethod::Delete, series + QStringLiteral("/data"), bind(deleteSeriesData));
    router.add(HttpMethod::Post, module + QStringLiteral("/collections"), bind(createCollection));
    router.add(HttpMethod::Get, module + QStringLiteral("/collections"), bind(listCollections));
    router.add(HttpMethod::Get, collection, bind(getCollection));
    router.add(HttpMethod::Delete, collection, bind(deleteCollection));
    router.add(HttpMethod::Get, collection + QStringLiteral("/timeRange"),
               bind(collectionTimeRange));
    router.add(HttpMethod::Get, collection + QStringLiteral("/data"), bind(collectionData));
    router.add(HttpMethod::Delete, collection + QStringLiteral("/data"),
               bind(deleteCollectionData));
    router.add(
        HttpMethod::Post, module + QStringLiteral("/export"),
        [&ctx, &exports](ApiRequest &request) { return startExport(ctx, request, exports); });
    // The dataUrl and statusUrl an export answers: the token is the key.
    router.add(HttpMethod::Get, QStringLiteral("/sandbox/exports/{token}/data"),
               [&ctx, &exports](ApiRequest &request) { return exportData(ctx, request, exports); });
    router.add(HttpMethod::Get, QStringLiteral("/sandbox/exports/{token}/status"),
               [&exports](ApiRequest &request) { return exportStatus(request, exports); });
    router.add(HttpMethod::Post,
               QStringLiteral("/sandbox/homes/{homeId}/smartModules/{moduleId}/points"),
               [&ctx, adminKey](ApiRequest &request) {
                   requireAdmin(request, adminKey);
                   return loadPoints(ctx, request);
               });
}

}  // namespace ModeDesk::Sandbox::Routes
