// A filter box over a sortable table, bound to one of the dashboard's models
// through a QSortFilterProxyModel (FilterRole/SortRole), plus a status line.
#pragma once

#include "keyedsortproxy.h"

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLineEdit;
class QTableView;
class QVBoxLayout;

namespace ModeDesk {

class StatusLine;

class TablePage : public QWidget
{
    Q_OBJECT

public:
    TablePage(QAbstractItemModel *model, const QString &filterHint, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QLineEdit *filter() const { return m_filter; }
    StatusLine *status() const { return m_status; }
    KeyedSortProxy *proxy() const { return m_proxy; }
    // The source row of the current selection, or -1.
    int currentSourceRow() const;
    QList<int> selectedSourceRows() const;

signals:
    void currentRowChanged(int sourceRow);

protected:
    QHBoxLayout *toolbar() const { return m_toolbar; }  // beside the filter box
    QVBoxLayout *body() const { return m_body; }        // below the table

private:
    QLineEdit *m_filter;
    QTableView *m_table;
    KeyedSortProxy *m_proxy;
    StatusLine *m_status;
    QHBoxLayout *m_toolbar;
    QVBoxLayout *m_body;
    int m_currentSourceRow = -1;  // as last told by currentRowChanged()
};

}  // namespace ModeDesk
