#include "tsdbobjects.h"

#include "fieldreader.h"

#include <QDate>
#include <QRegularExpression>
#include <QTimeZone>

namespace ModeDesk {

namespace Tsdb {

namespace {

constexpr qint64 SecondMs = 1000;
constexpr qint64 MinuteMs = 60 * SecondMs;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr qint64 WeekMs = 7 * DayMs;
constexpr qint64 MondayOffsetMs = 4 * DayMs;  // 1970-01-05 was a Monday

struct ResolutionInfo {
    Resolution resolution;
    const char *name;
    qint64 ms;
};

constexpr ResolutionInfo Resolutions[] = {
    {Resolution::Sec5, "5sec", 5 * SecondMs}, {Resolution::Sec15, "15sec", 15 * SecondMs},
    {Resolution::Min1, "1min", MinuteMs},     {Resolution::Min10, "10min", 10 * MinuteMs},
    {Resolution::Hour1, "1hour", HourMs},     {Resolution::Day1, "1day", DayMs},
    {Resolution::Week1, "1week", WeekMs},     {Resolution::Month1, "1month", 30 * DayMs},
};

constexpr const char *AggregationNames[] = {"avg", "min", "max", "sum", "count"};

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (value % step < 0 ? q - 1 : q) * step;
}

QDate utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).date();
}

qint64 utcMidnightMs(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

}  // namespace

QString name(Aggregation aggregation)
{
    return QLatin1String(AggregationNames[static_cast<int>(aggregation)]);
}

QString name(Resolution resolution)
{
    return QLatin1String(Resolutions[static_cast<int>(resolution)].name);
}

std::optional<Aggregation> aggregationNamed(const QString &text)
{
    for (int i = 0; i < int(std::size(AggregationNames)); ++i) {
        if (text == QLatin1String(AggregationNames[i]))
            return static_cast<Aggregation>(i);
    }
    return std::nullopt;
}

std::optional<Resolution> resolutionNamed(const QString &text)
{
    for (const ResolutionInfo &info : Resolutions) {
        if (text == QLatin1String(info.name))
            return info.resolution;
    }
    return std::nullopt;
}

QList<Resolution> resolutions()
{
    QList<Resolution> all;
    for (const ResolutionInfo &info : Resolutions)
        all.append(info.resolution);
    return all;
}

Resolution automaticResolution(qint64 spanMs)
{
    if (spanMs < 15 * MinuteMs)
        return Resolution::Sec5;
    if (spanMs < HourMs)
        return Resolution::Sec15;
    if (spanMs < 12 * HourMs)
        return Resolution::Min1;
    if (spanMs < 5 * DayMs)
        return Resolution::Min10;
    if (spanMs < 28 * DayMs)
        return Resolution::Hour1;
    if (spanMs < 365 * DayMs)
        return Resolution::Day1;
    if (spanMs < 5 * 365 * DayMs)
        return Resolution::Week1;
    return Resolution::Month1;
}

qint64 nominalMs(Resolution resolution)
{
    return Resolutions[static_cast<int>(resolution)].ms;
}

qint64 bucketStart(Resolution resolution, qint64 ms)
{
    switch (resolution) {
        case Resolution::Week1:
            return floorTo(ms - MondayOffsetMs, WeekMs) + MondayOffsetMs;
        case Resolution::Month1: {
            const QDate date = utcDate(ms);
            return utcMidnightMs(QDate(date.year(), date.month(), 1));
        }
        default:
            return floorTo(ms, nominalMs(resolution));
    }
}

qint64 nextBucket(Resolution resolution, qint64 bucketStartMs)
{
    if (resolution == Resolution::Month1)
        return utcMidnightMs(utcDate(bucketStartMs).addMonths(1));
    return bucketStartMs + nominalMs(resolution);
}

qint64 bucketCount(Resolution resolution, qint64 beginMs, qint64 endMs)
{
    if (endMs <= beginMs)
        return 0;
    const qint64 first = bucketStart(resolution, beginMs);
    const qint64 last = bucketStart(resolution, endMs - 1);
    if (resolution == Resolution::Month1) {
        const QDate a = utcDate(first), b = utcDate(last);
        return (b.year() - a.year()) * 12 + (b.month() - a.month()) + 1;
    }
    return (last - first) / nominalMs(resolution) + 1;
}

bool isValidSeriesId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]+([-_:][A-Za-z0-9]+)*$"));
    return !id.isEmpty() && id.size() <= 128 && pattern.match(id).hasMatch();
}

}  // namespace Tsdb

namespace Json {

using namespace Detail;

namespace {

QJsonValue timeOf(qint64 ms)
{
    return formatTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QJsonArray encodePoints(const QList<TimePoint> &points)
{
    QJsonArray rows;
    for (const TimePoint &point : points)
        rows.append(QJsonArray{timeOf(point.ms), point.value});
    return rows;
}

QJsonArray encodeRows(const QList<CollectionRow> &rows)
{
    QJsonArray out;
    for (const CollectionRow &row : rows) {
        QJsonArray cells{timeOf(row.ms)};
        for (const std::optional<double> &value : row.values)
            cells.append(value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null));
        for (const QString &tag : row.tags)
            cells.append(tag);
        out.append(cells);
    }
    return out;
}

// [[ts, number], ...]: the error names the row.
QList<TimePoint> decodePoints(const QJsonArray &rows, FieldReader &reader)
{
    QList<TimePoint> points;
    points.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray row = rows.at(i).toArray();
        const QDateTime ts = parseTime(row.at(0).toString());
        if (row.size() != 2 || !ts.isValid() || !row.at(1).isDouble()) {
            reader.fail(QStringLiteral("data[%1]: expected [time, number]").arg(i));
            return {};
        }
        points.append({ts.toMSecsSinceEpoch(), row.at(1).toDouble()});
    }
    return points;
}

// [[ts, values..., tags...], ...]; values are numbers or null, tags strings.
QList<CollectionRow> decodeRows(const QJsonArray &rows, FieldReader &reader)
{
    QList<CollectionRow> out;
    out.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray cells = rows.at(i).toArray();
        const QDateTime ts = parseTime(cells.at(0).toString());
        if (cells.isEmpty() || !ts.isValid()) {
            reader.fail(QStringLiteral("data[%1]: expected [time, ...]").arg(i));
            return {};
        }
        CollectionRow row;
        row.ms = ts.toMSecsSinceEpoch();
        for (qsizetype c = 1; c < cells.size(); ++c) {
            const QJsonValue cell = cells.at(c);
            if (cell.isString())
                row.tags.append(cell.toString());
            else if (cell.isDouble() && row.tags.isEmpty())
                row.values.append(cell.toDouble());
            else if (cell.isNull() && row.tags.isEmpty())
                row.values.append(std::nullopt);
            else if (cell.isNull())
                row.tags.append(QString());
            else {
                reader.fail(QStringLiteral("data[%1][%2]: expected a number, null or a string")
                                .arg(i)
                                .arg(c));
                return {};
            }
        }
        out.append(std::move(row));
    }
    return out;
}

}  // namespace

QJsonObject encode(const TimeSeries &series)
{
    return {{QStringLiteral("id"), series.id},
            {QStringLiteral("homeId"), series.homeId},
            {QStringLiteral("moduleId"), series.moduleId},
            {QStringLiteral("timeZone"), series.timeZone}};
}

QJsonObject encode(const TimeSeriesCollection &collection)
{
    return {{QStringLiteral("id"), collection.id},
            {QStringLiteral("homeId"), collection.homeId},
            {QStringLiteral("moduleId"), collection.moduleId},
            {QStringLiteral("timeZone"), collection.timeZone},
            {QStringLiteral("valueNames"), QJsonArray::fromStringList(collection.valueNames)},
            {QStringLiteral("tagNames"), QJsonArray::fromStringList(collection.tagNames)}};
}

QJsonObject encode(const ExportTicket &ticket)
{
    return {{QStringLiteral("dataUrl"), ticket.dataUrl},
            {QStringLiteral("statusUrl"), ticket.statusUrl}};
}

QJsonObject encode(const ExportRequest &request)
{
    QJsonObject o{{QStringLiteral("begin"), formatTime(request.begin)},
                  {QStringLiteral("end"), formatTime(request.end)},
                  {QStringLiteral("includeHeader"), request.includeHeader}};
    if (!request.seriesIds.isEmpty())
        o.insert(QStringLiteral("seriesIds"), QJsonArray::fromStringList(request.seriesIds));
    if (!request.collectionIds.isEmpty())
        o.insert(QStringLiteral("collectionIds"),
                 QJsonArray::fromStringList(request.collectionIds));
    if (!request.fileNames.isEmpty())
        o.insert(QStringLiteral("fileNames"), QJsonArray::fromStringList(request.fileNames));
    return o;
}

QJsonObject encode(const TimeRange &range, const char *idField)
{
    // {seriesId, begin, end} always; an empty series has null for both.
    const auto timeOrNull = [](const QDateTime &time) {
        return time.isValid() ? QJsonValue(formatTime(time)) : QJsonValue(QJsonValue::Null);
    };
    return {{QLatin1String(idField), range.id},
            {QStringLiteral("begin"), timeOrNull(range.begin)},
            {QStringLiteral("end"), timeOrNull(range.end)}};
}

QJsonObject encode(const SeriesData &data)
{
    return {{QStringLiteral("seriesId"), data.seriesId},
            {QStringLiteral("begin"), formatTime(data.begin)},
            {QStringLiteral("end"), formatTime(data.end)},
            {QStringLiteral("aggregation"), data.aggregation},
            {QStringLiteral("resolution"), data.resolution},
            {QStringLiteral("data"), encodePoints(data.data)}};
}

QJsonObject encode(const RawSeriesData &data)
{
    return {{QStringLiteral("seriesId"), data.seriesId},
            {QStringLiteral("ts"), formatTime(data.ts)},
            {QStringLiteral("limit"), data.limit},
            {QStringLiteral("data"), encodePoints(data.data)}};
}

QJsonObject encode(const CollectionData &data)
{
    return {{QStringLiteral("collectionId"), data.collectionId},
            {QStringLiteral("begin"), formatTime(data.begin)},
            {QStringLiteral("end"), formatTime(data.end)},
            {QStringLiteral("aggregation"), data.aggregation},
            {QStringLiteral("resolution"), data.resolution},
            {QStringLiteral("data"), encodeRows(data.data)}};
}

QJsonObject encode(const CollectionRawData &data)
{
    return {{QStringLiteral("collectionId"), data.collectionId},
            {QStringLiteral("ts"), formatTime(data.ts)},
            {QStringLiteral("limit"), data.limit},
            {QStringLiteral("data"), encodeRows(data.data)}};
}

QJsonArray encodeList(const QList<TimeSeries> &list)
{
    QJsonArray array;
    for (const TimeSeries &series : list)
        array.append(encode(series));
    return array;
}

QJsonArray encodeList(const QList<TimeSeriesCollection> &list)
{
    QJsonArray array;
    for (const TimeSeriesCollection &collection : list)
        array.append(encode(collection));
    return array;
}

template <>
Decoded<TimeSeries> decode<TimeSeries>(const QJsonValue &json)
{
    FieldReader r(json, "Series");
    TimeSeries series;
    series.id = r.string("id", FieldReader::Required);
    series.homeId = r.integer("homeId");
    series.moduleId = r.string("moduleId");
    series.timeZone = r.string("timeZone");
    if (series.timeZone.isEmpty())
        series.timeZone = QStringLiteral("UTC");
    return r.result(series);
}

template <>
Decoded<TimeSeriesCollection> decode<TimeSeriesCollection>(const QJsonValue &json)
{
    FieldReader r(json, "Collection");
    TimeSeriesCollection collection;
    collection.id = r.string("id", FieldReader::Required);
    collection.homeId = r.integer("homeId");
    collection.moduleId = r.string("moduleId");
    collection.timeZone = r.string("timeZone");
    if (collection.timeZone.isEmpty())
        collection.timeZone = QStringLiteral("UTC");
    collection.valueNames = r.strings("valueNames");
    collection.tagNames = r.strings("tagNames");
    return r.result(collection);
}

template <>
Decoded<TimeRange> decode<TimeRange>(const QJsonValue &json)
{
    FieldReader r(json, "TimeRange");
    TimeRange range;
    range.id = r.string("seriesId");
    if (range.id.isEmpty())
        range.id = r.string("collectionId");
    range.begin = r.time("begin");
    range.end = r.time("end");
    return r.result(range);
}

template <>
Decoded<SeriesData> decode<SeriesData>(const QJsonValue &json)
{
    FieldReader r(json, "Data");
    SeriesData data;
    data.seriesId = r.string("seriesId");
    data.begin = r.time("begin");
    data.end = r.time("end");
    data.aggregation = r.string("aggregation");
    data.resolution = r.string("resolution");
    data.data = decodePoints(r.array("data", FieldReader::Required), r);
    return r.result(data);
}

template <>
Decoded<RawSeriesData> decode<RawSeriesData>(const QJsonValue &json)
{
    FieldReader r(json, "RawData");
    RawSeriesData data;
    data.seriesId = r.string("seriesId");
    data.ts = r.time("ts");
    data.limit = static_cast<int>(r.integer("limit"));
    data.data = decodePoints(r.array("data", FieldReader::Required), r);
    return r.result(data);
}

template <>
Decoded<CollectionData> decode<CollectionData>(const QJsonValue &json)
{
    FieldReader r(json, "CollectionData");
    CollectionData data;
    data.collectionId = r.string("collectionId");
    data.begin = r.time("begin");
    data.end = r.time("end");
    data.aggregation = r.string("aggregation");
    data.resolution = r.string("resolution");
    data.data = decodeRows(r.array("data", FieldReader::Required), r);
    return r.result(data);
}

template <>
Decoded<CollectionRawData> decode<CollectionRawData>(const QJsonValue &json)
{
    FieldReader r(json, "CollectionRawData");
    CollectionRawData data;
    data.collectionId = r.string("collectionId");
    data.ts = r.time("ts");
    data.limit = static_cast<int>(r.integer("limit"));
    data.data = decodeRows(r.array("data", FieldReader::Required), r);
    return r.result(data);
}

template <>
Decoded<ExportTicket> decode<ExportTicket>(const QJsonValue &json)
{
    FieldReader r(json, "ExportResponse");
    ExportTicket ticket;
    ticket.dataUrl = r.string("dataUrl", FieldReader::Required);
    ticket.statusUrl = r.string("statusUrl");
    return r.result(ticket);
}

}  // namespace Json

}  // namespace ModeDesk
