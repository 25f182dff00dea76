#include "chartdata.h"

#include "jsoncodec.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>
#include <limits>

namespace ModeDesk {

namespace {

// Bucket widths 16 ms, 64 ms, 256 ms ... ~75 h: four times wider each level.
constexpr int FinestShift = 4;
constexpr int LevelCount = 13;
constexpr int ShiftStep = 2;

qint64 bucketOf(double x, int shift)
{
    return qint64(std::floor(x)) >> shift;  // arithmetic shift: rounds down for negatives too
}

}  // namespace

ChartData::ChartData(QObject *parent) : QObject(parent) {}

ChartData::Series ChartData::makeSeries(const SeriesSpec &spec)
{
    Series series{spec, {}, {}};
    for (int level = 0; level < LevelCount; ++level)
        series.levels.push_back({FinestShift + level * ShiftStep, true, {}});
    return series;
}

void ChartData::addPoint(Series &series, QPointF point)
{
    // Events can arrive slightly out of order: keep x ascending.
    std::vector<QPointF> &points = series.points;
    if (!points.empty() && points.back().x() > point.x()) {
        const auto at = std::upper_bound(points.begin(), points.end(), point.x(),
                                         [](double v, const QPointF &p) { return v < p.x(); });
        points.insert(at, point);
    } else {
        points.push_back(point);
    }
    for (Level &level : series.levels) {
        if (!level.kept)
            continue;
        const qint64 index = bucketOf(point.x(), level.shift);
        std::vector<Bucket> &buckets = level.buckets;
        auto bucket = buckets.end();
        if (buckets.empty() || buckets.back().index < index) {
            buckets.push_back({index, point, point});
            continue;
        }
        bucket = buckets.back().index == index
                     ? buckets.end() - 1
                     : std::lower_bound(buckets.begin(), buckets.end(), index,
                                        [](const Bucket &b, qint64 i) { return b.index < i; });
        if (bucket == buckets.end() || bucket->index != index) {
            buckets.insert(bucket, {index, point, point});
            continue;
        }
        if (point.y() < bucket->low.y())
            bucket->low = point;
        if (point.y() > bucket->high.y())
            bucket->high = point;
    }
}

void ChartData::dropOldest(Series &series, qsizetype count)
{
    std::vector<QPointF> &points = series.points;
    points.erase(points.begin(), points.begin() + count);
    for (size_t k = 0; k < series.levels.size(); ++k) {
        Level &level = series.levels[k];
        if (!level.kept)
            continue;
        std::vector<Bucket> &buckets = level.buckets;
        if (points.empty()) {
            buckets.clear();
            continue;
        }
        const qint64 first = bucketOf(points.front().x(), level.shift);
        buckets.erase(buckets.begin(),
                      std::lower_bound(buckets.begin(), buckets.end(), first,
                                       [](const Bucket &b, qint64 i) { return b.index < i; }));
        if (buckets.empty() || buckets.front().index != first)
            continue;
        // The first bucket lost some of its points: its low and high again,
        // from the points left (finest level) or the finer level's buckets.
        Bucket &bucket = buckets.front();
        bucket.low = bucket.high = points.front();
        const auto widen = [&bucket](const QPointF &low, const QPointF &high) {
            if (low.y() < bucket.low.y())
                bucket.low = low;
            if (high.y() > bucket.high.y())
                bucket.high = high;
        };
        if (k == 0) {
            for (auto it = points.begin();
                 it != points.end() && bucketOf(it->x(), level.shift) == first; ++it)
                widen(*it, *it);
        } else if (!series.levels[k - 1].kept) {
            for (auto it = points.begin();
                 it != points.end() && bucketOf(it->x(), level.shift) == first; ++it)
                widen(*it, *it);
        } else {
            const Level &finer = series.levels[k - 1];
            for (const Bucket &b : finer.buckets) {
                if ((b.index >> (level.shift - finer.shift)) != first)
                    break;
                widen(b.low, b.high);
            }
        }
    }
}

void ChartData::tuneLevels(Series &series)
{
    constexpr size_t FewBuckets = 4096;  // below this a level costs nothing worth saving
    const size_t points = series.points.size();
    for (size_t k = 0; k < series.levels.size(); ++k) {
        Level &level = series.levels[k];
        if (level.kept) {
            if (level.buckets.size() > FewBuckets && level.buckets.size() * 4 > points) {
                level.kept = false;  // under four points a bucket
                level.buckets = {};
            }
            continue;
        }
        // The next kept wider level bounds how many buckets this one would have.
        size_t wider = 0;
        int widerShift = 0;
        for (size_t w = k + 1; w < series.levels.size(); ++w) {
            if (series.levels[w].kept) {
                wider = series.levels[w].buckets.size();
                widerShift = series.levels[w].shift;
                break;
            }
        }
        if (widerShift == 0)
            continue;  // no wider level to go by
        // On at eight points a bucket, off under four: a margin, so that a
        // level does not flap (each switch-on reads every point).
        const size_t atMost = wider << (widerShift - level.shift);
        if (atMost * 8 > points)
            continue;
        level.kept = true;  // thick enough again: rebuilt from the points
        for (const QPointF &point : series.points) {
            const qint64 index = bucketOf(point.x(), level.shift);
            if (!level.buckets.empty() && level.buckets.back().index == index) {
                Bucket &bucket = level.buckets.back();
                if (point.y() < bucket.low.y())
                    bucket.low = point;
                if (point.y() > bucket.high.y())
                    bucket.high = point;
            } else {
                level.buckets.push_back({index, point, point});
            }
        }
    }
}

int ChartData::addSeries(const SeriesSpec &spec)
{
    m_series.push_back(makeSeries(spec));
    emit changed();
    return int(m_series.size()) - 1;
}

void ChartData::removeSeries(int index)
{
    if (index < 0 || index >= seriesCount())
        return;
    m_series.erase(m_series.begin() + index);
    emit changed();
}

void ChartData::clear()
{
    for (Series &s : m_series)
        s = makeSeries(s.spec);
    emit changed();
}

bool ChartData::take(Series &s, const Event &e)
{
    if (s.spec.isHistory()) {
        // {"timeSeriesData": [{seriesId, timestamp, value}, ...]}, of any event type.
        const QJsonValue points = e.eventData.value(u"timeSeriesData");
        if (!points.isArray())
            return false;
        bool any = false;
        for (const QJsonValue &entry : points.toArray()) {
            const QJsonObject p = entry.toObject();
            if (p.value(QLatin1String("seriesId")).toString() != s.spec.historySeriesId ||
                !p.value(QLatin1String("value")).isDouble())
                continue;
            const QDateTime ts = Json::parseTime(p.value(QLatin1String("timestamp")).toString());
            if (!ts.isValid())
                continue;
            addPoint(s, QPointF(double(ts.toMSecsSinceEpoch()),
                                p.value(QLatin1String("value")).toDouble()));
            any = true;
        }
        return any;
    }
    if (e.eventType != s.spec.eventType || (s.spec.deviceId && e.originDeviceId != s.spec.deviceId))
        return false;
    const std::optional<double> value = s.spec.field.valueIn(e.eventData);
    if (!value)
        return false;
    const double x = double((e.timestamp.isValid() ? e.timestamp : QDateTime::currentDateTimeUtc())
                                .toMSecsSinceEpoch());
    addPoint(s, QPointF(x, *value));
    return true;
}

bool ChartData::feed(Series &s, const QList<Event> &events) const
{
    bool any = false;
    for (const Event &e : events)
        any = take(s, e) || any;
    if (qsizetype(s.points.size()) > m_maxPoints)
        dropOldest(s, qsizetype(s.points.size()) - m_maxPoints);
    tuneLevels(s);
    return any;
}

void ChartData::ingest(const QList<Event> &events)
{
    bool any = false;
    for (Series &s : m_series)
        any = feed(s, events) || any;
    if (any)
        emit changed();
}

void ChartData::ingestInto(int index, const QList<Event> &events)
{
    if (index >= 0 && index < seriesCount() && feed(m_series[size_t(index)], events))
        emit changed();
}

qint64 ChartData::firstPointMs(int index) const
{
    if (index < 0 || index >= seriesCount() || m_series.at(size_t(index)).points.empty())
        return 0;
    return qint64(m_series.at(size_t(index)).points.front().x());
}

std::pair<qint64, qint64> ChartData::timeSpan() const
{
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const Series &s : m_series) {
        if (s.points.empty())
            continue;
        first = qMin(first, qint64(s.points.front().x()));
        last = qMax(last, qint64(s.points.back().x()));
    }
    return first > last ? std::pair<qint64, qint64>{0, 0} : std::pair<qint64, qint64>{first, last};
}

QList<QPointF> ChartData::downsample(int index, qint64 fromMs, qint64 toMs, int pixelWidth) const
{
    QList<QPointF> out;
    if (index < 0 || index >= seriesCount() || toMs <= fromMs || pixelWidth <= 0)
        return out;
    const std::vector<QPointF> &points = m_series.at(index).points;
    auto begin = std::lower_bound(points.begin(), points.end(), double(fromMs),
                                  [](const QPointF &p, double v) { return p.x() < v; });
    const auto end = std::upper_bound(begin, points.end(), double(toMs),
                                      [](double v, const QPointF &p) { return v < p.x(); });
    const qsizetype count = end - begin;
    if (count <= 2 * pixelWidth) {
        out.reserve(count);
        for (auto it = begin; it != end; ++it)
            out.append(*it);
        return out;
    }
    // Min and max of each pixel column, in the order they occur, read from
    // the widest buckets that still give each column two or more of them;
    // the partial buckets at either end are read point by point.
    const double columnMs = double(toMs - fromMs) / pixelWidth;
    const auto columns = size_t(pixelWidth);
    std::vector<QPointF> low(columns), high(columns);
    std::vector<bool> seen(columns, false);
    const auto take = [&](const QPointF &lowPoint, const QPointF &highPoint) {
        const size_t column =
            size_t(qBound(0.0, (lowPoint.x() - fromMs) / columnMs, double(pixelWidth - 1)));
        if (!seen[column]) {
            seen[column] = true;
            low[column] = lowPoint;
            high[column] = highPoint;
            return;
        }
        if (lowPoint.y() < low[column].y())
            low[column] = lowPoint;
        if (highPoint.y() > high[column].y())
            high[column] = highPoint;
    };
    const auto takeEach = [&](auto from, auto to) {
        for (auto it = from; it != to; ++it)
            take(*it, *it);
    };
    const Level *level = nullptr;
    for (const Level &candidate : m_series.at(index).levels) {
        if (double(qint64(1) << candidate.shift) * 2 > columnMs)
            break;
        if (candidate.kept)
            level = &candidate;  // the widest kept one that still gives two a column
    }
    if (!level) {
        takeEach(begin, end);
    } else {
        // Whole buckets inside [fromMs, toMs]: first to last (inclusive).
        const qint64 first = bucketOf(double(fromMs) - 1, level->shift) + 1;
        const qint64 last = bucketOf(double(toMs) + 1, level->shift) - 1;
        const double wholeFrom = double(first << level->shift);
        const double wholeTo = double((last + 1) << level->shift);
        const auto pointAt = [&](double x) {
            return std::lower_bound(begin, end, x,
                                    [](const QPointF &p, double v) { return p.x() < v; });
        };
        takeEach(begin, pointAt(wholeFrom));
        const std::vector<Bucket> &buckets = level->buckets;
        auto bucket = std::lower_bound(buckets.begin(), buckets.end(), first,
                                       [](const Bucket &b, qint64 i) { return b.index < i; });
        for (; bucket != buckets.end() && bucket->index <= last; ++bucket) {
            take(bucket->low, bucket->low);
            take(bucket->high, bucket->high);
        }
        takeEach(pointAt(wholeTo), end);
    }
    out.reserve(2 * pixelWidth);
    for (size_t column = 0; column < size_t(pixelWidth); ++column) {
        if (!seen[column])
            continue;
        const QPointF &lo = low[column];
        const QPointF &hi = high[column];
        if (lo == hi) {
            out.append(lo);
        } else if (lo.x() <= hi.x()) {
            out.append(lo);
            out.append(hi);
        } else {
            out.append(hi);
            out.append(lo);
        }
    }
    return out;
}

}  // namespace ModeDesk
