// The only class that knows Qt Charts (deprecated from Qt 6.10 in favour of
// Qt Graphs: swapping means rewriting this file and ChartLinesItem alone). It
// redraws at most ~20 times a second: Qt Charts draws the axes and grid; each
// series' points, already reduced to the plot's pixel width, are painted by
// ChartLinesItem, each on a value axis of its own (in the series' colour), so
// 18 degrees beside 50 % humidity is no flat line. A TSDB series shows its
// history as a min..max band with the mean, from the HistoryCache, up to its
// first live point. The wheel zooms the time axis around the pointer
// (Shift+wheel pans); a zoomed or custom range holds until Reset zoom.
#pragma once

#include <QColor>
#include <QTimer>
#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ModeDesk {

class ChartData;
class ChartLinesItem;
class HistoryCache;

class LiveChartView : public QWidget
{
    Q_OBJECT

public:
    LiveChartView(ChartData *chartData, QWidget *parent = nullptr);

    // 0: everything; otherwise the last windowMs milliseconds (following now).
    void setWindowMs(qint64 windowMs);
    // A fixed range [fromMs, toMs): held until resetZoom() or another window.
    void showRange(qint64 fromMs, qint64 toMs);
    // Zooms the time axis around x (ms) by factor (< 1 zooms in); held.
    void zoomTime(double factor, qint64 aroundMs);
    // Moves the time axis by a fraction of its width (negative: back); held.
    void panTime(double fraction);
    std::pair<qint64, qint64> shownRange() const { return {m_shownFrom, m_shownTo}; }
    bool isHeld() const { return m_zoomed; }
    // Neither held on a range nor paused: the window moves with "now".
    bool isFollowingNow() const { return !m_zoomed && !m_paused; }
    // Where TSDB series get their history (none: they show live points only).
    void setHistory(HistoryCache *history);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void resetZoom();
    int redrawCount() const { return m_redraws; }
    // Points handed to the plot by the last redraw, all series (tests, benchmarks).
    qsizetype plottedPoints() const;
    // Redraws now (tests and benchmarks); the timer does this on its own.
    void redraw();
    QChart *chart() const { return m_chart; }
    // What the last redraw handed the plot, per series (tests).
    const ChartLinesItem *lines() const { return m_lines; }

signals:
    // The series' colours (the theme's), after they were added, removed or restyled.
    void seriesColoursChanged(const QList<QColor> &colours);
    // A zoom, a pan, a custom range or a pause stopped following "now" (or moved the
    // held range), or it resumed.
    void followingNowChanged(bool following);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void setHeld(bool held);
    void syncSeries();

    ChartData *m_data;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QList<QValueAxis *> m_values;  // one per series, in its colour
    ChartLinesItem *m_lines;       // what the series show, painted onto the plot
    QList<QLineSeries *> m_series;
    HistoryCache *m_history = nullptr;
    QList<QColor> m_colours;
    qint64 m_shownFrom = 0;
    qint64 m_shownTo = 0;
    QTimer m_frame;
    qint64 m_windowMs = 60'000;
    bool m_paused = false;
    bool m_zoomed = false;
    bool m_dirty = true;
    bool m_axesAdded = false;
    int m_redraws = 0;
};

}  // namespace ModeDesk
