// The Alerts page: the profile's rules (add, edit, turn off, remove) and
// the alert log (every ALERTING and RECOVERED transition, newest first),
// filtered by text, severity and "not acknowledged", acknowledged one by
// one or all shown. Bound to Session's Alerts; it only asks it to act.
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ModeDesk {

class AlertLogFilter;
class Session;
class StatusLine;
struct AlertRule;

class AlertsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AlertsPage(Session *session, QWidget *parent = nullptr);

    QTableView *rulesTable() const { return m_rules; }
    QTableView *logTable() const { return m_log; }
    AlertLogFilter *logFilter() const { return m_filter; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *severityBox() const { return m_severity; }
    QCheckBox *unacknowledgedOnly() const { return m_unacknowledged; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *acknowledgeAllButton() const { return m_acknowledgeAll; }
    QLabel *countsLabel() const { return m_counts; }
    StatusLine *status() const { return m_status; }

    void addRule();
    void editRule();
    void acknowledgeSelected();
    void acknowledgeAllShown();

signals:
    void homeRequested(qint64 homeId);

private:
    QString currentRuleId() const;
    // Opens the rule editor until the rule is accepted by Alerts, or cancelled.
    void editInDialog(const AlertRule &start, bool adding);
    void updateButtons();
    void updateCounts();

    Session *m_session;
    QTableView *m_rules;
    AlertLogFilter *m_filter;
    QTableView *m_log;
    QLineEdit *m_text;
    QComboBox *m_severity;
    QCheckBox *m_unacknowledged;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
    QPushButton *m_openHome;
    QLabel *m_counts;
    QLabel *m_rulesHint;
    StatusLine *m_status;
};

}  // namespace ModeDesk
