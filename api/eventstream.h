// The user socket (/userSession/websocket) as the UI sees it: events in
// batches (a trickle at most every ~50 ms; a flood in full batches as fast
// as the UI takes them), link health, and "resynced" after a reconnect so
// models can re-fetch. Reading and parsing run on a worker thread. One batch
// at a time is on its way to the UI thread, and the next waits until the UI
// has had as long for itself as the last one took (a flood gets at most half
// of the UI thread); meanwhile the rest wait on the worker, and beyond a
// bound the oldest are shed and counted.
#pragma once

#include "modeobjects.h"
#include "reconnectingsocket.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

namespace ModeDesk {

struct StreamHealth {
    LinkState state = LinkState::Closed;
    double eventsPerSecond = 0;  // over the last 10 seconds
    QDateTime lastEventTime;     // when the newest event arrived
    int reconnects = 0;
    bool silent = false;  // live, but nothing for longer than the quiet period
    qint64 totalEvents = 0;
    qint64 malformedFrames = 0;  // frames that were not Event JSON (dropped, logged)
    // The dashboard fell behind a flood: events waiting for it now, and events
    // dropped (the oldest first) when too many waited. Shown, never silent.
    qint64 heldBack = 0;
    qint64 shedEvents = 0;
    QString refusalReason;
};

struct EventStreamOptions {
    KeepAlive keepAlive;
    int batchIntervalMs = 50;
    int quietPeriodMs = 60'000;
    // A batch the UI thread takes in one go (a few ms of work), and how many
    // events may wait while it is busy with the last one before the oldest go.
    int maxBatchEvents = 4'000;
    int maxHeldEvents = 100'000;
};

class EventStreamWorker;

class EventStream : public QObject
{
    Q_OBJECT

public:
    explicit EventStream(QObject *parent = nullptr);
    ~EventStream() override;

    void setOptions(const EventStreamOptions &options);
    // baseUrl: the API's http(s) URL; key: a user session key; knownToWork: the server
    // took this key before (a kept key), so a server that is away is tried as often as
    // one that has been live, to be back within seconds of its return.
    void start(const QUrl &baseUrl, const QString &key, bool knownToWork = false);
    void stop();
    // The server is known to be back: retry now rather than after the backoff.
    void reconnectNow();
    // A call to the server went unanswered: check the live link now (a ping), so a
    // frozen server is noticed within the pong's time, not at the next ping.
    void checkLink();
    StreamHealth health() const { return m_health; }

signals:
    void eventsReceived(const QList<ModeDesk::Event> &events);
    void healthChanged(const ModeDesk::StreamHealth &health);
    void stateChanged(ModeDesk::LinkState state);
    // Live again after a drop: re-fetch what may have changed meanwhile.
    void resynced();
    // The server refused the key; the stream stopped.
    void refused(const QString &reason);

private:
    void onHealth(const StreamHealth &health);
    void onBatch(const QList<ModeDesk::Event> &events);

    QThread m_thread;
    EventStreamWorker *m_worker;
    StreamHealth m_health;
};

}  // namespace ModeDesk

Q_DECLARE_METATYPE(ModeDesk::StreamHealth)
Q_DECLARE_METATYPE(ModeDesk::EventStreamOptions)
