// Maps (method, path pattern) to handlers. Patterns name their parameters in
// braces: "/homes/{homeId}/kv/{key}". Unknown paths answer 404, known paths
// with another method 405, and every exception becomes a JSON error reply.
#pragma once

#include "httpexchange.h"

#include <functional>
#include <vector>

namespace ModeDesk::Sandbox {

class Router
{
public:
    using Handler = std::function<HttpReply(ApiRequest &)>;

    void add(HttpMethod method, const QString &pattern, Handler handler);
    // Fills request.pathParams and runs the handler.
    HttpReply dispatch(ApiRequest &request) const;
    // True when some route's pattern matches the path (any method).
    bool knowsPath(const QString &path) const;

private:
    struct Route {
        HttpMethod method;
        QStringList segments;
        Handler handler;
    };
    static bool match(const Route &route, const QStringList &pathSegments,
                      QHash<QString, QString> *params);
    static QStringList split(const QString &path);
    template <typename Run>
    static HttpReply catching(HttpMethod method, const QString &path, Run run);

    std::vector<Route> m_routes;
};

}  // namespace ModeDesk::Sandbox
