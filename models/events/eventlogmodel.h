// Every event from the stream, newest last, in a ring buffer of configurable
// size. Nothing is lost silently: evictions are counted (and shown), events
// that arrive while paused wait and are appended on resume, and each event's
// payload is kept whole (the table shows one line; details show all).
#pragma once

#include "chunkedqueue.h"
#include "fieldpath.h"
#include "modeobjects.h"

#include <QAbstractTableModel>
#include <QExplicitlySharedDataPointer>
#include <array>
#include <functional>

namespace ModeDesk {

struct LoggedEvent {
    qint64 sequence = 0;   // 1, 2, 3... in arrival order, never reused
    QDateTime receivedAt;  // when the log took it (kept only for events without a timestamp)
    Event event;
};

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
    // The event of a row, whole again (rows are kept packed).
    LoggedEvent at(int row) const;
    // A row's parts without building it, for filters that scan many rows.
    qint64 firstSequence() const { return m_nextSequence - m_rows.size(); }
    qint64 deviceIdAt(int row) const { return m_rows[row].originDeviceId; }
    const QString &eventTypeAt(int row) const { return m_rows[row].labels->eventType; }
    const EventData &payloadAt(int row) const { return m_rows[row].eventData; }

    // What the newest events say of a field, for the rule editor: of the last
    // `lookAt` events, those of eventType (any type when empty), how many have
    // a number at path, the numeric fields they have, and the types seen.
    struct FieldSighting {
        int events = 0;          // of eventType among those looked at
        int withField = 0;       // of those, with a number at the path
        QStringList fields;      // numeric fields of such events ("temperature", "zones[2]")
        QStringList eventTypes;  // every type looked at, most recent first
    };
    FieldSighting fieldSighting(const QString &eventType, const FieldPath &path,
                                int lookAt = 5000) const;

    // Names for the Home and Device columns (ids are shown when unknown).
    void setNameLookup(std::function<QString(qint64 homeId)> homeName,
                       std::function<QString(qint64 deviceId)> deviceName);

signals:
    void pendingChanged(int pending);
    void evicted(qint64 total);

private:
    // What events of one type from one origin share: one copy for many rows.
    struct Labels : QSharedData {
        QString eventType;
        QString originDeviceClass;
        QString originDeviceIp;
        QString originProjectKeyId;
        QString originProjectKeyName;
    };
    // One held event, packed: a million of these is the log at its largest.
    struct Row {
        qint64 timeMs = 0;  // the event's timestamp, else when it arrived
        qint64 homeId = 0;
        qint64 originDeviceId = 0;
        EventData eventData;
        QExplicitlySharedDataPointer<Labels> labels;
        bool hasTimestamp = false;
    };

    void appendNow(const QList<Event> &events);
    void evictOverflow();
    Row pack(const Event &event, qint64 receivedMs);
    qint64 sequenceOf(int row) const { return firstSequence() + row; }

    ChunkedQueue<Row> m_rows;  // sequences are contiguous: the first is derived
    std::array<QExplicitlySharedDataPointer<Labels>, 1024> m_recentLabels;  // by origin
    QList<Event> m_pending;
    int m_capacity = 100'000;
    qint64 m_evicted = 0;
    qint64 m_nextSequence = 1;
    bool m_paused = false;
    std::function<QString(qint64)> m_homeName;
    std::function<QString(qint64)> m_deviceName;
};

}  // namespace ModeDesk
