// The live chart's lines, painted straight onto Qt Charts' plot area. Handing
// each series' points to QLineSeries::replace() makes Qt Charts rebuild its
// geometry and a hover outline per series (~2.3 ms for 2,560 points, over 20
// ms for ten series each frame); this item maps the points itself and draws
// one polyline per series. The QLineSeries stay, empty, for the legend.
#pragma once

#include <QGraphicsItem>
#include <QList>
#include <QPointF>
#include <QPointer>

class QChart;
class QLineSeries;

namespace ModeDesk {

class ChartLinesItem : public QGraphicsItem
{
public:
    struct Line {
        QPointer<QLineSeries> series;  // its colour (the theme's), and its legend entry
        QList<QPointF> points;         // x in ms since the epoch, y in the value axis' units
        double low = 0;                // the series' own value axis: low..high
        double high = 0;
        bool stepped = false;  // on/off: each value holds until the next
        // History (a TSDB series): the min..max band and the mean, before the live
        // points; one segment per run of buckets without a gap (a stretch with no
        // data, or deleted, is drawn as nothing).
        struct Segment {
            QList<QPointF> high;
            QList<QPointF> low;
            QList<QPointF> mean;
        };
        QList<Segment> history;

        qsizetype historyBuckets() const
        {
            qsizetype n = 0;
            for (const Segment &s : history)
                n += s.mean.size();
            return n;
        }
        // Where the history band stops (x in ms; 0 when there is none).
        double historyEnd() const
        {
            return history.isEmpty() || history.last().high.isEmpty()
                       ? 0
                       : history.last().high.last().x();
        }
    };

    explicit ChartLinesItem(QChart *chart);

    void setLines(QList<Line> lines);
    // What the time axis shows: x from..to in ms (each line has its own y range).
    void setRange(const QRectF &range);
    // Qt Charts moved its plot area (a resize, a legend that grew).
    void setPlotArea(const QRectF &plot);
    qsizetype pointCount() const;
    const QList<Line> &lines() const { return m_lines; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    // A line with more points than the plot has pixel columns (an envelope).
    static void paintBand(QPainter *painter, const QPolygonF &polyline, const QColor &colour);

    QList<Line> m_lines;
    QRectF m_range;  // x: ms, y: values
    QRectF m_plot;   // where Qt Charts draws its plot, in the chart's coordinates
};

}  // namespace ModeDesk
