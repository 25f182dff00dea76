#pragma once

#include "modeobjects.h"
#include "recordtablemodel.h"

namespace ModeDesk {

// The smart modules a home can use (read-only through the API).
class SmartModulesModel : public RecordTableModel<SmartModule, QString>
{
    Q_OBJECT

public:
    enum Column { IdColumn, TypeColumn, StatusColumn, DescriptionColumn, ColumnCount };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    QString keyOf(const SmartModule &module) const override { return module.id; }
};

}  // namespace ModeDesk
