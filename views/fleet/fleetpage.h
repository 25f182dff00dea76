// The Fleet page: every device of every home in one table (the
// Fleet's store), filtered by text, online state, class and home, sorted by any
// column, with counts per home and per class beside it. Rows picked here
// (any number, across homes) go to the command composer; a device's home
// opens on the home pages.
#pragma once

#include <QList>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QMenu;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace ModeDesk {

class FleetFilter;
class Fleet;
class StatusLine;

class FleetPage : public QWidget
{
    Q_OBJECT

public:
    explicit FleetPage(Fleet *fleet, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTableView *homesTable() const { return m_homesTable; }
    QTableView *classesTable() const { return m_classesTable; }
    FleetFilter *filter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *onlineBox() const { return m_online; }
    QComboBox *classBox() const { return m_class; }
    QComboBox *homeBox() const { return m_home; }
    QPushButton *commandButton() const { return m_command; }
    QPushButton *openHomeButton() const { return m_openHome; }
    QLabel *countsLabel() const { return m_counts; }
    QProgressBar *progress() const { return m_progress; }
    StatusLine *status() const { return m_status; }
    QMenu *columnsMenu() const { return m_columnsMenu; }

    // Columns the user turned off (kept by the Dashboard between runs). Until
    // the user chooses, the connect/disconnect times show only when all
    // columns fit.
    QList<int> hiddenColumns() const;
    void setHiddenColumns(const QList<int> &columns);

    // What the user set up to look at: the filters and the columns' widths (kept per
    // profile between runs). A class or home that is not in the fleet yet is chosen
    // once it is (the fleet loads after the window shows).
    QVariantMap viewState() const;
    void restoreView(const QVariantMap &state);

    // The ids of the picked devices (all of them, not only those in view).
    QList<qint64> selectedDeviceIds() const;
    void selectAllShown();

signals:
    void hiddenColumnsChanged(const QList<int> &columns);
    void commandRequested(const QList<qint64> &deviceIds);
    void homeRequested(qint64 homeId, qint64 deviceId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillColumnsMenu();
    void fitColumns();
    void updateCounts();
    void updateChoices();
    void updateProgress(int done, int total);
    void openHome();
    void pickGroup(QTableView *table, QComboBox *box);

    Fleet *m_fleet;
    QVariant m_wantedClass;  // restored, not in the fleet yet
    QVariant m_wantedHome;
    FleetFilter *m_filter;
    QLineEdit *m_text;
    QComboBox *m_online;
    QComboBox *m_class;
    QComboBox *m_home;
    QTableView *m_table;
    QTableView *m_homesTable;
    QTableView *m_classesTable;
    QLabel *m_counts;
    QProgressBar *m_progress;
    QPushButton *m_retry;
    QPushButton *m_selectAll;
    QPushButton *m_command;
    QPushButton *m_openHome;
    StatusLine *m_status;
    bool m_saysLastKnown = false;  // the status line speaks of rows as last seen
    QMenu *m_columnsMenu;
    bool m_columnsChosen = false;
    QList<int> m_baseWidths;  // each column's width when there is room
    bool m_widthsChosen = false;
    bool m_fitting = false;
};

}  // namespace ModeDesk
