#include "livechartview.h"

#include "chartdata.h"
#include "chartlinesitem.h"
#include "themecolours.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <limits>

namespace ModeDesk {

namespace {
constexpr int FrameMs = 50;  // at most 20 redraws a second
}

LiveChartView::LiveChartView(ChartData *chartData, QWidget *parent)
    : QWidget(parent)
    , m_data(chartData)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_time(new QDateTimeAxis(this))
    , m_value(new QValueAxis(this))
    , m_lines(new ChartLinesItem(m_chart))
{
    applyTheme();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(7);
    // Antialiasing triples the cost of painting thousands of segments at 20 Hz.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    m_view->setAccessibleName(tr("Live chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(chartData, &ChartData::changed, this, [this] { m_dirty = true; });
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF &plot) { m_lines->setPlotArea(plot); });
    const auto axesMoved = [this] {
        m_lines->setRange(
            QRectF(QPointF(double(m_time->min().toMSecsSinceEpoch()), m_value->min()),
                   QPointF(double(m_time->max().toMSecsSinceEpoch()), m_value->max())));
    };
    connect(m_time, &QDateTimeAxis::rangeChanged, this, axesMoved);
    connect(m_value, &QValueAxis::rangeChanged, this, axesMoved);
    // Zooming (rubber band) holds the view still until "Reset zoom".
    connect(m_time, &QDateTimeAxis::rangeChanged, this, [this] {
        if (m_view->isActiveWindow() && QApplication::mouseButtons() != Qt::NoButton)
            m_zoomed = true;
    });
    connect(&m_frame, &QTimer::timeout, this, [this] {
        if (m_dirty && !m_paused && !m_zoomed)
            redraw();
    });
    m_frame.start(FrameMs);
}

void LiveChartView::applyTheme()
{
    const QChart::ChartTheme theme =
        ThemeColours::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme) {
        m_chart->setTheme(theme);
        m_lines->update();  // the series' colours changed with it
    }
}

void LiveChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void LiveChartView::setWindowMs(qint64 windowMs)
{
    m_windowMs = windowMs;
    m_dirty = true;
}

void LiveChartView::setPaused(bool paused)
{
    m_paused = paused;
    m_dirty = true;
}

void LiveChartView::resetZoom()
{
    m_zoomed = false;
    m_chart->zoomReset();
    m_dirty = true;
}

void LiveChartView::syncSeries()
{
    while (m_series.size() > m_data->seriesCount()) {
        QLineSeries *gone = m_series.takeLast();
        m_chart->removeSeries(gone);
        delete gone;
    }
    while (m_series.size() < m_data->seriesCount()) {
        auto *series = new QLineSeries;
        series->setUseOpenGL(false);
        m_chart->addSeries(series);
        if (!m_axesAdded) {
            // Qt 6.4: a QDateTimeAxis added before any series never draws its labels.
            m_chart->addAxis(m_time, Qt::AlignBottom);
            m_chart->addAxis(m_value, Qt::AlignLeft);
            m_axesAdded = true;
        }
        series->attachAxis(m_time);
        series->attachAxis(m_value);
        m_series.append(series);
    }
    for (int i = 0; i < m_series.size(); ++i)
        m_series.at(i)->setName(m_data->spec(i).label);
}

qsizetype LiveChartView::plottedPoints() const
{
    return m_lines->pointCount();
}

void LiveChartView::redraw()
{
    syncSeries();
    m_dirty = false;
    m_chart->setTitle(m_series.isEmpty()
                          ? tr("Pick an event type and a numeric field above, then Add series.")
                          : QString());
    const auto [first, last] = m_data->timeSpan();
    if (first == 0 && last == 0) {
        m_lines->setLines({});
        // No points yet: the time axis still shows the window being watched.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_time->setRange(
            QDateTime::fromMSecsSinceEpoch(now - (m_windowMs > 0 ? m_windowMs : 60'000)),
            QDateTime::fromMSecsSinceEpoch(now));
        return;
    }
    const qint64 to = qMax(last, QDateTime::currentMSecsSinceEpoch());
    const qint64 from = m_windowMs > 0 ? to - m_windowMs : first;
    const int width = qMax(100, int(m_chart->plotArea().width()));
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    QList<ChartLinesItem::Line> lines;
    for (int i = 0; i < m_series.size(); ++i) {
        QList<QPointF> points = m_data->downsample(i, from, to, width);
        for (const QPointF &p : points) {
            low = qMin(low, p.y());
            high = qMax(high, p.y());
        }
        lines.append({m_series.at(i), std::move(points)});
    }
    m_lines->setLines(std::move(lines));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    if (low <= high) {
        const double pad = qMax(0.5, (high - low) * 0.08);
        m_value->setRange(low - pad, high + pad);
    }
    ++m_redraws;
}

}  // namespace ModeDesk
