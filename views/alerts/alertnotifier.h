// Finds the operator when an alert comes: a tray icon whose colour says the
// state (red while a high alert is active, amber for the others) with the
// counts as its tooltip, a desktop notification when high alerts come (one
// line per rule, however many devices: a rule's burst is one message, and a
// rule told of is not told again for a minute; what it raises meanwhile comes
// as one message when the minute is over), and the window asking for
// attention. Where the desktop has no tray, the window's own count and its
// request for attention remain.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

class QSystemTrayIcon;
class QWidget;

namespace ModeDesk {

class Alerts;
struct AlertRecord;

class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    AlertNotifier(Alerts *alerts, QWidget *window);

    QSystemTrayIcon *tray() const { return m_tray; }
    // The last notification's text, and how many went out (for tests and the status bar).
    QString lastMessage() const { return m_lastMessage; }
    int messageCount() const { return m_messages; }

    // How long a rule that was told of stays quiet.
    static constexpr int QuietMs = 60'000;
    void setQuietMs(int ms) { m_quietMs = ms; }  // tests

signals:
    void showRequested();  // the tray icon or its message was clicked

private:
    void noteRaised(const AlertRecord &record);
    void notifyPending();
    void updateTray();

    Alerts *m_alerts;
    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    struct Pending {
        QString ruleName;
        QString first;         // the first device's line
        int count = 0;         // alerts raised
        QSet<qint64> devices;  // by how many devices (one may flap within the burst)
    };
    QTimer m_coalesce;
    QList<QString> m_pendingRules;      // in the order they came
    QHash<QString, Pending> m_pending;  // by rule: new high alerts not told yet
    QHash<QString, qint64> m_toldAt;    // by rule: when it was last told (m_clock)
    QElapsedTimer m_clock;
    int m_quietMs = QuietMs;
    QString m_lastMessage;
    int m_messages = 0;
};

}  // namespace ModeDesk
