#include "devicesmodel.h"

#include "fleetmodel.h"
#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

QStringList DevicesModel::statusWords()
{
    return {tr("Online"), tr("Offline"), tr("Unknown")};
}

QVariant DevicesModel::cell(const Device &d, bool linkLive, int column, int role)
{
    const bool online = linkLive && d.isConnected;
    const auto ms = [](const QDateTime &time) {
        return time.isValid() ? time.toMSecsSinceEpoch() : 0;
    };
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case NameColumn:
                    return displayName(d);
                case IdColumn:
                    return d.id;
                case StatusColumn:
                    if (!linkLive)
                        return tr("Unknown");
                    return d.isConnected ? tr("Online") : tr("Offline");
                case ClassColumn:
                    return d.deviceClass;
                case TagColumn:
                    return d.tag;
                case LastEventColumn:
                    return ModelFormat::ago(d.lastEventTime);
                case LastConnectColumn:
                    return ModelFormat::dateTime(d.lastConnectTime);
                case LastDisconnectColumn:
                    return ModelFormat::dateTime(d.lastDisconnectTime);
            }
            break;
        case StateRole:
            if (column == StatusColumn)
                return int(online ? ItemState::Good : ItemState::Unknown);
            break;
        case LampRole:
            return column == StatusColumn;
        case SortRole:
            switch (column) {
                case StatusColumn:  // unknown, offline, online: three groups
                    return !linkLive ? 0 : online ? 2 : 1;
                case IdColumn:
                    return d.id;
                case LastEventColumn:
                    return ms(d.lastEventTime);
                case LastConnectColumn:
                    return ms(d.lastConnectTime);
                case LastDisconnectColumn:
                    return ms(d.lastDisconnectTime);
                default:
                    return cell(d, linkLive, column, Qt::DisplayRole);
            }
    }
    return {};
}

QVariant DevicesModel::header(int column)
{
    switch (column) {
        case NameColumn:
            return tr("Name");
        case StatusColumn:
            return tr("Status");
        case ClassColumn:
            return tr("Class");
        case TagColumn:
            return tr("Tag");
        case LastEventColumn:
            return tr("Last event");
        case LastConnectColumn:
            return tr("Last connected");
        case LastDisconnectColumn:
            return tr("Last disconnected");
        case IdColumn:
            return tr("Id");
    }
    return {};
}

QString DevicesModel::displayName(const Device &device)
{
    return device.name.isEmpty() ? tr("(unnamed %1, %2)").arg(device.deviceClass).arg(device.id)
                                 : device.name;
}

DevicesModel::DevicesModel(FleetModel *store, QObject *parent)
    : QSortFilterProxyModel(parent), m_store(store)
{
    // Rows are picked by home (filterAcceptsRow): only a change of it re-filters a row,
    // not the clock's tick or a status.
    setFilterRole(HomeRole);
    setSourceModel(store);
}

void DevicesModel::setHome(qint64 homeId)
{
    if (homeId == m_homeId)
        return;
    beginResetModel();
    m_homeId = homeId;
    endResetModel();
    invalidateFilter();
}

bool DevicesModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_homeId != 0 && m_store->record(sourceRow).device.homeId == m_homeId;
}

bool DevicesModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    // The home is this one; the last event's type is the fleet's own column.
    return sourceColumn != FleetModel::HomeColumn &&
           sourceColumn != FleetModel::LastEventTypeColumn;
}

const Device &DevicesModel::record(int row) const
{
    return m_store->record(mapToSource(index(row, 0)).row()).device;
}

QList<Device> DevicesModel::records() const
{
    QList<Device> devices;
    devices.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        devices.append(record(row));
    return devices;
}

int DevicesModel::rowOf(qint64 deviceId) const
{
    const int sourceRow = m_store->rowOf(deviceId);
    // Column 0 of the store is the home, which this view leaves out: map by the name.
    return sourceRow < 0 ? -1
                         : mapFromSource(m_store->index(sourceRow, FleetModel::NameColumn)).row();
}

bool DevicesModel::isOnlineKnown() const
{
    return isLinkLive() && !m_store->lastKnownAsOf(m_homeId).isValid();
}

int DevicesModel::onlineCount() const
{
    if (!isOnlineKnown())
        return 0;  // nobody knows (no live link, or the home as last seen)
    int online = 0;
    for (int row = 0; row < rowCount(); ++row)
        online += record(row).isConnected;
    return online;
}

bool DevicesModel::isLinkLive() const
{
    return m_store->isLinkLive();
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == FilterRole) {
        const Device &d = record(index.row());
        return QStringList{d.name, d.deviceClass, d.tag, QString::number(d.id)}.join(
            QLatin1Char(' '));
    }
    return QSortFilterProxyModel::data(index, role);
}

}  // namespace ModeDesk
