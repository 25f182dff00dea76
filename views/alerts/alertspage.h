// The Alerts page: the profile's rules (add, edit, turn off, remove) and
// the alert log (every ALERTING and RECOVERED transition, newest first),
// grouped by rule (a row per rule with its counts, opened to its entries),
// filtered by text, severity and "not acknowledged", acknowledged by entry,
// by rule or all shown, and cleared of alerts that are over. Bound to
// Session's Alerts; it only asks it to act.
#pragma once

#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeView;

namespace ModeDesk {

class AlertGroupsModel;
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
    QTreeView *logTable() const { return m_log; }
    AlertLogFilter *logFilter() const { return m_filter; }
    AlertGroupsModel *groups() const { return m_groups; }
    QLineEdit *filterEdit() const { return m_text; }
    QComboBox *severityBox() const { return m_severity; }
    QCheckBox *unacknowledgedOnly() const { return m_unacknowledged; }
    QPushButton *acknowledgeButton() const { return m_acknowledge; }
    QPushButton *acknowledgeAllButton() const { return m_acknowledgeAll; }
    QPushButton *clearRecoveredButton() const { return m_clearRecovered; }
    QPushButton *removeRuleButton() const { return m_remove; }
    QLabel *countsLabel() const { return m_counts; }
    StatusLine *status() const { return m_status; }

    void addRule();
    void editRule();
    void acknowledgeSelected();
    void acknowledgeAllShown();
    void clearRecovered();

signals:
    void homeRequested(qint64 homeId);

private:
    QString currentRuleId() const;
    // Opens the rule editor until the rule is accepted by Alerts, or cancelled.
    void editInDialog(const AlertRule &start, bool adding);
    void updateButtons();
    void updateCounts();
    // The log's entries picked (a rule's row picks all of its entries).
    QList<qint64> pickedAlertIds() const;
    // The groups are rebuilt as entries come: what was open and picked stays so.
    void rememberOpenAndPicked();
    void reopenAndRepick();

    Session *m_session;
    QTableView *m_rules;
    AlertLogFilter *m_filter;
    AlertGroupsModel *m_groups;
    QTreeView *m_log;
    QLineEdit *m_text;
    QComboBox *m_severity;
    QCheckBox *m_unacknowledged;
    QPushButton *m_edit;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
    QPushButton *m_clearRecovered;
    QPushButton *m_openHome;
    QLabel *m_counts;
    QLabel *m_rulesHint;
    StatusLine *m_status;
    QSet<QString> m_openRules;     // rules whose entries are shown
    QSet<QString> m_pickedRules;   // rule rows picked, across a rebuild
    QSet<qint64> m_pickedEntries;  // entry rows picked, across a rebuild
    QString m_currentRule;
    qint64 m_currentEntry = 0;
};

}  // namespace ModeDesk
