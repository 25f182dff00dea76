// The shared core of the dashboard's table models: rows are records with a
// unique key, and every change is incremental. setRecords() merges a fresh
// list into the rows (dataChanged for changed rows, one beginRemoveRows per
// removed run, one beginInsertRows for all new rows); only resetRecords()
// resets, for when the whole source changes (another home).
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <algorithm>
#include <utility>

namespace ModeDesk {

template <typename Record, typename Key>
class RecordTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

    const Record &record(int row) const { return m_records.at(row); }
    const QList<Record> &records() const { return m_records; }
    int rowOf(const Key &key) const { return m_rowByKey.value(key, -1); }
    bool contains(const Key &key) const { return m_rowByKey.contains(key); }

    void resetRecords(QList<Record> records)
    {
        m_dirtyRows.clear();
        beginResetModel();
        m_records = std::move(records);
        reindex();
        endResetModel();
    }

    void setRecords(const QList<Record> &fresh)
    {
        flushChangedRows();
        QHash<Key, const Record *> incoming;
        incoming.reserve(fresh.size());
        for (const Record &r : fresh)
            incoming.insert(keyOf(r), &r);
        // Remove what is gone, from the bottom up, a contiguous run at a time.
        for (int row = int(m_records.size()) - 1; row >= 0;) {
            if (incoming.contains(keyOf(m_records.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !incoming.contains(keyOf(m_records.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_records.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        reindex();
        // Update what changed.
        for (int row = 0; row < m_records.size(); ++row) {
            const Record &now = *incoming.value(keyOf(m_records.at(row)));
            if (!(now == m_records.at(row))) {
                m_records[row] = now;
                emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
        }
        // Append what is new, in one go.
        QList<Record> added;
        for (const Record &r : fresh) {
            if (!m_rowByKey.contains(keyOf(r)))
                added.append(r);
        }
        if (!added.isEmpty()) {
            const int first = int(m_records.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_records.append(added);
            reindex(first);
            endInsertRows();
        }
    }

    // Inserts or replaces one record; returns its row.
    int upsert(const Record &r)
    {
        const int row = rowOf(keyOf(r));
        if (row >= 0) {
            m_records[row] = r;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return row;
        }
        flushChangedRows();
        const int last = int(m_records.size());
        beginInsertRows({}, last, last);
        m_records.append(r);
        m_rowByKey.insert(keyOf(r), last);
        endInsertRows();
        return last;
    }

    // Appends records whose keys are not in the model yet, in one insertion
    // (a key already there, or twice in the list, is taken once: the last).
    void appendRecords(const QList<Record> &records)
    {
        QList<Record> added;
        QHash<Key, qsizetype> at;
        for (const Record &r : records) {
            const Key key = keyOf(r);
            if (m_rowByKey.contains(key))
                continue;
            const auto seen = at.constFind(key);
            if (seen != at.cend()) {
                added[*seen] = r;
                continue;
            }
            at.insert(key, added.size());
            added.append(r);
        }
        if (added.isEmpty())
            return;
        flushChangedRows();
        const int first = int(m_records.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_records.append(added);
        reindex(first);
        endInsertRows();
    }

    // Removes every record the predicate picks, a contiguous run at a time;
    // the key map is right again before each run is reported. Many runs: one
    // reset instead.
    template <typename Predicate>
    int removeWhere(Predicate picked)
    {
        flushChangedRows();
        int runs = 0;
        int count = 0;
        for (int row = 0; row < m_records.size(); ++row) {
            if (picked(m_records.at(row))) {
                ++count;
                if (row == 0 || !picked(m_records.at(row - 1)))
                    ++runs;
            }
        }
        if (count == 0)
            return 0;
        if (runs > 32) {
            beginResetModel();
            m_records.removeIf(picked);
            reindex();
            endResetModel();
            return count;
        }
        for (int row = int(m_records.size()) - 1; row >= 0;) {
            if (!picked(m_records.at(row))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && picked(m_records.at(first - 1)))
                --first;
            beginRemoveRows({}, first, row);
            for (int r = first; r <= row; ++r)
                m_rowByKey.remove(keyOf(m_records.at(r)));
            m_records.remove(first, row - first + 1);
            reindex(first);
            endRemoveRows();
            row = first - 1;
        }
        return count;
    }

    // Between beginBatch() and endBatch(), modify() only marks rows; endBatch()
    // then reports one dataChanged per run of adjacent changed rows, so a burst
    // of live events costs a few signals, not one per event.
    void beginBatch() { ++m_batchDepth; }
    void endBatch()
    {
        if (--m_batchDepth == 0)
            flushChangedRows();
    }
    bool removeKey(const Key &key)
    {
        const int row = rowOf(key);
        if (row < 0)
            return false;
        flushChangedRows();
        beginRemoveRows({}, row, row);
        m_records.removeAt(row);
        m_rowByKey.remove(key);
        reindex(row);
        endRemoveRows();
        return true;
    }

protected:
    virtual Key keyOf(const Record &r) const = 0;

    // Changes one record in place and reports the whole row changed.
    template <typename Change>
    bool modify(const Key &key, Change change)
    {
        const int row = rowOf(key);
        if (row < 0)
            return false;
        change(m_records[row]);
        if (m_batchDepth > 0)
            m_dirtyRows.append(row);
        else
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
        return true;
    }

private:
    // Reports the rows a batch marked; also before any insert or removal,
    // which would move the marked rows.
    void flushChangedRows()
    {
        if (m_dirtyRows.isEmpty())
            return;
        QList<int> rows = std::exchange(m_dirtyRows, {});
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (qsizetype first = 0; first < rows.size();) {
            qsizetype last = first;
            while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
                ++last;
            emit dataChanged(index(rows.at(first), 0), index(rows.at(last), columnCount() - 1));
            first = last + 1;
        }
    }

    void reindex(int from = 0)
    {
        if (from == 0)
            m_rowByKey.clear();
        for (int row = from; row < m_records.size(); ++row)
            m_rowByKey.insert(keyOf(m_records.at(row)), row);
    }

    QList<Record> m_records;
    QHash<Key, int> m_rowByKey;
    int m_batchDepth = 0;
    QList<int> m_dirtyRows;  // rows modify() changed inside a batch
};

}  // namespace ModeDesk
