// Picks what the chart shows: any numeric field (nested, or an array
// element) of any event type, per device or across devices, and the home's
// TSDB series with their history; several series at once; a time window
// (from a minute to 30 days, or a custom range); pause and zoom.
#pragma once

#include "modeobjects.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ModeDesk {

class ChartData;
class LiveChartView;
class Session;

class ChartPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPage(Session *session, QWidget *parent = nullptr);

    ChartData *data() const { return m_data; }
    LiveChartView *chartView() const { return m_chart; }
    bool showsReplay() const;
    // Adds a series as the controls would; false when the field does not parse.
    // It starts with the events already in the live log.
    bool addSeries(const QString &eventType, const QString &field, qint64 deviceId);
    // A TSDB series of the home: its history, then its live points.
    bool addHistorySeries(const QString &seriesId);
    QLabel *historyNote() const { return m_historyNote; }

private:
    void learn(const QList<ModeDesk::Event> &events);
    // The chart is of the home on screen (a replay shows all it holds).
    QList<ModeDesk::Event> ofShownHome(const QList<ModeDesk::Event> &events) const;
    void drawLiveLog();
    void refreshFields();
    void addFromControls();
    void pickWindow(int index);
    void backfill(int index);
    void showHistoryStatus();
    void colourList(const QList<QColor> &colours);

    Session *m_session;
    ChartData *m_data;
    LiveChartView *m_chart;
    QComboBox *m_type;
    QComboBox *m_field;
    QComboBox *m_device;
    QComboBox *m_window;
    QPushButton *m_pause;
    QListWidget *m_list;
    QLabel *m_replayNote;
    QLabel *m_historyNote;
    QComboBox *m_historySeries;
    QPushButton *m_addHistory;
    int m_lastWindow = 0;
    QHash<QString, QStringList> m_fieldsByType;
    bool m_userChose = false;  // once the user picks series, none are added for them
};

}  // namespace ModeDesk
