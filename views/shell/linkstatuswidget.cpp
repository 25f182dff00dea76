#include "linkstatuswidget.h"

#include "modelformat.h"
#include "themecolours.h"

#include <QEvent>
#include <QLocale>
#include <limits>

namespace ModeDesk {

LinkStatusWidget::LinkStatusWidget(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &LinkStatusWidget::render);
    m_tick.start();
    render();
}

void LinkStatusWidget::setHealth(const StreamHealth &health)
{
    m_health = health;
    m_unavailable.clear();
    render();
}

void LinkStatusWidget::setUnavailable(const QString &why)
{
    m_unavailable = why;
    render();
}

void LinkStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        render();
    QLabel::changeEvent(event);
}

void LinkStatusWidget::announce(const QString &state, const QString &text)
{
    // The whole live text for who cannot see it; its name (what a screen reader
    // announces on a change) changes only with the state, not at every tick.
    setAccessibleDescription(text);
    const QString name = tr("Live link: %1").arg(state);
    if (accessibleName() != name)
        setAccessibleName(name);
}

void LinkStatusWidget::render()
{
    if (!m_unavailable.isEmpty()) {
        setText(QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                    .arg(ThemeColours::muted(palette()).name(), m_unavailable.toHtmlEscaped()));
        announce(m_unavailable, m_unavailable);
        return;
    }
    QColor colour = ThemeColours::muted(palette());
    QString state;
    switch (m_health.state) {
        case LinkState::Closed:
            state = tr("Live updates off");
            break;
        case LinkState::Connecting:
            state = tr("Connecting…");
            colour = ThemeColours::warning(palette());
            break;
        case LinkState::Live:
            state = m_health.silent ? tr("Live, but silent") : tr("Live");
            colour =
                m_health.silent ? ThemeColours::warning(palette()) : ThemeColours::good(palette());
            break;
        case LinkState::Reconnecting:
            state = tr("Reconnecting…");
            colour = ThemeColours::warning(palette());
            break;
        case LinkState::Refused:
            state = tr("Refused: %1").arg(m_health.refusalReason);
            colour = ThemeColours::error(palette());
            break;
    }
    QStringList parts{QStringLiteral("<span style='color:%1'>&#9679;</span> <b>%2</b>")
                          .arg(colour.name(), state.toHtmlEscaped())};
    QStringList plain{state};
    if (m_health.state == LinkState::Live || m_health.totalEvents > 0) {
        parts << tr("%1 events/s")
                     .arg(QLocale().toString(m_health.eventsPerSecond, 'f',
                                             m_health.eventsPerSecond < 10 ? 1 : 0))
              << tr("last event %1").arg(ModelFormat::ago(m_health.lastEventTime));
        plain << parts.at(1) << parts.at(2);
    }
    if (m_health.reconnects > 0) {
        parts << tr("%n reconnect(s)", nullptr, m_health.reconnects);
        plain << parts.last();
    }
    const int shed = int(qMin<qint64>(m_health.shedEvents, std::numeric_limits<int>::max()));
    if (shed > 0) {
        parts << QStringLiteral("<span style='color:%1'>%2</span>")
                     .arg(ThemeColours::warning(palette()).name(),
                          tr("%n event(s) shed", nullptr, shed).toHtmlEscaped());
        plain << tr("%n event(s) shed", nullptr, shed);
    }
    setText(parts.join(QStringLiteral(" &middot; ")));
    announce(state, plain.join(QStringLiteral(" · ")));
    QStringList tips;
    if (m_health.silent) {
        tips << tr(
            "Connected, but no event has arrived for a while. Devices may be quiet, or "
            "something upstream is stuck.");
    }
    if (shed > 0) {
        tips << tr(
            "Events arrived faster than this window could show them: the oldest waiting "
            "ones were dropped so that it stays responsive. The log and the chart miss "
            "them; the devices and the server do not.");
    }
    setToolTip(tips.join(QLatin1Char('\n')));
}

}  // namespace ModeDesk
