// The TSDB Smart Module's data in the sandbox's SQLite file: series and their
// points, with per-minute and per-hour rollups kept as points arrive (so an
// aggregated read of any span reads at most a few thousand rows), and
// collections (several named values and tags per timestamp).
#pragma once

#include "tsdbobjects.h"

#include <QJsonObject>
#include <functional>

namespace ModeDesk::Sandbox {

class SandboxDatabase;

// One TSDB module instance of one home.
struct TsdbScope {
    qint64 homeId = 0;
    QString moduleId;
};

struct NewPoint {
    QString seriesId;
    qint64 ms = 0;
    double value = 0;
};

struct NewCollectionPoint {
    QString collectionId;
    qint64 ms = 0;
    QJsonObject values;  // name -> number
    QJsonObject tags;    // name -> string
};

class TsdbStore
{
public:
    explicit TsdbStore(const SandboxDatabase &db) : m_db(db) {}

    // The TSDB modules of a home, and those that take an event type now
    // (subscribed to it or to "*", not suspended).
    bool isTsdbModule(const TsdbScope &scope) const;
    QStringList modulesTaking(qint64 homeId, const QString &eventType) const;

    QList<TimeSeries> listSeries(const TsdbScope &scope) const;
    // The series' row id, or nullopt.
    std::optional<qint64> findSeries(const TsdbScope &scope, const QString &seriesId) const;
    TimeSeries seriesAt(qint64 row) const;
    bool deleteSeries(const TsdbScope &scope, const QString &seriesId) const;
    // First and last point (nullopt when there are none).
    std::optional<std::pair<qint64, qint64>> seriesSpan(qint64 row) const;
    // One value per bucket that has points, for every bucket that covers
    // part of [beginMs, endMs), oldest first.
    QList<TimePoint> aggregate(qint64 row, qint64 beginMs, qint64 endMs,
                               Tsdb::Aggregation aggregation, Tsdb::Resolution resolution) const;
    // limit > 0: up to limit points at or after ts; limit < 0: up to -limit
    // before ts. Oldest first either way.
    QList<TimePoint> rawPoints(qint64 row, qint64 ts, int limit) const;
    void deleteData(qint64 row, qint64 beginMs, qint64 endMs) const;
    // Creates series on their first point; a point at a time a series already
    // has replaces it. Returns the points stored.
    int addPoints(const TsdbScope &scope, const QList<NewPoint> &points) const;
    // Bulk load: a point every stepMs in [beginMs, endMs) with valueAt(ms).
    qint64 addGeneratedPoints(const TsdbScope &scope, const QString &seriesId, qint64 beginMs,
                              qint64 endMs, qint64 stepMs,
                              const std::function<double(qint64)> &valueAt) const;

    QList<TimeSeriesCollection> listCollections(const TsdbScope &scope) const;
    std::optional<qint64> findCollection(const TsdbScope &scope, const QString &collectionId) const;
    TimeSeriesCollection collectionAt(qint64 row) const;
    TimeSeriesCollection createCollection(const TsdbScope &scope, const QString &collectionId,
                                          const QString &timeZone) const;
    bool deleteCollection(const TsdbScope &scope, const QString &collectionId) const;
    std::optional<std::pair<qint64, qint64>> collectionSpan(qint64 row) const;
    QList<CollectionRow> aggregateCollection(qint64 row, qint64 beginMs, qint64 endMs,
                                             Tsdb::Aggregation aggregation,
                                             Tsdb::Resolution resolution,
                                             const QStringList &valueNames) const;
    QList<CollectionRow> rawCollection(qint64 row, qint64 ts, int limit,
                                       const QStringList &valueNames,
                                       const QStringList &tagNames) const;
    void deleteCollectionData(qint64 row, qint64 beginMs, qint64 endMs) const;
    // Points of collections that do not exist are skipped. Returns the points stored.
    int addCollectionPoints(const TsdbScope &scope, const QList<NewCollectionPoint> &points) const;

    // CSV of [beginMs, endMs): "timestamp,value" or "timestamp,<values>,<tags>".
    QByteArray seriesCsv(qint64 row, qint64 beginMs, qint64 endMs, bool header) const;
    QByteArray collectionCsv(qint64 row, qint64 beginMs, qint64 endMs, bool header) const;

private:
    qint64 seriesRowFor(const TsdbScope &scope, const QString &seriesId) const;  // creates
    void refreshRollups(qint64 row, qint64 fromMs, qint64 toMs) const;

    const SandboxDatabase &m_db;
};

}  // namespace ModeDesk::Sandbox
