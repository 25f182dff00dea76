// Sends commands: to one device or many (by selection, or everything a
// filter matches), an action completed from history and templates,
// parameters checked as JSON before anything is sent. Results per device
// and the events each target sent back show in the history below, where
// any command can be sent again in one click. Home events go out from here
// too, with a project key that has the events permission.
#pragma once

#include "commandhistorymodel.h"
#include "commandtargets.h"
#include "commandtemplates.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStringListModel;
class QTableView;

namespace ModeDesk {

class JsonEditor;
class Session;
class StatusLine;

class CommandComposer : public QWidget
{
    Q_OBJECT

public:
    explicit CommandComposer(Session *session, QWidget *parent = nullptr);

    // Where templates live (default: the app data folder).

    CommandHistory *history() { return m_history; }
    CommandHistoryModel *historyModel() { return m_historyModel; }
    CommandTemplates *templates() { return m_templates; }
    QLineEdit *actionEdit() const { return m_action; }
    JsonEditor *parametersEditor() const { return m_parameters; }
    QLineEdit *replyEdit() const { return m_reply; }
    QPlainTextEdit *detailsView() const { return m_details; }
    QPushButton *resendButton() const { return m_resend; }
    QTableView *historyTable() const { return m_results; }
    QTableView *targets() const { return m_targets; }
    QPushButton *sendButton() const { return m_send; }
    QLineEdit *targetFilter() const { return m_filter; }
    StatusLine *status() const { return m_status; }

    void selectMatching();  // every device the filter shows
    // Targets picked on the Fleet page (any homes) instead of this home's
    // devices, until clearFleetTargets(). Names and classes are read from the
    // fleet when the command goes; devices gone from it meanwhile are left out.
    void setFleetTargets(const QList<qint64> &deviceIds);
    void clearFleetTargets();
    bool hasFleetTargets() const { return !m_fleetTargets.isEmpty(); }
    QLabel *fleetBanner() const { return m_fleetBanner; }
    QCheckBox *onlineOnlyBox() const { return m_onlineOnly; }
    void send();
    void resend(int historyRow);
    void saveTemplate(const QString &name);
    void setProjectKey(const QString &key);  // for home events

signals:
    // A project key was used successfully: the app keeps it with the profile.
    void projectKeyUsed(const QString &key);

private:
    // A problem with what the user typed or picked: shown until they change it.
    void showInputProblem(const QString &problem);
    void inputEdited();
    void updateSendButton();
    QList<int> selectedDeviceRows() const;
    // What Send would target now, and their classes (for templates).
    TargetChoice choice() const;
    void showTargetMode();
    void updateTemplates();
    void updateForSelection();
    void applyTemplate(int index);
    void updateCompletion();
    bool readCommand(DeviceCommand *command);
    void reportBatch(qint64 batchId, const QString &action, int delivered, int notDelivered);
    void showDetails();

    Session *m_session;
    CommandHistory *m_history;
    CommandHistoryModel *m_historyModel;
    CommandTemplates *m_templates;
    QSortFilterProxyModel *m_proxy;
    QStringListModel *m_completions;
    QLineEdit *m_filter;
    QTableView *m_targets;
    QLabel *m_fleetBanner;
    QCheckBox *m_onlineOnly;
    QWidget *m_homeTargets;  // the filter row and table of this home's devices
    QWidget *m_fleetTargetsBox;
    QList<qint64> m_fleetTargets;
    QTimer m_fleetRecount;
    QComboBox *m_template;
    QLineEdit *m_action;
    JsonEditor *m_parameters;
    QLineEdit *m_reply;
    QCheckBox *m_asHomeEvent;
    QLineEdit *m_projectKey;
    QPushButton *m_send;
    QTableView *m_results;
    QPlainTextEdit *m_details;
    QPushButton *m_resend = nullptr;
    bool m_inputProblemShown = false;
    StatusLine *m_status;
    bool m_sending = false;  // the last batch is on its way
    qint64 m_lastBatch = 0;
    QString m_suggestedReply;  // what the templates proposed for the action typed
};

}  // namespace ModeDesk
