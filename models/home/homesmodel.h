#pragma once

#include "modeobjects.h"
#include "recordtablemodel.h"

namespace ModeDesk {

// The homes the signed-in user belongs to.
class HomesModel : public RecordTableModel<Home, qint64>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TimezoneColumn, CreatedColumn, ColumnCount };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 keyOf(const Home &home) const override { return home.id; }
};

}  // namespace ModeDesk
