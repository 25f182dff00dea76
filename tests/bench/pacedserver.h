// The paced event server bench_live offers its load from: on a thread of
// the benchmark's own (Bench::ThreadedServer) or as a second process
// (ServerProcess runs this program with "serve").
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cstdio>
#include <functional>

namespace ModeDesk::Bench {

inline constexpr int PacedSeconds = 3;  // how long a server offers its rate
inline constexpr int TickMs = 50;

// Offers rate events/s for PacedSeconds from its own thread, in 50 ms bursts that
// catch up when a burst is late. Frames are pieces written once with the
// burst's time put in: the server must not be what limits the pipeline.
class PacedServer : public QObject
{
public:
    // devices: how many send (ids 1..devices, 100 to a home).
    explicit PacedServer(int rate, int devices = 3) : m_rate(rate)
    {
        for (int i = 0; i < 1000; ++i) {
            const int device = 1 + i % devices;
            m_heads.append(QStringLiteral("{\"eventType\":\"sensor-status\",\"homeId\":%1,"
                                          "\"originDeviceId\":%2,\"originDeviceClass\":"
                                          "\"sensor\",\"timestamp\":\"")
                               .arg(1 + (device - 1) / 100)
                               .arg(device));
            m_tails.append(QStringLiteral("\",\"eventData\":{\"temperature\":%1,\"humidity\":%2,"
                                          "\"zones\":[0,1,%3,0]}}")
                               .arg(20 + (i % 100) / 10.0)
                               .arg(40 + i % 20)
                               .arg(i % 2));
        }
    }

    quint16 start()
    {
        m_server =
            new QWebSocketServer(QStringLiteral("paced"), QWebSocketServer::NonSecureMode, this);
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server->nextPendingConnection();
            socket->setParent(this);
            if (m_clientGone)
                connect(socket, &QWebSocket::disconnected, this, m_clientGone);
            auto *timer = new QTimer(this);
            m_clock.start();
            connect(timer, &QTimer::timeout, this, [this, socket, timer] {
                const qint64 total = qint64(m_rate) * PacedSeconds;
                const qint64 due = qMin(total, qint64(m_rate) * m_clock.elapsed() / 1000);
                const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
                for (; m_sent < due; ++m_sent) {
                    const int i = int(m_sent % 1000);
                    socket->sendTextMessage(m_heads.at(i) + now + m_tails.at(i));
                }
                if (m_sent >= total)
                    timer->stop();
            });
            timer->start(TickMs);
        });
        return m_server->serverPort();
    }

    // Called when the client has gone (the server in a process of its own quits).
    void onClientGone(std::function<void()> gone) { m_clientGone = std::move(gone); }

private:
    const int m_rate;
    std::function<void()> m_clientGone;
    QStringList m_heads, m_tails;
    QWebSocketServer *m_server = nullptr;
    QElapsedTimer m_clock;
    qint64 m_sent = 0;
};

// The paced server in a process of its own (this program, "serve"): what
// it buffers for a client that reads too slowly is then not in this
// process's memory, which is the dashboard's alone.
class ServerProcess
{
public:
    ServerProcess(int rate, int devices)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("serve"), QString::number(rate), QString::number(devices)});
        QByteArray line;
        while (!line.contains('\n') && m_process.waitForReadyRead(10'000))
            line += m_process.readAll();
        if (line.startsWith("PORT "))
            m_port = quint16(line.mid(5).trimmed().toUInt());
        if (m_port == 0)
            std::printf("the server process did not start: %s\n", line.constData());
    }
    ~ServerProcess()
    {
        m_process.kill();  // it quits when the client goes; this is for when it did not
        m_process.waitForFinished(5'000);
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

// "serve <rate> <devices>": the paced server alone; prints "PORT <n>" and
// quits when its client goes (or after the longest a run takes).
inline int serve(QCoreApplication &app, int rate, int devices)
{
    PacedServer server(rate, devices);
    server.onClientGone([&app] { app.quit(); });
    std::printf("PORT %u\n", unsigned(server.start()));
    std::fflush(stdout);
    QTimer::singleShot((PacedSeconds + 20) * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}

}  // namespace ModeDesk::Bench
