// The home's history, as its TSDB module keeps it: series and collections
// with their first and last points; a time range (the last hour to 30 days,
// or any from..to); export of the chosen items over that range to a CSV (a
// ZIP for several) with progress; deleting the range's points or a whole
// series, each confirmed; and a series sent to the Chart. A home without
// the module says so in plain words.
#pragma once

#include "tablepage.h"

#include <QTimer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QProgressBar;
class QPushButton;

namespace ModeDesk {

class HistoryExport;
class Session;

class HistoryPage : public TablePage
{
    Q_OBJECT

public:
    explicit HistoryPage(Session *session, QWidget *parent = nullptr);

    // The range the actions use, [from, to).
    QDateTime rangeFrom() const;
    QDateTime rangeTo() const;
    void setRange(const QDateTime &from, const QDateTime &to);
    QLabel *notice() const { return m_notice; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *chartButton() const { return m_chart; }
    QPushButton *deleteRangeButton() const { return m_deleteRange; }
    QPushButton *deleteButton() const { return m_delete; }
    QProgressBar *exportProgress() const { return m_progress; }

signals:
    // The user wants this series on the Chart page.
    void chartRequested(const QString &seriesId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showStatus();
    void updateButtons();
    void pickRange(int index);
    QStringList selectedKeys() const;
    // False (and the user told why) when the range is empty or backwards.
    bool checkRange();
    void exportSelected();
    void deleteRange();
    void deleteSelected();

    Session *m_session;
    QLabel *m_notice;
    QComboBox *m_window;
    QTimer m_followNow;  // "Last 24 hours" stays the last 24 hours while shown
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_chart;
    QPushButton *m_export;
    QPushButton *m_cancelExport;
    QPushButton *m_deleteRange;
    QPushButton *m_delete;
    QPushButton *m_refresh;
    QProgressBar *m_progress;
    HistoryExport *m_job = nullptr;
};

}  // namespace ModeDesk
