#include "devicesmodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

int DevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Device &d = record(index.row());
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case NameColumn:
                    return d.name.isEmpty() ? tr("(unnamed %1)").arg(d.deviceClass) : d.name;
                case StatusColumn:
                    if (!m_linkLive)
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
                return int(!m_linkLive     ? ItemState::Unknown
                           : d.isConnected ? ItemState::Good
                                           : ItemState::Unknown);
            break;
        case LampRole:
            return column == StatusColumn;
        case Qt::ToolTipRole:
            return tr("Device %1 (%2)").arg(d.id).arg(d.deviceClass);
        case IdRole:
            return d.id;
        case OnlineRole:
            return m_linkLive && d.isConnected;
        case SortRole:
            switch (column) {
                case StatusColumn:
                    return m_linkLive && d.isConnected ? 1 : 0;
                case LastEventColumn:
                    return d.lastEventTime.isValid() ? d.lastEventTime.toMSecsSinceEpoch() : 0;
                case LastConnectColumn:
                    return d.lastConnectTime.isValid() ? d.lastConnectTime.toMSecsSinceEpoch() : 0;
                case LastDisconnectColumn:
                    return d.lastDisconnectTime.isValid() ? d.lastDisconnectTime.toMSecsSinceEpoch()
                                                          : 0;
                default:
                    return data(index, Qt::DisplayRole);
            }
        case FilterRole:
            return QStringList{d.name, d.deviceClass, d.tag, QString::number(d.id)}.join(
                QLatin1Char(' '));
    }
    return {};
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
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
    }
    return {};
}

void DevicesModel::setConnected(qint64 deviceId, bool connected, const QDateTime &when)
{
    modify(deviceId, [&](Device &d) {
        d.isConnected = connected;
        (connected ? d.lastConnectTime : d.lastDisconnectTime) = when;
    });
}

void DevicesModel::noteEvent(qint64 deviceId, const QDateTime &when)
{
    modify(deviceId, [&](Device &d) { d.lastEventTime = when; });
}

void DevicesModel::setLinkLive(bool live)
{
    if (m_linkLive == live)
        return;
    m_linkLive = live;
    if (rowCount() > 0)
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void DevicesModel::tick()
{
    // Only the text of relative times changes: views repaint, proxies need not re-sort.
    if (rowCount() > 0)
        emit dataChanged(index(0, LastEventColumn), index(rowCount() - 1, LastEventColumn),
                         {Qt::DisplayRole});
}

int DevicesModel::onlineCount() const
{
    if (!m_linkLive)
        return 0;
    return int(std::count_if(records().cbegin(), records().cend(),
                             [](const Device &d) { return d.isConnected; }));
}

}  // namespace ModeDesk
