// libFuzzer target: the JSON codec, on whatever a server (or a hostile one)
// might send. Any document parses or fails with an error; any MODE object
// that decodes encodes back to JSON that decodes again to the same JSON; a
// time parses or is invalid. Nothing crashes, nothing is undefined.
#include "jsoncodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <cstdint>
#include <cstdlib>

using namespace ModeDesk;

namespace {

template <typename T>
void roundTrip(const QJsonValue &json)
{
    const Json::Decoded<T> decoded = Json::decode<T>(json);
    if (!decoded.ok()) {
        if (decoded.error.isEmpty())
            std::abort();  // a failure must say why
        return;
    }
    const QJsonObject encoded = Json::encode(*decoded.value);
    const Json::Decoded<T> again = Json::decode<T>(encoded);
    if (!again.ok() || Json::encode(*again.value) != encoded)
        std::abort();  // encode and decode must agree
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // parseTime's quick path for MODE's own shape must read what Qt reads.
    const QString text = QString::fromUtf8(bytes);
    const QDateTime ours = Json::parseTime(text);
    const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
    const bool qtValid = qt.isValid() && qt.timeSpec() != Qt::LocalTime;
    if (ours.isValid() != qtValid || (qtValid && ours != qt))
        std::abort();
    const Json::Decoded<QJsonValue> parsed = Json::parse(bytes);
    if (!parsed.ok())
        return 0;
    const QJsonValue &json = *parsed.value;
    roundTrip<User>(json);
    roundTrip<Home>(json);
    roundTrip<HomeMember>(json);
    roundTrip<SmartModule>(json);
    roundTrip<Device>(json);
    roundTrip<Event>(json);
    roundTrip<DeviceCommand>(json);
    roundTrip<KeyValuePair>(json);
    roundTrip<ClientAuthentication>(json);
    roundTrip<AuthenticationInfo>(json);
    roundTrip<UserSessionInfo>(json);
    roundTrip<DeviceProvisioningToken>(json);
    roundTrip<RegistrationState>(json);
    roundTrip<SmsMessageReceipt>(json);
    roundTrip<ErrorBody>(json);
    Json::decodeList<Event>(json);
    Json::decodeList<Device>(json);
    Json::serialize(json);
    return 0;
}
