#include "alertgroupsmodel.h"

#include "modelformat.h"
#include "modelroles.h"

#include <QFont>
#include <QHash>
#include <QSet>

namespace ModeDesk {

AlertGroupsModel::AlertGroupsModel(AlertLogFilter *filter, AlertLogModel *log, QObject *parent)
    : QAbstractItemModel(parent), m_filter(filter), m_log(log)
{
    // Rows come, go or move in the filter: the groups are rebuilt (a few ms for
    // the 10,000 entries the log keeps). The reset begins before the filter
    // changes, while the groups' rows still mean what they say (a view reads its
    // selection then), and ends once the groups are built anew. A change of data
    // (acknowledged) keeps them.
    connect(filter, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &AlertGroupsModel::beginRebuild);
    connect(filter, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &AlertGroupsModel::beginRebuild);
    connect(filter, &QAbstractItemModel::rowsAboutToBeMoved, this, &AlertGroupsModel::beginRebuild);
    connect(filter, &QAbstractItemModel::modelAboutToBeReset, this,
            &AlertGroupsModel::beginRebuild);
    connect(filter, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &AlertGroupsModel::beginRebuild);
    connect(filter, &QAbstractItemModel::rowsInserted, this, &AlertGroupsModel::endRebuild);
    connect(filter, &QAbstractItemModel::rowsRemoved, this, &AlertGroupsModel::endRebuild);
    connect(filter, &QAbstractItemModel::rowsMoved, this, &AlertGroupsModel::endRebuild);
    connect(filter, &QAbstractItemModel::modelReset, this, &AlertGroupsModel::endRebuild);
    connect(filter, &QAbstractItemModel::layoutChanged, this, &AlertGroupsModel::endRebuild);
    connect(filter, &QAbstractItemModel::dataChanged, this, &AlertGroupsModel::refreshSummaries);
    beginRebuild();
    endRebuild();
}

void AlertGroupsModel::beginRebuild()
{
    if (std::exchange(m_rebuilding, true))
        return;  // one reset for changes that nest
    beginResetModel();
}

void AlertGroupsModel::endRebuild()
{
    if (!std::exchange(m_rebuilding, false))
        return;
    rebuild();
    endResetModel();
}

const AlertRecord &AlertGroupsModel::recordAt(int filterRow) const
{
    return m_log->record(m_filter->mapToSource(m_filter->index(filterRow, 0)).row());
}

QModelIndex AlertGroupsModel::filterIndex(const Group &group, int entry, int column) const
{
    return m_filter->index(group.rows.at(entry), column);
}

void AlertGroupsModel::rebuild()
{
    m_groups.clear();
    QHash<QString, qsizetype> groupOfRule;
    const int rows = m_filter->rowCount();
    for (int row = 0; row < rows; ++row) {
        const QString &ruleId = recordAt(row).ruleId;
        auto found = groupOfRule.constFind(ruleId);
        if (found == groupOfRule.cend()) {
            found = groupOfRule.insert(ruleId, m_groups.size());
            m_groups.append(Group{ruleId, {}});
        }
        m_groups[*found].rows.append(row);
    }
    for (Group &group : m_groups)
        summarise(group);
    m_entries = rows;
}

void AlertGroupsModel::summarise(Group &group) const
{
    QSet<qint64> devices;
    QSet<qint64> homes;
    QHash<qint64, std::pair<qint64, bool>> newestOfDevice;  // device -> (entry id, alerting)
    group.unacknowledged = 0;
    for (int row : std::as_const(group.rows)) {
        const AlertRecord &r = recordAt(row);
        devices.insert(r.deviceId);
        homes.insert(r.homeId);
        if (r.alerting && !r.acknowledged)
            ++group.unacknowledged;
        auto newest = newestOfDevice.find(r.deviceId);
        if (newest == newestOfDevice.end())
            newestOfDevice.insert(r.deviceId, {r.id, r.alerting});
        else if (r.id > newest->first)
            *newest = {r.id, r.alerting};
    }
    group.devices = int(devices.size());
    group.homes = int(homes.size());
    group.onlyHome = homes.size() == 1 ? *homes.cbegin() : 0;
    group.alertingNow = 0;
    for (const auto &[id, alerting] : std::as_const(newestOfDevice))
        group.alertingNow += alerting ? 1 : 0;
}

void AlertGroupsModel::refreshSummaries()
{
    if (m_groups.isEmpty() || m_rebuilding)
        return;
    for (Group &group : m_groups)
        summarise(group);
    emit dataChanged(index(0, 0), index(int(m_groups.size()) - 1, AlertLogModel::ColumnCount - 1));
    for (int g = 0; g < m_groups.size(); ++g) {
        const int entries = rowCount(index(g, 0));
        if (entries > 0) {
            const QModelIndex group = index(g, 0);
            emit dataChanged(index(0, 0, group),
                             index(entries - 1, AlertLogModel::ColumnCount - 1, group));
        }
    }
}

QModelIndex AlertGroupsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, GroupLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AlertGroupsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupLevel);
}

int AlertGroupsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != GroupLevel || parent.column() != 0)
        return 0;
    // A rule with one entry is that entry: nothing to open.
    const qsizetype entries = m_groups.at(parent.row()).rows.size();
    return entries > 1 ? int(entries) : 0;
}

int AlertGroupsModel::columnCount(const QModelIndex &) const
{
    return AlertLogModel::ColumnCount;
}

QVariant AlertGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != GroupLevel) {
        const Group &group = m_groups.at(int(index.internalId() - 1));
        return filterIndex(group, index.row(), index.column()).data(role);
    }
    const Group &group = m_groups.at(index.row());
    if (group.rows.size() == 1)
        return filterIndex(group, 0, index.column()).data(role);
    return groupData(group, index.column(), role);
}

QVariant AlertGroupsModel::groupData(const Group &group, int column, int role) const
{
    const AlertRecord &first = recordAt(group.rows.first());  // the newest, as sorted by time
    const int entries = int(group.rows.size());
    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case AlertLogModel::TimeColumn:
                case AlertLogModel::SeverityColumn:
                    return filterIndex(group, 0, column).data(role);
                case AlertLogModel::StateColumn:
                    return group.alertingNow > 0 ? tr("%n alerting now", nullptr, group.alertingNow)
                                                 : tr("All recovered");
                case AlertLogModel::RuleColumn:
                    return tr("%1 (%n entries)", nullptr, entries).arg(first.ruleName);
                case AlertLogModel::HomeColumn:
                    return group.homes == 1 ? filterIndex(group, 0, column).data(role)
                                            : tr("%n homes", nullptr, group.homes);
                case AlertLogModel::DeviceColumn:
                    return group.devices == 1 ? filterIndex(group, 0, column).data(role)
                                              : tr("%n devices", nullptr, group.devices);
                case AlertLogModel::ValueColumn:
                    return QString();
            }
            break;
        case Qt::ToolTipRole:
            return tr("%1: %2 of %3 devices alerting now, %4 not acknowledged")
                .arg(first.ruleName)
                .arg(group.alertingNow)
                .arg(group.devices)
                .arg(group.unacknowledged);
        case SortRole:
            return filterIndex(group, 0, column).data(role);
        case StateRole:
            if (column == AlertLogModel::StateColumn)
                return int(group.unacknowledged > 0 ? ItemState::Bad
                           : group.alertingNow > 0  ? ItemState::Unknown
                                                    : ItemState::Good);
            return filterIndex(group, 0, column).data(role);
        case LampRole:
            return column == AlertLogModel::StateColumn;
        case Qt::FontRole:
            if (group.unacknowledged > 0) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        case HomeRole:
            return group.onlyHome;
    }
    return {};
}

QVariant AlertGroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_log->headerData(section, orientation, role);
}

void AlertGroupsModel::sort(int column, Qt::SortOrder order)
{
    m_filter->sort(column, order);  // its layoutChanged rebuilds the groups in the new order
}

QString AlertGroupsModel::ruleIdOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const quintptr level = index.internalId();
    return m_groups.at(level == GroupLevel ? index.row() : int(level - 1)).ruleId;
}

QList<qint64> AlertGroupsModel::alertIdsOf(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const quintptr level = index.internalId();
    const Group &group = m_groups.at(level == GroupLevel ? index.row() : int(level - 1));
    if (level != GroupLevel)
        return {recordAt(group.rows.at(index.row())).id};
    QList<qint64> ids;
    ids.reserve(group.rows.size());
    for (int row : group.rows)
        ids.append(recordAt(row).id);
    return ids;
}

QModelIndex AlertGroupsModel::groupOf(const QString &ruleId) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        if (m_groups.at(g).ruleId == ruleId)
            return index(g, 0);
    }
    return {};
}

}  // namespace ModeDesk
