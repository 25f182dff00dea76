// The one async style of the API layer: each call returns an ApiCall<T>,
// a small object that emits succeeded() or failed(ApiError) once, then
// deletes itself. Connect right away, or use then().
#pragma once

#include "apierror.h"
#include "jsoncodec.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace ModeDesk {

// The result of calls that answer 204 (or 200 with nothing to read).
struct NoContent {
    bool operator==(const NoContent &) const = default;
};

class NetworkExchange;

class ApiCallBase : public QObject
{
    Q_OBJECT

public:
    enum class State { Running, Succeeded, Failed };

    State state() const { return m_state; }
    bool isFinished() const { return m_state != State::Running; }
    const ApiError &error() const { return m_error; }

    // Aborts the request; the call then fails with ApiError::Kind::Cancelled.
    void cancel();
    // Cancels the call when context is destroyed (a dialog closing, say).
    void cancelWith(QObject *context);
    // A list answer with broken entries: they were left out, and this says how many and
    // why the first was (valid after succeeded(); 0 for a whole answer).
    int dropped() const { return m_dropped; }
    QString dropReason() const { return m_dropReason; }

signals:
    // Before succeeded(), when a list answer had entries that were left out.
    void partial(int dropped, const QString &firstReason);
    void succeeded();
    void failed(const ModeDesk::ApiError &error);
    void finished();  // after succeeded() or failed()
    // Bytes of the answer so far, and in all (-1 while unknown).
    void progress(qint64 received, qint64 total);

protected:
    explicit ApiCallBase(QObject *parent) : QObject(parent) {}
    // Reads a successful answer; false with *problem set if it cannot.
    virtual bool acceptBody(int status, const QByteArray &body, QString *problem) = 0;

private:
    friend class HttpTransport;
    void attach(NetworkExchange *exchange);
    void complete(int status, const QByteArray &body, ApiError error);
    void finish(State state);

    QPointer<NetworkExchange> m_exchange;
    State m_state = State::Running;
    ApiError m_error;

protected:
    int m_dropped = 0;
    QString m_dropReason;
};

template <typename T>
class ApiCall : public ApiCallBase
{
public:
    using Decoder = std::function<Json::Decoded<T>(int status, const QByteArray &body)>;

    ApiCall(Decoder decoder, QObject *parent) : ApiCallBase(parent), m_decoder(std::move(decoder))
    {}

    // Valid after succeeded().
    const T &result() const { return *m_result; }

    // Runs onSuccess(result) or onFailure(error) in context's thread, and
    // cancels the call if context goes away first.
    template <typename OnSuccess, typename OnFailure>
    ApiCall *then(QObject *context, OnSuccess onSuccess, OnFailure onFailure)
    {
        cancelWith(context);
        QObject::connect(this, &ApiCallBase::succeeded, context,
                         [this, onSuccess] { onSuccess(result()); });
        QObject::connect(this, &ApiCallBase::failed, context, onFailure);
        return this;
    }

protected:
    bool acceptBody(int status, const QByteArray &body, QString *problem) override
    {
        Json::Decoded<T> decoded = m_decoder(status, body);
        if (!decoded.ok()) {
            *problem = decoded.error;
            return false;
        }
        m_result = std::move(decoded.value);
        m_dropped = decoded.dropped;
        m_dropReason = decoded.dropReason;
        return true;
    }

private:
    Decoder m_decoder;
    std::optional<T> m_result;
};

}  // namespace ModeDesk
