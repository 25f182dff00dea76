#include "httpprobe.h"

#include <QHttpMultiPart>

#include <QBuffer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

namespace ModeDesk::Testing {

QJsonObject HttpResult::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QJsonArray HttpResult::array() const
{
    return QJsonDocument::fromJson(body).array();
}

HttpResult HttpProbe::get(const QString &path, const QString &key)
{
    return send("GET", path, {}, {}, key);
}

HttpResult HttpProbe::del(const QString &path, const QString &key)
{
    return send("DELETE", path, {}, {}, key);
}

HttpResult HttpProbe::post(const QString &path, const QJsonObject &body, const QString &key)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", key);
}

HttpResult HttpProbe::put(const QString &path, const QJsonObject &body, const QString &key)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                key);
}

HttpResult HttpProbe::patch(const QString &path, const QJsonObject &body, const QString &key)
{
    return send("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", key);
}

HttpResult HttpProbe::postForm(const QString &path, const QUrlQuery &form, const QString &key)
{
    return send("POST", path, form.toString(QUrl::FullyEncoded).toUtf8(),
                "application/x-www-form-urlencoded", key);
}

HttpResult HttpProbe::postMultipart(const QString &path,
                                    const QList<std::pair<QString, QString>> &fields,
                                    const QString &key)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"%1\"").arg(name));
        part.setBody(value.toUtf8());
        multi->append(part);
    }
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "ModeCloud " + key.toUtf8());
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_nam.post(request, multi);
    multi->setParent(reply);
    return wait(reply);
}

HttpResult HttpProbe::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return result;
}

HttpResult HttpProbe::send(const QByteArray &method, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, const QString &key)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(question < 0 ? path : path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!key.isEmpty())
        request.setRawHeader("Authorization", "ModeCloud " + key.toUtf8());
    request.setTransferTimeout(10'000);

    auto *buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    return wait(reply);
}

}  // namespace ModeDesk::Testing
