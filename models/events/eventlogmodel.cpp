#include "eventlogmodel.h"

#include "modelformat.h"
#include "modelroles.h"

#include "jsoncodec.h"

#include <QTimeZone>

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
    const Row &r = m_rows[index.row()];
    const Labels &labels = *r.labels;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return QDateTime::fromMSecsSinceEpoch(r.timeMs).toString(
                        QStringLiteral("HH:mm:ss.zzz"));  // local time
                case HomeColumn: {
                    const QString name = m_homeName ? m_homeName(r.homeId) : QString();
                    return name.isEmpty() ? QString::number(r.homeId) : name;
                }
                case DeviceColumn: {
                    if (r.originDeviceId == 0)
                        return labels.originProjectKeyName.isEmpty()
                                   ? tr("(home)")
                                   : tr("key %1").arg(labels.originProjectKeyName);
                    const QString name = m_deviceName ? m_deviceName(r.originDeviceId) : QString();
                    return name.isEmpty() ? tr("Device %1").arg(r.originDeviceId) : name;
                }
                case TypeColumn:
                    return labels.eventType;
                case PayloadColumn:
                    return ModelFormat::oneLinePayload(r.eventData, 160);
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == PayloadColumn)
                return tr("Select the event to see its whole payload.");
            break;
        case FilterRole:
            return labels.eventType + QLatin1Char(' ') + QString::fromUtf8(r.eventData.json());
        case SortRole:
        case IdRole:
        case SequenceRole:
            return sequenceOf(index.row());
        case DeviceIdRole:
            return r.originDeviceId;
        case HomeIdRole:
            return r.homeId;
        case EventTypeRole:
            return labels.eventType;
    }
    return {};
}

LoggedEvent EventLogModel::at(int row) const
{
    const Row &r = m_rows[row];
    LoggedEvent logged;
    logged.sequence = sequenceOf(row);
    Event &e = logged.event;
    e.eventType = r.labels->eventType;
    e.eventData = r.eventData;
    e.homeId = r.homeId;
    e.originDeviceId = r.originDeviceId;
    e.originDeviceClass = r.labels->originDeviceClass;
    e.originDeviceIp = r.labels->originDeviceIp;
    e.originProjectKeyId = r.labels->originProjectKeyId;
    e.originProjectKeyName = r.labels->originProjectKeyName;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(r.timeMs, QTimeZone::UTC);
#else
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC);  // deprecated later
#endif
    if (r.hasTimestamp)
        e.timestamp = time;
    else
        logged.receivedAt = time;
    return logged;
}

EventLogModel::Row EventLogModel::pack(const Event &e, qint64 receivedMs)
{
    Row row;
    row.hasTimestamp = e.timestamp.isValid();
    row.timeMs = row.hasTimestamp ? e.timestamp.toMSecsSinceEpoch() : receivedMs;
    row.homeId = e.homeId;
    row.originDeviceId = e.originDeviceId;
    row.eventData = e.eventData;
    // Events of a type from one origin repeat: the last labels seen are shared.
    const size_t spread = size_t(e.eventType.size()) * 31 +
                          (e.eventType.isEmpty() ? 0 : e.eventType.back().unicode()) * 7 +
                          size_t(e.originDeviceClass.size()) * 3 + size_t(e.originDeviceId);
    QExplicitlySharedDataPointer<Labels> &recent = m_recentLabels[spread % m_recentLabels.size()];
    if (!recent || recent->eventType != e.eventType ||
        recent->originDeviceClass != e.originDeviceClass ||
        recent->originDeviceIp != e.originDeviceIp ||
        recent->originProjectKeyId != e.originProjectKeyId ||
        recent->originProjectKeyName != e.originProjectKeyName) {
        recent = new Labels;
        recent->eventType = e.eventType;
        recent->originDeviceClass = e.originDeviceClass;
        recent->originDeviceIp = e.originDeviceIp;
        recent->originProjectKeyId = e.originProjectKeyId;
        recent->originProjectKeyName = e.originProjectKeyName;
    }
    row.labels = recent;
    return row;
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
    if (skipped > 0 && !m_rows.isEmpty()) {
        // A batch larger than the log: every row held now goes first, so that
        // no row ever shows another's sequence.
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_evicted += m_rows.size();
        m_rows.clear();
        endRemoveRows();
    }
    m_evicted += skipped;
    m_nextSequence += skipped;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(keep) - 1);
    for (qsizetype i = skipped; i < events.size(); ++i) {
        m_rows.append(pack(events.at(i), now));
        ++m_nextSequence;
    }
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
    m_rows.removeFirst(overflow);
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

EventLogModel::FieldSighting EventLogModel::fieldSighting(const QString &eventType,
                                                          const FieldPath &path, int lookAt) const
{
    constexpr int FieldsFrom = 20;  // events whose payload is read for the field list
    constexpr int MaxListed = 40;
    FieldSighting out;
    const int rows = int(m_rows.size());
    for (int row = rows - 1; row >= 0 && row >= rows - lookAt; --row) {
        const QString &type = eventTypeAt(row);
        if (out.eventTypes.size() < MaxListed && !out.eventTypes.contains(type))
            out.eventTypes.append(type);
        if (!eventType.isEmpty() && type != eventType)
            continue;
        ++out.events;
        if (path.isValid() && path.valueIn(payloadAt(row)))
            ++out.withField;
        if (out.events <= FieldsFrom) {
            const QString prefix = QStringLiteral("eventData.");
            for (QString field : FieldPath::numericPaths(payloadAt(row).toObject())) {
                if (field.startsWith(prefix))
                    field.remove(0, prefix.size());
                if (out.fields.size() < MaxListed && !out.fields.contains(field))
                    out.fields.append(field);
            }
        }
    }
    return out;
}

}  // namespace ModeDesk
