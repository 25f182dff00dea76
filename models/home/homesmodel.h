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

    // The list is as last seen then, not confirmed by the server yet (invalid: it is the
    // server's). Its rows are greyed meanwhile, and their tooltip says since when.
    void setLastKnownAsOf(const QDateTime &asOf);
    QDateTime lastKnownAsOf() const { return m_lastKnownAsOf; }

signals:
    // The list was shown as last seen, or is the server's now.
    void lastKnownChanged();

protected:
    qint64 keyOf(const Home &home) const override { return home.id; }

private:
    QDateTime m_lastKnownAsOf;
};

}  // namespace ModeDesk
