#include "tsdbstore.h"

#include "sandboxdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <cmath>

namespace ModeDesk::Sandbox {

using Tsdb::Aggregation;
using Tsdb::Resolution;

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 MondayOffsetMs = 4 * 24 * HourMs;
constexpr int RowsPerInsert = 300;  // 900 binds: under SQLite's oldest limit (999)

// count, sum, min and max of one bucket, combined as rows arrive.
struct Accumulator {
    qint64 count = 0;
    double sum = 0;
    double min = 0;
    double max = 0;

    void add(qint64 n, double s, double lo, double hi)
    {
        min = count == 0 ? lo : std::min(min, lo);
        max = count == 0 ? hi : std::max(max, hi);
        count += n;
        sum += s;
    }
    double value(Aggregation aggregation) const
    {
        switch (aggregation) {
            case Aggregation::Avg:
                return sum / double(count);
            case Aggregation::Min:
                return min;
            case Aggregation::Max:
                return max;
            case Aggregation::Sum:
                return sum;
            case Aggregation::Count:
                return double(count);
        }
        return 0;
    }
};

QJsonObject objectFrom(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringListFrom(const QString &json)
{
    QStringList list;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toString());
    return list;
}

QString timeText(qint64 ms)
{
    return Json::formatTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

// CSV quoting (RFC 4180): only where needed.
QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace('"', "\"\"") + '"';
    return bytes;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

}  // namespace

bool TsdbStore::isTsdbModule(const TsdbScope &scope) const
{
    return m_db
        .scalar(QStringLiteral("SELECT 1 FROM smart_modules WHERE home_id = ? AND id = ? AND "
                               "module_type = ?"),
                {scope.homeId, scope.moduleId, Tsdb::ModuleType})
        .isValid();
}

QStringList TsdbStore::modulesTaking(qint64 homeId, const QString &eventType) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, subscribed_events FROM smart_modules "
                                           "WHERE home_id = ? AND module_type = ? AND "
                                           "suspended = 0 ORDER BY id"),
                            {homeId, Tsdb::ModuleType});
    QStringList modules;
    while (q.next()) {
        const QStringList subscribed = stringListFrom(q.value(1).toString());
        if (subscribed.contains(QStringLiteral("*")) || subscribed.contains(eventType))
            modules.append(q.value(0).toString());
    }
    return modules;
}

// --- series --------------------------------------------------------------------------------

QList<TimeSeries> TsdbStore::listSeries(const TsdbScope &scope) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT series_id, time_zone FROM tsdb_series WHERE "
                                           "home_id = ? AND module_id = ? ORDER BY series_id"),
                            {scope.homeId, scope.moduleId});
    QList<TimeSeries> list;
    while (q.next())
        list.append({q.value(0).toString(), scope.homeId, scope.moduleId, q.value(1).toString()});
    return list;
}

std::optional<qint64> TsdbStore::findSeries(const TsdbScope &scope, const QString &seriesId) const
{
    const QVariant row = m_db.scalar(QStringLiteral("SELECT id FROM tsdb_series WHERE home_id = "
                                                    "? AND module_id = ? AND series_id = ?"),
                                     {scope.homeId, scope.moduleId, seriesId});
    if (!row.isValid())
        return std::nullopt;
    return row.toLongLong();
}

TimeSeries TsdbStore::seriesAt(qint64 row) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT series_id, home_id, module_id, time_zone FROM "
                                           "tsdb_series WHERE id = ?"),
                            {row});
    if (!q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString()};
}

bool TsdbStore::deleteSeries(const TsdbScope &scope, const QString &seriesId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("DELETE FROM tsdb_series WHERE home_id = ? AND "
                                           "module_id = ? AND series_id = ?"),
                            {scope.homeId, scope.moduleId, seriesId});
    return q.numRowsAffected() > 0;
}

std::optional<std::pair<qint64, qint64>> TsdbStore::seriesSpan(qint64 row) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT min(ts), max(ts) FROM tsdb_points WHERE series = ?"), {row});
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

QList<TimePoint> TsdbStore::aggregate(qint64 row, qint64 beginMs, qint64 endMs,
                                      Aggregation aggregation, Resolution resolution) const
{
    if (endMs <= beginMs)
        return {};
    const qint64 from = Tsdb::bucketStart(resolution, beginMs);
    const qint64 to = Tsdb::nextBucket(resolution, Tsdb::bucketStart(resolution, endMs - 1));
    // Months are not one width: SQL groups them by day, folded into months below.
    const Resolution grouped = resolution == Resolution::Month1 ? Resolution::Day1 : resolution;
    const qint64 width = Tsdb::nominalMs(grouped);
    const qint64 offset = grouped == Resolution::Week1 ? MondayOffsetMs : 0;

    // The coarsest rollup whose buckets fit whole into the resolution's.
    QString sql;
    QVariantList binds;
    // Shifted by one width so that the division never sees a negative number.
    const QString group = QStringLiteral("((%1 - %2 + %3) / %3)");
    if (width % MinuteMs == 0) {
        const int level = width % HourMs == 0 ? 1 : 0;
        const qint64 unit = level == 1 ? HourMs : MinuteMs;
        sql = QStringLiteral(
                  "SELECT %1, sum(count), sum(sum), min(min), max(max) FROM "
                  "tsdb_rollups WHERE series = ? AND level = ? AND bucket >= ? AND "
                  "bucket < ? GROUP BY 1 ORDER BY 1")
                  .arg(group.arg(QStringLiteral("bucket * %1").arg(unit)).arg(offset).arg(width));
        binds = {row, level, from / unit, to / unit};
    } else {
        sql = QStringLiteral(
                  "SELECT %1, count(*), sum(value), min(value), max(value) FROM "
                  "tsdb_points WHERE series = ? AND ts >= ? AND ts < ? GROUP BY 1 "
                  "ORDER BY 1")
                  .arg(group.arg(QStringLiteral("ts")).arg(offset).arg(width));
        binds = {row, from, to};
    }
    QSqlQuery q = m_db.exec(sql, binds);

    QList<TimePoint> points;
    qint64 current = -1;
    Accumulator bucket;
    const auto flush = [&] {
        if (bucket.count > 0)
            points.append({current, bucket.value(aggregation)});
        bucket = {};
    };
    while (q.next()) {
        const qint64 start = (q.value(0).toLongLong() - 1) * width + offset;
        const qint64 bucketMs = Tsdb::bucketStart(resolution, start);
        if (bucketMs != current) {
            flush();
            current = bucketMs;
        }
        bucket.add(q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toDouble(),
                   q.value(4).toDouble());
    }
    flush();
    return points;
}

QList<TimePoint> TsdbStore::rawPoints(qint64 row, qint64 ts, int limit) const
{
    const bool forward = limit > 0;
    QSqlQuery q = m_db.exec(forward ? QStringLiteral("SELECT ts, value FROM tsdb_points WHERE "
                                                     "series = ? AND ts >= ? ORDER BY ts LIMIT ?")
                                    : QStringLiteral("SELECT ts, value FROM tsdb_points WHERE "
                                                     "series = ? AND ts < ? ORDER BY ts DESC "
                                                     "LIMIT ?"),
                            {row, ts, std::abs(limit)});
    QList<TimePoint> points;
    while (q.next())
        points.append({q.value(0).toLongLong(), q.value(1).toDouble()});
    if (!forward)
        std::reverse(points.begin(), points.end());
    return points;
}

void TsdbStore::deleteData(qint64 row, qint64 beginMs, qint64 endMs) const
{
    if (endMs <= beginMs)
        return;
    Transaction transaction(m_db);
    m_db.exec(QStringLiteral("DELETE FROM tsdb_points WHERE series = ? AND ts >= ? AND ts < ?"),
              {row, beginMs, endMs});
    refreshRollups(row, beginMs, endMs - 1);
    transaction.commit();
}

qint64 TsdbStore::seriesRowFor(const TsdbScope &scope, const QString &seriesId) const
{
    if (const std::optional<qint64> row = findSeries(scope, seriesId))
        return *row;
    return m_db
        .exec(QStringLiteral("INSERT INTO tsdb_series(home_id, module_id, series_id) VALUES(?, "
                             "?, ?)"),
              {scope.homeId, scope.moduleId, seriesId})
        .lastInsertId()
        .toLongLong();
}

void TsdbStore::refreshRollups(qint64 row, qint64 fromMs, qint64 toMs) const
{
    // Recounted from the points rather than adjusted: a replaced or deleted
    // point would leave a stale min or max behind.
    const qint64 firstMinute = fromMs / MinuteMs, lastMinute = toMs / MinuteMs;
    m_db.exec(QStringLiteral("DELETE FROM tsdb_rollups WHERE series = ? AND level = 0 AND "
                             "bucket >= ? AND bucket <= ?"),
              {row, firstMinute, lastMinute});
    m_db.exec(QStringLiteral("INSERT INTO tsdb_rollups(series, level, bucket, count, sum, min, "
                             "max) SELECT series, 0, ts / 60000, count(*), sum(value), "
                             "min(value), max(value) FROM tsdb_points WHERE series = ? AND ts >= "
                             "? AND ts < ? GROUP BY ts / 60000"),
              {row, firstMinute * MinuteMs, (lastMinute + 1) * MinuteMs});
    const qint64 firstHour = fromMs / HourMs, lastHour = toMs / HourMs;
    m_db.exec(QStringLiteral("DELETE FROM tsdb_rollups WHERE series = ? AND level = 1 AND "
                             "bucket >= ? AND bucket <= ?"),
              {row, firstHour, lastHour});
    m_db.exec(QStringLiteral("INSERT INTO tsdb_rollups(series, level, bucket, count, sum, min, "
                             "max) SELECT series, 1, bucket / 60, sum(count), sum(sum), "
                             "min(min), max(max) FROM tsdb_rollups WHERE series = ? AND level = "
                             "0 AND bucket >= ? AND bucket < ? GROUP BY bucket / 60"),
              {row, firstHour * 60, (lastHour + 1) * 60});
}

int TsdbStore::addPoints(const TsdbScope &scope, const QList<NewPoint> &points) const
{
    if (points.isEmpty())
        return 0;
    Transaction transaction(m_db);
    QHash<QString, std::pair<qint64, qint64>> spans;  // by series id: first, last ts
    QHash<QString, qint64> rows;
    QSqlQuery insert = m_db.prepared(
        QStringLiteral("INSERT OR REPLACE INTO tsdb_points(series, ts, value) VALUES(?, ?, ?)"));
    for (const NewPoint &point : points) {
        auto row = rows.find(point.seriesId);
        if (row == rows.end())
            row = rows.insert(point.seriesId, seriesRowFor(scope, point.seriesId));
        insert.bindValue(0, *row);
        insert.bindValue(1, point.ms);
        insert.bindValue(2, point.value);
        SandboxDatabase::run(insert);
        auto span = spans.find(point.seriesId);
        if (span == spans.end())
            spans.insert(point.seriesId, {point.ms, point.ms});
        else
            *span = {std::min(span->first, point.ms), std::max(span->second, point.ms)};
    }
    for (auto it = spans.cbegin(); it != spans.cend(); ++it)
        refreshRollups(rows.value(it.key()), it->first, it->second);
    transaction.commit();
    return int(points.size());
}

qint64 TsdbStore::addGeneratedPoints(const TsdbScope &scope, const QString &seriesId,
                                     qint64 beginMs, qint64 endMs, qint64 stepMs,
                                     const std::function<double(qint64)> &valueAt) const
{
    if (endMs <= beginMs || stepMs <= 0)
        return 0;
    Transaction transaction(m_db);
    const qint64 row = seriesRowFor(scope, seriesId);
    const auto statement = [this](int rows) {
        QStringList values;
        for (int i = 0; i < rows; ++i)
            values.append(QStringLiteral("(?, ?, ?)"));
        return m_db.prepared(
            QStringLiteral("INSERT OR REPLACE INTO tsdb_points(series, ts, value) VALUES ") +
            values.join(QLatin1Char(',')));
    };
    QSqlQuery full = statement(RowsPerInsert);
    qint64 added = 0;
    qint64 ms = beginMs;
    while (ms < endMs) {
        const int rowsNow =
            int(std::min<qint64>(RowsPerInsert, (endMs - ms + stepMs - 1) / stepMs));
        QSqlQuery partial;
        QSqlQuery &insert = rowsNow == RowsPerInsert ? full : (partial = statement(rowsNow));
        for (int i = 0; i < rowsNow; ++i, ms += stepMs) {
            insert.bindValue(i * 3, row);
            insert.bindValue(i * 3 + 1, ms);
            insert.bindValue(i * 3 + 2, valueAt(ms));
        }
        SandboxDatabase::run(insert);
        added += rowsNow;
    }
    refreshRollups(row, beginMs, ms - stepMs);
    transaction.commit();
    return added;
}

// --- collections ---------------------------------------------------------------------------

QList<TimeSeriesCollection> TsdbStore::listCollections(const TsdbScope &scope) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM tsdb_collections WHERE home_id = ? AND "
                                           "module_id = ? ORDER BY collection_id"),
                            {scope.homeId, scope.moduleId});
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<TimeSeriesCollection> list;
    for (qint64 id : std::as_const(ids))
        list.append(collectionAt(id));
    return list;
}

std::optional<qint64> TsdbStore::findCollection(const TsdbScope &scope,
                                                const QString &collectionId) const
{
    const QVariant row =
        m_db.scalar(QStringLiteral("SELECT id FROM tsdb_collections WHERE home_id = ? AND "
                                   "module_id = ? AND collection_id = ?"),
                    {scope.homeId, scope.moduleId, collectionId});
    if (!row.isValid())
        return std::nullopt;
    return row.toLongLong();
}

TimeSeriesCollection TsdbStore::collectionAt(qint64 row) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT collection_id, home_id, module_id, time_zone, "
                                           "value_names, tag_names FROM tsdb_collections WHERE "
                                           "id = ?"),
                            {row});
    if (!q.next())
        return {};
    return {q.value(0).toString(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toString(),
            stringListFrom(q.value(4).toString()),
            stringListFrom(q.value(5).toString())};
}

TimeSeriesCollection TsdbStore::createCollection(const TsdbScope &scope,
                                                 const QString &collectionId,
                                                 const QString &timeZone) const
{
    const qint64 row = m_db.exec(QStringLiteral("INSERT INTO tsdb_collections(home_id, module_id, "
                                                "collection_id, time_zone) VALUES(?, ?, ?, ?)"),
                                 {scope.homeId, scope.moduleId, collectionId,
                                  timeZone.isEmpty() ? QStringLiteral("UTC") : timeZone})
                           .lastInsertId()
                           .toLongLong();
    return collectionAt(row);
}

bool TsdbStore::deleteCollection(const TsdbScope &scope, const QString &collectionId) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("DELETE FROM tsdb_collections WHERE home_id = ? AND "
                                           "module_id = ? AND collection_id = ?"),
                            {scope.homeId, scope.moduleId, collectionId});
    return q.numRowsAffected() > 0;
}

std::optional<std::pair<qint64, qint64>> TsdbStore::collectionSpan(qint64 row) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT min(ts), max(ts) FROM tsdb_collection_points WHERE collection = ?"),
        {row});
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

QList<CollectionRow> TsdbStore::aggregateCollection(qint64 row, qint64 beginMs, qint64 endMs,
                                                    Aggregation aggregation, Resolution resolution,
                                                    const QStringList &valueNames) const
{
    if (endMs <= beginMs)
        return {};
    const qint64 from = Tsdb::bucketStart(resolution, beginMs);
    const qint64 to = Tsdb::nextBucket(resolution, Tsdb::bucketStart(resolution, endMs - 1));
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ts, vals FROM tsdb_collection_points WHERE "
                                           "collection = ? AND ts >= ? AND ts < ? ORDER BY ts"),
                            {row, from, to});
    QList<CollectionRow> rows;
    qint64 current = -1;
    QList<Accumulator> buckets(valueNames.size());
    const auto flush = [&] {
        CollectionRow out{current, {}, {}};
        bool any = false;
        for (const Accumulator &bucket : std::as_const(buckets)) {
            any = any || bucket.count > 0;
            out.values.append(bucket.count > 0 ? std::optional(bucket.value(aggregation))
                                               : std::nullopt);
        }
        if (any)
            rows.append(std::move(out));
        buckets.fill(Accumulator{});
    };
    while (q.next()) {
        const qint64 bucketMs = Tsdb::bucketStart(resolution, q.value(0).toLongLong());
        if (bucketMs != current) {
            flush();
            current = bucketMs;
        }
        const QJsonObject values = objectFrom(q.value(1).toString());
        for (qsizetype i = 0; i < valueNames.size(); ++i) {
            const QJsonValue v = values.value(valueNames.at(i));
            if (v.isDouble())
                buckets[i].add(1, v.toDouble(), v.toDouble(), v.toDouble());
        }
    }
    flush();
    return rows;
}

QList<CollectionRow> TsdbStore::rawCollection(qint64 row, qint64 ts, int limit,
                                              const QStringList &valueNames,
                                              const QStringList &tagNames) const
{
    const bool forward = limit > 0;
    QSqlQuery q = m_db.exec(
        forward ? QStringLiteral("SELECT ts, vals, tags FROM tsdb_collection_points WHERE "
                                 "collection = ? AND ts >= ? ORDER BY ts LIMIT ?")
                : QStringLiteral("SELECT ts, vals, tags FROM tsdb_collection_points WHERE "
                                 "collection = ? AND ts < ? ORDER BY ts DESC LIMIT ?"),
        {row, ts, std::abs(limit)});
    QList<CollectionRow> rows;
    while (q.next()) {
        const QJsonObject values = objectFrom(q.value(1).toString());
        const QJsonObject tags = objectFrom(q.value(2).toString());
        CollectionRow out{q.value(0).toLongLong(), {}, {}};
        for (const QString &name : valueNames) {
            const QJsonValue v = values.value(name);
            out.values.append(v.isDouble() ? std::optional(v.toDouble()) : std::nullopt);
        }
        for (const QString &name : tagNames)
            out.tags.append(tags.value(name).toString());
        rows.append(std::move(out));
    }
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

void TsdbStore::deleteCollectionData(qint64 row, qint64 beginMs, qint64 endMs) const
{
    m_db.exec(QStringLiteral("DELETE FROM tsdb_collection_points WHERE collection = ? AND ts >= "
                             "? AND ts < ?"),
              {row, beginMs, endMs});
}

int TsdbStore::addCollectionPoints(const TsdbScope &scope,
                                   const QList<NewCollectionPoint> &points) const
{
    Transaction transaction(m_db);
    int stored = 0;
    QHash<QString, std::optional<qint64>> rows;
    for (const NewCollectionPoint &point : points) {
        auto row = rows.find(point.collectionId);
        if (row == rows.end())
            row = rows.insert(point.collectionId, findCollection(scope, point.collectionId));
        if (!*row)
            continue;
        m_db.exec(QStringLiteral("INSERT OR REPLACE INTO tsdb_collection_points(collection, ts, "
                                 "vals, tags) VALUES(?, ?, ?, ?)"),
                  {**row, point.ms, jsonText(point.values), jsonText(point.tags)});
        // The collection learns the names it has seen.
        TimeSeriesCollection known = collectionAt(**row);
        QStringList values = known.valueNames, tags = known.tagNames;
        for (const QString &name : point.values.keys())
            if (!values.contains(name))
                values.append(name);
        for (const QString &name : point.tags.keys())
            if (!tags.contains(name))
                tags.append(name);
        if (values != known.valueNames || tags != known.tagNames)
            m_db.exec(QStringLiteral("UPDATE tsdb_collections SET value_names = ?, tag_names = "
                                     "? WHERE id = ?"),
                      {QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values))
                                             .toJson(QJsonDocument::Compact)),
                       QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags))
                                             .toJson(QJsonDocument::Compact)),
                       **row});
        ++stored;
    }
    transaction.commit();
    return stored;
}

// --- export --------------------------------------------------------------------------------

QByteArray TsdbStore::seriesCsv(qint64 row, qint64 beginMs, qint64 endMs, bool header) const
{
    QByteArray csv;
    if (header)
        csv += "timestamp,value\r\n";
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ts, value FROM tsdb_points WHERE series = ? "
                                           "AND ts >= ? AND ts < ? ORDER BY ts"),
                            {row, beginMs, endMs});
    while (q.next()) {
        csv += timeText(q.value(0).toLongLong()).toLatin1();
        csv += ',';
        csv += number(q.value(1).toDouble());
        csv += "\r\n";
    }
    return csv;
}

QByteArray TsdbStore::collectionCsv(qint64 row, qint64 beginMs, qint64 endMs, bool header) const
{
    const TimeSeriesCollection collection = collectionAt(row);
    QByteArray csv;
    if (header) {
        csv += "timestamp";
        for (const QString &name : collection.valueNames + collection.tagNames)
            csv += ',' + csvField(name);
        csv += "\r\n";
    }
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT ts, vals, tags FROM tsdb_collection_points "
                                           "WHERE collection = ? AND ts >= ? AND ts < ? ORDER "
                                           "BY ts"),
                            {row, beginMs, endMs});
    while (q.next()) {
        csv += timeText(q.value(0).toLongLong()).toLatin1();
        const QJsonObject values = objectFrom(q.value(1).toString());
        const QJsonObject tags = objectFrom(q.value(2).toString());
        for (const QString &name : collection.valueNames) {
            csv += ',';
            if (values.value(name).isDouble())
                csv += number(values.value(name).toDouble());
        }
        for (const QString &name : collection.tagNames)
            csv += ',' + csvField(tags.value(name).toString());
        csv += "\r\n";
    }
    return csv;
}

}  // namespace ModeDesk::Sandbox
