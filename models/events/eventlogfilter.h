// Narrows the event log by device, event type and text (which also matches
// inside eventData), without ever holding the UI thread for long: a new
// filter is worked out in slices of a few milliseconds between which the
// event loop runs, while the table keeps showing the previous answer; the
// new one replaces it at once when complete (one layout change, not a signal
// per hidden row; the selection follows its events). Events that arrive
// meanwhile are filtered as they come. Another log (a replay) shows nothing
// until the criteria are answered over it.
#pragma once

#include <QAbstractProxyModel>
#include <QPointer>
#include <QTimer>
#include <deque>
#include <memory>

namespace ModeDesk {

class EventLogModel;

class EventLogFilter : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit EventLogFilter(QObject *parent = nullptr);
    ~EventLogFilter() override;

    // Only an EventLogModel (anything else leaves the filter empty).
    void setSourceModel(QAbstractItemModel *source) override;

    void setDeviceId(qint64 deviceId);       // 0: any
    void setEventType(const QString &type);  // empty: any
    void setText(const QString &text);       // case-insensitive; type and payload JSON

    bool isFiltering() const { return m_scan != nullptr; }  // a new answer is being worked out
    int filteringPercent() const;
    bool isActive() const;  // some criterion narrows what is shown

    // How long each slice of work may hold the event loop.
    void setSliceMilliseconds(int ms) { m_sliceMs = qMax(1, ms); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

    struct Criteria {
        qint64 deviceId = 0;
        QString type;
        QString text;
        bool isEmpty() const { return deviceId == 0 && type.isEmpty() && text.isEmpty(); }
        bool operator==(const Criteria &) const = default;
    };
    class Matcher;

signals:
    void filteringChanged(bool filtering);
    void filteringProgress(int percent);

private:
    struct Scan;

    void request(const Criteria &criteria);
    void startScan(const Criteria &criteria, bool narrowing);
    qint64 sequenceAt(int row) const;          // of a row on show
    int rowOfSequence(qint64 sequence) const;  // -1: not on show
    void runSlice();
    void finishScan();
    void cancelScan();
    void announce(bool filtering);
    void connectSource();
    void disconnectSource();
    bool identity() const { return m_shown.isEmpty(); }

    void sourceAboutToInsert(const QModelIndex &parent, int first, int last);
    void sourceInserted(const QModelIndex &parent, int first, int last);
    void sourceAboutToRemove(const QModelIndex &parent, int first, int last);
    void sourceRemoved(const QModelIndex &parent, int first, int last);
    void sourceAboutToReset();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    QPointer<EventLogModel> m_log;
    QList<QMetaObject::Connection> m_sourceConnections;
    Criteria m_shown;                  // what the rows on show answer
    bool m_shownComplete = true;       // false while another log's first answer is worked out
    Criteria m_wanted;                 // what was last asked for
    std::unique_ptr<Matcher> m_match;  // m_shown's, for arriving events
    std::deque<qint64> m_rows;         // sequences on show, ascending (unless identity)
    std::unique_ptr<Scan> m_scan;      // the answer to m_wanted, in the making
    QTimer m_nextSlice;
    int m_sliceMs = 8;
    bool m_announcedFiltering = false;
};

}  // namespace ModeDesk
