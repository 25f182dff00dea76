// What the chart knows of a series' history: the min, mean and max of its
// buckets at the resolution a plot needs, fetched from the home's TSDB
// module in chunks of ChunkBuckets buckets, kept (least recently used go
// first past MaxCachedBuckets), and re-fetched when they reach the present.
// A plot says what it wants (want()); the wish is fetched after a short
// pause, so a burst of wheel events costs one round of requests, and chunks
// a newer wish no longer needs are cancelled.
#pragma once

#include "tsdbobjects.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ModeDesk {

class ApiCallBase;
class ApiClient;

struct HistoryBucket {
    qint64 ms = 0;     // the bucket's start
    qint64 endMs = 0;  // and end (a coarser stand-in is wider than the wanted ones)
    double low = 0;
    double mean = 0;
    double high = 0;
    bool operator==(const HistoryBucket &) const = default;
};

class HistoryCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int ChunkBuckets = 500;
    static constexpr qsizetype MaxCachedBuckets = 400'000;
    static constexpr qint64 OpenChunkMaxAgeMs =
        30'000;  // a chunk reaching now is re-read after this

    explicit HistoryCache(ApiClient *api, QObject *parent = nullptr);

    // Another home or module: everything known is dropped, fetches cancelled.
    void setSource(qint64 homeId, const QString &moduleId);
    bool hasSource() const { return m_homeId != 0 && !m_moduleId.isEmpty(); }
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

    // The finest resolution that gives a plot of pixelWidth columns at most
    // one bucket per column.
    static Tsdb::Resolution resolutionFor(qint64 spanMs, int pixelWidth);

    // What the plot shows now; replaces the series' earlier wish.
    void want(const QString &seriesId, qint64 fromMs, qint64 toMs, int pixelWidth);
    void forget(const QString &seriesId);
    // The series' points changed on the server (a range or the series deleted):
    // what is known of it is dropped, and fetched again as wanted.
    void invalidate(const QString &seriesId);
    // The buckets known over [fromMs, toMs), oldest first: at the resolution
    // the plot needs, coarser ones where those are not in yet.
    QList<HistoryBucket> buckets(const QString &seriesId, qint64 fromMs, qint64 toMs,
                                 int pixelWidth) const;

    bool isFetching() const { return !m_inFlight.isEmpty(); }
    qsizetype cachedBuckets() const { return m_cachedBuckets; }
    int fetchesStarted() const { return m_fetchesStarted; }

signals:
    void changed();
    // A chunk could not be read (the message says why, in plain words).
    void failed(const QString &seriesId, const QString &message);

private:
    struct ChunkId {
        QString seriesId;
        Tsdb::Resolution resolution;
        qint64 index;
        bool operator==(const ChunkId &) const = default;
    };
    friend size_t qHash(const ChunkId &id, size_t seed)
    {
        return qHashMulti(seed, id.seriesId, int(id.resolution), id.index);
    }
    struct Chunk {
        QList<HistoryBucket> buckets;
        qint64 fetchedAtMs = 0;
        bool reachesNow = false;
        mutable quint64 lastUsed = 0;  // read by buckets(), which is const
    };
    struct Fetch {
        QList<QPointer<ApiCallBase>> calls;  // avg, min, max
        QList<TimePoint> parts[3];
        int landed = 0;
    };
    struct Wish {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        int pixelWidth = 0;
        bool operator==(const Wish &) const = default;
    };

    static qint64 chunkStart(Tsdb::Resolution resolution, qint64 index);
    // The chunk whose [chunkStart(i), chunkStart(i + 1)) holds ms.
    static qint64 chunkOf(Tsdb::Resolution resolution, qint64 ms);
    // A chunk that failed waits before it is asked again: 2 s, doubling to a minute.
    bool isBackingOff(const ChunkId &id) const;
    // Missing or stale, not on its way, not waiting after a failure.
    bool needsFetch(const ChunkId &id) const;
    QList<ChunkId> chunksFor(const QString &seriesId, const Wish &wish) const;
    bool isFresh(const Chunk &chunk) const;
    void fetchWishes();
    void startFetch(const ChunkId &id);
    void land(const ChunkId &id);
    void evict();

    ApiClient *m_api;
    qint64 m_homeId = 0;
    QString m_moduleId;
    int m_generation = 0;
    QHash<QString, Wish> m_wishes;
    QHash<ChunkId, Chunk> m_chunks;
    QHash<ChunkId, Fetch> m_inFlight;
    struct Failure {
        qint64 retryAtMs = 0;
        int count = 0;
    };
    QHash<ChunkId, Failure> m_failures;
    QTimer m_debounce;
    mutable quint64 m_useClock = 0;
    qsizetype m_cachedBuckets = 0;
    int m_fetchesStarted = 0;
};

}  // namespace ModeDesk
