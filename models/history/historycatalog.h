// The owner of the home's history: which TSDB module the home has (if any),
// its series and collections with their first and last points, and every
// change to them (delete a series or collection, delete a range, export a
// range to a file). New series seen in live events are added as they
// arrive, and a series' last point follows the live points.
#pragma once

#include "apicall.h"
#include "historycache.h"
#include "recordtablemodel.h"
#include "tsdbobjects.h"

#include <QObject>
#include <QPointer>

namespace ModeDesk {

class ApiClient;
class HomeController;

struct HistoryItem {
    enum class Kind { Series, Collection };
    Kind kind = Kind::Series;
    QString id;
    QDateTime first;  // invalid until known (or when empty)
    QDateTime last;
    QStringList valueNames;  // collections
    bool operator==(const HistoryItem &) const = default;

    // Series and collections may share an id: the key tells them apart.
    static QString keyOf(Kind kind, const QString &id);
    QString key() const { return keyOf(kind, id); }
};

class HistoryItemsModel : public RecordTableModel<HistoryItem, QString>
{
    Q_OBJECT

public:
    enum Column { IdColumn, KindColumn, FirstColumn, LastColumn, ColumnCount };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // A live point at ts: the item's last point moves on (and its first, if it
    // had none). Batched with beginBatch()/endBatch().
    void notePoint(const QString &key, const QDateTime &ts);

protected:
    QString keyOf(const HistoryItem &item) const override { return item.key(); }
};

// One export: asked for, then downloaded, then written to the file.
class HistoryExport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    void cancel();
    bool isFinished() const { return m_finished; }

signals:
    // 0-100 while the size is known; -1 while it is not.
    void progress(int percent);
    // ok, or why not in plain words; the file is complete or untouched.
    void finished(bool ok, const QString &message);

private:
    friend class HistoryCatalog;
    void fail(const QString &message);
    void failWith(const ApiError &error);  // a cancel says so; the rest in plain words
    void succeed(const QString &message);
    QPointer<ApiCallBase> m_call;
    bool m_finished = false;
};

class HistoryCatalog : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        NoHome,    // nothing on screen
        Loading,   // the home's modules or the list are on their way
        NoModule,  // the home has no TSDB module: history is not kept
        Ready,
        Failed,  // the list could not be fetched (errorText() says why)
    };
    Q_ENUM(Status)

    HistoryCatalog(ApiClient *api, HomeController *home, QObject *parent = nullptr);

    HistoryItemsModel *items() { return &m_items; }
    // The chart's buckets of this home's series, from the same module.
    HistoryCache *cache() { return &m_cache; }
    Status status() const { return m_status; }
    QString errorText() const { return m_error; }
    qint64 homeId() const;
    QString moduleId() const { return m_moduleId; }
    // At most this many time ranges are fetched at once.
    static constexpr int MaxRangesInFlight = 4;

    void refresh();
    // nullptr when the key names nothing in the list.
    ApiCall<NoContent> *deleteItem(const QString &key);
    // Deletes the points in [begin, end); the item's range is fetched again.
    // nullptr when the key names nothing in the list.
    ApiCall<NoContent> *deleteRange(const QString &key, const QDateTime &begin,
                                    const QDateTime &end);
    // Writes the items' data in [begin, end) to filePath: a CSV for one item,
    // a ZIP of CSVs for several. The job reports progress and its end.
    HistoryExport *exportToFile(const QStringList &keys, const QDateTime &begin,
                                const QDateTime &end, const QString &filePath);

public slots:
    // Live events of the home on screen: their timeSeriesData names series.
    void applyEvents(const QList<ModeDesk::Event> &events);

signals:
    void statusChanged(ModeDesk::HistoryCatalog::Status status);

private:
    void followModules();
    void setStatus(Status status, const QString &error = {});
    void fetchList();
    void queueRange(const QString &key);
    void fetchNextRanges();
    void applyRange(const QString &key, const TimeRange &range);

    ApiClient *m_api;
    HomeController *m_home;
    HistoryItemsModel m_items;
    HistoryCache m_cache;
    Status m_status = Status::NoHome;
    QString m_error;
    qint64 m_shownHome = 0;
    QString m_moduleId;
    int m_generation = 0;  // answers for an earlier home or module are dropped
    int m_listsPending = 0;
    bool m_modulesSettled = false;  // the home's module list has come (or failed)
    bool m_modulesFailed = false;
    QStringList m_rangeQueue;
    int m_rangesInFlight = 0;
};

}  // namespace ModeDesk
