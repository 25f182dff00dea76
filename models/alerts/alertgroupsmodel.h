// The alert log as the Alerts page shows it: one row per rule, with how many
// entries, devices and homes it holds and how many of its devices alert now,
// expandable to the entries themselves (newest first, or as the log filter
// sorts). A rule with one entry is shown as that entry. Built over the log's
// filter, so its text, severity and "not acknowledged" apply; sorting a
// column sorts the filter, and the groups follow the order of their entries.
#pragma once

#include "alertlog.h"

#include <QAbstractItemModel>
#include <QList>

namespace ModeDesk {

class AlertGroupsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    AlertGroupsModel(AlertLogFilter *filter, AlertLogModel *log, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // A rule's row, or an entry's: which rule it belongs to.
    QString ruleIdOf(const QModelIndex &index) const;
    // The log entries a row stands for: a rule's row, all of its entries.
    QList<qint64> alertIdsOf(const QModelIndex &index) const;
    // The row of a rule (invalid when none of its entries is shown).
    QModelIndex groupOf(const QString &ruleId) const;
    // Entries shown, in all groups.
    int entryCount() const { return m_entries; }

private:
    struct Group {
        QString ruleId;
        QList<int> rows;  // the filter's rows, in its order
        // What the group's row says (see summarise()).
        int devices = 0;
        int homes = 0;
        int alertingNow = 0;     // devices whose newest entry here says ALERTING
        int unacknowledged = 0;  // ALERTING entries not acknowledged
        qint64 onlyHome = 0;     // the home, when there is one
    };
    // The internalId of a rule's row; an entry's is its group's row + 1.
    static constexpr quintptr GroupLevel = 0;

    void beginRebuild();
    void endRebuild();
    void rebuild();
    void summarise(Group &group) const;
    void refreshSummaries();
    const AlertRecord &recordAt(int filterRow) const;
    QModelIndex filterIndex(const Group &group, int entry, int column) const;
    QVariant groupData(const Group &group, int column, int role) const;

    AlertLogFilter *m_filter;
    AlertLogModel *m_log;
    QList<Group> m_groups;
    int m_entries = 0;
    bool m_rebuilding = false;  // between the filter's "about to" and its change
};

}  // namespace ModeDesk
