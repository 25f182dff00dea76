#include "tsdbfeed.h"

#include "jsoncodec.h"
#include "logging.h"
#include "sandboxdatabase.h"
#include "tsdbstore.h"

#include <QJsonArray>

namespace ModeDesk::Sandbox {

namespace {

const QString SeriesKey = QStringLiteral("timeSeriesData");
const QString CollectionKey = QStringLiteral("timeSeriesCollectionData");
constexpr qint64 LogEveryMs = 10'000;

std::optional<qint64> timestampOf(const QJsonObject &entry)
{
    const QDateTime ts = Json::parseTime(entry.value(QStringLiteral("timestamp")).toString());
    if (!ts.isValid() || ts.toMSecsSinceEpoch() < 0)
        return std::nullopt;
    return ts.toMSecsSinceEpoch();
}

}  // namespace

void TsdbFeed::take(const Event &event)
{
    // Most events carry neither: they cost two lookups, no query.
    const QJsonObject data = event.eventData.toObject();
    const QJsonValue series = data.value(SeriesKey);
    const QJsonValue collection = data.value(CollectionKey);
    if ((series.isUndefined() && collection.isUndefined()) || event.homeId == 0)
        return;

    int skipped = 0;
    QList<NewPoint> points;
    for (const QJsonValue &value : series.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("seriesId")).toString();
        const QJsonValue number = entry.value(QStringLiteral("value"));
        const std::optional<qint64> ms = timestampOf(entry);
        if (!Tsdb::isValidSeriesId(id) || !number.isDouble() || !ms) {
            ++skipped;
            continue;
        }
        points.append({id, *ms, number.toDouble()});
    }
    QList<NewCollectionPoint> rows;
    for (const QJsonValue &value : collection.toArray()) {
        const QJsonObject entry = value.toObject();
        const QString id = entry.value(QStringLiteral("collectionId")).toString();
        const QJsonObject values = entry.value(QStringLiteral("values")).toObject();
        const QJsonObject tags = entry.value(QStringLiteral("tags")).toObject();
        const std::optional<qint64> ms = timestampOf(entry);
        const bool numbers = std::all_of(values.begin(), values.end(),
                                         [](const QJsonValue &v) { return v.isDouble(); });
        const bool strings =
            std::all_of(tags.begin(), tags.end(), [](const QJsonValue &v) { return v.isString(); });
        if (!Tsdb::isValidSeriesId(id) || !ms || values.isEmpty() || !numbers || !strings) {
            ++skipped;
            continue;
        }
        rows.append({id, *ms, values, tags});
    }
    if (!series.isUndefined() && !series.isArray())
        ++skipped;
    if (!collection.isUndefined() && !collection.isArray())
        ++skipped;
    if (skipped > 0)
        noteSkipped(skipped, event);

    try {
        for (const QString &module : m_store.modulesTaking(event.homeId, event.eventType)) {
            const TsdbScope scope{event.homeId, module};
            m_store.addPoints(scope, points);
            if (!rows.isEmpty())
                m_store.addCollectionPoints(scope, rows);
        }
    } catch (const DatabaseError &error) {
        qCWarning(lcSandbox) << "TSDB could not store the points of a" << event.eventType
                             << "event:" << error.what();
    }
}

void TsdbFeed::noteSkipped(int count, const Event &event)
{
    m_skipped += count;
    m_skippedSinceLog += count;
    // A device that sends bad points every second is one line per 10 s, not a flood.
    if (m_sinceLog.isValid() && m_sinceLog.elapsed() < LogEveryMs)
        return;
    qCInfo(lcSandbox).noquote()
        << QStringLiteral(
               "TSDB skipped %1 time-series entries that are not valid points (the "
               "last in a %2 event of home %3): a seriesId, an RFC 3339 timestamp "
               "and a numeric value are needed")
               .arg(m_skippedSinceLog)
               .arg(event.eventType)
               .arg(event.homeId);
    m_skippedSinceLog = 0;
    m_sinceLog.start();
}

}  // namespace ModeDesk::Sandbox
