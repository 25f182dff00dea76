#include "keyedsortproxy.h"

namespace ModeDesk {

namespace {
// A one-row re-sort takes ~log2(rows) comparisons; a whole sort, millions.
// Past this many since the last change, reading every key once pays.
constexpr int AskedBeforeKeys = 64;

bool isInteger(int type)
{
    switch (type) {
        case QMetaType::Bool:  // false < true, as the proxy orders them
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            return true;
        default:
            return false;  // the rest (doubles, dates, small ints): the proxy's own way
    }
}
}  // namespace

void KeyedSortProxy::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &c : std::as_const(m_sourceConnections))
        disconnect(c);
    m_sourceConnections.clear();
    dropKeys();
    if (source) {
        // Connected before the proxy's own: the copy goes before it re-sorts.
        const auto drop = [this] {
            dropKeys();
        };
        // A change elsewhere (another column, or roles the sort does not read:
        // a clock's "5 s ago") leaves the copy as it is.
        const auto changed = [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                    const QList<int> &roles) {
            if (m_keys == Keys::None)
                return;
            const bool column = m_column >= topLeft.column() && m_column <= bottomRight.column();
            if (column && (roles.isEmpty() || roles.contains(m_role)))
                dropKeys();
        };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::dataChanged, this, changed),
            connect(source, &QAbstractItemModel::rowsInserted, this, drop),
            connect(source, &QAbstractItemModel::rowsRemoved, this, drop),
            connect(source, &QAbstractItemModel::rowsMoved, this, drop),
            connect(source, &QAbstractItemModel::columnsInserted, this, drop),
            connect(source, &QAbstractItemModel::columnsRemoved, this, drop),
            connect(source, &QAbstractItemModel::layoutChanged, this, drop),
            connect(source, &QAbstractItemModel::modelReset, this, drop),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void KeyedSortProxy::dropKeys() const
{
    m_keys = Keys::None;
    m_numbers = {};
    m_texts = {};
    m_askedSinceChange = 0;
}

void KeyedSortProxy::buildKeys(int column) const
{
    m_column = column;
    m_role = sortRole();
    m_case = sortCaseSensitivity();
    m_localeAware = isSortLocaleAware();
    m_numbers.clear();
    m_texts.clear();
    const QAbstractItemModel *source = sourceModel();
    const int rows = source->rowCount();
    m_keys = Keys::Unkeyable;
    if (rows == 0)
        return;
    const int type = source->index(0, column).data(m_role).metaType().id();
    if (isInteger(type)) {
        m_numbers.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const QVariant v = source->index(row, column).data(m_role);
            if (!isInteger(v.metaType().id()))
                return;  // mixed: the proxy's own comparison decides
            m_numbers.push_back(v.toLongLong());
        }
        m_keys = Keys::Numbers;
    } else if (type == QMetaType::QString) {
        m_texts.reserve(size_t(rows));
        // Folded once here, compared code unit by code unit below: the order of
        // a case-insensitive compare, without folding at every comparison.
        const bool fold = !m_localeAware && m_case == Qt::CaseInsensitive;
        for (int row = 0; row < rows; ++row) {
            const QVariant v = source->index(row, column).data(m_role);
            if (v.metaType().id() != QMetaType::QString)
                return;
            m_texts.push_back(fold ? v.toString().toCaseFolded() : v.toString());
        }
        // Texts become their dense rank in one sort here: every later sort (each
        // new filter re-sorts what passes) compares numbers, in the same order.
        const auto compare = [this](const QString &l, const QString &r) {
            return m_localeAware ? l.localeAwareCompare(r) : l.compare(r);
        };
        std::vector<int> order(static_cast<size_t>(rows));
        for (int row = 0; row < rows; ++row)
            order[size_t(row)] = row;
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            return compare(m_texts[size_t(a)], m_texts[size_t(b)]) < 0;
        });
        m_numbers.assign(size_t(rows), 0);
        qint64 rank = 0;
        for (size_t i = 1; i < order.size(); ++i) {
            if (compare(m_texts[size_t(order[i - 1])], m_texts[size_t(order[i])]) != 0)
                ++rank;
            m_numbers[size_t(order[i])] = rank;
        }
        m_texts = {};
        m_keys = Keys::Numbers;
    }
}

bool KeyedSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool current = m_keys != Keys::None && m_column == left.column() &&
                         m_role == sortRole() && m_case == sortCaseSensitivity() &&
                         m_localeAware == isSortLocaleAware();
    if (!current) {
        if (left.parent().isValid() || right.parent().isValid() ||
            ++m_askedSinceChange <= AskedBeforeKeys)
            return QSortFilterProxyModel::lessThan(left, right);
        buildKeys(left.column());
    }
    switch (m_keys) {
        case Keys::Numbers:
            return m_numbers[size_t(left.row())] < m_numbers[size_t(right.row())];
        case Keys::None:
        case Keys::Unkeyable:
            break;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

void KeyedSortProxy::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    invalidate();  // one layoutChanged; the rows are mapped anew when next asked for
}

bool KeyedSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filterText.isEmpty()) {
        const QAbstractItemModel *source = sourceModel();
        const int key = filterKeyColumn();
        const auto matches = [&](int column) {
            return source->index(sourceRow, column, sourceParent)
                .data(filterRole())
                .toString()
                .contains(m_filterText, filterCaseSensitivity());
        };
        bool found = false;
        if (key >= 0) {
            found = matches(key);
        } else {
            for (int column = 0; !found && column < source->columnCount(sourceParent); ++column)
                found = matches(column);
        }
        if (!found)
            return false;
    }
    if (filterRegularExpression().pattern().isEmpty())
        return true;  // an empty pattern matches any text: no need to fetch it
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

}  // namespace ModeDesk
