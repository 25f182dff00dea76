#include "httpexchange.h"

#include <QRegularExpression>

#include "jsoncodec.h"

#include <QJsonDocument>

namespace ModeDesk::Sandbox {

QString methodName(HttpMethod method)
{
    switch (method) {
        case HttpMethod::Get:
            return QStringLiteral("GET");
        case HttpMethod::Post:
            return QStringLiteral("POST");
        case HttpMethod::Put:
            return QStringLiteral("PUT");
        case HttpMethod::Patch:
            return QStringLiteral("PATCH");
        case HttpMethod::Delete:
            return QStringLiteral("DELETE");
        case HttpMethod::Other:
            break;
    }
    return QStringLiteral("OTHER");
}

HttpReply HttpReply::json(int status, const QJsonValue &value)
{
    HttpReply reply;
    reply.status = status;
    reply.body = Json::serialize(value);
    return reply;
}

HttpReply HttpReply::noContent()
{
    HttpReply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

HttpReply HttpReply::error(int status, const QString &reason, const QJsonObject &data)
{
    return json(status, Json::encode(ErrorBody{reason, data}));
}

void throwInvalidInput(const QString &field, const QString &message)
{
    throw ApiFailure(403, QStringLiteral("INVALID_INPUT"),
                     {{QStringLiteral("field"), field}, {QStringLiteral("message"), message}});
}

// ---- RequestFields --------------------------------------------------------

bool RequestFields::has(const QString &name) const
{
    if (m_isJson)
        return m_json.contains(name) && !m_json.value(name).isNull();
    return m_form.hasQueryItem(name);
}

QString RequestFields::string(const QString &name) const
{
    if (!has(name))
        return {};
    if (m_isJson) {
        const QJsonValue value = m_json.value(name);
        if (!value.isString())
            throwInvalidInput(name, QStringLiteral("must be a string"));
        return value.toString();
    }
    return m_form.queryItemValue(name, QUrl::FullyDecoded);
}

QString RequestFields::requiredString(const QString &name) const
{
    const QString value = string(name).trimmed();
    if (value.isEmpty())
        throwInvalidInput(name, QStringLiteral("is required"));
    return value;
}

std::optional<qint64> RequestFields::integer(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    if (m_isJson) {
        const QJsonValue value = m_json.value(name);
        // MODE's clients send ids as numbers; numeric strings are accepted too.
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (number == static_cast<double>(static_cast<qint64>(number)))
                return static_cast<qint64>(number);
        } else if (value.isString()) {
            bool ok = false;
            const qint64 parsed = value.toString().toLongLong(&ok);
            if (ok)
                return parsed;
        }
        throwInvalidInput(name, QStringLiteral("must be an integer"));
    }
    bool ok = false;
    const qint64 parsed = m_form.queryItemValue(name).toLongLong(&ok);
    if (!ok)
        throwInvalidInput(name, QStringLiteral("must be an integer"));
    return parsed;
}

qint64 RequestFields::requiredInteger(const QString &name) const
{
    const std::optional<qint64> value = integer(name);
    if (!value)
        throwInvalidInput(name, QStringLiteral("is required"));
    return *value;
}

std::optional<bool> RequestFields::boolean(const QString &name) const
{
    if (!has(name))
        return std::nullopt;
    if (m_isJson && m_json.value(name).isBool())
        return m_json.value(name).toBool();
    const QString text =
        m_isJson ? m_json.value(name).toString() : m_form.queryItemValue(name).toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0"))
        return false;
    throwInvalidInput(name, QStringLiteral("must be true or false"));
}

// ---- ApiRequest -----------------------------------------------------------

std::optional<qint64> ApiRequest::strictId(const QString &text)
{
    // Exactly as the server writes ids: digits, no sign, no leading zero, no
    // spaces or NULs. "+1", "01", " 1" and "1\0" name no resource.
    // anchoredPattern: "$" alone would let a trailing newline through.
    static const QRegularExpression digits(
        QRegularExpression::anchoredPattern(QStringLiteral("[1-9][0-9]{0,17}")));
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

qint64 ApiRequest::idParam(const QString &name) const
{
    const std::optional<qint64> id = strictId(pathParams.value(name));
    if (!id)
        throw ApiFailure(404, QStringLiteral("NOT_FOUND"));
    return *id;
}

QString ApiRequest::queryValue(const QString &name) const
{
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

namespace {
// The boundary of "multipart/form-data; boundary=X" (quoted or not, any
// parameter order, charset or not); empty when there is none.
QByteArray multipartBoundary(const QByteArray &contentType)
{
    const QList<QByteArray> parts = contentType.split(';');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts.at(i).trimmed();
        if (!parameter.toLower().startsWith("boundary="))
            continue;
        QByteArray boundary = parameter.mid(9).trimmed();
        if (boundary.size() >= 2 && boundary.startsWith('"') && boundary.endsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        return boundary;
    }
    return {};
}

// A multipart/form-data body (RFC 7578) as the fields it names, as text, the
// way MODE's TypeScript client sends web forms (axios with FormData).
QJsonObject multipartFields(const QByteArray &body, const QByteArray &boundary)
{
    const QByteArray delimiter = "--" + boundary;
    QJsonObject fields;
    qsizetype at = body.indexOf(delimiter);
    if (at < 0)
        throwInvalidInput(QStringLiteral("body"),
                          QStringLiteral("a multipart body without its boundary"));
    while (true) {
        at += delimiter.size();
        if (body.mid(at, 2) == "--")
            break;  // the closing delimiter
        const qsizetype headersStart = body.indexOf('\n', at) + 1;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", headersStart);
        // The next delimiter starts a line: a value may hold "--boundary" itself.
        const qsizetype next =
            headersEnd < 0 ? -1 : body.indexOf("\r\n" + delimiter, headersEnd + 2);
        if (headersStart <= 0 || headersEnd < 0 || next < 0)
            throwInvalidInput(QStringLiteral("body"), QStringLiteral("a malformed multipart part"));
        const QByteArray headers = body.mid(headersStart, headersEnd - headersStart);
        const QByteArray value =
            body.mid(headersEnd + 4, qMax<qsizetype>(0, next - headersEnd - 4));
        static const QRegularExpression name(
            QStringLiteral("content-disposition:[^\\r\\n]*;\\s*name=\"([^\"]*)\""),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = name.match(QString::fromUtf8(headers));
        if (!m.hasMatch())
            throwInvalidInput(QStringLiteral("body"),
                              QStringLiteral("a multipart part without a field name"));
        fields.insert(m.captured(1), QString::fromUtf8(value));
        at = next + 2;
    }
    return fields;
}
}  // namespace

HttpReply HttpReply::later(std::function<QVariant()> work,
                           std::function<HttpReply(const QVariant &)> finish)
{
    HttpReply reply;
    reply.deferred = std::make_shared<Deferred>(Deferred{std::move(work), std::move(finish)});
    return reply;
}

RequestFields ApiRequest::fields() const
{
    if (contentType.toLower().startsWith("multipart/form-data")) {
        const QByteArray boundary = multipartBoundary(contentType);
        if (boundary.isEmpty())
            throwInvalidInput(QStringLiteral("body"),
                              QStringLiteral("multipart/form-data needs a boundary"));
        return RequestFields(multipartFields(body, boundary));
    }
    if (contentType.toLower().startsWith("application/x-www-form-urlencoded"))
        return RequestFields(
            QUrlQuery(QString::fromUtf8(body).replace(QLatin1Char('+'), QLatin1Char(' '))));
    if (body.trimmed().isEmpty())
        return RequestFields(QJsonObject());
    return RequestFields(jsonObject());
}

QJsonObject ApiRequest::jsonObject() const
{
    if (body.trimmed().isEmpty())
        throwInvalidInput(QStringLiteral("body"), QStringLiteral("a JSON object is required"));
    const Json::Decoded<QJsonValue> parsed = Json::parse(body);
    if (!parsed.ok())
        throwInvalidInput(QStringLiteral("body"), parsed.error);
    if (!parsed.value->isObject())
        throwInvalidInput(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
    return parsed.value->toObject();
}

}  // namespace ModeDesk::Sandbox
