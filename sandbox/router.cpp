#include "router.h"

#include "logging.h"
#include "sandboxdatabase.h"

#include <QUrl>

namespace ModeDesk::Sandbox {

void Router::add(HttpMethod method, const QString &pattern, Handler handler)
{
    m_routes.push_back({method, split(pattern), std::move(handler)});
}

QStringList Router::split(const QString &path)
{
    QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString &segment : segments)
        segment = QUrl::fromPercentEncoding(segment.toUtf8());
    return segments;
}

bool Router::match(const Route &route, const QStringList &pathSegments,
                   QHash<QString, QString> *params)
{
    if (route.segments.size() != pathSegments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < pathSegments.size(); ++i) {
        const QString &expected = route.segments.at(i);
        if (expected.startsWith(QLatin1Char('{')) && expected.endsWith(QLatin1Char('}')))
            found.insert(expected.mid(1, expected.size() - 2), pathSegments.at(i));
        else if (expected != pathSegments.at(i))
            return false;
    }
    if (params)
        *params = std::move(found);
    return true;
}

bool Router::knowsPath(const QString &path) const
{
    const QStringList segments = split(path);
    return std::any_of(m_routes.begin(), m_routes.end(),
                       [&](const Route &route) { return match(route, segments, nullptr); });
}

// Every exception becomes a JSON error reply, now or when a deferred reply finishes.
template <typename Run>
HttpReply Router::catching(HttpMethod method, const QString &path, Run run)
{
    try {
        return run();
    } catch (const ApiFailure &failure) {
        return failure.reply();
    } catch (const DatabaseError &error) {
        qCWarning(lcSandbox) << "database error on" << methodName(method) << path << ":"
                             << error.what();
        return HttpReply::error(500, QStringLiteral("DATABASE_ERROR"));
    } catch (const std::exception &error) {
        qCWarning(lcSandbox) << "unexpected error on" << methodName(method) << path << ":"
                             << error.what();
        return HttpReply::error(500, QStringLiteral("INTERNAL_ERROR"));
    }
}

HttpReply Router::dispatch(ApiRequest &request) const
{
    const QStringList segments = split(request.path);
    bool pathKnown = false;
    for (const Route &route : m_routes) {
        QHash<QString, QString> params;
        if (!match(route, segments, &params))
            continue;
        pathKnown = true;
        if (route.method != request.method)
            continue;
        request.pathParams = std::move(params);
        HttpReply reply =
            catching(request.method, request.path, [&] { return route.handler(request); });
        if (reply.deferred) {
            auto finish = std::move(reply.deferred->finish);
            reply.deferred->finish = [finish, method = request.method,
                                      path = request.path](const QVariant &result) {
                return catching(method, path, [&] { return finish(result); });
            };
        }
        return reply;
    }
    if (pathKnown)
        return HttpReply::error(405, QStringLiteral("METHOD_NOT_ALLOWED"));
    return HttpReply::error(404, QStringLiteral("NOT_FOUND"));
}

}  // namespace ModeDesk::Sandbox
