#include "replay.h"

namespace ModeDesk {

Replay::Replay(QObject *parent) : QObject(parent)
{
    m_log.setCapacity(5'000'000);  // a recording is shown whole
    connect(&m_player, &EventReplayer::eventsReplayed, &m_log, &EventLogModel::append);
    connect(&m_player, &EventReplayer::eventsReplayed, this, &Replay::eventsReplayed);
    connect(&m_player, &EventReplayer::finished, this, &Replay::finished);
}

bool Replay::start(const QString &path, QString *error)
{
    if (!m_player.load(path, error))
        return false;  // the replay on screen (if any) stays as it was
    m_player.stop();
    m_log.clear();
    m_path = path;
    m_active = true;
    emit started(path);
    m_player.play();
    return true;
}

void Replay::stop()
{
    if (!m_active)
        return;
    m_player.stop();
    m_active = false;
    m_log.clear();
    m_path.clear();
    emit stopped();
}

}  // namespace ModeDesk
