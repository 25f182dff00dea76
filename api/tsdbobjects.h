// MODE's TSDB Smart Module (../shared/mode-api/tsdb.md): its objects, its
// resolutions and aggregations, and their JSON. Shared by the sandbox, which
// answers with them, and the API client, which reads them.
#pragma once

#include "jsoncodec.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ModeDesk {

struct TimeSeries {
    QString id;
    qint64 homeId = 0;
    QString moduleId;
    QString timeZone = QStringLiteral("UTC");
    bool operator==(const TimeSeries &) const = default;
};

struct TimeSeriesCollection {
    QString id;
    qint64 homeId = 0;
    QString moduleId;
    QString timeZone = QStringLiteral("UTC");
    QStringList valueNames;
    QStringList tagNames;
    bool operator==(const TimeSeriesCollection &) const = default;
};

// The first and last point of a series or collection (invalid times when empty).
struct TimeRange {
    QString id;  // seriesId or collectionId
    QDateTime begin;
    QDateTime end;
};

struct TimePoint {
    qint64 ms = 0;  // since the epoch, UTC
    double value = 0;
    bool operator==(const TimePoint &) const = default;
};

// GET .../timeSeries/{id}/data with begin and end: one value per bucket.
struct SeriesData {
    QString seriesId;
    QDateTime begin;
    QDateTime end;
    QString aggregation;
    QString resolution;
    QList<TimePoint> data;
};

// GET .../timeSeries/{id}/data with ts and limit: the points themselves.
struct RawSeriesData {
    QString seriesId;
    QDateTime ts;
    int limit = 0;
    QList<TimePoint> data;
};

// One row of a collection: values in the order asked for (nullopt where
// none), then tags (raw reads only).
struct CollectionRow {
    qint64 ms = 0;
    QList<std::optional<double>> values;
    QStringList tags;
    bool operator==(const CollectionRow &) const = default;
};

struct CollectionData {
    QString collectionId;
    QDateTime begin;
    QDateTime end;
    QString aggregation;
    QString resolution;
    QList<CollectionRow> data;
};

struct CollectionRawData {
    QString collectionId;
    QDateTime ts;
    int limit = 0;
    QList<CollectionRow> data;
};

struct ExportRequest {
    QStringList seriesIds;
    QStringList collectionIds;
    QStringList fileNames;
    QDateTime begin;
    QDateTime end;
    bool includeHeader = true;
};

struct ExportTicket {
    QString dataUrl;
    QString statusUrl;
};

namespace Tsdb {

inline constexpr int MaxPointsPerRead = 10'000;  // raw points or buckets per call
inline const QString ModuleType = QStringLiteral("tsdb");

enum class Aggregation { Avg, Min, Max, Sum, Count };
enum class Resolution { Sec5, Sec15, Min1, Min10, Hour1, Day1, Week1, Month1 };

QString name(Aggregation aggregation);
QString name(Resolution resolution);
std::optional<Aggregation> aggregationNamed(const QString &name);
std::optional<Resolution> resolutionNamed(const QString &name);
QList<Resolution> resolutions();  // finest first

// What MODE picks when the resolution is left out, from the span end - begin.
Resolution automaticResolution(qint64 spanMs);
// A bucket's nominal width (a month counts 30 days: use bucketStart/nextBucket).
qint64 nominalMs(Resolution resolution);
// Buckets are aligned in UTC: to multiples of their width since the epoch,
// weeks from Monday 00:00, months from the first of the month.
qint64 bucketStart(Resolution resolution, qint64 ms);
qint64 nextBucket(Resolution resolution, qint64 bucketStartMs);
// How many buckets of this resolution cover [beginMs, endMs).
qint64 bucketCount(Resolution resolution, qint64 beginMs, qint64 endMs);

// ^[A-Za-z0-9]+([-_:][A-Za-z0-9]+)*$, at most 128 characters.
bool isValidSeriesId(const QString &id);

}  // namespace Tsdb

namespace Json {
QJsonObject encode(const TimeSeries &series);
QJsonObject encode(const TimeSeriesCollection &collection);
QJsonObject encode(const ExportTicket &ticket);
QJsonObject encode(const ExportRequest &request);
// {seriesId|collectionId, begin, end}; idField names the id.
QJsonObject encode(const TimeRange &range, const char *idField);
QJsonObject encode(const SeriesData &data);
QJsonObject encode(const RawSeriesData &data);
QJsonObject encode(const CollectionData &data);
QJsonObject encode(const CollectionRawData &data);
// Json::encodeList sees only the encoders declared before it.
QJsonArray encodeList(const QList<TimeSeries> &list);
QJsonArray encodeList(const QList<TimeSeriesCollection> &list);
}  // namespace Json

}  // namespace ModeDesk
