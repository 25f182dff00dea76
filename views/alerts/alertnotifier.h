// Finds the operator when an alert comes: a tray icon whose colour says the
// state (red while a high alert is active, amber for the others) with the
// counts as its tooltip, a desktop notification for each new high alert
// (several in one moment become one message), and the window asking for
// attention. Where the desktop has no tray, the window's own count and its
// request for attention remain.
#pragma once

#include <QObject>
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

signals:
    void showRequested();  // the tray icon or its message was clicked

private:
    void noteRaised(const AlertRecord &record);
    void notifyPending();
    void updateTray();

    Alerts *m_alerts;
    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QTimer m_coalesce;
    QStringList m_pending;  // new high alerts not told yet
    QString m_lastMessage;
    int m_messages = 0;
};

}  // namespace ModeDesk
