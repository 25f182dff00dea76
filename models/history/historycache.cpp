#include "historycache.h"

#include "apiclient.h"
#include "errortext.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace ModeDesk {

using Tsdb::Aggregation;
using Tsdb::Resolution;

namespace {

constexpr Aggregation Parts[3] = {Aggregation::Avg, Aggregation::Min, Aggregation::Max};

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

}  // namespace

HistoryCache::HistoryCache(ApiClient *api, QObject *parent) : QObject(parent), m_api(api)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(80);
    connect(&m_debounce, &QTimer::timeout, this, &HistoryCache::fetchWishes);
}

void HistoryCache::setSource(qint64 homeId, const QString &moduleId)
{
    if (homeId == m_homeId && moduleId == m_moduleId)
        return;
    ++m_generation;
    m_homeId = homeId;
    m_moduleId = moduleId;
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const Fetch &fetch : inFlight) {
        for (const QPointer<ApiCallBase> &call : fetch.calls) {
            if (call)
                call->cancel();
        }
    }
    m_chunks.clear();
    m_failures.clear();
    m_cachedBuckets = 0;
    if (!m_wishes.isEmpty())
        m_debounce.start();
    emit changed();
}

Resolution HistoryCache::resolutionFor(qint64 spanMs, int pixelWidth)
{
    const int columns = std::max(pixelWidth, 16);
    for (Resolution r : Tsdb::resolutions()) {
        if (spanMs / Tsdb::nominalMs(r) <= columns)
            return r;
    }
    return Resolution::Month1;
}

qint64 HistoryCache::chunkStart(Resolution resolution, qint64 index)
{
    // Whole buckets: a week or a month is never split between two chunks.
    return Tsdb::bucketStart(resolution, index * Tsdb::nominalMs(resolution) * ChunkBuckets);
}

qint64 HistoryCache::chunkOf(Resolution resolution, qint64 ms)
{
    const qint64 span = Tsdb::nominalMs(resolution) * ChunkBuckets;
    qint64 index = ms / span - (ms % span < 0 ? 1 : 0);
    // chunkStart() rounds down to a Monday or the 1st: the neighbour may hold ms.
    if (chunkStart(resolution, index + 1) <= ms)
        ++index;
    else if (chunkStart(resolution, index) > ms)
        --index;
    return index;
}

QList<HistoryCache::ChunkId> HistoryCache::chunksFor(const QString &seriesId,
                                                     const Wish &wish) const
{
    QList<ChunkId> ids;
    if (wish.toMs <= wish.fromMs)
        return ids;
    const Resolution resolution = resolutionFor(wish.toMs - wish.fromMs, wish.pixelWidth);
    const qint64 last = chunkOf(resolution, wish.toMs - 1);
    for (qint64 index = chunkOf(resolution, wish.fromMs); index <= last; ++index)
        ids.append({seriesId, resolution, index});
    return ids;
}

bool HistoryCache::isBackingOff(const ChunkId &id) const
{
    const auto failure = m_failures.constFind(id);
    return failure != m_failures.cend() && QDateTime::currentMSecsSinceEpoch() < failure->retryAtMs;
}

bool HistoryCache::isFresh(const Chunk &chunk) const
{
    return !chunk.reachesNow ||
           QDateTime::currentMSecsSinceEpoch() - chunk.fetchedAtMs < OpenChunkMaxAgeMs;
}

void HistoryCache::want(const QString &seriesId, qint64 fromMs, qint64 toMs, int pixelWidth)
{
    const Wish wish{fromMs, toMs, pixelWidth};
    const auto it = m_wishes.constFind(seriesId);
    const bool sameChunks =
        it != m_wishes.cend() && chunksFor(seriesId, *it) == chunksFor(seriesId, wish);
    m_wishes.insert(seriesId, wish);
    if (!sameChunks) {
        // A new view (a wheel burst, a pan): fetched once it rests.
        m_debounce.start();
        return;
    }
    // The same chunks (a live window creeping on): fetch only what is missing
    // or has gone stale, without restarting a pause that is already running.
    if (m_debounce.isActive())
        return;
    for (const ChunkId &id : chunksFor(seriesId, wish)) {
        if (needsFetch(id)) {
            m_debounce.start();
            break;
        }
    }
}

bool HistoryCache::needsFetch(const ChunkId &id) const
{
    const auto chunk = m_chunks.constFind(id);
    return (chunk == m_chunks.cend() || !isFresh(*chunk)) && !m_inFlight.contains(id) &&
           !isBackingOff(id);
}

void HistoryCache::forget(const QString &seriesId)
{
    m_wishes.remove(seriesId);
    m_debounce.start();
}

void HistoryCache::invalidate(const QString &seriesId)
{
    for (auto it = m_chunks.begin(); it != m_chunks.end();) {
        if (it.key().seriesId == seriesId) {
            m_cachedBuckets -= it->buckets.size();
            it = m_chunks.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_failures.begin(); it != m_failures.end();)
        it = it.key().seriesId == seriesId ? m_failures.erase(it) : std::next(it);
    if (m_wishes.contains(seriesId))
        m_debounce.start();
    emit changed();
}

void HistoryCache::fetchWishes()
{
    if (!hasSource())
        return;
    QSet<ChunkId> needed;
    for (auto it = m_wishes.cbegin(); it != m_wishes.cend(); ++it) {
        for (const ChunkId &id : chunksFor(it.key(), *it))
            needed.insert(id);
    }
    // What no wish needs any more is not worth waiting for.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (needed.contains(it.key())) {
            ++it;
            continue;
        }
        const Fetch fetch = *it;
        it = m_inFlight.erase(it);
        for (const QPointer<ApiCallBase> &call : fetch.calls) {
            if (call)
                call->cancel();
        }
    }
    for (const ChunkId &id : std::as_const(needed)) {
        if (needsFetch(id))
            startFetch(id);
    }
}

void HistoryCache::startFetch(const ChunkId &id)
{
    const qint64 begin = chunkStart(id.resolution, id.index);
    const qint64 end = chunkStart(id.resolution, id.index + 1);
    Fetch &fetch = m_inFlight[id];
    const int generation = m_generation;
    ++m_fetchesStarted;
    for (int part = 0; part < 3; ++part) {
        ApiCall<SeriesData> *call = m_api->getTimeSeriesData(
            m_homeId, m_moduleId, id.seriesId, utc(begin), utc(end), Parts[part], id.resolution);
        fetch.calls.append(call);
        call->then(
            this,
            [this, id, part, generation](const SeriesData &data) {
                if (generation != m_generation || !m_inFlight.contains(id))
                    return;
                Fetch &f = m_inFlight[id];
                f.parts[part] = data.data;
                if (++f.landed == 3)
                    land(id);
            },
            [this, id, generation](const ApiError &error) {
                if (generation != m_generation || !m_inFlight.contains(id))
                    return;
                const Fetch f = m_inFlight.take(id);
                for (const QPointer<ApiCallBase> &other : f.calls) {
                    if (other)
                        other->cancel();
                }
                if (error.kind == ApiError::Kind::Cancelled)
                    return;
                // Not asked again at every redraw: a deleted series would cost
                // three requests per live event.
                Failure &failure = m_failures[id];
                ++failure.count;
                failure.retryAtMs =
                    QDateTime::currentMSecsSinceEpoch() +
                    std::min<qint64>(60'000, 2'000LL << std::min(failure.count - 1, 5));
                emit failed(id.seriesId, ErrorText::explain(error));
            });
    }
}

void HistoryCache::land(const ChunkId &id)
{
    const Fetch fetch = m_inFlight.take(id);
    // avg, min and max answer the same buckets: joined by their start.
    QHash<qint64, HistoryBucket> byStart;
    for (const TimePoint &p : fetch.parts[0])
        byStart.insert(p.ms,
                       {p.ms, Tsdb::nextBucket(id.resolution, p.ms), p.value, p.value, p.value});
    for (const TimePoint &p : fetch.parts[1]) {
        if (byStart.contains(p.ms))
            byStart[p.ms].low = p.value;
    }
    for (const TimePoint &p : fetch.parts[2]) {
        if (byStart.contains(p.ms))
            byStart[p.ms].high = p.value;
    }
    Chunk chunk;
    chunk.buckets = byStart.values();
    std::sort(chunk.buckets.begin(), chunk.buckets.end(),
              [](const HistoryBucket &a, const HistoryBucket &b) { return a.ms < b.ms; });
    chunk.fetchedAtMs = QDateTime::currentMSecsSinceEpoch();
    chunk.reachesNow = chunkStart(id.resolution, id.index + 1) > chunk.fetchedAtMs;
    chunk.lastUsed = ++m_useClock;
    m_failures.remove(id);
    if (const auto old = m_chunks.constFind(id); old != m_chunks.cend())
        m_cachedBuckets -= old->buckets.size();
    m_cachedBuckets += chunk.buckets.size();
    m_chunks.insert(id, std::move(chunk));
    evict();
    emit changed();
}

void HistoryCache::evict()
{
    while (m_cachedBuckets > MaxCachedBuckets && m_chunks.size() > 1) {
        auto oldest = m_chunks.begin();
        for (auto it = m_chunks.begin(); it != m_chunks.end(); ++it) {
            if (it->lastUsed < oldest->lastUsed)
                oldest = it;
        }
        m_cachedBuckets -= oldest->buckets.size();
        m_chunks.erase(oldest);
    }
}

QList<HistoryBucket> HistoryCache::buckets(const QString &seriesId, qint64 fromMs, qint64 toMs,
                                           int pixelWidth) const
{
    QList<HistoryBucket> out;
    if (toMs <= fromMs)
        return out;
    const Resolution wanted = resolutionFor(toMs - fromMs, pixelWidth);
    const QList<Resolution> all = Tsdb::resolutions();
    // The buckets of a chunk that start in [lo, hi).
    const auto append = [&out](const Chunk &chunk, qint64 lo, qint64 hi) {
        for (const HistoryBucket &b : chunk.buckets) {
            if (b.ms >= lo && b.ms < hi)
                out.append(b);
        }
    };
    // Walk the wanted resolution's chunks; where one is not in, a coarser
    // chunk fills that stretch until it comes.
    const qint64 last = chunkOf(wanted, toMs - 1);
    for (qint64 index = chunkOf(wanted, fromMs); index <= last; ++index) {
        const qint64 from = chunkStart(wanted, index), to = chunkStart(wanted, index + 1);
        if (to <= fromMs)
            continue;
        const auto chunk = m_chunks.constFind({seriesId, wanted, index});
        const qint64 hi = std::min(to, toMs);
        if (chunk != m_chunks.cend()) {
            // The bucket that starts before fromMs still shows its part.
            append(*chunk, std::max(from, Tsdb::bucketStart(wanted, fromMs)), hi);
            chunk->lastUsed = ++m_useClock;
            continue;
        }
        for (qsizetype r = all.indexOf(wanted) + 1; r < all.size(); ++r) {
            const Resolution coarser = all.at(r);
            const auto cover =
                m_chunks.constFind({seriesId, coarser, chunkOf(coarser, std::max(from, fromMs))});
            if (cover == m_chunks.cend())
                continue;
            // The coarse bucket that starts before this stretch covers its start.
            append(*cover, Tsdb::bucketStart(coarser, std::max(from, fromMs)), hi);
            cover->lastUsed = ++m_useClock;
            break;
        }
    }
    std::sort(out.begin(), out.end(),
              [](const HistoryBucket &a, const HistoryBucket &b) { return a.ms < b.ms; });
    out.erase(
        std::unique(out.begin(), out.end(),
                    [](const HistoryBucket &a, const HistoryBucket &b) { return a.ms == b.ms; }),
        out.end());
    return out;
}

}  // namespace ModeDesk
