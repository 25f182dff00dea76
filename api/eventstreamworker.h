// EventStream's half on the worker thread: the socket, parsing, batching and
// the health figures. Internal to api/.
#pragma once

#include "eventframereader.h"
#include "eventstream.h"

#include <QElapsedTimer>
#include <QTimer>
#include <atomic>
#include <deque>

namespace ModeDesk {

class EventStreamWorker : public QObject
{
    Q_OBJECT

public:
    EventStreamWorker();

public slots:
    void configure(const ModeDesk::EventStreamOptions &options);
    void start(const QUrl &url, const QString &key, bool knownToWork);
    void stop();
    void reconnectNow();
    void checkLink();
    // The UI thread has taken a batch, busy for busyMs: the next may go once
    // the UI has had as long for itself (painting, input). Called on the UI
    // thread (a flood can keep the worker's event loop from seeing a queued
    // call for long, and batches would wait for nothing): atomics only.
    void noteBatchTaken(qint64 busyMs);
    // Queued after noteBatchTaken(): sends what waits once the worker is free.
    void batchConsumed();

signals:
    void batchReady(const QList<ModeDesk::Event> &events);
    void healthChanged(const ModeDesk::StreamHealth &health);
    void resynced();
    void refused(const QString &reason);

private:
    void onMessage(const QString &message);
    void flush();
    void updateHealth();
    qint64 stampArrivals();
    void shedOverflow();

    ReconnectingSocket *m_socket = nullptr;  // created on the worker thread
    EventStreamOptions m_options;
    EventFrameReader m_reader;
    QList<Event> m_pending;
    QTimer *m_batchTimer = nullptr;
    QTimer *m_healthTimer = nullptr;
    struct Arrivals {
        qint64 atMs;
        qint64 count;
    };
    std::deque<Arrivals> m_recentArrivals;  // within the rate window
    qint64 m_arrivalsInWindow = 0;
    qint64 m_unstamped = 0;  // events read since the clock was last read
    QElapsedTimer m_clock;
    qint64 m_flushedAtMs = 0;  // a flood keeps the event loop busy: flush from onMessage too
    qint64 m_lastArrivalMs = -1;
    std::atomic<int> m_batchesInFlight = 0;
    std::atomic<qint64> m_uiFreeAtMs = 0;  // on m_clock: the next batch not before
    qint64 m_lastShedLogMs = -1;
    qint64 m_lastMalformedLogMs = -1;
    qint64 m_liveSinceMs = 0;
    StreamHealth m_health;
};

}  // namespace ModeDesk
