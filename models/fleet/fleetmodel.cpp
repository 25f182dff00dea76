#include "fleetmodel.h"

#include "devicesmodel.h"
#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

// ---- FleetModel ------------------------------------------------------------

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
// The DevicesModel column a fleet column shows (-1: the fleet's own).
int deviceColumn(int column)
{
    switch (column) {
        case FleetModel::NameColumn:
            return DevicesModel::NameColumn;
        case FleetModel::StatusColumn:
            return DevicesModel::StatusColumn;
        case FleetModel::ClassColumn:
            return DevicesModel::ClassColumn;
        case FleetModel::TagColumn:
            return DevicesModel::TagColumn;
        case FleetModel::LastEventColumn:
            return DevicesModel::LastEventColumn;
        case FleetModel::LastConnectColumn:
            return DevicesModel::LastConnectColumn;
        case FleetModel::LastDisconnectColumn:
            return DevicesModel::LastDisconnectColumn;
        case FleetModel::IdColumn:
            return DevicesModel::IdColumn;
    }
    return -1;
}
}  // namespace

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FleetDevice &f = record(index.row());
    const Device &d = f.device;
    // Most of the time no row is as last seen: no lookup for every cell then.
    const QDateTime lastKnown = m_lastKnown.isEmpty() ? QDateTime() : m_lastKnown.value(d.homeId);
    switch (role) {
        case Qt::ToolTipRole: {
            // The cell whole (a long name is cut in the middle), then which device it is.
            QString identity =
                tr("Device %1 (%2) in %3").arg(QString::number(d.id), d.deviceClass, f.homeName);
            if (lastKnown.isValid())
                identity += QLatin1Char('\n') + ModelFormat::lastKnown(lastKnown);
            const QString cell = data(index, Qt::DisplayRole).toString();
            return ModelFormat::plainTip(cell.isEmpty() ? identity
                                                        : cell + QLatin1Char('\n') + identity);
        }
        case StateRole:
            if (lastKnown.isValid())
                return int(ItemState::Unknown);  // greyed until the server confirms it
            break;
        case IdRole:
            return d.id;
        case HomeRole:
            return d.homeId;
        case OnlineRole:
            return isOnline(f);
    }
    const int column = deviceColumn(index.column());
    if (column >= 0)
        return DevicesModel::cell(d, m_linkLive && !lastKnown.isValid(), column, role);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    return index.column() == HomeColumn ? f.homeName : f.lastEventType;
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case HomeColumn:
            return tr("Home");
        case LastEventTypeColumn:
            return tr("Last event type");
    }
    return DevicesModel::header(deviceColumn(section));
}

// ---- FleetGroupsModel ------------------------------------------------------

int FleetGroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const FleetGroup &g = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
                case NameColumn:
                    return g.name;
                case DevicesColumn:
                    return g.devices;
                case OnlineColumn:
                    return g.online < 0 && role == Qt::DisplayRole ? QStringLiteral("—")
                                                                   : QVariant(g.online);
            }
            break;
        case Qt::TextAlignmentRole:
            if (index.column() != NameColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case IdRole:
            return g.key;
        case HomeRole:
            return g.homeId;
    }
    return {};
}

QVariant FleetGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return m_grouping == Grouping::ByHome ? tr("Home") : tr("Class");
        case DevicesColumn:
            return tr("Devices");
        case OnlineColumn:
            return tr("Online");
    }
    return {};
}

// ---- FleetFilter -----------------------------------------------------------

FleetFilter::FleetFilter(QObject *parent) : KeyedSortProxy(parent)
{
    // Filtered from the records, never a role: the clock's DisplayRole ticks
    // (every "5 s ago") then ask for no new filtering of 100,000 rows.
    setFilterRole(FilterRole);
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // "Fleet home 2" before "Fleet home 10"; rows equal in the sort column
    // (a class, online) by name then home, however the homes' answers came in.
    setNaturalOrder(true);
    setTieBreakColumns({FleetModel::NameColumn, FleetModel::HomeColumn});
}

void FleetFilter::changed()
{
    invalidate();  // one layoutChanged, as KeyedSortProxy::setFilterText
}

void FleetFilter::setText(const QString &typed)
{
    const QString text = typed.trimmed();  // a pasted " Freezer " finds "Freezer"
    if (text == m_text)
        return;
    m_text = text;
    changed();
}

void FleetFilter::setOnline(Online online)
{
    if (online == m_online)
        return;
    m_online = online;
    changed();
}

void FleetFilter::setDeviceClass(const QString &deviceClass)
{
    if (deviceClass == m_class)
        return;
    m_class = deviceClass;
    changed();
}

void FleetFilter::setHome(qint64 homeId)
{
    if (homeId == m_home)
        return;
    m_home = homeId;
    changed();
}

void FleetFilter::clearCriteria()
{
    if (m_text.isEmpty() && m_online == Online::Any && m_class.isEmpty() && m_home == 0)
        return;
    m_text.clear();
    m_online = Online::Any;
    m_class.clear();
    m_home = 0;
    changed();
}

bool FleetFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *fleet = qobject_cast<const FleetModel *>(sourceModel());
    if (!fleet || sourceParent.isValid())
        return true;
    // Read from the record, never through data(): 100,000 rows in a few ms.
    const FleetDevice &f = fleet->record(sourceRow);
    const Device &d = f.device;
    if (m_home != 0 && d.homeId != m_home)
        return false;
    if (!m_class.isEmpty() && d.deviceClass != m_class)
        return false;
    // Offline means known to be offline: a device whose state is not known is neither.
    if (m_online != Online::Any &&
        fleet->presence(f) != (m_online == Online::Online ? FleetModel::Presence::Online
                                                          : FleetModel::Presence::Offline))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto has = [this](const QString &field) {
        return field.contains(m_text, Qt::CaseInsensitive);
    };
    return has(d.name) || has(f.homeName) || has(d.deviceClass) || has(d.tag) ||
           has(f.lastEventType) || QString::number(d.id).contains(m_text);
}

}  // namespace ModeDesk
