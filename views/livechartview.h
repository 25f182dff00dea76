// The only class that knows Qt Charts (deprecated from Qt 6.10 in favour of
// Qt Graphs: swapping means rewriting this file and ChartLinesItem alone). It
// redraws at most ~20 times a second: Qt Charts draws the axes, grid and
// legend; each series' points, already reduced to the plot's pixel width, are
// painted by ChartLinesItem.
#pragma once

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

class LiveChartView : public QWidget
{
    Q_OBJECT

public:
    LiveChartView(ChartData *chartData, QWidget *parent = nullptr);

    // 0: everything; otherwise the last windowMs milliseconds.
    void setWindowMs(qint64 windowMs);
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void resetZoom();
    int redrawCount() const { return m_redraws; }
    // Points handed to the plot by the last redraw, all series (tests, benchmarks).
    qsizetype plottedPoints() const;
    // Redraws now (tests and benchmarks); the timer does this on its own.
    void redraw();
    QChart *chart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void syncSeries();

    ChartData *m_data;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    ChartLinesItem *m_lines;  // what the series show, painted onto the plot
    QList<QLineSeries *> m_series;
    QTimer m_frame;
    qint64 m_windowMs = 60'000;
    bool m_paused = false;
    bool m_zoomed = false;
    bool m_dirty = true;
    bool m_axesAdded = false;
    int m_redraws = 0;
};

}  // namespace ModeDesk
