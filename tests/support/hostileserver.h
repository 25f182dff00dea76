// A MODE-shaped server that answers badly on demand, for tests of the
// dashboard against a broken or hostile cloud: a body that never ends or
// announces a gigabyte, one that drips a byte at a time, one cut short, one
// that never comes, and any status or JSON. It speaks just enough HTTP/1.1
// (one request per connection) on 127.0.0.1 and a free port; the dashboard's
// sign-in and a home's lists are served by default so that a test only sets
// the path it breaks.
#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

namespace ModeDesk::Testing {

class HostileServer : public QObject
{
    Q_OBJECT

public:
    struct Reply {
        enum class Way {
            Whole,      // status, headers and body, then close
            Endless,    // no length; `bytes` of filler streamed as fast as the client reads
            Announced,  // Content-Length of `bytes`, then filler until the client goes
            Drip,       // the body one byte every `intervalMs`
            CutShort,   // Content-Length of `bytes`, the body shorter, then close
            Silent,     // nothing at all, ever
        };
        int status = 200;
        QByteArray body;
        Way way = Way::Whole;
        qint64 bytes = 0;
        int intervalMs = 1000;
    };

    explicit HostileServer(QObject *parent = nullptr);

    bool start();
    QUrl baseUrl() const;
    // Answers requests whose path (with the query) starts with prefix; the longest prefix wins.
    void on(const QString &prefix, const Reply &reply);
    static Reply json(const QByteArray &body, int status = 200);
    // Requests seen whose path starts with prefix.
    int requests(const QString &prefix) const;
    // Streams that are still being written (endless, announced, drip).
    int openStreams() const { return m_streams; }

private:
    void serve(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const QString &target);

    QTcpServer m_server;
    QHash<QString, Reply> m_replies;
    QHash<QString, int> m_seen;
    int m_streams = 0;
};

}  // namespace ModeDesk::Testing
