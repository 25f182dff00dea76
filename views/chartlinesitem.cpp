#include "chartlinesitem.h"

#include <QChart>
#include <QLineSeries>
#include <QPainter>
#include <QPen>

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
    for (const Line &line : m_lines)
        count += line.points.size();
    return count;
}

QRectF ChartLinesItem::boundingRect() const
{
    return m_plot;
}

void ChartLinesItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF plot = m_plot;
    if (m_range.width() <= 0 || m_range.height() <= 0 || plot.isEmpty())
        return;
    painter->save();
    painter->setClipRect(plot);
    painter->setRenderHint(QPainter::Antialiasing, false);
    // Value y grows upwards, pixels downwards.
    const double sx = plot.width() / m_range.width();
    const double sy = plot.height() / m_range.height();
    QPolygonF polyline;
    for (const Line &line : std::as_const(m_lines)) {
        if (!line.series || !line.series->isVisible())
            continue;
        polyline.resize(line.points.size());
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF &p = line.points.at(i);
            polyline[i] = QPointF(plot.left() + (p.x() - m_range.left()) * sx,
                                  plot.bottom() - (p.y() - m_range.top()) * sy);
        }
        // Two pixels read better; an envelope of thousands of segments is drawn
        // one pixel wide (no stroker: several times cheaper, and as legible).
        const int width = polyline.size() > DenseLine ? 0 : 2;
        painter->setPen(QPen(line.series->color(), width));
        painter->drawPolyline(polyline);
    }
    painter->restore();
}

}  // namespace ModeDesk
