#pragma once

#include "modeobjects.h"
#include "recordtablemodel.h"

namespace ModeDesk {

// The members of one home.
class MembersModel : public RecordTableModel<HomeMember, qint64>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ContactColumn, RoleColumn, StatusColumn, JoinedColumn, ColumnCount };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

protected:
    qint64 keyOf(const HomeMember &member) const override { return member.userId; }
};

}  // namespace ModeDesk
