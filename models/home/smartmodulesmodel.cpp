#include "smartmodulesmodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

int SmartModulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SmartModulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SmartModule &m = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
                case IdColumn:
                    return m.id;
                case TypeColumn:
                    return m.moduleType;
                case StatusColumn:
                    return m.suspended ? tr("Suspended") : tr("Active");
                case DescriptionColumn:
                    return ModelFormat::plainTip(m.description);
            }
            break;
        case Qt::ToolTipRole:
            return m.description;
        case IdRole:
            return m.id;
        case FilterRole:
            return QStringList{m.id, m.moduleType, m.description}.join(QLatin1Char(' '));
    }
    return {};
}

QVariant SmartModulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case IdColumn:
            return tr("Module");
        case TypeColumn:
            return tr("Type");
        case StatusColumn:
            return tr("Status");
        case DescriptionColumn:
            return tr("Description");
    }
    return {};
}

}  // namespace ModeDesk
