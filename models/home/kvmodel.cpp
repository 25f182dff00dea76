#include "kvmodel.h"

#include "modelformat.h"
#include "modelroles.h"

#include <QJsonArray>

namespace ModeDesk {

KvModel::KvModel(QObject *parent) : RecordTableModel(parent)
{
    m_expiry.setInterval(500);
    connect(&m_expiry, &QTimer::timeout, this, &KvModel::expireHighlights);
}

int KvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const KeyValuePair &p = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case KeyColumn:
                    return p.key;
                case ValueColumn:
                    // The start of it only: a cell costs the same for 5 bytes or 5 MB.
                    return p.unreadable.isEmpty()
                               ? ModelFormat::previewJson(p.value, 200)
                               : tr("cannot be read (%1): %2")
                                     .arg(ModelFormat::byteSize(p.wireBytes), p.unreadable);
                case ModifiedColumn:
                    return ModelFormat::dateTime(p.modificationTime);
            }
            break;
        case Qt::ToolTipRole:
            if (index.column() == ValueColumn) {
                if (!p.unreadable.isEmpty())
                    return ModelFormat::plainTip(data(index, Qt::DisplayRole).toString());
                QString tip = ModelFormat::previewJson(p.value, 2000, true);
                if (tip.endsWith(QChar(0x2026)) && p.wireBytes > 0)
                    tip += QLatin1Char('\n') + tr("(%1 in all: select the pair to see more)")
                                                   .arg(ModelFormat::byteSize(p.wireBytes));
                return ModelFormat::plainTip(tip);
            }
            break;
        case StateRole:
            if (!p.unreadable.isEmpty() && index.column() == ValueColumn)
                return int(ItemState::Bad);
            return int(m_changedAt.contains(p.key) ? ItemState::Changed : ItemState::Plain);
        case RecentlyChangedRole:
            return m_changedAt.contains(p.key);
        case IdRole:
            return p.key;
        case SortRole:
            return index.column() == ModifiedColumn
                       ? QVariant(p.modificationTime.toMSecsSinceEpoch())
                       : data(index, Qt::DisplayRole);
        case FilterRole:
            return p.key + QLatin1Char(' ') + ModelFormat::previewJson(p.value, 1000);
    }
    return {};
}

QVariant KvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case KeyColumn:
            return tr("Key");
        case ValueColumn:
            return tr("Value");
        case ModifiedColumn:
            return tr("Modified");
    }
    return {};
}

void KvModel::applyLiveSave(const KeyValuePair &pair)
{
    m_changedAt.insert(pair.key, QDateTime::currentMSecsSinceEpoch());
    upsert(pair);
    if (!m_expiry.isActive())
        m_expiry.start();
}

void KvModel::expireHighlights()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_changedAt.begin(); it != m_changedAt.end();) {
        if (now - it.value() < m_highlightMs) {
            ++it;
            continue;
        }
        const QString key = it.key();
        it = m_changedAt.erase(it);
        const int row = rowOf(key);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1),
                             {StateRole, RecentlyChangedRole});
    }
    if (m_changedAt.isEmpty())
        m_expiry.stop();
}

}  // namespace ModeDesk
