// Where each HTTP/1.1 request in a connection's byte stream ends its headers
// and its body, found from the bytes alone as they arrive (in pieces of any
// size), and whether a size bound is crossed. Pure logic: ConnectionGuard
// feeds it a socket's bytes and keeps the timers.
#pragma once

#include <QByteArray>
#include <functional>

namespace ModeDesk::Sandbox {

class RequestFramer
{
public:
    struct Bounds {
        qint64 maxHeaderBytes = 0;
        qint64 maxBodyBytes = 0;
    };

    enum class Step {
        HeadersStarted,   // the first byte of a request
        BodyStarted,      // headers done; a body follows
        RequestComplete,  // headers (and body) done; a reply is due
        HeadersTooLarge,  // 431; framing ends here
        BodyTooLarge,     // 413 (declared or counted); framing ends here
    };

    explicit RequestFramer(Bounds bounds) : m_bounds(bounds) {}

    // Scans the bytes, reporting each step in order. After a refusal it takes
    // no more. (A WebSocket upgrade is a request like any other here: the
    // server says when it has really taken the socket over.)
    void feed(QByteArray bytes, const std::function<void(Step)> &onStep);
    // A chunked body is not parsed: it ends when its reply has gone out.
    void replyWritten(const std::function<void(Step)> &onStep);

    bool isDone() const { return m_phase == Phase::Done; }
    // The last complete request asked for a WebSocket upgrade.
    bool lastWasUpgrade() const { return m_lastWasUpgrade; }
    bool midRequest() const { return m_phase != Phase::Headers || !m_headers.isEmpty(); }
    // Bytes of a Content-Length body still to come (0 outside one).
    qint64 bodyLeft() const { return m_phase == Phase::Body ? m_bodyLeft : 0; }
    // The fast path for body bytes (n < bodyLeft()): counted, not copied.
    void skipBody(qint64 n) { m_bodyLeft -= n; }

private:
    enum class Phase { Headers, Body, ChunkedBody, Done };

    // False: framing ended (a refusal).
    bool endHeaders(const std::function<void(Step)> &onStep);
    void finish(Step step, const std::function<void(Step)> &onStep);

    Bounds m_bounds;
    Phase m_phase = Phase::Headers;
    QByteArray m_headers;  // of the request being read; at most maxHeaderBytes + a piece
    qint64 m_bodyLeft = 0;
    qint64 m_chunkedRead = 0;
    bool m_lastWasUpgrade = false;
};

}  // namespace ModeDesk::Sandbox
