#include "eventstream.h"

#include "eventstreamworker.h"
#include "jsoncodec.h"
#include "logging.h"

#include <QMetaObject>
#include <iterator>

namespace ModeDesk {

// ---- EventStream (UI thread) ----------------------------------------------

EventStream::EventStream(QObject *parent) : QObject(parent), m_worker(new EventStreamWorker)
{
    qRegisterMetaType<StreamHealth>();
    qRegisterMetaType<QList<Event>>();
    qRegisterMetaType<EventStreamOptions>();
    m_thread.setObjectName(QStringLiteral("EventStream"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &EventStreamWorker::batchReady, this, &EventStream::onBatch);
    connect(m_worker, &EventStreamWorker::healthChanged, this, &EventStream::onHealth);
    connect(m_worker, &EventStreamWorker::resynced, this, &EventStream::resynced);
    connect(m_worker, &EventStreamWorker::refused, this, &EventStream::refused);
    m_thread.start();
}

EventStream::~EventStream()
{
    QMetaObject::invokeMethod(m_worker, &EventStreamWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void EventStream::setOptions(const EventStreamOptions &options)
{
    QMetaObject::invokeMethod(m_worker, "configure", Qt::QueuedConnection,
                              Q_ARG(ModeDesk::EventStreamOptions, options));
}

void EventStream::start(const QUrl &baseUrl, const QString &key, bool knownToWork)
{
    QUrl url = baseUrl;
    url.setPath(baseUrl.path() + QStringLiteral("/userSession/websocket"));
    QMetaObject::invokeMethod(m_worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, url),
                              Q_ARG(QString, key), Q_ARG(bool, knownToWork));
}

void EventStream::stop()
{
    QMetaObject::invokeMethod(m_worker, &EventStreamWorker::stop, Qt::QueuedConnection);
}

void EventStream::reconnectNow()
{
    QMetaObject::invokeMethod(m_worker, &EventStreamWorker::reconnectNow, Qt::QueuedConnection);
}

void EventStream::checkLink()
{
    QMetaObject::invokeMethod(m_worker, &EventStreamWorker::checkLink, Qt::QueuedConnection);
}

void EventStream::onBatch(const QList<Event> &events)
{
    QElapsedTimer busy;
    busy.start();
    emit eventsReceived(events);  // every consumer has it once this returns
    m_worker->noteBatchTaken(busy.elapsed());
    QMetaObject::invokeMethod(m_worker, &EventStreamWorker::batchConsumed, Qt::QueuedConnection);
}

void EventStream::onHealth(const StreamHealth &health)
{
    const bool stateChange = health.state != m_health.state;
    m_health = health;
    emit healthChanged(health);
    if (stateChange)
        emit stateChanged(health.state);
}

// ---- EventStreamWorker (worker thread) ------------------------------------

namespace {

// The first count events, moved out (a copy would touch every string's
// shared count twice, on two threads); QList drops from its front cheaply.
QList<Event> takeFirst(QList<Event> &events, qsizetype count)
{
    QList<Event> taken;
    taken.reserve(count);
    std::move(events.begin(), events.begin() + count, std::back_inserter(taken));
    events.remove(0, count);
    return taken;
}

}  // namespace

EventStreamWorker::EventStreamWorker()
{
    m_clock.start();
}

void EventStreamWorker::configure(const EventStreamOptions &options)
{
    m_options = options;
    // A batch holds one event at least, and as many may wait as one batch holds.
    m_options.maxBatchEvents = qMax(1, options.maxBatchEvents);
    m_options.maxHeldEvents = qMax(m_options.maxBatchEvents, options.maxHeldEvents);
    if (m_socket)
        m_socket->setKeepAlive(options.keepAlive);
}

void EventStreamWorker::start(const QUrl &url, const QString &key, bool knownToWork)
{
    if (!m_socket) {
        // Created here so that they live on this (the worker's) thread.
        m_socket = new ReconnectingSocket(this);
        m_batchTimer = new QTimer(this);
        m_batchTimer->setSingleShot(true);
        m_healthTimer = new QTimer(this);
        connect(m_batchTimer, &QTimer::timeout, this, &EventStreamWorker::flush);
        connect(m_healthTimer, &QTimer::timeout, this, &EventStreamWorker::updateHealth);
        m_socket->setMessageHandler([this](const QString &message) { onMessage(message); });
        connect(m_socket, &ReconnectingSocket::stateChanged, this, [this](LinkState state) {
            if (state == LinkState::Live)
                m_liveSinceMs = m_clock.elapsed();
            updateHealth();
        });
        connect(m_socket, &ReconnectingSocket::reconnected, this, &EventStreamWorker::resynced);
        connect(m_socket, &ReconnectingSocket::refused, this, &EventStreamWorker::refused);
    }
    m_socket->setKeepAlive(m_options.keepAlive);
    m_healthTimer->start(1000);
    m_socket->open(url, key, knownToWork);
}

void EventStreamWorker::stop()
{
    if (!m_socket)
        return;
    stampArrivals();
    // Whatever waited goes now, busy UI or not (it belongs to this session),
    // still a batch at a time: the UI thread takes each in its own turn.
    while (!m_pending.isEmpty()) {
        const qsizetype count = qMin<qsizetype>(m_pending.size(), m_options.maxBatchEvents);
        ++m_batchesInFlight;
        emit batchReady(takeFirst(m_pending, count));
    }
    m_batchTimer->stop();
    m_healthTimer->stop();
    m_socket->close();
    // The next start is another session (another profile or key): its figures start afresh.
    m_health = {};
    m_recentArrivals.clear();
    m_arrivalsInWindow = 0;
    m_unstamped = 0;
    m_lastArrivalMs = -1;
    m_lastShedLogMs = -1;
    m_lastMalformedLogMs = -1;
    updateHealth();
}

void EventStreamWorker::reconnectNow()
{
    if (m_socket)
        m_socket->reconnectNow();
}

void EventStreamWorker::checkLink()
{
    if (m_socket)
        m_socket->checkNow();
}

void EventStreamWorker::onMessage(const QString &message)
{
    // Read in place at the queue's end (moving a 170-byte event in cost a
    // tenth of reading it); taken off again when the frame is no event.
    QString error;
    if (!m_reader.read(message, m_pending.emplaceBack(), error)) {
        m_pending.removeLast();
        ++m_health.malformedFrames;
        // The first of a spell is logged with its reason; a hostile or broken
        // server sending thousands a second gets a count every 10 s, not a line each.
        const qint64 now = m_clock.elapsed();
        if (m_lastMalformedLogMs < 0 || now - m_lastMalformedLogMs >= 10'000) {
            m_lastMalformedLogMs = now;
            qCWarning(lcWs).noquote() << "dropped a frame that is not an event:" << error << "("
                                      << m_health.malformedFrames << "so far)";
        }
        return;
    }
    ++m_health.totalEvents;
    ++m_unstamped;
    if (m_pending.size() > m_options.maxHeldEvents)
        shedOverflow();
    // Reading the clock costs a tenth of reading an event: in a flood it is
    // read once every StampEvery events (their arrival is stamped together).
    constexpr qint64 StampEvery = 64;
    if (m_pending.size() > 1 && m_unstamped < StampEvery)
        return;
    const qint64 now = stampArrivals();
    // During a flood QWebSocket delivers a whole read's frames in one go and
    // the timer cannot fire: keep to the batch interval from here (a full
    // batch goes at once: its wait would only hold more events back).
    if (now - m_flushedAtMs >= m_options.batchIntervalMs ||
        m_pending.size() >= m_options.maxBatchEvents) {
        flush();
        return;
    }
    // The first event of a quiet spell goes out at once; a flood waits for the batch.
    if (!m_batchTimer->isActive())
        m_batchTimer->start(m_pending.size() == 1 ? 0 : m_options.batchIntervalMs);
}

qint64 EventStreamWorker::stampArrivals()
{
    const qint64 now = m_clock.elapsed();
    if (m_unstamped == 0)
        return now;
    if (!m_recentArrivals.empty() && m_recentArrivals.back().atMs == now)
        m_recentArrivals.back().count += m_unstamped;
    else
        m_recentArrivals.push_back({now, m_unstamped});
    m_arrivalsInWindow += m_unstamped;
    m_unstamped = 0;
    m_lastArrivalMs = now;
    return now;
}

void EventStreamWorker::flush()
{
    if (m_pending.isEmpty())
        return;
    stampArrivals();
    // The UI thread is still on the last one, or has not yet had its own
    // time after it: these wait (batchConsumed() or the timer goes on). At
    // most half the UI thread's time goes to batches in a flood, and never
    // two batches back to back.
    if (m_batchesInFlight > 0)
        return;
    const qint64 uiBusyFor = m_uiFreeAtMs - m_clock.elapsed();
    if (uiBusyFor > 0) {
        if (!m_batchTimer->isActive())
            m_batchTimer->start(int(uiBusyFor));
        return;
    }
    QList<Event> batch;
    if (m_pending.size() <= m_options.maxBatchEvents) {
        batch = std::exchange(m_pending, {});
        // Room for as many as came this time: a flood's next batch then grows
        // no array (each growth moves every waiting event).
        m_pending.reserve(batch.size());
    } else {
        batch = takeFirst(m_pending, m_options.maxBatchEvents);
    }
    ++m_batchesInFlight;
    m_flushedAtMs = m_clock.elapsed();
    emit batchReady(batch);
    // The next batch waits its turn, or goes as soon as one is full.
    m_batchTimer->start(m_pending.size() >= m_options.maxBatchEvents ? 0
                                                                     : m_options.batchIntervalMs);
}

void EventStreamWorker::noteBatchTaken(qint64 busyMs)
{
    m_uiFreeAtMs = m_clock.elapsed() + busyMs;
    int inFlight = m_batchesInFlight.load();
    while (inFlight > 0 && !m_batchesInFlight.compare_exchange_weak(inFlight, inFlight - 1)) {
    }
}

void EventStreamWorker::batchConsumed()
{
    if (m_pending.isEmpty())
        return;
    const bool due = m_clock.elapsed() - m_flushedAtMs >= m_options.batchIntervalMs;
    if (due || m_pending.size() >= m_options.maxBatchEvents)
        flush();
    else if (!m_batchTimer->isActive())
        m_batchTimer->start(m_options.batchIntervalMs);
}

void EventStreamWorker::shedOverflow()
{
    // A tenth below the bound, so that shedding is not one event at a time.
    const qsizetype keep = m_options.maxHeldEvents - m_options.maxHeldEvents / 10;
    const qsizetype drop = m_pending.size() - keep;
    m_pending.remove(0, drop);
    m_health.shedEvents += drop;
    const qint64 now = m_clock.elapsed();
    if (m_lastShedLogMs < 0 || now - m_lastShedLogMs >= 10'000) {
        m_lastShedLogMs = now;
        qCWarning(lcWs).noquote() << "the dashboard fell behind the stream:" << m_health.shedEvents
                                  << "events shed so far (the oldest waiting first)";
    }
}

void EventStreamWorker::updateHealth()
{
    const qint64 now = stampArrivals();
    // A 10 s window: steady for devices that report every few seconds,
    // quick enough to show a flood starting and stopping.
    constexpr qint64 RateWindowMs = 10'000;
    while (!m_recentArrivals.empty() && m_recentArrivals.front().atMs < now - RateWindowMs) {
        m_arrivalsInWindow -= m_recentArrivals.front().count;
        m_recentArrivals.pop_front();
    }
    const qint64 measured = qMin(RateWindowMs, qMax<qint64>(1000, now - m_liveSinceMs));
    m_health.state = m_socket ? m_socket->state() : LinkState::Closed;
    m_health.eventsPerSecond = m_arrivalsInWindow * 1000.0 / double(measured);
    m_health.reconnects = m_socket ? m_socket->reconnectCount() : 0;
    m_health.refusalReason = m_socket ? m_socket->refusalReason() : QString();
    m_health.heldBack = m_pending.size();
    if (m_lastArrivalMs >= 0) {
        m_health.lastEventTime = QDateTime::currentDateTimeUtc().addMSecs(-(now - m_lastArrivalMs));
    }
    const qint64 quietSince = qMax(m_lastArrivalMs, m_liveSinceMs);
    m_health.silent =
        m_health.state == LinkState::Live && now - quietSince > m_options.quietPeriodMs;
    emit healthChanged(m_health);
}

}  // namespace ModeDesk
