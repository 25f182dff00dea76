// The command history as a table (one row per command and target, oldest
// first) and in words: the outcome as the Result column says it, and
// everything about a command for the details pane. CommandHistory owns the
// commands and announces every change; this only shows them.
#pragma once

#include "commandhistory.h"

#include <QAbstractTableModel>

namespace ModeDesk {

class CommandHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        HomeColumn,
        DeviceColumn,
        ActionColumn,
        ResultColumn,
        RepliesColumn,
        ColumnCount
    };

    explicit CommandHistoryModel(CommandHistory *history, QObject *parent = nullptr);

    CommandHistory *history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The outcome in words, as the Result column shows it.
    QString outcomeText(const CommandRecord &record) const;
    // Everything about a command, several lines: for the details pane.
    QString details(int row) const;

private:
    CommandHistory *m_history;
};

}  // namespace ModeDesk
