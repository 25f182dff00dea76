#include "chartdata.h"

#include <algorithm>
#include <limits>

namespace ModeDesk {

ChartData::ChartData(QObject *parent) : QObject(parent) {}

int ChartData::addSeries(const SeriesSpec &spec)
{
    m_series.push_back({spec, {}});
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
        s.points.clear();
    emit changed();
}

void ChartData::ingest(const QList<Event> &events)
{
    bool any = false;
    for (Series &s : m_series) {
        for (const Event &e : events) {
            if (e.eventType != s.spec.eventType ||
                (s.spec.deviceId && e.originDeviceId != s.spec.deviceId))
                continue;
            const std::optional<double> value = s.spec.field.valueIn(e.eventData);
            if (!value)
                continue;
            const double x =
                double((e.timestamp.isValid() ? e.timestamp : QDateTime::currentDateTimeUtc())
                           .toMSecsSinceEpoch());
            // Events can arrive slightly out of order: keep x ascending.
            if (!s.points.empty() && s.points.back().x() > x) {
                const auto at =
                    std::upper_bound(s.points.begin(), s.points.end(), x,
                                     [](double v, const QPointF &p) { return v < p.x(); });
                s.points.insert(at, QPointF(x, *value));
            } else {
                s.points.emplace_back(x, *value);
            }
            any = true;
        }
        if (qsizetype(s.points.size()) > m_maxPoints)
            s.points.erase(s.points.begin(),
                           s.points.begin() + (qsizetype(s.points.size()) - m_maxPoints));
    }
    if (any)
        emit changed();
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
    // Min and max of each pixel column, in the order they occur.
    out.reserve(2 * pixelWidth);
    const double columnMs = double(toMs - fromMs) / pixelWidth;
    auto it = begin;
    for (int column = 0; column < pixelWidth && it != end; ++column) {
        const double columnEnd = fromMs + (column + 1) * columnMs;
        const QPointF *lo = nullptr;
        const QPointF *hi = nullptr;
        for (; it != end && (it->x() < columnEnd || column == pixelWidth - 1); ++it) {
            if (!lo || it->y() < lo->y())
                lo = &*it;
            if (!hi || it->y() > hi->y())
                hi = &*it;
        }
        if (!lo)
            continue;
        if (lo == hi) {
            out.append(*lo);
        } else if (lo->x() <= hi->x()) {
            out.append(*lo);
            out.append(*hi);
        } else {
            out.append(*hi);
            out.append(*lo);
        }
    }
    return out;
}

}  // namespace ModeDesk
