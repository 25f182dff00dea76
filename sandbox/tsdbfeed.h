// What feeds the TSDB modules: every published event whose eventData carries
// timeSeriesData (points of series) or timeSeriesCollectionData (points of
// collections) is stored by each TSDB module of its home that takes its
// event type. Entries that are not valid points are skipped and counted; the
// event itself is delivered as usual either way.
#pragma once

#include "modeobjects.h"

#include <QElapsedTimer>

namespace ModeDesk::Sandbox {

class TsdbStore;

class TsdbFeed
{
public:
    explicit TsdbFeed(const TsdbStore &store) : m_store(store) {}

    void take(const Event &event);
    qint64 skippedEntries() const { return m_skipped; }

private:
    void noteSkipped(int count, const Event &event);

    const TsdbStore &m_store;
    qint64 m_skipped = 0;
    qint64 m_skippedSinceLog = 0;
    QElapsedTimer m_sinceLog;
};

}  // namespace ModeDesk::Sandbox
