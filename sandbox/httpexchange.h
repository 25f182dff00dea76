// One HTTP request as the route handlers see it, and the reply they give.
// Handlers report failures by throwing ApiFailure; the router answers it.
#pragma once

#include "caller.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrlQuery>
#include <QVariant>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace ModeDesk::Sandbox {

enum class HttpMethod { Get, Post, Put, Patch, Delete, Other };
QString methodName(HttpMethod method);

struct HttpReply {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";

    // Slow work (password hashing) that must not stall every other request:
    // `work` runs on a pool thread with values only (no stores, no database),
    // then `finish` builds the reply back on the serving thread.
    struct Deferred {
        std::function<QVariant()> work;
        std::function<HttpReply(const QVariant &)> finish;
    };
    std::shared_ptr<Deferred> deferred;

    static HttpReply json(int status, const QJsonValue &value);
    static HttpReply noContent();
    static HttpReply error(int status, const QString &reason, const QJsonObject &data = {});
    static HttpReply later(std::function<QVariant()> work,
                           std::function<HttpReply(const QVariant &)> finish);
};

// A documented failure: status plus MODE's {"reason": ...} (and optional data).
class ApiFailure : public std::exception
{
public:
    ApiFailure(int status, QString reason, QJsonObject data = {})
        : m_status(status), m_reason(std::move(reason)), m_data(std::move(data))
    {}
    const char *what() const noexcept override { return "ApiFailure"; }
    HttpReply reply() const { return HttpReply::error(m_status, m_reason, m_data); }
    int status() const { return m_status; }
    const QString &reason() const { return m_reason; }

private:
    int m_status;
    QString m_reason;
    QJsonObject m_data;
};

// 403 INVALID_INPUT naming the field: the reference has no 400, and uses 403
// for invalid data.
[[noreturn]] void throwInvalidInput(const QString &field, const QString &message);

// The fields of a request body, sent as JSON or as a web form (MODE's clients
// do both for the same endpoints). Type errors throw ApiFailure.
class RequestFields
{
public:
    RequestFields() = default;
    explicit RequestFields(QJsonObject json) : m_json(std::move(json)), m_isJson(true) {}
    explicit RequestFields(QUrlQuery form) : m_form(std::move(form)) {}

    bool has(const QString &name) const;
    QString string(const QString &name) const;          // "" when absent
    QString requiredString(const QString &name) const;  // non-empty or 403
    std::optional<qint64> integer(const QString &name) const;
    qint64 requiredInteger(const QString &name) const;
    std::optional<bool> boolean(const QString &name) const;

private:
    QJsonObject m_json;
    QUrlQuery m_form;
    bool m_isJson = false;
};

struct ApiRequest {
    HttpMethod method = HttpMethod::Other;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QString remoteAddress;
    QString host;  // the Host header, for absolute URLs in answers
    QString key;   // from "Authorization: ModeCloud <key>"
    QHash<QString, QString> pathParams;
    Caller caller;

    // A numeric path parameter; anything else is a resource that cannot exist: 404.
    qint64 idParam(const QString &name) const;
    // An id written as the server writes them, or nothing.
    static std::optional<qint64> strictId(const QString &text);
    QString param(const QString &name) const { return pathParams.value(name); }
    QString queryValue(const QString &name) const;

    // The body as fields (JSON object or form); malformed bodies are 403 INVALID_INPUT.
    RequestFields fields() const;
    // The body as a JSON object (object bodies: User, Home, Device, Event, ...).
    QJsonObject jsonObject() const;
};

}  // namespace ModeDesk::Sandbox
