// What every benchmark shares: the output line format, and a server object
// that lives and dies on its own thread.
#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <functional>
#include <utility>

namespace ModeDesk::Bench {

// "BENCH <name> <value> <unit>", one per line, flushed at once.
inline void print(const char *name, double value, const char *unit, int decimals = 1)
{
    std::printf("BENCH %s %.*f %s\n", name, decimals, value, unit);
    std::fflush(stdout);
}

// Benchmarks run headless unless told otherwise: call before the application.
inline void preferOffscreen()
{
    if (qgetenv("QT_QPA_PLATFORM").isEmpty())
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

// Runs this thread's event loop until done() holds or timeoutMs have passed; done() once
// more at the end. Events are handled the moment they come, as in the application's own
// loop: QTest::qWaitFor sleeps 10 ms between its passes, which added up to 10 ms to each
// hop through this thread (two per request: the send and the answer). done() is looked at
// every millisecond, so a figure read when this returns is at most ~1 ms late.
inline bool runUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    const QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer check;
    check.setTimerType(Qt::PreciseTimer);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    check.start(1);
    loop.exec();
    return done();
}

// Runs Server (a QObject with quint16 start()) on its own thread; deleted there.
template <typename Server>
class ThreadedServer
{
public:
    template <typename... Args>
    explicit ThreadedServer(Args &&...args) : m_server(new Server(std::forward<Args>(args)...))
    {
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_server, [this] { m_port = m_server->start(); }, Qt::BlockingQueuedConnection);
    }
    ~ThreadedServer()
    {
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    // Read only what start() left behind: the server thread owns the rest.
    const Server *server() const { return m_server; }

private:
    QThread m_thread;
    Server *m_server;
    quint16 m_port = 0;
};

}  // namespace ModeDesk::Bench
