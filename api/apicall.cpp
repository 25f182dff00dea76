#include "apicall.h"

#include "networkexchange.h"

namespace ModeDesk {

void ApiCallBase::cancel()
{
    if (isFinished())
        return;
    if (m_exchange)
        m_exchange->cancel();  // completes the call as Cancelled
}

void ApiCallBase::attach(NetworkExchange *exchange)
{
    m_exchange = exchange;
}

void ApiCallBase::cancelWith(QObject *context)
{
    if (!context)
        return;
    connect(context, &QObject::destroyed, this, [this, context] {
        // destroyed() comes while context still takes signals: cut them first.
        disconnect(this, nullptr, context, nullptr);
        cancel();
    });
}

void ApiCallBase::complete(int status, const QByteArray &body, ApiError error)
{
    if (isFinished())
        return;
    if (error.kind == ApiError::Kind::Http && status >= 200 && status < 300) {
        QString problem;
        if (acceptBody(status, body, &problem)) {
            if (m_dropped > 0)
                emit partial(m_dropped, m_dropReason);
            finish(State::Succeeded);
            return;
        }
        error.kind = ApiError::Kind::MalformedReply;
        error.reason = QStringLiteral("MALFORMED_REPLY");
        error.message = problem;
    }
    m_error = std::move(error);
    finish(State::Failed);
}

void ApiCallBase::finish(State state)
{
    m_state = state;
    if (state == State::Succeeded)
        emit succeeded();
    else
        emit failed(m_error);
    emit finished();
    deleteLater();
}

}  // namespace ModeDesk
