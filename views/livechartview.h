// The only class that knows Qt Charts (deprecated from Qt 6.10 in favour of
// Qt Graphs: swapping means rewriting this file alone). It redraws at most
// ~20 times a second, each series with one replace() of points already
// reduced to the plot's pixel width.
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
