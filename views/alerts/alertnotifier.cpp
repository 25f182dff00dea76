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
    m_clock.start();
    m_coalesce.setSingleShot(true);
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
    Pending &pending = m_pending[record.ruleId];
    pending.devices.insert(record.deviceId);
    if (pending.count++ == 0) {
        m_pendingRules.append(record.ruleId);
        pending.ruleName = record.ruleName;
        pending.first = tr("%1: %2 (%3)").arg(record.ruleName, where, record.value);
    }
    // The rest of the moment's burst joins (also when a quiet rule's minute runs).
    if (!m_coalesce.isActive() || m_coalesce.remainingTime() > 300)
        m_coalesce.start(300);
}

void AlertNotifier::notifyPending()
{
    // Rules told of less than a minute ago wait for their minute to end.
    const qint64 now = m_clock.elapsed();
    QStringList lines;
    int alerts = 0;
    qint64 nextDue = -1;
    QList<QString> waiting;
    for (const QString &rule : std::as_const(m_pendingRules)) {
        const auto told = m_toldAt.constFind(rule);
        if (told != m_toldAt.cend() && now - *told < m_quietMs) {
            const qint64 due = *told + m_quietMs - now;
            nextDue = nextDue < 0 ? due : qMin(nextDue, due);
            waiting.append(rule);
            continue;
        }
        const Pending pending = m_pending.take(rule);
        alerts += pending.count;
        const int devices = int(pending.devices.size());
        lines.append(devices <= 1 ? pending.first
                                  : tr("%1: %n devices", nullptr, devices).arg(pending.ruleName));
        m_toldAt.insert(rule, now);
    }
    m_pendingRules = waiting;
    if (nextDue >= 0)
        m_coalesce.start(int(nextDue));
    if (lines.isEmpty())
        return;
    const QString title =
        alerts == 1 ? tr("High alert") : tr("%n new high alerts", nullptr, alerts);
    const int rules = int(lines.size());
    if (rules > 3) {
        lines = lines.mid(0, 3);
        lines.append(tr("…and %n more rules", nullptr, rules - 3));
    }
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
