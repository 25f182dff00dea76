#include "historycatalog.h"

#include "apiclient.h"
#include "errortext.h"
#include "homecontroller.h"
#include "modelformat.h"
#include "modelroles.h"

#include <QJsonArray>
#include <QSaveFile>

namespace ModeDesk {

// --- HistoryItem, HistoryItemsModel ----------------------------------------------------

QString HistoryItem::keyOf(Kind kind, const QString &id)
{
    return (kind == Kind::Series ? QStringLiteral("s:") : QStringLiteral("c:")) + id;
}

int HistoryItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const HistoryItem &item = record(index.row());
    const bool series = item.kind == HistoryItem::Kind::Series;
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case IdColumn:
                    return item.id;
                case KindColumn:
                    return series ? tr("Series")
                                  : tr("Collection (%1)")
                                        .arg(item.valueNames.join(QStringLiteral(", ")));
                case FirstColumn:
                    return ModelFormat::dateTime(item.first);
                case LastColumn:
                    return ModelFormat::dateTime(item.last);
            }
            break;
        case SortRole:
            switch (index.column()) {
                case IdColumn:
                    return item.id;
                case KindColumn:
                    return series ? 0 : 1;
                case FirstColumn:
                    return item.first.isValid() ? item.first.toMSecsSinceEpoch() : 0;
                case LastColumn:
                    return item.last.isValid() ? item.last.toMSecsSinceEpoch() : 0;
            }
            break;
        case IdRole:
            return item.key();
        case KindRole:
            return int(item.kind);
        case FilterRole:
            return QStringList{item.id, item.valueNames.join(QLatin1Char(' '))}.join(
                QLatin1Char(' '));
        case Qt::ToolTipRole:
            if (index.column() == LastColumn && !item.last.isValid())
                return tr("No points yet");
            break;
    }
    return {};
}

QVariant HistoryItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case IdColumn:
            return tr("Series");
        case KindColumn:
            return tr("Kind");
        case FirstColumn:
            return tr("First point");
        case LastColumn:
            return tr("Last point");
    }
    return {};
}

void HistoryItemsModel::notePoint(const QString &key, const QDateTime &ts)
{
    const int row = rowOf(key);
    if (row < 0 || (record(row).last.isValid() && record(row).last >= ts))
        return;
    modify(key, [&ts](HistoryItem &item) {
        item.last = ts;
        if (!item.first.isValid())
            item.first = ts;
    });
}

// --- HistoryExport ---------------------------------------------------------------------

void HistoryExport::cancel()
{
    if (m_call)
        m_call->cancel();  // fails with Cancelled, which finishes the job
    else
        fail(tr("Export cancelled."));
}

void HistoryExport::fail(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(false, message);
}

void HistoryExport::failWith(const ApiError &error)
{
    fail(error.kind == ApiError::Kind::Cancelled ? tr("Export cancelled.")
                                                 : ErrorText::explain(error));
}

void HistoryExport::succeed(const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    emit progress(100);
    emit finished(true, message);
}

// --- HistoryCatalog --------------------------------------------------------------------

HistoryCatalog::HistoryCatalog(ApiClient *api, HomeController *home, QObject *parent)
    : QObject(parent), m_api(api), m_home(home), m_cache(api)
{
    QAbstractItemModel *modules = home->smartModules();
    connect(modules, &QAbstractItemModel::modelReset, this, &HistoryCatalog::followModules);
    connect(modules, &QAbstractItemModel::rowsInserted, this, &HistoryCatalog::followModules);
    connect(modules, &QAbstractItemModel::rowsRemoved, this, &HistoryCatalog::followModules);
    connect(modules, &QAbstractItemModel::dataChanged, this, &HistoryCatalog::followModules);
    connect(home, &HomeController::loadingChanged, this, [this](bool loading) {
        if (!loading && m_home->homeId() == m_shownHome)
            m_modulesSettled = true;
        followModules();
    });
    connect(
        home, &HomeController::loadProblem, this,
        [this](HomeController::Part part, const QString &sentence, const QString &, bool failed) {
            if (failed && part == HomeController::Part::SmartModules &&
                m_home->smartModules()->rowCount() == 0) {
                m_modulesFailed = true;
                m_error = sentence;
            }
        });
    connect(home, &HomeController::homeEventsReceived, this, &HistoryCatalog::applyEvents);
}

qint64 HistoryCatalog::homeId() const
{
    return m_shownHome;
}

void HistoryCatalog::setStatus(Status status, const QString &error)
{
    m_error = error;
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}

void HistoryCatalog::followModules()
{
    const qint64 home = m_home->homeId();
    QString module;
    for (const SmartModule &m : m_home->smartModules()->records()) {
        if (m.moduleType == Tsdb::ModuleType) {
            module = m.id;
            break;
        }
    }
    if (home != m_shownHome) {
        m_modulesSettled = !m_home->isLoading() && m_home->smartModules()->rowCount() > 0;
        m_modulesFailed = false;
    }
    const bool changed = home != m_shownHome || module != m_moduleId;
    if (changed) {
        ++m_generation;
        m_shownHome = home;
        m_moduleId = module;
        m_rangeQueue.clear();
        m_rangesInFlight = 0;
        m_items.resetRecords({});
        m_cache.setSource(home, module);
    }
    if (home == 0)
        return setStatus(Status::NoHome);
    if (module.isEmpty()) {
        // Until the home's modules have come, "no module" would be a guess.
        if (m_modulesFailed)
            setStatus(Status::Failed, m_error);
        else
            setStatus(m_modulesSettled ? Status::NoModule : Status::Loading);
        return;
    }
    if (changed)
        fetchList();
}

void HistoryCatalog::refresh()
{
    if (m_shownHome != 0 && !m_moduleId.isEmpty())
        fetchList();
}

void HistoryCatalog::fetchList()
{
    // A fetch already on its way is superseded: its answers are dropped.
    ++m_generation;
    m_rangeQueue.clear();
    m_rangesInFlight = 0;
    setStatus(Status::Loading);
    const int generation = m_generation;
    auto series = std::make_shared<QList<HistoryItem>>();
    auto collections = std::make_shared<QList<HistoryItem>>();
    auto failed = std::make_shared<bool>(false);
    const auto landed = [this, generation, series, collections, failed] {
        if (generation != m_generation || --m_listsPending > 0 || *failed)
            return;
        // Keep the ranges already known; fetch those that are not.
        QList<HistoryItem> fresh = *series + *collections;
        for (HistoryItem &item : fresh) {
            const int row = m_items.rowOf(item.key());
            if (row >= 0) {
                item.first = m_items.record(row).first;
                item.last = m_items.record(row).last;
            }
        }
        m_items.setRecords(fresh);
        for (const HistoryItem &item : std::as_const(fresh))
            queueRange(item.key());
        setStatus(Status::Ready);
    };
    const auto onFailure = [this, generation, failed](const ApiError &error) {
        if (generation != m_generation)
            return;
        --m_listsPending;
        if (*failed)
            return;
        *failed = true;
        setStatus(Status::Failed, ErrorText::explain(error));
    };
    m_listsPending = 2;
    m_api->getTimeSeriesList(m_shownHome, m_moduleId)
        ->then(
            this,
            [series, landed](const QList<TimeSeries> &list) {
                for (const TimeSeries &s : list)
                    series->append({HistoryItem::Kind::Series, s.id, {}, {}, {}});
                landed();
            },
            onFailure);
    m_api->getCollections(m_shownHome, m_moduleId)
        ->then(
            this,
            [collections, landed](const QList<TimeSeriesCollection> &list) {
                for (const TimeSeriesCollection &c : list)
                    collections->append(
                        {HistoryItem::Kind::Collection, c.id, {}, {}, c.valueNames});
                landed();
            },
            onFailure);
}

void HistoryCatalog::queueRange(const QString &key)
{
    if (!m_rangeQueue.contains(key))
        m_rangeQueue.append(key);
    fetchNextRanges();
}

void HistoryCatalog::fetchNextRanges()
{
    while (m_rangesInFlight < MaxRangesInFlight && !m_rangeQueue.isEmpty()) {
        const QString key = m_rangeQueue.takeFirst();
        const int row = m_items.rowOf(key);
        if (row < 0)
            continue;
        const HistoryItem item = m_items.record(row);
        ApiCall<TimeRange> *call =
            item.kind == HistoryItem::Kind::Series
                ? m_api->getTimeSeriesRange(m_shownHome, m_moduleId, item.id)
                : m_api->getCollectionRange(m_shownHome, m_moduleId, item.id);
        ++m_rangesInFlight;
        const int generation = m_generation;
        connect(call, &ApiCallBase::finished, this, [this, generation] {
            if (generation == m_generation)
                --m_rangesInFlight;
            fetchNextRanges();
        });
        call->then(
            this,
            [this, generation, key](const TimeRange &range) {
                if (generation == m_generation)
                    applyRange(key, range);
            },
            [](const ApiError &) {});  // the range stays unknown; the list still stands
    }
}

void HistoryCatalog::applyRange(const QString &key, const TimeRange &range)
{
    const int row = m_items.rowOf(key);
    if (row < 0)
        return;
    HistoryItem item = m_items.record(row);
    item.first = range.begin;
    // A live point may have come after the range was read.
    if (!item.last.isValid() || (range.end.isValid() && range.end > item.last))
        item.last = range.end;
    m_items.upsert(item);
}

void HistoryCatalog::applyEvents(const QList<Event> &events)
{
    // While a list is on its way the rows shown are the home's too.
    if (m_status != Status::Ready && m_status != Status::Loading)
        return;
    m_items.beginBatch();
    for (const Event &event : events) {
        if (!event.eventData.json().contains("\"timeSeriesData\""))
            continue;  // most events: no parse at all
        const QJsonArray points =
            event.eventData.toObject().value(QStringLiteral("timeSeriesData")).toArray();
        for (const QJsonValue &value : points) {
            const QJsonObject point = value.toObject();
            const QString id = point.value(QStringLiteral("seriesId")).toString();
            const QDateTime ts =
                Json::parseTime(point.value(QStringLiteral("timestamp")).toString());
            if (!Tsdb::isValidSeriesId(id) || !ts.isValid() ||
                !point.value(QStringLiteral("value")).isDouble())
                continue;
            const QString key = HistoryItem::keyOf(HistoryItem::Kind::Series, id);
            if (m_items.contains(key))
                m_items.notePoint(key, ts);
            else
                m_items.upsert({HistoryItem::Kind::Series, id, ts, ts, {}});
        }
    }
    m_items.endBatch();
}

ApiCall<NoContent> *HistoryCatalog::deleteItem(const QString &key)
{
    const int row = m_items.rowOf(key);
    if (row < 0)
        return nullptr;
    const HistoryItem item = m_items.record(row);
    auto *call = item.kind == HistoryItem::Kind::Series
                     ? m_api->deleteTimeSeries(m_shownHome, m_moduleId, item.id)
                     : m_api->deleteCollection(m_shownHome, m_moduleId, item.id);
    // A refresh meanwhile is the same list: only another home or module drops the answer.
    connect(call, &ApiCallBase::succeeded, this,
            [this, home = m_shownHome, module = m_moduleId, key, item] {
                if (home != m_shownHome || module != m_moduleId)
                    return;
                m_items.removeKey(key);
                if (item.kind == HistoryItem::Kind::Series)
                    m_cache.invalidate(item.id);
            });
    return call;
}

ApiCall<NoContent> *HistoryCatalog::deleteRange(const QString &key, const QDateTime &begin,
                                                const QDateTime &end)
{
    const int row = m_items.rowOf(key);
    if (row < 0)
        return nullptr;
    const HistoryItem item = m_items.record(row);
    auto *call = item.kind == HistoryItem::Kind::Series
                     ? m_api->deleteTimeSeriesData(m_shownHome, m_moduleId, item.id, begin, end)
                     : m_api->deleteCollectionData(m_shownHome, m_moduleId, item.id, begin, end);
    connect(call, &ApiCallBase::succeeded, this,
            [this, home = m_shownHome, module = m_moduleId, key, item] {
                if (home != m_shownHome || module != m_moduleId || !m_items.contains(key))
                    return;
                if (item.kind == HistoryItem::Kind::Series)
                    m_cache.invalidate(item.id);  // the chart must not draw what is gone
                // The first or last point may be gone: ask again rather than guess.
                HistoryItem fresh = m_items.record(m_items.rowOf(key));
                fresh.first = fresh.last = {};
                m_items.upsert(fresh);
                queueRange(key);
            });
    return call;
}

HistoryExport *HistoryCatalog::exportToFile(const QStringList &keys, const QDateTime &begin,
                                            const QDateTime &end, const QString &filePath)
{
    auto *job = new HistoryExport(this);
    ExportRequest request;
    request.begin = begin;
    request.end = end;
    for (const QString &key : keys) {
        const int row = m_items.rowOf(key);
        if (row < 0)
            continue;
        const HistoryItem &item = m_items.record(row);
        (item.kind == HistoryItem::Kind::Series ? request.seriesIds : request.collectionIds)
            .append(item.id);
    }
    // One name per file: a collection that shares a series' id says so.
    for (const QString &id : std::as_const(request.seriesIds))
        request.fileNames.append(id + QStringLiteral(".csv"));
    for (const QString &id : std::as_const(request.collectionIds))
        request.fileNames.append(id + (request.seriesIds.contains(id)
                                           ? QStringLiteral("-collection.csv")
                                           : QStringLiteral(".csv")));
    if (request.fileNames.isEmpty()) {
        QMetaObject::invokeMethod(
            job, [job] { job->fail(HistoryExport::tr("Pick a series or collection to export.")); },
            Qt::QueuedConnection);
        return job;
    }
    ApiCall<ExportTicket> *start = m_api->startExport(m_shownHome, m_moduleId, request);
    job->m_call = start;
    start->then(
        job,
        [this, job, filePath](const ExportTicket &ticket) {
            // Written as it arrives, all or nothing: a failed download leaves an older file.
            auto file = std::make_shared<QSaveFile>(filePath);
            if (!file->open(QIODevice::WriteOnly)) {
                job->fail(
                    HistoryExport::tr("Could not write %1: %2").arg(filePath, file->errorString()));
                return;
            }
            ApiCall<NoContent> *download = m_api->downloadExport(QUrl(ticket.dataUrl), file.get());
            job->m_call = download;
            connect(download, &ApiCallBase::progress, job, [job](qint64 received, qint64 total) {
                emit job->progress(total > 0 ? int(received * 100 / total) : -1);
            });
            connect(download, &ApiCallBase::failed, job, [file] { file->cancelWriting(); });
            download->then(
                job,
                [job, file, filePath](const NoContent &) {
                    const qint64 bytes = file->size();
                    if (!file->commit()) {
                        job->fail(HistoryExport::tr("Could not write %1: %2")
                                      .arg(filePath, file->errorString()));
                        return;
                    }
                    job->succeed(HistoryExport::tr("Exported %1 (%2 KiB).")
                                     .arg(filePath)
                                     .arg((bytes + 1023) / 1024));
                },
                [job](const ApiError &error) { job->failWith(error); });
        },
        [job](const ApiError &error) { job->failWith(error); });
    return job;
}

}  // namespace ModeDesk
