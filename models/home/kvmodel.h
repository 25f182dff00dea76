#pragma once

#include "modeobjects.h"
#include "recordtablemodel.h"

#include <QHash>
#include <QTimer>

namespace ModeDesk {

// A home's key-value store. Pairs changed live (by someone else, or by a
// device) are marked for a few seconds so that the view can highlight them.
class KvModel : public RecordTableModel<KeyValuePair, QString>
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn, ModifiedColumn, ColumnCount };
    explicit KvModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A pair saved while we watched: upserted and highlighted.
    void applyLiveSave(const KeyValuePair &pair);
    void setHighlightMs(int ms) { m_highlightMs = ms; }

protected:
    QString keyOf(const KeyValuePair &pair) const override { return pair.key; }

private:
    void expireHighlights();

    QHash<QString, qint64> m_changedAt;  // key -> ms since epoch
    QTimer m_expiry;
    int m_highlightMs = 4000;
};

}  // namespace ModeDesk
