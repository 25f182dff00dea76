// Events per second from a server socket through EventStream (parse on its
// worker thread, batches to the UI thread) to a batch consumer, beside the
// raw frame rate of a bare QWebSocket reading the same frames on the same run.
// Prints "BENCH <name> <value> <unit>" lines.
#include "eventstream.h"

#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <cstdio>

using namespace ModeDesk;
using ModeDesk::Bench::print;

namespace {

constexpr int Frames = 200'000;

// Sends Frames event frames to each client that connects, from its own thread.
class FloodServer : public QObject
{
public:
    quint16 start()
    {
        m_server =
            new QWebSocketServer(QStringLiteral("flood"), QWebSocketServer::NonSecureMode, this);
        m_server->listen(QHostAddress::LocalHost);
        connect(m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket *socket = m_server->nextPendingConnection();
            socket->setParent(this);
            for (int i = 0; i < Frames; ++i) {
                socket->sendTextMessage(
                    QStringLiteral(
                        "{\"eventType\":\"thermostat-status\",\"homeId\":1,\"originDeviceId\":%1,"
                        "\"originDeviceClass\":\"thermostat\",\"timestamp\":\"2026-11-25T10:00:00."
                        "000Z\","
                        "\"eventData\":{\"temperature\":%2,\"humidity\":41,\"zones\":[0,1,0,0]}}")
                        .arg(i % 50)
                        .arg(20 + (i % 100) / 10.0));
            }
        });
        return m_server->serverPort();
    }

private:
    QWebSocketServer *m_server = nullptr;
};

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bench::ThreadedServer<FloodServer> server;
    const quint16 port = server.port();
    const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));

    // 1. A bare QWebSocket: frames counted, nothing parsed.
    {
        QWebSocket raw;
        int count = 0;
        QElapsedTimer clock;
        QObject::connect(&raw, &QWebSocket::connected, [&] { clock.start(); });
        QObject::connect(&raw, &QWebSocket::textMessageReceived, [&](const QString &) {
            if (++count == Frames)
                app.quit();
        });
        QTimer::singleShot(50'000, &app, &QCoreApplication::quit);
        raw.open(url);
        app.exec();
        print("raw_websocket_frames", count * 1000.0 / qMax<qint64>(1, clock.elapsed()),
              "frames/s");
    }

    // 2. EventStream: parsed into Events on its worker, delivered in batches.
    {
        EventStream stream;
        qint64 received = 0;
        int batches = 0;
        QElapsedTimer clock;
        QObject::connect(&stream, &EventStream::stateChanged, [&](LinkState state) {
            if (state == LinkState::Live)
                clock.start();
        });
        QObject::connect(&stream, &EventStream::eventsReceived, [&](const QList<Event> &events) {
            ++batches;
            received += events.size();
            if (received >= Frames)
                app.quit();
        });
        QTimer::singleShot(50'000, &app, &QCoreApplication::quit);
        QUrl base = url;
        base.setScheme(QStringLiteral("http"));
        stream.start(base, QStringLiteral("bench"));
        app.exec();
        const double seconds = qMax<qint64>(1, clock.elapsed()) / 1000.0;
        print("eventstream_ingest", received / seconds, "events/s");
        print("eventstream_batches_per_second", batches / seconds, "batches/s");
        print("eventstream_events_per_batch", received / double(qMax(1, batches)), "events");
        if (received < Frames)
            std::printf("incomplete: %lld of %d events\n", static_cast<long long>(received),
                        Frames);
    }
    return 0;
}
