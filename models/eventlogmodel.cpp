#include "eventlogmodel.h"

#include "modelformat.h"
#include "modelroles.h"

#include "jsoncodec.h"

#include <QJsonDocument>

namespace ModeDesk {

EventLogModel::EventLogModel(QObject *parent) : QAbstractTableModel(parent) {}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LoggedEvent &logged = m_rows.at(index.row());
    const Event &e = logged.event;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return (e.timestamp.isValid() ? e.timestamp : logged.receivedAt)
                        .toLocalTime()
                        .toString(QStringLiteral("HH:mm:ss.zzz"));
                case HomeColumn: {
                    const QString name = m_homeName ? m_homeName(e.homeId) : QString();
                    return name.isEmpty() ? QString::number(e.homeId) : name;
                }
                case DeviceColumn: {
                    if (e.originDeviceId == 0)
                        return e.originProjectKeyName.isEmpty()
                                   ? tr("(home)")
                                   : tr("key %1").arg(e.originProjectKeyName);
                    const QString name = m_deviceName ? m_deviceName(e.originDeviceId) : QString();
                    return name.isEmpty() ? tr("Device %1").arg(e.originDeviceId) : name;
                }
                case TypeColumn:
                    return e.eventType;
                case PayloadColumn:
                    return ModelFormat::oneLinePayload(e.eventData, 160);
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == PayloadColumn)
                return tr("Select the event to see its whole payload.");
            break;
        case FilterRole:
            return e.eventType + QLatin1Char(' ') + QString::fromUtf8(e.eventData.json());
        case SortRole:
            return logged.sequence;
        case IdRole:
        case SequenceRole:
            return logged.sequence;
        case DeviceIdRole:
            return e.originDeviceId;
        case HomeIdRole:
            return e.homeId;
        case EventTypeRole:
            return e.eventType;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case HomeColumn:
            return tr("Home");
        case DeviceColumn:
            return tr("Device");
        case TypeColumn:
            return tr("Event type");
        case PayloadColumn:
            return tr("Payload");
    }
    return {};
}

void EventLogModel::setNameLookup(std::function<QString(qint64)> homeName,
                                  std::function<QString(qint64)> deviceName)
{
    m_homeName = std::move(homeName);
    m_deviceName = std::move(deviceName);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, HomeColumn), index(rowCount() - 1, DeviceColumn),
                         {Qt::DisplayRole});
}

void EventLogModel::setCapacity(int events)
{
    m_capacity = qMax(1, events);
    evictOverflow();
}

void EventLogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && !m_pending.isEmpty()) {
        const QList<Event> waiting = std::exchange(m_pending, {});
        appendNow(waiting);
        emit pendingChanged(0);
    }
}

void EventLogModel::append(const QList<Event> &events)
{
    if (events.isEmpty())
        return;
    if (m_paused) {
        m_pending.append(events);
        emit pendingChanged(int(m_pending.size()));
        return;
    }
    appendNow(events);
}

void EventLogModel::appendNow(const QList<Event> &events)
{
    // Only what will survive this batch is inserted (a flood larger than the
    // log skips straight to its newest events, counting the rest as evicted).
    const qsizetype keep = qMin<qsizetype>(events.size(), m_capacity);
    const qsizetype skipped = events.size() - keep;
    m_evicted += skipped;
    m_nextSequence += skipped;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(keep) - 1);
    // No reserve() here: an exact reserve per batch would reallocate (and
    // move every logged event) each time; QList's own growth is geometric.
    for (qsizetype i = skipped; i < events.size(); ++i)
        m_rows.append({m_nextSequence++, now, events.at(i)});
    endInsertRows();
    evictOverflow();
    if (skipped > 0)
        emit evicted(m_evicted);
}

void EventLogModel::evictOverflow()
{
    const qsizetype overflow = m_rows.size() - m_capacity;
    if (overflow <= 0)
        return;
    beginRemoveRows({}, 0, int(overflow) - 1);
    m_rows.remove(0, overflow);  // QList drops from its front without moving the rest
    endRemoveRows();
    m_evicted += overflow;
    emit evicted(m_evicted);
}

void EventLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
    emit pendingChanged(0);
}

}  // namespace ModeDesk
