// The event stream's health, always in the status bar: state, events per
// second, the last event, reconnects, and a warning when connected but silent.
#pragma once

#include "eventstream.h"

#include <QLabel>
#include <QTimer>

namespace ModeDesk {

class LinkStatusWidget : public QLabel
{
    Q_OBJECT

public:
    explicit LinkStatusWidget(QWidget *parent = nullptr);

    void setHealth(const StreamHealth &health);
    // For projects where there is no user socket (BYOU): say so, once.
    void setUnavailable(const QString &why);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void announce(const QString &state, const QString &text);

    StreamHealth m_health;
    QString m_unavailable;
    QTimer m_tick;  // "last event 5 s ago" keeps ageing
};

}  // namespace ModeDesk
