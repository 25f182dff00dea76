#include "tablepage.h"

#include "keyedsortproxy.h"
#include "modelroles.h"
#include "statedelegate.h"
#include "statusline.h"
#include "tablesizing.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

TablePage::TablePage(QAbstractItemModel *model, const QString &filterHint, QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_proxy(new KeyedSortProxy(this))
    , m_status(new StatusLine(this))
    , m_toolbar(new QHBoxLayout)
    , m_body(new QVBoxLayout)
{
    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setNaturalOrder(true);  // "Sensor 2" before "Sensor 10"

    m_filter->setPlaceholderText(filterHint);
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &KeyedSortProxy::setFilterText);

    m_table->setModel(m_proxy);

    m_table->setItemDelegate(new StateDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    TableSizing::compactRows(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setAccessibleName(filterHint);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_currentSourceRow = currentSourceRow();
        emit currentRowChanged(m_currentSourceRow);
    });
    // A new filter text maps the rows anew in one layout change, after which
    // the selection model lets go of a hidden current row without a signal.
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        const int row = currentSourceRow();
        if (row != m_currentSourceRow) {
            m_currentSourceRow = row;
            emit currentRowChanged(row);
        }
    });

    auto *layout = new QVBoxLayout(this);
    m_toolbar->addWidget(m_filter, 1);
    layout->addLayout(m_toolbar);
    layout->addWidget(m_table, 1);
    layout->addLayout(m_body);
    layout->addWidget(m_status);
}

int TablePage::currentSourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QList<int> TablePage::selectedSourceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

}  // namespace ModeDesk
