#include "eventlogfilter.h"

#include "eventlogmodel.h"

#include <QElapsedTimer>
#include <algorithm>
#include <array>

namespace ModeDesk {

namespace {

constexpr std::array<char, 256> asciiLowerTable()
{
    std::array<char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return table;
}
constexpr std::array<char, 256> asciiLower = asciiLowerTable();

// Where ASCII text (already lower-case) occurs in bytes, ignoring ASCII case.
// Says whether the bytes held anything beyond ASCII, where Unicode case
// folding could still find it (U+212A KELVIN SIGN folds to 'k').
bool asciiFoldedContains(QByteArrayView haystack, QByteArrayView lowerNeedle, bool *beyondAscii)
{
    const auto *hay = reinterpret_cast<const unsigned char *>(haystack.data());
    const qsizetype n = haystack.size();
    const qsizetype m = lowerNeedle.size();
    const char first = lowerNeedle.front();
    unsigned char seen = 0;
    for (qsizetype i = 0; i < n; ++i) {
        seen |= hay[i];
        if (asciiLower[hay[i]] != first || n - i < m)
            continue;
        qsizetype k = 1;
        while (k < m && asciiLower[hay[i + k]] == lowerNeedle[k])
            ++k;
        if (k == m)
            return true;
    }
    *beyondAscii = (seen & 0x80) != 0;
    return false;
}

}  // namespace

// Whether a row of the log answers the criteria: the same answer as
// (type + ' ' + payload).contains(text, Qt::CaseInsensitive), without
// building that string for every row.
class EventLogFilter::Matcher
{
public:
    explicit Matcher(const Criteria &criteria) : m_criteria(criteria)
    {
        const QString &text = m_criteria.text;
        bool ascii = !text.isEmpty();
        for (QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            m_asciiNeedle = text.toLower().toLatin1();
        // Trimmed text can span the type and the payload only across " {".
        m_maySpan = text.contains(QLatin1String(" {"));
    }

    bool matches(const EventLogModel &log, int row) const
    {
        if (m_criteria.deviceId != 0 && log.deviceIdAt(row) != m_criteria.deviceId)
            return false;
        const QString &type = log.eventTypeAt(row);
        if (!m_criteria.type.isEmpty() && type != m_criteria.type)
            return false;
        if (m_criteria.text.isEmpty())
            return true;
        if (typeMatches(type))
            return true;
        const QByteArray json = log.payloadAt(row).json();
        if (!m_asciiNeedle.isEmpty()) {
            bool beyondAscii = false;
            if (asciiFoldedContains(json, m_asciiNeedle, &beyondAscii))
                return true;
            if (!beyondAscii && !m_maySpan)
                return false;
        }
        return (type + QLatin1Char(' ') + QString::fromUtf8(json))
            .contains(m_criteria.text, Qt::CaseInsensitive);
    }

private:
    // Rows of one type share one string: its answer is kept while it repeats.
    bool typeMatches(const QString &type) const
    {
        if (type.constData() != m_lastType.constData() || type.size() != m_lastType.size()) {
            m_lastType = type;  // held, so its address cannot be reused meanwhile
            m_lastTypeMatches = type.contains(m_criteria.text, Qt::CaseInsensitive);
        }
        return m_lastTypeMatches;
    }

    Criteria m_criteria;
    QByteArray m_asciiNeedle;  // empty unless the text is all ASCII
    bool m_maySpan = false;
    mutable QString m_lastType;
    mutable bool m_lastTypeMatches = false;
};

// A new answer being worked out: the sequences of the candidates it has
// checked so far that match. Candidates are every row of the log, or only
// the rows on show when the new criteria can only narrow them.
struct EventLogFilter::Scan {
    Scan(const Criteria &wanted, bool onlyShownRows, qint64 from)
        : criteria(wanted), matcher(wanted), narrowing(onlyShownRows), next(from), start(from)
    {}
    Criteria criteria;
    Matcher matcher;
    bool narrowing;
    qint64 next;   // the first sequence not yet checked
    qint64 start;  // for progress
    std::deque<qint64> found;
};

namespace {

// Every row the new criteria accept, the old ones accepted too.
bool narrows(const EventLogFilter::Criteria &next, const EventLogFilter::Criteria &shown)
{
    return (shown.deviceId == 0 || shown.deviceId == next.deviceId) &&
           (shown.type.isEmpty() || shown.type == next.type) &&
           next.text.contains(shown.text, Qt::CaseInsensitive);
}

}  // namespace

EventLogFilter::EventLogFilter(QObject *parent)
    : QAbstractProxyModel(parent), m_match(std::make_unique<Matcher>(Criteria{}))
{
    m_nextSlice.setSingleShot(true);
    m_nextSlice.setInterval(0);
    connect(&m_nextSlice, &QTimer::timeout, this, &EventLogFilter::runSlice);
}

EventLogFilter::~EventLogFilter() = default;

void EventLogFilter::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    cancelScan();
    disconnectSource();
    m_log = qobject_cast<EventLogModel *>(source);
    QAbstractProxyModel::setSourceModel(m_log);
    // The same criteria over the new log: nothing on show until they are
    // answered (never the whole log, unfiltered, meanwhile).
    m_shown = m_wanted;
    m_shownComplete = m_shown.isEmpty();
    m_match = std::make_unique<Matcher>(m_shown);
    m_rows.clear();
    connectSource();
    endResetModel();
    if (m_log && !m_shown.isEmpty())
        startScan(m_shown, false);
}

void EventLogFilter::setDeviceId(qint64 deviceId)
{
    Criteria next = m_wanted;
    next.deviceId = deviceId;
    request(next);
}

void EventLogFilter::setEventType(const QString &type)
{
    Criteria next = m_wanted;
    next.type = type;
    request(next);
}

void EventLogFilter::setText(const QString &text)
{
    Criteria next = m_wanted;
    next.text = text.trimmed();
    request(next);
}

bool EventLogFilter::isActive() const
{
    return !m_shown.isEmpty() || !m_wanted.isEmpty();
}

int EventLogFilter::filteringPercent() const
{
    if (!m_scan || !m_log)
        return 100;
    const qint64 end = m_log->firstSequence() + m_log->rowCount();
    const qint64 total = end - m_scan->start;
    return total <= 0 ? 100 : int(100 * (m_scan->next - m_scan->start) / total);
}

void EventLogFilter::request(const Criteria &criteria)
{
    m_wanted = criteria;
    if (m_scan && m_scan->criteria == criteria)
        return;  // being answered already
    cancelScan();
    if (!m_log || (criteria == m_shown && m_shownComplete)) {
        announce(false);
        return;
    }
    // Narrowing scans only the rows on show: they must be a whole answer.
    startScan(criteria, m_shownComplete && !identity() && narrows(criteria, m_shown));
}

void EventLogFilter::startScan(const Criteria &criteria, bool narrowing)
{
    m_scan = std::make_unique<Scan>(criteria, narrowing, m_log->firstSequence());
    runSlice();  // a small log is answered at once
    announce(isFiltering());
}

void EventLogFilter::announce(bool filtering)
{
    if (m_announcedFiltering == filtering)
        return;
    m_announcedFiltering = filtering;
    emit filteringChanged(filtering);
}

void EventLogFilter::runSlice()
{
    if (!m_scan)
        return;
    if (!m_log) {  // the log went away under the scan
        cancelScan();
        announce(false);
        return;
    }
    Scan &scan = *m_scan;
    const EventLogModel &log = *m_log;
    const qint64 first = log.firstSequence();
    const qint64 end = first + log.rowCount();
    scan.next = qMax(scan.next, first);  // what left the log meanwhile is not looked at
    QElapsedTimer clock;
    clock.start();
    constexpr int rowsBetweenClockReads = 512;
    if (scan.criteria.isEmpty()) {
        scan.next = end;
    } else if (scan.narrowing) {
        auto it = std::lower_bound(m_rows.begin(), m_rows.end(), scan.next);
        int sinceClock = 0;
        for (; it != m_rows.end(); ++it) {
            if (++sinceClock == rowsBetweenClockReads) {
                sinceClock = 0;
                if (clock.elapsed() >= m_sliceMs)
                    break;
            }
            if (scan.matcher.matches(log, int(*it - first)))
                scan.found.push_back(*it);
        }
        scan.next = it == m_rows.end() ? end : *it;
    } else {
        int sinceClock = 0;
        for (; scan.next < end; ++scan.next) {
            if (++sinceClock == rowsBetweenClockReads) {
                sinceClock = 0;
                if (clock.elapsed() >= m_sliceMs)
                    break;
            }
            if (scan.matcher.matches(log, int(scan.next - first)))
                scan.found.push_back(scan.next);
        }
    }
    if (scan.next >= end) {
        finishScan();
        return;
    }
    emit filteringProgress(filteringPercent());
    m_nextSlice.start();
}

// The new answer replaces the old in one layout change: selections and the
// current row follow their events (a row the answer hides lets go of them).
void EventLogFilter::finishScan()
{
    std::unique_ptr<Scan> scan = std::move(m_scan);
    const qint64 first = m_log->firstSequence();
    while (!scan->found.empty() && scan->found.front() < first)
        scan->found.pop_front();
    emit layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> sequences;
    sequences.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sequences.push_back(sequenceAt(index.row()));
    m_shown = scan->criteria;
    m_shownComplete = true;
    m_match = std::make_unique<Matcher>(m_shown);
    m_rows = identity() ? std::deque<qint64>{} : std::move(scan->found);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfSequence(sequences[size_t(i)]);
        after.append(row < 0 ? QModelIndex() : index(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged();
    emit filteringProgress(100);
    announce(false);
}

qint64 EventLogFilter::sequenceAt(int row) const
{
    return identity() ? m_log->firstSequence() + row : m_rows[size_t(row)];
}

int EventLogFilter::rowOfSequence(qint64 sequence) const
{
    if (identity()) {
        const qint64 row = sequence - m_log->firstSequence();
        return row >= 0 && row < m_log->rowCount() ? int(row) : -1;
    }
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sequence);
    return it == m_rows.end() || *it != sequence ? -1 : int(it - m_rows.begin());
}

void EventLogFilter::cancelScan()
{
    m_nextSlice.stop();
    m_scan.reset();
}

QModelIndex EventLogFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex EventLogFilter::parent(const QModelIndex &) const
{
    return {};
}

int EventLogFilter::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_log)
        return 0;
    return identity() ? m_log->rowCount() : int(m_rows.size());
}

int EventLogFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : m_log->columnCount();
}

QModelIndex EventLogFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_log || proxyIndex.row() >= rowCount())
        return {};
    return m_log->index(int(sequenceAt(proxyIndex.row()) - m_log->firstSequence()),
                        proxyIndex.column());
}

QModelIndex EventLogFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || !m_log)
        return {};
    const int row = rowOfSequence(m_log->firstSequence() + sourceIndex.row());
    return row < 0 ? QModelIndex() : index(row, sourceIndex.column());
}

void EventLogFilter::connectSource()
{
    if (!m_log)
        return;
    using M = QAbstractItemModel;
    m_sourceConnections = {
        connect(m_log, &M::rowsAboutToBeInserted, this, &EventLogFilter::sourceAboutToInsert),
        connect(m_log, &M::rowsInserted, this, &EventLogFilter::sourceInserted),
        connect(m_log, &M::rowsAboutToBeRemoved, this, &EventLogFilter::sourceAboutToRemove),
        connect(m_log, &M::rowsRemoved, this, &EventLogFilter::sourceRemoved),
        connect(m_log, &M::modelAboutToBeReset, this, &EventLogFilter::sourceAboutToReset),
        connect(m_log, &M::modelReset, this, &EventLogFilter::sourceReset),
        connect(m_log, &M::dataChanged, this, &EventLogFilter::sourceDataChanged),
        connect(m_log, &M::headerDataChanged, this, &M::headerDataChanged),
    };
}

void EventLogFilter::disconnectSource()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
}

// The log only appends at its end and drops from its front; rows on show
// follow by sequence, which never changes for an event.
void EventLogFilter::sourceAboutToInsert(const QModelIndex &, int first, int last)
{
    if (identity())
        beginInsertRows({}, first, last);
}

void EventLogFilter::sourceInserted(const QModelIndex &, int first, int last)
{
    if (identity()) {
        endInsertRows();
        return;
    }
    const qint64 firstSequence = m_log->firstSequence();
    std::vector<qint64> matching;
    for (int row = first; row <= last; ++row)
        if (m_match->matches(*m_log, row))
            matching.push_back(firstSequence + row);
    if (matching.empty())
        return;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at + int(matching.size()) - 1);
    m_rows.insert(m_rows.end(), matching.begin(), matching.end());
    endInsertRows();
}

void EventLogFilter::sourceAboutToRemove(const QModelIndex &, int first, int last)
{
    if (identity()) {
        beginRemoveRows({}, first, last);
        return;
    }
    const qint64 firstSequence = m_log->firstSequence();
    const auto from = std::lower_bound(m_rows.begin(), m_rows.end(), firstSequence + first);
    const auto to = std::upper_bound(from, m_rows.end(), firstSequence + last);
    if (from == to)
        return;
    beginRemoveRows({}, int(from - m_rows.begin()), int(to - m_rows.begin()) - 1);
    m_rows.erase(from, to);
    endRemoveRows();
}

void EventLogFilter::sourceRemoved(const QModelIndex &, int, int)
{
    if (identity())
        endRemoveRows();
}

void EventLogFilter::sourceAboutToReset()
{
    beginResetModel();
}

void EventLogFilter::sourceReset()
{
    m_rows.clear();
    endResetModel();
}

void EventLogFilter::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                       const QList<int> &roles)
{
    if (identity()) {
        emit dataChanged(index(topLeft.row(), topLeft.column()),
                         index(bottomRight.row(), bottomRight.column()), roles);
        return;
    }
    if (!m_rows.empty())  // names of homes and devices: every row may show one
        emit dataChanged(index(0, topLeft.column()),
                         index(int(m_rows.size()) - 1, bottomRight.column()), roles);
}

}  // namespace ModeDesk
