#include "livechartview.h"

#include "chartdata.h"
#include "chartlinesitem.h"
#include "historycache.h"
#include "themecolours.h"

#include <QApplication>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
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
    , m_lines(new ChartLinesItem(m_chart))
{
    applyTheme();
    // The page's series list is the legend: its labels wrap, Qt Charts' are cut.
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTickCount(7);
    // Antialiasing triples the cost of painting thousands of segments at 20 Hz.
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    m_view->setAccessibleName(tr("Live chart"));
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(chartData, &ChartData::changed, this, [this] { m_dirty = true; });
    connect(m_chart, &QChart::plotAreaChanged, this,
            [this](const QRectF &plot) { m_lines->setPlotArea(plot); });
    connect(m_time, &QDateTimeAxis::rangeChanged, this, [this] {
        const qint64 from = m_time->min().toMSecsSinceEpoch();
        const qint64 to = m_time->max().toMSecsSinceEpoch();
        m_lines->setRange(QRectF(QPointF(double(from), 0), QPointF(double(to), 1)));
        // A rubber band zoom holds the view at its range until "Reset zoom".
        if (m_view->isActiveWindow() && QApplication::mouseButtons() != Qt::NoButton)
            showRange(from, to);
    });
    connect(&m_frame, &QTimer::timeout, this, [this] {
        if (m_dirty && !m_paused)
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
        m_dirty = true;     // and the axes' and the list's
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
    setHeld(false);
    m_dirty = true;
}

void LiveChartView::setHeld(bool held)
{
    if (m_zoomed == held)
        return;
    m_zoomed = held;
    emit followingNowChanged(isFollowingNow());
}

void LiveChartView::showRange(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return;
    m_shownFrom = fromMs;
    m_shownTo = toMs;
    if (m_zoomed)
        emit followingNowChanged(false);  // held still, on another range
    else
        setHeld(true);
    m_dirty = true;
}

void LiveChartView::zoomTime(double factor, qint64 aroundMs)
{
    const qint64 from = m_shownFrom, to = m_shownTo;
    if (to <= from)
        return;
    // At least a second, at most ten years across.
    const double span = std::clamp(double(to - from) * factor, 1000.0, 3.2e11);
    const double at = std::clamp(double(aroundMs - from) / double(to - from), 0.0, 1.0);
    const qint64 newFrom = qint64(double(aroundMs) - span * at);
    showRange(newFrom, newFrom + qint64(span));
}

void LiveChartView::panTime(double fraction)
{
    const qint64 shift = qint64(double(m_shownTo - m_shownFrom) * fraction);
    showRange(m_shownFrom + shift, m_shownTo + shift);
}

void LiveChartView::setHistory(HistoryCache *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history)
        connect(history, &HistoryCache::changed, this, [this] { m_dirty = true; });
    m_dirty = true;
}

bool LiveChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const QRectF plot = m_chart->plotArea();
        const QPoint delta = wheel->angleDelta();
        const bool pan = (wheel->modifiers() & Qt::ShiftModifier) || delta.x() != 0;
        const double notches = double(pan && delta.x() != 0 ? delta.x() : delta.y()) / 120.0;
        if (notches == 0 || plot.width() <= 0 || m_shownTo <= m_shownFrom)
            return true;
        if (pan) {
            panTime(-0.1 * notches);
        } else {
            const double at = (wheel->position().x() - plot.left()) / plot.width();
            const qint64 around =
                m_shownFrom + qint64(std::clamp(at, 0.0, 1.0) * double(m_shownTo - m_shownFrom));
            zoomTime(std::pow(0.8, notches), around);  // away from the user: closer
        }
        redraw();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void LiveChartView::setPaused(bool paused)
{
    const bool following = isFollowingNow();
    m_paused = paused;
    if (following != isFollowingNow())
        emit followingNowChanged(isFollowingNow());
    m_dirty = true;
}

void LiveChartView::resetZoom()
{
    setHeld(false);
    m_chart->zoomReset();
    m_dirty = true;
}

void LiveChartView::syncSeries()
{
    while (m_series.size() > m_data->seriesCount()) {
        QLineSeries *gone = m_series.takeLast();
        QValueAxis *axis = m_values.takeLast();
        m_chart->removeSeries(gone);
        m_chart->removeAxis(axis);
        delete gone;
        delete axis;
    }
    while (m_series.size() < m_data->seriesCount()) {
        auto *series = new QLineSeries;
        series->setUseOpenGL(false);
        m_chart->addSeries(series);
        // The theme has five colours and repeats them: ten that stay apart.
        static const QColor Distinct[] = {QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c),
                                          QColor(0xff7f0e), QColor(0x9467bd), QColor(0x8c564b),
                                          QColor(0xe377c2), QColor(0x17becf), QColor(0xbcbd22),
                                          QColor(0x7f7f7f)};
        series->setColor(Distinct[m_series.size() % std::size(Distinct)]);
        if (!m_axesAdded) {
            // Qt 6.4: a QDateTimeAxis added before any series never draws its labels.
            m_chart->addAxis(m_time, Qt::AlignBottom);
            m_axesAdded = true;
        }
        // Each series its own scale: the first on the left with the grid, the
        // others alternating right and left.
        auto *axis = new QValueAxis(this);
        const int index = int(m_values.size());
        m_chart->addAxis(axis, index % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
        axis->setGridLineVisible(index == 0);
        series->attachAxis(m_time);
        series->attachAxis(axis);
        m_series.append(series);
        m_values.append(axis);
    }
    QList<QColor> colours;
    for (int i = 0; i < m_series.size(); ++i) {
        const SeriesSpec &spec = m_data->spec(i);
        m_series.at(i)->setName(spec.label);
        colours.append(m_series.at(i)->color());
        QValueAxis *axis = m_values.at(i);
        axis->setLabelsColor(m_series.at(i)->color());
        axis->setLinePenColor(m_series.at(i)->color());
        axis->setTickCount(spec.stepped ? 2 : 5);
    }
    if (colours != m_colours) {
        m_colours = colours;
        emit seriesColoursChanged(colours);
    }
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto [first, last] = m_data->timeSpan();
    bool anyHistory = false;
    for (int i = 0; i < m_series.size(); ++i)
        anyHistory = anyHistory || m_data->spec(i).isHistory();
    qint64 from = 0, to = 0;
    if (m_zoomed) {
        from = m_shownFrom;
        to = m_shownTo;
    } else if (first == 0 && last == 0 && !anyHistory) {
        // No points yet: the time axis still shows the window being watched.
        to = now;
        from = now - (m_windowMs > 0 ? m_windowMs : 60'000);
    } else {
        to = qMax(last, now);
        from = m_windowMs > 0 ? to - m_windowMs : (first > 0 ? first : to - 60'000);
    }
    m_shownFrom = from;
    m_shownTo = to;
    const int width = qMax(100, int(m_chart->plotArea().width()));
    QList<ChartLinesItem::Line> lines;
    for (int i = 0; i < m_series.size(); ++i) {
        const SeriesSpec &spec = m_data->spec(i);
        ChartLinesItem::Line line;
        line.series = m_series.at(i);
        line.stepped = spec.stepped;
        line.points = m_data->downsample(i, from, to, width);
        double low = std::numeric_limits<double>::max();
        double high = std::numeric_limits<double>::lowest();
        for (const QPointF &p : std::as_const(line.points)) {
            low = qMin(low, p.y());
            high = qMax(high, p.y());
        }
        if (spec.isHistory() && m_history && m_history->hasSource()) {
            m_history->want(spec.historySeriesId, from, to, width);
            // History up to the first live point, live points from there: no
            // gap, and no stretch drawn twice.
            const qint64 liveFrom = m_data->firstPointMs(i);
            const qint64 historyTo = liveFrom > 0 ? qMin(to, liveFrom) : to;
            const QList<HistoryBucket> buckets =
                m_history->buckets(spec.historySeriesId, from, historyTo, width);
            qint64 lastEnd = std::numeric_limits<qint64>::min();
            for (const HistoryBucket &b : buckets) {
                const double start = double(qMax(b.ms, from));
                const double end = double(std::min({b.endMs, historyTo, to}));
                if (end <= start)
                    continue;
                // Buckets without points are not answered: a gap starts a new segment.
                if (b.ms > lastEnd || line.history.isEmpty())
                    line.history.append(ChartLinesItem::Line::Segment{});
                lastEnd = b.endMs;
                ChartLinesItem::Line::Segment &segment = line.history.last();
                segment.high.append({start, b.high});
                segment.high.append({end, b.high});
                segment.low.append({start, b.low});
                segment.low.append({end, b.low});
                segment.mean.append({(start + end) / 2, b.mean});
                low = qMin(low, b.low);
                high = qMax(high, b.high);
            }
        }
        QValueAxis *axis = m_values.at(i);
        if (spec.stepped) {
            // Off and on, with the steps between the two labelled ticks.
            axis->setRange(-0.15, 1.15);
            axis->setTickType(QValueAxis::TicksDynamic);
            axis->setTickAnchor(0);
            axis->setTickInterval(1);
            axis->setLabelFormat(QStringLiteral("%.0f"));
        } else {
            if (low > high) {
                low = 0;
                high = 1;
            }
            const double pad = qMax(0.5, (high - low) * 0.08);
            axis->setTickType(QValueAxis::TicksFixed);
            axis->setRange(low - pad, high + pad);
            axis->applyNiceNumbers();  // round ticks: 18, 19, 20, not 17.8, 18.9
            // One precision for every label (Qt Charts sizes the axis by its ends
            // and cuts a longer label in between): as fine as the ticks need.
            const double step = (axis->max() - axis->min()) / qMax(1, axis->tickCount() - 1);
            const int decimals = std::clamp(int(std::ceil(-std::log10(step))), 0, 6);
            axis->setLabelFormat(QStringLiteral("%.%1f").arg(decimals));
        }
        line.low = axis->min();
        line.high = axis->max();
        lines.append(std::move(line));
    }
    m_lines->setLines(std::move(lines));
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    // Seconds within an hour, dates beyond a day; as many labels as fit.
    const qint64 span = to - from;
    const bool dates = span > 86'400'000;
    m_time->setFormat(span <= 3'600'000 ? QStringLiteral("HH:mm:ss")
                      : dates           ? QStringLiteral("MMM d HH:mm")
                                        : QStringLiteral("HH:mm"));
    m_time->setTickCount(std::clamp(int(m_chart->plotArea().width()) / (dates ? 130 : 90), 2, 7));
    ++m_redraws;
}

}  // namespace ModeDesk
