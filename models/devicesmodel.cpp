#include "devicesmodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

int DevicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
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
                case StatusColumn:
                    return online ? 1 : 0;
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

QVariant DevicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Device &d = record(index.row());
    switch (role) {
        case Qt::ToolTipRole:
            return ModelFormat::plainTip(
                tr("Device %1 (%2)").arg(QString::number(d.id), d.deviceClass));
        case IdRole:
            return d.id;
        case OnlineRole:
            return m_linkLive && d.isConnected;
        case FilterRole:
            return QStringList{d.name, d.deviceClass, d.tag, QString::number(d.id)}.join(
                QLatin1Char(' '));
    }
    return cell(d, m_linkLive, index.column(), role);
}

QVariant DevicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return header(section);
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
