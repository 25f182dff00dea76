// Waits for an ApiCall in a test and returns its value or its error.
#pragma once

#include "apicall.h"

#include <QTest>
#include <optional>

namespace ModeDesk::Testing {

template <typename T>
struct Outcome {
    std::optional<T> value;
    std::optional<ApiError> error;

    bool ok() const { return value.has_value(); }
    int status() const { return error ? error->httpStatus : 0; }
    QString reason() const { return error ? error->reason : QString(); }
};

template <typename T>
Outcome<T> await(ApiCall<T> *call, int timeoutMs = 15000)
{
    Outcome<T> outcome;
    QObject guard;  // the connections end with this function
    QObject::connect(call, &ApiCallBase::succeeded, &guard,
                     [&outcome, call] { outcome.value = call->result(); });
    QObject::connect(call, &ApiCallBase::failed, &guard,
                     [&outcome](const ApiError &error) { outcome.error = error; });
    if (!QTest::qWaitFor([&] { return outcome.value || outcome.error; }, timeoutMs)) {
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        timeout.reason = QStringLiteral("TEST_TIMEOUT");
        outcome.error = timeout;
    }
    return outcome;
}

}  // namespace ModeDesk::Testing
