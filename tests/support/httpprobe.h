// Synchronous HTTP for tests: one call, one answer (or a timeout failure).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace ModeDesk::Testing {

struct HttpResult {
    int status = 0;  // 0: no HTTP answer (connection failed or timed out)
    QByteArray body;
    QByteArray contentType;

    QJsonObject object() const;
    QJsonArray array() const;
    QString reason() const { return object().value(QStringLiteral("reason")).toString(); }
};

class HttpProbe
{
public:
    explicit HttpProbe(QUrl base) : m_base(std::move(base)) {}

    HttpResult get(const QString &path, const QString &key = {});
    HttpResult del(const QString &path, const QString &key = {});
    HttpResult post(const QString &path, const QJsonObject &body, const QString &key = {});
    HttpResult put(const QString &path, const QJsonObject &body, const QString &key = {});
    HttpResult patch(const QString &path, const QJsonObject &body, const QString &key = {});
    HttpResult postForm(const QString &path, const QUrlQuery &form, const QString &key = {});
    // multipart/form-data as Qt's QHttpMultiPart writes it (as browsers and axios do).
    HttpResult postMultipart(const QString &path, const QList<std::pair<QString, QString>> &fields,
                             const QString &key = {});
    // Anything at all, for robustness tests.
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &body,
                    const QByteArray &contentType, const QString &key = {});

private:
    HttpResult wait(QNetworkReply *reply);

    QNetworkAccessManager m_nam;
    QUrl m_base;
};

}  // namespace ModeDesk::Testing
