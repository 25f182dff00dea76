// A recording played back into a log of its own, never the live one: the
// Events and Chart pages show it, clearly marked, until the user goes back
// to live (live events keep arriving in the live log meanwhile). Export
// during a replay writes the replay's events.
#pragma once

#include "eventlogmodel.h"
#include "eventrecording.h"

#include <QObject>

namespace ModeDesk {

class Replay : public QObject
{
    Q_OBJECT

public:
    explicit Replay(QObject *parent = nullptr);

    // Loads and plays the recording (as fast as it can); false with *error if it cannot.
    bool start(const QString &path, QString *error);
    // Back to live: the replay's log empties.
    void stop();

    bool isActive() const { return m_active; }
    bool isFinished() const { return m_active && !m_player.isPlaying(); }
    QString path() const { return m_path; }
    qsizetype eventCount() const { return m_player.eventCount(); }
    int skippedLines() const { return m_player.skippedLines(); }
    EventLogModel *log() { return &m_log; }

signals:
    void started(const QString &path);
    void eventsReplayed(const QList<ModeDesk::Event> &events);
    void finished();
    void stopped();

private:
    EventLogModel m_log;
    EventReplayer m_player;
    QString m_path;
    bool m_active = false;
};

}  // namespace ModeDesk
