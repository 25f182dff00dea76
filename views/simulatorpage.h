// Acts as one or several devices: a sandbox-provisioned device (made here
// when the local sandbox runs, or pasted: id and key), or one redeemed from
// a provisioning token. For the chosen device: the commands it receives,
// events sent by hand or by a generator, reply rules, and claim mode.
#pragma once

#include "simulateddevice.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace ModeDesk {

class ApiClient;
class JsonEditor;
class Session;
class StatusLine;

class SimulatorPage : public QWidget
{
    Q_OBJECT

signals:
    // A device the local sandbox made for us, with its label's claim code.
    void sandboxDeviceMade(ModeDesk::SimulatedDevice *device, const QString &claimCode);
    void tokenRedeemed(ModeDesk::SimulatedDevice *device, qint64 homeId);
    void deviceClassesKnown(const QStringList &deviceClasses);

public:
    explicit SimulatorPage(Session *session, QWidget *parent = nullptr);

    // With a local sandbox the page can make devices itself.
    void setSandboxAdmin(const QUrl &url, const QString &adminKey,
                         const QStringList &deviceClasses);

    SimulatedDevice *addDevice(qint64 deviceId, const QString &apiKey, const QString &name);
    void createSandboxDevice(const QString &deviceClass);
    void redeemToken(const QString &token);
    // The server is back: every device's command socket retries now.
    void reconnectAll();
    QList<SimulatedDevice *> devices() const { return m_devices; }
    SimulatedDevice *current() const;
    QListWidget *commandLog() const { return m_commands; }
    StatusLine *status() const { return m_status; }
    // Replaces the current device's rules with those in the rules table.
    void applyRules();
    QTableWidget *rulesTable() const { return m_rules; }

private:
    static QString linkStateLabel(LinkState state);
    void showCurrent();
    void addRuleRow(const ReplyRule &rule);
    void sendByHand();
    void toggleGenerator();

    Session *m_session;
    ApiClient *m_admin;
    QStringList m_deviceClasses;
    QList<SimulatedDevice *> m_devices;
    QListWidget *m_list;
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
    QTableWidget *m_rules;
    QSpinBox *m_claimSeconds;
    StatusLine *m_status;
    QWidget *m_detail;
};

}  // namespace ModeDesk
