#include "requestframer.h"

#include <QList>

namespace ModeDesk::Sandbox {

namespace {

// The value of a header line "name: value" (name lower-case), or null.
QByteArray headerValue(const QByteArray &lowerHeaders, const QByteArray &name)
{
    for (const QByteArray &line : lowerHeaders.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == name)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

}  // namespace

void RequestFramer::feed(QByteArray bytes, const std::function<void(Step)> &onStep)
{
    while (!bytes.isEmpty()) {
        switch (m_phase) {
            case Phase::Headers: {
                if (m_headers.isEmpty()) {
                    // Blank lines before a request line are ignored (RFC 9112 2.2),
                    // as Qt's parser does: they start no request.
                    qsizetype blank = 0;
                    while (blank < bytes.size() && (bytes[blank] == '\r' || bytes[blank] == '\n'))
                        ++blank;
                    bytes.remove(0, blank);
                    if (bytes.isEmpty())
                        return;
                    onStep(Step::HeadersStarted);
                }
                // A terminator may straddle two pieces.
                const qsizetype searchFrom = qMax<qsizetype>(0, m_headers.size() - 3);
                m_headers.append(bytes);
                bytes.clear();
                // The headers end at a line end followed by an empty line, each
                // either CRLF or a bare LF.
                qsizetype end = -1;
                for (const char *terminator : {"\r\n\r\n", "\n\n", "\r\n\n", "\n\r\n"}) {
                    const qsizetype at = m_headers.indexOf(terminator, searchFrom);
                    if (at >= 0 && (end < 0 || at + qsizetype(qstrlen(terminator)) < end))
                        end = at + qsizetype(qstrlen(terminator));
                }
                if (end < 0 || end > m_bounds.maxHeaderBytes) {
                    if (m_headers.size() > m_bounds.maxHeaderBytes)
                        finish(Step::HeadersTooLarge, onStep);
                    return;
                }
                bytes = m_headers.mid(end);
                m_headers.truncate(end);
                if (!endHeaders(onStep))
                    return;
                break;
            }
            case Phase::Body: {
                const qsizetype take = qMin<qsizetype>(bytes.size(), m_bodyLeft);
                m_bodyLeft -= take;
                bytes.remove(0, take);
                if (m_bodyLeft == 0) {
                    m_phase = Phase::Headers;
                    onStep(Step::RequestComplete);
                }
                break;
            }
            case Phase::ChunkedBody:
                m_chunkedRead += bytes.size();
                if (m_chunkedRead > m_bounds.maxBodyBytes + m_bounds.maxHeaderBytes)
                    finish(Step::BodyTooLarge, onStep);  // the framing is allowed a little
                return;
            case Phase::Done:
                return;
        }
    }
}

void RequestFramer::replyWritten(const std::function<void(Step)> &onStep)
{
    if (m_phase != Phase::ChunkedBody)
        return;
    m_phase = Phase::Headers;
    onStep(Step::RequestComplete);
}

bool RequestFramer::endHeaders(const std::function<void(Step)> &onStep)
{
    const QByteArray headers = m_headers.toLower();
    m_headers.clear();
    m_lastWasUpgrade = headerValue(headers, "upgrade").contains("websocket");
    if (headerValue(headers, "transfer-encoding").contains("chunked")) {
        m_phase = Phase::ChunkedBody;
        m_chunkedRead = 0;
        onStep(Step::BodyStarted);
        return true;
    }
    bool ok = false;
    const qint64 length = headerValue(headers, "content-length").toLongLong(&ok);
    if (ok && length > m_bounds.maxBodyBytes) {
        finish(Step::BodyTooLarge, onStep);  // refused before a byte of it is read
        return false;
    }
    if (ok && length > 0) {
        m_phase = Phase::Body;
        m_bodyLeft = length;
        onStep(Step::BodyStarted);
    } else {
        onStep(Step::RequestComplete);  // no body (or one the parser refuses itself)
    }
    return true;
}

void RequestFramer::finish(Step step, const std::function<void(Step)> &onStep)
{
    m_phase = Phase::Done;
    m_headers.clear();
    onStep(step);
}

}  // namespace ModeDesk::Sandbox
