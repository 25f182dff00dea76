// The rows of a bulk import as a table: the row number the messages cite,
// the code, name and tag (editable while a row is not claimed or on its
// way: an edit asks the import, which checks it), the device it became, and
// the outcome in words. Follows the import's changes row by row.
#pragma once

#include <QAbstractTableModel>

namespace ModeDesk {

class BulkClaim;

class BulkClaimModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RowColumn,
        CodeColumn,
        NameColumn,
        TagColumn,
        DeviceColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit BulkClaimModel(BulkClaim *import, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit the import refused, and why (nothing changed).
    void editRefused(const QString &why);

private:
    BulkClaim *m_import;
};

}  // namespace ModeDesk
