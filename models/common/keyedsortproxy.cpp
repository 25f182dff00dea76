#include "keyedsortproxy.h"

#include <algorithm>

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
            const auto within = [&](int column) {
                return column >= topLeft.column() && column <= bottomRight.column();
            };
            const bool column =
                within(m_column) || std::any_of(m_tieColumns.cbegin(), m_tieColumns.cend(), within);
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

void KeyedSortProxy::setNaturalOrder(bool natural)
{
    if (natural == m_natural)
        return;
    m_natural = natural;
    dropKeys();
    invalidate();
}

void KeyedSortProxy::setTieBreakColumns(const QList<int> &columns)
{
    if (columns == m_tieColumns)
        return;
    m_tieColumns = columns;
    dropKeys();
    invalidate();
}

int KeyedSortProxy::naturalCompare(QStringView a, QStringView b, Qt::CaseSensitivity cs)
{
    const auto digit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    // Most pairs differ in letters after a shared start: found without the
    // number logic. Only a difference at or right after a digit needs it.
    qsizetype same = 0;
    const qsizetype shorter = std::min(a.size(), b.size());
    if (cs == Qt::CaseSensitive) {
        while (same < shorter && a[same] == b[same])
            ++same;
    } else {
        while (same < shorter && a[same].toCaseFolded() == b[same].toCaseFolded())
            ++same;
    }
    const bool digitBefore = same > 0 && digit(a[same - 1]);
    const bool digitAt = (same < a.size() && digit(a[same])) || (same < b.size() && digit(b[same]));
    if (!digitBefore && !digitAt) {
        if (same == shorter)
            return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
        const QChar x = cs == Qt::CaseSensitive ? a[same] : a[same].toCaseFolded();
        const QChar y = cs == Qt::CaseSensitive ? b[same] : b[same].toCaseFolded();
        return x < y ? -1 : 1;
    }
    qsizetype i = same;
    while (i > 0 && digit(a[i - 1]))
        --i;  // from the start of the number the difference is in
    qsizetype j = i;
    int zeros = 0;  // more leading zeros sort later, but only when all else is equal
    while (i < a.size() && j < b.size()) {
        if (digit(a[i]) && digit(b[j])) {
            qsizetype ai = i;
            qsizetype bj = j;
            while (ai < a.size() && a[ai] == u'0')
                ++ai;
            while (bj < b.size() && b[bj] == u'0')
                ++bj;
            qsizetype aEnd = ai;
            qsizetype bEnd = bj;
            while (aEnd < a.size() && digit(a[aEnd]))
                ++aEnd;
            while (bEnd < b.size() && digit(b[bEnd]))
                ++bEnd;
            if (aEnd - ai != bEnd - bj)
                return aEnd - ai < bEnd - bj ? -1 : 1;  // fewer digits: a smaller number
            const int digits = a.sliced(ai, aEnd - ai).compare(b.sliced(bj, bEnd - bj));
            if (digits != 0)
                return digits;
            if (zeros == 0)
                zeros = int((ai - i) - (bj - j));
            i = aEnd;
            j = bEnd;
            continue;
        }
        QChar x = a[i];
        QChar y = b[j];
        if (cs == Qt::CaseInsensitive) {
            x = x.toCaseFolded();
            y = y.toCaseFolded();
        }
        if (x != y)
            return x < y ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;  // a prefix first
    return zeros < 0 ? -1 : (zeros > 0 ? 1 : 0);
}

QString KeyedSortProxy::naturalKey(QStringView text)
{
    // Each run of digits becomes '0' (digits sort as digits do among other
    // characters), its length without leading zeros, then those digits: keys
    // then compare code unit by code unit in naturalCompare()'s order. The
    // leading zeros come last, for the ties only they decide.
    const auto digit = [](QChar c) {
        return c >= u'0' && c <= u'9';
    };
    QString key;
    key.reserve(text.size() + 8);
    QString zeros;
    for (qsizetype i = 0; i < text.size();) {
        if (!digit(text[i])) {
            key.append(text[i++]);
            continue;
        }
        qsizetype start = i;
        while (start < text.size() && text[start] == u'0')
            ++start;
        qsizetype end = start;
        while (end < text.size() && digit(text[end]))
            ++end;
        zeros.append(QChar(char16_t(std::min<qsizetype>(start - i + 1, 0xFFFF))));
        key.append(u'0');
        key.append(QChar(char16_t(std::min<qsizetype>(end - start + 1, 0xFFFF))));
        key.append(text.sliced(start, end - start));
        i = end;
    }
    if (!zeros.isEmpty()) {
        key.append(QChar(u'\0'));
        key.append(zeros);
    }
    return key;
}

void KeyedSortProxy::dropKeys() const
{
    m_keys = Keys::None;
    m_numbers = {};
    m_tieRanks = {};
    m_askedSinceChange = 0;
}

int KeyedSortProxy::compareTexts(const QString &l, const QString &r) const
{
    if (m_localeAware) {
        if (!m_natural)
            return l.localeAwareCompare(r);
        if (!m_collator || m_collator->caseSensitivity() != m_case) {
            m_collator.emplace();
            m_collator->setNumericMode(true);
            m_collator->setCaseSensitivity(m_case);
        }
        return m_collator->compare(l, r);
    }
    return m_natural ? naturalCompare(l, r, m_case) : l.compare(r, m_case);
}

bool KeyedSortProxy::keysOf(int column, std::vector<qint64> &keys, bool *allDistinct) const
{
    if (allDistinct)
        *allDistinct = false;  // not known (numbers are not ranked)
    const QAbstractItemModel *source = sourceModel();
    const int rows = source->rowCount();
    keys.clear();
    if (rows == 0)
        return true;
    const int type = source->index(0, column).data(m_role).metaType().id();
    if (isInteger(type)) {
        keys.reserve(size_t(rows));
        for (int row = 0; row < rows; ++row) {
            const QVariant v = source->index(row, column).data(m_role);
            if (!isInteger(v.metaType().id()))
                return false;  // mixed: the proxy's own comparison decides
            keys.push_back(v.toLongLong());
        }
        return true;
    }
    if (type != QMetaType::QString)
        return false;
    std::vector<QString> texts;
    texts.reserve(size_t(rows));
    // Folded once here, compared code unit by code unit below: the order of
    // a case-insensitive compare, without folding at every comparison.
    const bool fold = !m_localeAware && m_case == Qt::CaseInsensitive;
    for (int row = 0; row < rows; ++row) {
        const QVariant v = source->index(row, column).data(m_role);
        if (v.metaType().id() != QMetaType::QString)
            return false;
        texts.push_back(fold ? v.toString().toCaseFolded() : v.toString());
    }
    // Natural order as keys made once: every comparison is then a plain one.
    if (m_natural && !m_localeAware) {
        for (QString &text : texts)
            text = naturalKey(text);
    }
    // Folded or keyed texts compare code unit by code unit; only the locale's
    // order asks for more.
    const auto compare = [this](const QString &l, const QString &r) {
        return m_localeAware ? compareTexts(l, r) : l.compare(r);
    };
    // Texts become their dense rank in one sort here: every later sort (each
    // new filter re-sorts what passes) compares numbers, in the same order.
    std::vector<int> order(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        order[size_t(row)] = row;
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return compare(texts[size_t(a)], texts[size_t(b)]) < 0; });
    keys.assign(size_t(rows), 0);
    qint64 rank = 0;
    for (size_t i = 1; i < order.size(); ++i) {
        if (compare(texts[size_t(order[i - 1])], texts[size_t(order[i])]) != 0)
            ++rank;
        keys[size_t(order[i])] = rank;
    }
    if (allDistinct)
        *allDistinct = rank + 1 == rows;
    return true;
}

void KeyedSortProxy::buildTieRanks() const
{
    const int rows = sourceModel()->rowCount();
    std::vector<std::vector<qint64>> columns;
    for (int column : m_tieColumns) {
        if (column == m_column)
            continue;  // equal in every tie it breaks: nothing to read
        std::vector<qint64> keys;
        if (column >= 0 && column < sourceModel()->columnCount() && keysOf(column, keys) &&
            int(keys.size()) == rows)
            columns.push_back(std::move(keys));
    }
    std::vector<int> order(static_cast<size_t>(rows));
    for (int row = 0; row < rows; ++row)
        order[size_t(row)] = row;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        for (const std::vector<qint64> &keys : columns) {
            if (keys[size_t(a)] != keys[size_t(b)])
                return keys[size_t(a)] < keys[size_t(b)];
        }
        return a < b;
    });
    m_tieRanks.assign(size_t(rows), 0);
    for (size_t i = 0; i < order.size(); ++i)
        m_tieRanks[size_t(order[i])] = qint64(i);
}

void KeyedSortProxy::buildKeys(int column) const
{
    m_column = column;
    m_role = sortRole();
    m_case = sortCaseSensitivity();
    m_localeAware = isSortLocaleAware();
    bool allDistinct = false;
    m_keys = keysOf(column, m_numbers, &allDistinct) ? Keys::Numbers : Keys::Unkeyable;
    if (m_keys == Keys::Numbers && !m_tieColumns.isEmpty() && !allDistinct)
        buildTieRanks();  // only when there are ties to break
}

int KeyedSortProxy::compareTies(int leftRow, int rightRow) const
{
    const QAbstractItemModel *source = sourceModel();
    for (int column : m_tieColumns) {
        const QModelIndex l = source->index(leftRow, column);
        const QModelIndex r = source->index(rightRow, column);
        const QVariant lv = l.data(sortRole());
        const QVariant rv = r.data(sortRole());
        if (m_natural && lv.metaType().id() == QMetaType::QString &&
            rv.metaType().id() == QMetaType::QString) {
            if (const int c = compareTexts(lv.toString(), rv.toString()); c != 0)
                return c;
        } else if (QSortFilterProxyModel::lessThan(l, r)) {
            return -1;
        } else if (QSortFilterProxyModel::lessThan(r, l)) {
            return 1;
        }
    }
    return leftRow < rightRow ? -1 : (leftRow > rightRow ? 1 : 0);
}

bool KeyedSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool current = m_keys != Keys::None && m_column == left.column() &&
                         m_role == sortRole() && m_case == sortCaseSensitivity() &&
                         m_localeAware == isSortLocaleAware();
    if (!current) {
        const bool nested = left.parent().isValid() || right.parent().isValid();
        if (nested || ++m_askedSinceChange <= AskedBeforeKeys) {
            if (nested || (!m_natural && m_tieColumns.isEmpty()))
                return QSortFilterProxyModel::lessThan(left, right);
            // A few comparisons (one row moved): asked of the model each time.
            m_role = sortRole();
            m_case = sortCaseSensitivity();
            m_localeAware = isSortLocaleAware();
            const QVariant l = left.data(m_role);
            const QVariant r = right.data(m_role);
            int c = 0;
            if (m_natural && l.metaType().id() == QMetaType::QString &&
                r.metaType().id() == QMetaType::QString)
                c = compareTexts(l.toString(), r.toString());
            else if (QSortFilterProxyModel::lessThan(left, right))
                c = -1;
            else if (QSortFilterProxyModel::lessThan(right, left))
                c = 1;
            if (c == 0 && !m_tieColumns.isEmpty())
                c = compareTies(left.row(), right.row());
            return c < 0;
        }
        buildKeys(left.column());
    }
    switch (m_keys) {
        case Keys::Numbers: {
            const size_t l = size_t(left.row());
            const size_t r = size_t(right.row());
            if (m_numbers[l] != m_numbers[r] || m_tieRanks.empty())
                return m_numbers[l] < m_numbers[r];
            return m_tieRanks[l] < m_tieRanks[r];
        }
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
