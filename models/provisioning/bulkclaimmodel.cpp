#include "bulkclaimmodel.h"

#include "bulkclaim.h"
#include "modelformat.h"
#include "modelroles.h"

#include <QFont>

namespace ModeDesk {

namespace {
std::optional<BulkClaim::Field> fieldOf(int column)
{
    switch (column) {
        case BulkClaimModel::CodeColumn:
            return BulkClaim::Field::Code;
        case BulkClaimModel::NameColumn:
            return BulkClaim::Field::Name;
        case BulkClaimModel::TagColumn:
            return BulkClaim::Field::Tag;
        default:
            return std::nullopt;
    }
}
}  // namespace

BulkClaimModel::BulkClaimModel(BulkClaim *import, QObject *parent)
    : QAbstractTableModel(parent), m_import(import)
{
    connect(import, &BulkClaim::rowsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(import, &BulkClaim::rowChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    // The outcomes name the target home.
    connect(import, &BulkClaim::targetChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, OutcomeColumn), index(rowCount() - 1, OutcomeColumn));
    });
}

int BulkClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_import->rows().size());
}

int BulkClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BulkClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BulkClaimRow &r = m_import->row(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            switch (index.column()) {
                case RowColumn:
                    return index.row() + 1;
                case CodeColumn:
                    return r.claimCode;
                case NameColumn:
                    return r.name;
                case TagColumn:
                    return r.tag;
                case DeviceColumn:
                    return r.deviceId ? QVariant(r.deviceId) : QVariant();
                case OutcomeColumn:
                    return m_import->outcomeText(index.row());
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == RowColumn && r.sourceLine > 0)
                return tr("Line %1 of the file").arg(r.sourceLine);
            if (index.column() == OutcomeColumn || index.column() == NameColumn)
                return ModelFormat::plainTip(data(index, Qt::DisplayRole).toString());
            if (index.column() == CodeColumn &&
                m_import->canEdit(index.row(), BulkClaim::Field::Code))
                return tr("Double-click or F2 to correct the code");
            break;
        case Qt::FontRole:
            if (index.column() == CodeColumn)
                return QFont(QStringLiteral("monospace"));
            break;
        case Qt::TextAlignmentRole:
            if (index.column() == RowColumn || index.column() == DeviceColumn)
                return int(Qt::AlignRight | Qt::AlignVCenter);
            break;
        case StateRole:
            if (index.column() == OutcomeColumn)
                return int(r.status == BulkClaimRow::Status::Claimed ? ItemState::Good
                           : r.status == BulkClaimRow::Status::Failed ||
                                   r.status == BulkClaimRow::Status::Skipped
                               ? ItemState::Bad
                               : ItemState::Plain);
            break;
        case IdRole:
            return r.deviceId;
    }
    return {};
}

QVariant BulkClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    // The file reader accepts these titles as a CSV's header, in every language.
    switch (section) {
        case RowColumn:
            return tr("Row");
        case CodeColumn:
            return tr("Claim code");
        case NameColumn:
            return tr("Name");
        case TagColumn:
            return tr("Tag");
        case DeviceColumn:
            return tr("Device");
        case OutcomeColumn:
            return tr("Outcome");
    }
    return {};
}

Qt::ItemFlags BulkClaimModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (const auto field = fieldOf(index.column());
        field && index.isValid() && m_import->canEdit(index.row(), *field))
        f |= Qt::ItemIsEditable;
    return f;
}

bool BulkClaimModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const auto field = fieldOf(index.column());
    if (role != Qt::EditRole || !field || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    if (value.toString().trimmed() == data(index, Qt::EditRole).toString())
        return true;  // nothing changed: the row keeps its outcome
    QString problem;
    if (!m_import->edit(index.row(), *field, value.toString(), &problem)) {
        emit editRefused(problem);
        return false;
    }
    return true;  // the import's rowChanged repaints the row
}

}  // namespace ModeDesk
