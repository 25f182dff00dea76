// Every event from the stream, newest last, in a ring buffer of configurable
// size. Nothing is lost silently: evictions are counted (and shown), events
// that arrive while paused wait and are appended on resume, and each event's
// payload is kept whole (the table shows one line; details show all).
#pragma once

#include "modeobjects.h"

#include <QAbstractTableModel>
#include <functional>

namespace ModeDesk {

struct LoggedEvent {
    qint64 sequence = 0;  // 1, 2, 3... in arrival order, never reused
    QDateTime receivedAt;
    Event event;
};

}  // namespace ModeDesk

// Every member is relocatable: QList may move these with memmove.
Q_DECLARE_TYPEINFO(ModeDesk::LoggedEvent, Q_RELOCATABLE_TYPE);

namespace ModeDesk {

class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, HomeColumn, DeviceColumn, TypeColumn, PayloadColumn, ColumnCount };
    enum Role { DeviceIdRole = Qt::UserRole + 40, EventTypeRole, HomeIdRole, SequenceRole };

    explicit EventLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setCapacity(int events);
    int capacity() const { return m_capacity; }
    qint64 evictedCount() const { return m_evicted; }

    // While paused, new events wait (and count); resuming appends them.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }

    void append(const QList<ModeDesk::Event> &events);
    void clear();
    const LoggedEvent &at(int row) const { return m_rows.at(row); }

    // Names for the Home and Device columns (ids are shown when unknown).
    void setNameLookup(std::function<QString(qint64 homeId)> homeName,
                       std::function<QString(qint64 deviceId)> deviceName);

signals:
    void pendingChanged(int pending);
    void evicted(qint64 total);

private:
    void appendNow(const QList<Event> &events);
    void evictOverflow();

    QList<LoggedEvent> m_rows;
    QList<Event> m_pending;
    int m_capacity = 100'000;
    qint64 m_evicted = 0;
    qint64 m_nextSequence = 1;
    bool m_paused = false;
    std::function<QString(qint64)> m_homeName;
    std::function<QString(qint64)> m_deviceName;
};

}  // namespace ModeDesk
