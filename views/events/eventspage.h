// The live event log: filter by device, type and text (inside eventData
// too), pause with catch-up, the whole payload of the chosen event, record
// the session to JSON Lines, export to CSV or JSON. A replayed recording
// shows here instead of the live log, under a banner, until Back to live.
#pragma once

#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace ModeDesk {

class EventLogFilter;
class EventLogModel;
class Session;
class StatusLine;

class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(Session *session, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    EventLogFilter *filter() const { return m_filter; }
    QPushButton *pauseButton() const { return m_pause; }
    QPlainTextEdit *details() const { return m_details; }
    QLineEdit *textFilter() const { return m_text; }
    QLabel *summary() const { return m_summary; }

    // File-based actions, also callable without their file dialogs.
    bool startRecording(const QString &path);
    void stopRecording();
    bool replay(const QString &path);
    bool exportTo(const QString &path);  // .csv or .json by extension

    // The live log, or the replay's while one is on screen.
    EventLogModel *shownLog() const;
    QWidget *replayBanner() const { return m_replayBanner; }

private:
    void showSource();
    void refreshDevices();
    void noteTypes(int first, int last);
    void showDetails();
    void updateSummary();
    void togglePause();
    void chooseRecording();
    void chooseReplay();
    void chooseExport();

    Session *m_session;
    EventLogFilter *m_filter;
    QWidget *m_replayBanner;
    QLabel *m_replayText;
    QComboBox *m_device;
    QComboBox *m_type;
    QLineEdit *m_text;
    QPushButton *m_pause;
    QPushButton *m_record;
    QTableView *m_table;
    QPlainTextEdit *m_details;
    QLabel *m_summary;
    StatusLine *m_status;
    QSet<QString> m_types;
    bool m_follow = true;
};

}  // namespace ModeDesk
