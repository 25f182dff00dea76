#include "alertnotifier.h"

#include "alerts.h"
#include "statedelegate.h"
#include "themecolours.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QWidget>

namespace ModeDesk {

AlertNotifier::AlertNotifier(Alerts *alerts, QWidget *window)
    : QObject(window), m_alerts(alerts), m_window(window), m_tray(new QSystemTrayIcon(this))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(300);
    connect(&m_coalesce, &QTimer::timeout, this, &AlertNotifier::notifyPending);
    connect(alerts, &Alerts::alertRaised, this, &AlertNotifier::noteRaised);
    connect(alerts, &Alerts::countsChanged, this, &AlertNotifier::updateTray);
    auto *menu = new QMenu(window);
    menu->addAction(tr("Show ModeDesk"), this, &AlertNotifier::showRequested);
    menu->addSeparator();
    menu->addAction(tr("Quit"), qApp, &QApplication::closeAllWindows);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                    emit showRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::showRequested);
    updateTray();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
}

void AlertNotifier::noteRaised(const AlertRecord &record)
{
    if (record.severity != AlertRule::Severity::High)
        return;
    const QString where = record.deviceName.isEmpty()
                              ? record.homeName
                              : tr("%1 in %2").arg(record.deviceName, record.homeName);
    m_pending.append(tr("%1: %2 (%3)").arg(record.ruleName, where, record.value));
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void AlertNotifier::notifyPending()
{
    if (m_pending.isEmpty())
        return;
    const QString title = m_pending.size() == 1
                              ? tr("High alert")
                              : tr("%n new high alerts", nullptr, int(m_pending.size()));
    QStringList lines = m_pending.mid(0, 3);
    if (m_pending.size() > 3)
        lines.append(tr("…and %n more", nullptr, int(m_pending.size() - 3)));
    m_pending.clear();
    m_lastMessage = title + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    ++m_messages;
    if (m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, lines.join(QLatin1Char('\n')), QSystemTrayIcon::Critical,
                            15'000);
    QApplication::alert(m_window);  // the task bar entry asks for attention
}

void AlertNotifier::updateTray()
{
    const int high = m_alerts->activeCount(AlertRule::Severity::High);
    const int active = m_alerts->activeCount();
    const int unacknowledged = m_alerts->unacknowledgedCount();
    const QPalette palette = m_window->palette();
    const QColor colour = high > 0     ? ThemeColours::error(palette)
                          : active > 0 ? ThemeColours::warning(palette)
                                       : ThemeColours::good(palette);
    m_tray->setIcon(StateDelegate::lamp(colour));
    m_tray->setToolTip(
        active == 0 && unacknowledged == 0
            ? tr("ModeDesk: no alerts")
            : tr("ModeDesk: %1 alerting now, %2 not acknowledged").arg(active).arg(unacknowledged));
}

}  // namespace ModeDesk
