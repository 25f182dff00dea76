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
                if (m_headers.isEmpty())
                    onStep(Step::HeadersStarted);
                // A terminator may straddle two pieces.
                const qsizetype searchFrom = qMax<qsizetype>(0, m_headers.size() - 3);
                m_headers.append(bytes);
                bytes.clear();
                const qsizetype crlf = m_headers.indexOf("\r\n\r\n", searchFrom);
                const qsizetype lf = m_headers.indexOf("\n\n", searchFrom);
                const bool useLf = lf >= 0 && (crlf < 0 || lf < crlf);
                const qsizetype end = useLf ? lf + 2 : (crlf >= 0 ? crlf + 4 : -1);
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
    if (headerValue(headers, "upgrade").contains("websocket")) {
        finish(Step::Upgrade, onStep);
        return false;
    }
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
