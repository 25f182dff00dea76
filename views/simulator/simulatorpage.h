// Shows the simulator fleet (Session::simulators()) and plays one device of
// it: made by the local sandbox, pasted (id and key), or redeemed from a
// provisioning token. For the chosen device: the commands it received,
// events sent by hand or by a generator, reply rules, and claim mode.
#pragma once

#include "replyrulesmodel.h"
#include "simulatorfleet.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace ModeDesk {

class JsonEditor;
class Session;
class StatusLine;

class SimulatorPage : public QWidget
{
    Q_OBJECT

public:
    explicit SimulatorPage(Session *session, QWidget *parent = nullptr);

    // With a local sandbox the page can make devices itself.
    void setSandboxAdmin(const QUrl &url, const QString &adminKey,
                         const QStringList &deviceClasses);

    SimulatedDevice *addDevice(qint64 deviceId, const QString &apiKey, const QString &name);
    // A real device played here, given its id and key (named as the fleet knows it).
    SimulatedDevice *addByIdAndKey(const QString &idText, const QString &key);
    void createSandboxDevice(const QString &deviceClass);
    void redeemToken(const QString &token);
    QList<SimulatedDevice *> devices() const;
    SimulatedDevice *current() const;
    QListWidget *commandLog() const { return m_commands; }
    StatusLine *status() const { return m_status; }
    // The current device's rules; edits apply to it at once.
    ReplyRulesModel *rules() { return &m_ruleModel; }
    QTableView *rulesTable() const { return m_rules; }

private:
    void showDeviceClasses(const QStringList &deviceClasses);
    void pick(SimulatedDevice *device);
    void pick(qint64 deviceId);
    void showCurrent();
    void showReceived();
    void sendByHand();
    void toggleGenerator();

    Session *m_session;
    SimulatorFleet *m_fleet;
    ReplyRulesModel m_ruleModel;
    QPointer<SimulatedDevice> m_shownDevice;
    QListView *m_list;
    QComboBox *m_newClass;
    QPushButton *m_create;
    QLineEdit *m_pasteId;
    QLineEdit *m_pasteKey;
    QLineEdit *m_token;
    QLabel *m_state;
    QListWidget *m_commands;
    QLineEdit *m_eventType;
    JsonEditor *m_eventData;
    QLineEdit *m_genType;
    QLineEdit *m_genField;
    QComboBox *m_genPattern;
    QDoubleSpinBox *m_genRate;
    QDoubleSpinBox *m_genLow;
    QDoubleSpinBox *m_genHigh;
    QPushButton *m_genToggle;
    QTableView *m_rules;
    QSpinBox *m_claimSeconds;
    StatusLine *m_status;
    QWidget *m_detail;
    QLabel *m_makeReason;
};

}  // namespace ModeDesk
