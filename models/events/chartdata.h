// What the live chart plots, kept apart from how: series (an event type, a
// numeric field, a device or any) fed from event batches, and their points
// reduced to what a plot of a given pixel width can show (min and max per
// pixel column, so peaks survive). The min and max of fixed time buckets are
// kept as points arrive, so a redraw reads a few thousand buckets, not a
// million points.
#pragma once

#include "fieldpath.h"

#include <QObject>
#include <QPointF>
#include <vector>

namespace ModeDesk {

// A live field (an event type's numeric field, of one device or any), or a
// TSDB series: its history comes from the home's TSDB module, its live
// points from the timeSeriesData of events that name it.
struct SeriesSpec {
    QString eventType;
    FieldPath field;
    qint64 deviceId = 0;  // 0: any device
    QString label;
    QString historySeriesId;  // set: a TSDB series (eventType and field unused)
    bool stepped = false;     // an on/off field: drawn as steps

    static SeriesSpec live(const QString &eventType, const FieldPath &field, qint64 deviceId,
                           const QString &label, bool stepped = false)
    {
        return {eventType, field, deviceId, label, {}, stepped};
    }
    static SeriesSpec history(const QString &seriesId, const QString &label)
    {
        return {{}, {}, 0, label, seriesId, false};
    }

    bool isHistory() const { return !historySeriesId.isEmpty(); }
    bool operator==(const SeriesSpec &o) const
    {
        return eventType == o.eventType && field == o.field && deviceId == o.deviceId &&
               historySeriesId == o.historySeriesId;
    }
};

class ChartData : public QObject
{
    Q_OBJECT

public:
    explicit ChartData(QObject *parent = nullptr);

    int addSeries(const SeriesSpec &spec);  // returns its index
    void removeSeries(int index);
    int seriesCount() const { return int(m_series.size()); }
    const SeriesSpec &spec(int index) const { return m_series.at(index).spec; }
    qsizetype pointCount(int index) const { return qsizetype(m_series.at(index).points.size()); }
    void clear();

    // Points older than this are dropped (0: keep everything, up to maxPoints).
    void setMaxPointsPerSeries(qsizetype max) { m_maxPoints = max; }

    // x in ms since the epoch. At most 2 points per pixel column.
    QList<QPointF> downsample(int index, qint64 fromMs, qint64 toMs, int pixelWidth) const;
    // The time span of all data ({0,0} when empty).
    std::pair<qint64, qint64> timeSpan() const;
    // The first live point of a series (0 when none): its history ends there.
    qint64 firstPointMs(int index) const;

    // Only into one series: a series added later starts with the events already seen.
    void ingestInto(int index, const QList<ModeDesk::Event> &events);

public slots:
    void ingest(const QList<ModeDesk::Event> &events);

signals:
    void changed();

private:
    // The lowest and highest point of one time bucket.
    struct Bucket {
        qint64 index;  // x / width, rounded down
        QPointF low;
        QPointF high;
    };
    // Buckets of one width (2^shift ms), ascending, only where there are points.
    // A level kept for sparse points would cost more than the points: it is
    // switched off below a few points a bucket, and rebuilt when they thicken.
    struct Level {
        int shift;
        bool kept = true;
        std::vector<Bucket> buckets;
    };
    struct Series {
        SeriesSpec spec;
        std::vector<QPointF> points;  // x ascending
        std::vector<Level> levels;    // finest first
    };
    static Series makeSeries(const SeriesSpec &spec);
    static void addPoint(Series &series, QPointF point);
    static void dropOldest(Series &series, qsizetype count);
    static void tuneLevels(Series &series);
    // The points an event gives a series; false when it gives none.
    static bool take(Series &series, const Event &event);
    // Every event into one series, then its bound and levels; true if any point came.
    bool feed(Series &series, const QList<Event> &events) const;
    std::vector<Series> m_series;
    qsizetype m_maxPoints = 2'000'000;
};

}  // namespace ModeDesk
