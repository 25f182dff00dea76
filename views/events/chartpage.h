// Picks what the chart shows: any numeric field (nested, or an array
// element) of any event type, per device or across devices, and the home's
// TSDB series with their history; several series at once; a time window
// (from a minute to 30 days, or a custom range); pause and zoom.
#pragma once

#include "modeobjects.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>
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
    // "Paused at 14:41 – 22:33 · Back to live" while the view does not follow now.
    QLabel *liveNote() const { return m_liveNote; }
    bool isLive() const;
    // Follows now again: no zoom, no pause, the last window.
    void backToLive();
    // The window and the series chosen for each home (kept per profile between runs);
    // a home's series come back when it is shown.
    QVariantMap viewState() const;
    void restoreView(const QVariantMap &state);

private:
    void learn(const QList<ModeDesk::Event> &events);
    // The chart is of the home on screen (a replay shows all it holds).
    QList<ModeDesk::Event> ofShownHome(const QList<ModeDesk::Event> &events) const;
    void drawLiveLog();
    void refreshFields();
    void lookForTellingSeries(const QList<ModeDesk::Event> &events);
    bool showsChosenSeries() const;
    QVariantList seriesState() const;
    void showSeriesOf(qint64 homeId);
    void addFromControls();
    void pickWindow(int index);
    void backfill(int index);
    void showHistoryStatus();
    void showLiveNote();
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
    QLabel *m_liveNote;
    QLabel *m_historyNote;
    QComboBox *m_historySeries;
    QPushButton *m_addHistory;
    int m_lastWindow = 0;
    QHash<QString, QStringList> m_fieldsByType;
    bool m_userChose = false;   // once the user picks series, none are added for them
    bool m_autoPicked = false;  // the one series shown was picked by the chart itself
    bool m_choseHere = false;   // the series shown were chosen (or kept) for this home
    static constexpr int LookForTellingEvents = 500;
    int m_lookBudget = 0;                       // events left to look at for a changing field
    QHash<QString, QSet<double>> m_valuesSeen;  // per type and field: up to 2 values seen
    qint64 m_shownHome = 0;
    QVariantMap m_seriesByHome;  // home id (text) -> the series chosen for it
};

}  // namespace ModeDesk
