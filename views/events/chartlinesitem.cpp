#include "chartlinesitem.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QPen>

#include <cmath>

namespace ModeDesk {

namespace {
constexpr qsizetype DenseLine = 1000;  // points
}

ChartLinesItem::ChartLinesItem(QChart *chart) : QGraphicsItem(chart), m_plot(chart->plotArea())
{
    setZValue(10);                          // above the plot's grid, below nothing that matters
    setAcceptedMouseButtons(Qt::NoButton);  // the chart view keeps its rubber band
}

void ChartLinesItem::setLines(QList<Line> lines)
{
    m_lines = std::move(lines);
    update();
}

void ChartLinesItem::setRange(const QRectF &range)
{
    m_range = range;
    update();
}

void ChartLinesItem::setPlotArea(const QRectF &plot)
{
    prepareGeometryChange();  // before the bounding rectangle changes, as Qt asks
    m_plot = plot;
}

qsizetype ChartLinesItem::pointCount() const
{
    qsizetype count = 0;
    for (const Line &line : m_lines) {
        count += line.points.size();
        for (const Line::Segment &segment : line.history)
            count += segment.mean.size();
    }
    return count;
}

QRectF ChartLinesItem::boundingRect() const
{
    return m_plot;
}

void ChartLinesItem::paintBand(QPainter *painter, const QPolygonF &polyline, const QColor &colour)
{
    // The band from the lowest to the highest point in each pixel column,
    // filled and outlined: the pixels the polyline's strokes up and down each
    // column cover, without them. Those strokes, a whole column high in a
    // noisy series, cost ~3.5 ms a series of 2,500 points; a fill is one span
    // a scan line.
    QPolygonF top, bottom;
    top.reserve(polyline.size());
    bottom.reserve(polyline.size());
    double column = std::floor(polyline.first().x());
    double lowest = polyline.first().y(), highest = lowest;
    const auto endColumn = [&] {
        top.append(QPointF(column + 0.5, highest));
        bottom.append(QPointF(column + 0.5, lowest));
    };
    for (const QPointF &p : polyline) {
        const double x = std::floor(p.x());
        if (x != column) {
            endColumn();
            column = x;
            lowest = highest = p.y();
        } else {
            lowest = qMax(lowest, p.y());  // pixels: a lower value is further down
            highest = qMin(highest, p.y());
        }
    }
    endColumn();
    for (auto it = bottom.crbegin(); it != bottom.crend(); ++it)
        top.append(*it);
    painter->setPen(QPen(colour, 0));
    painter->setBrush(colour);
    painter->drawPolygon(top);
    painter->setBrush(Qt::NoBrush);
}

void ChartLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_plot;
    if (m_range.width() <= 0 || plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const double sx = plot.width() / m_range.width();
    QPolygonF polyline;
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.series || !line.series->isVisible())
            continue;
        // Each series on its own scale; value y grows upwards, pixels downwards.
        const double span = line.high > line.low ? line.high - line.low : 1.0;
        const double sy = plot.height() / span;
        const auto map = [&](const QPointF &p) {
            return QPointF(plot.left() + (p.x() - m_range.left()) * sx,
                           plot.bottom() - (p.y() - line.low) * sy);
        };
        const QColor colour = line.series->color();
        QColor fill = colour;
        fill.setAlpha(60);
        for (const Line::Segment &segment : line.history) {
            QPolygonF band;
            band.reserve(segment.high.size() + segment.low.size());
            for (const QPointF &p : segment.high)
                band.append(map(p));
            for (auto it = segment.low.crbegin(); it != segment.low.crend(); ++it)
                band.append(map(*it));
            painter->setPen(Qt::NoPen);
            painter->setBrush(fill);
            painter->drawPolygon(band);
            polyline.resize(segment.mean.size());
            for (qsizetype i = 0; i < segment.mean.size(); ++i)
                polyline[i] = map(segment.mean.at(i));
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(colour, 2));
            painter->drawPolyline(polyline);
        }
        polyline.clear();
        polyline.reserve(line.points.size() * (line.stepped ? 2 : 1));
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF p = map(line.points.at(i));
            if (line.stepped && !polyline.isEmpty())
                polyline.append(QPointF(p.x(), polyline.last().y()));  // held until now
            polyline.append(p);
        }
        if (!line.stepped && polyline.size() > qMax(DenseLine, qsizetype(plot.width()))) {
            paintBand(painter, polyline, colour);
            continue;
        }
        // Two pixels read better; a line of thousands of segments is drawn
        // one pixel wide (no stroker: several times cheaper, and as legible).
        const int width = polyline.size() > DenseLine ? 0 : 2;
        painter->setPen(QPen(colour, width));
        if (polyline.size() == 1) {
            // A lone point (the first live one, say) is a dot, not nothing.
            painter->setBrush(colour);
            painter->drawEllipse(polyline.first(), 3, 3);
            painter->setBrush(Qt::NoBrush);
            continue;
        }
        painter->drawPolyline(polyline);
    }
    painter->restore();
}

}  // namespace ModeDesk
