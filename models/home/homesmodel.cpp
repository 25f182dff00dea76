#include "homesmodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

int HomesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HomesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Home &home = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case NameColumn:
                    return home.name;
                case TimezoneColumn:
                    return home.timezone.isEmpty() ? tr("Not set") : home.timezone;
                case CreatedColumn:
                    return ModelFormat::dateTime(home.creationTime);
            }
            break;
        case Qt::ToolTipRole: {
            const QString tip = tr("Home %1, created %2")
                                    .arg(home.id)
                                    .arg(ModelFormat::dateTime(home.creationTime));
            return m_lastKnownAsOf.isValid()
                       ? tip + QLatin1Char('\n') + ModelFormat::lastKnown(m_lastKnownAsOf)
                       : tip;
        }
        case StateRole:
            if (m_lastKnownAsOf.isValid())
                return int(ItemState::Unknown);  // greyed until the server confirms it
            break;
        case IdRole:
            return home.id;
        case SortRole:
            return index.column() == CreatedColumn ? QVariant(home.creationTime.toMSecsSinceEpoch())
                                                   : data(index, Qt::DisplayRole);
        case FilterRole:
            return home.name + QLatin1Char(' ') + home.timezone;
    }
    return {};
}

void HomesModel::setLastKnownAsOf(const QDateTime &asOf)
{
    if (asOf == m_lastKnownAsOf)
        return;
    m_lastKnownAsOf = asOf;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {StateRole, Qt::ToolTipRole});
    emit lastKnownChanged();
}

QVariant HomesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return tr("Name");
        case TimezoneColumn:
            return tr("Time zone");
        case CreatedColumn:
            return tr("Created");
    }
    return {};
}

}  // namespace ModeDesk
