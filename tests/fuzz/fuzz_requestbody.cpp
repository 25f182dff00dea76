// libFuzzer target: how the sandbox reads a request it is sent: the body as
// fields in each encoding MODE's clients use (URL-encoded form, multipart
// with the boundary quoted or not, JSON) or as a JSON object, and path ids.
// Bad input is a 403 INVALID_INPUT (an ApiFailure), never a crash.
#include "httpexchange.h"

#include <cstdint>
#include <cstdlib>

using namespace ModeDesk::Sandbox;

namespace {

// The first byte picks the content type; the rest is the body.
QByteArray contentTypeFor(uint8_t choice)
{
    switch (choice % 6) {
        case 0:
            return "application/x-www-form-urlencoded";
        case 1:
            return "multipart/form-data; boundary=XyZ";
        case 2:
            return "multipart/form-data; charset=utf-8; boundary=\"XyZ\"";
        case 3:
            return "application/json";
        case 4:
            return "multipart/form-data";  // no boundary
        default:
            return "text/plain";
    }
}

template <typename Read>
void expectFailureOrValue(Read read)
{
    try {
        read();
    } catch (const ApiFailure &failure) {
        if (failure.status() != 403 && failure.status() != 404)
            std::abort();
        if (failure.reason().isEmpty())
            std::abort();
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    ApiRequest request;
    request.method = HttpMethod::Post;
    request.contentType = contentTypeFor(data[0]);
    request.body =
        QByteArray(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));
    expectFailureOrValue([&] {
        const RequestFields fields = request.fields();
        for (const QString &name :
             {QStringLiteral("projectId"), QStringLiteral("email"), QStringLiteral("password"),
              QStringLiteral("name"), QStringLiteral("onDemandProvisioning")}) {
            fields.has(name);
            fields.string(name);
            expectFailureOrValue([&] { fields.integer(name); });
            expectFailureOrValue([&] { fields.boolean(name); });
            expectFailureOrValue([&] { fields.requiredString(name); });
        }
    });
    expectFailureOrValue([&] { request.jsonObject(); });
    const QString text = QString::fromUtf8(request.body);
    ApiRequest::strictId(text);
    request.pathParams.insert(QStringLiteral("homeId"), text);
    expectFailureOrValue([&] { request.idParam(QStringLiteral("homeId")); });
    return 0;
}
