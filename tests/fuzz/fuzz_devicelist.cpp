// libFuzzer target: the GET /devices reader, on whatever a server (or a
// hostile one) might send. Whatever the quick reader accepts, the codec
// (Json::parse + decodeValidEntries<Device>) reads the same way, with nothing
// left out; whatever it leaves, the codec answers, its count of broken entries
// and error text included. Nothing crashes, nothing is undefined.
#include "devicelistreader.h"

#include <cstdint>
#include <cstdlib>

using namespace ModeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Json::Decoded<QJsonValue> parsed = Json::parse(body);
    const Json::Decoded<QList<Device>> codec =
        parsed.ok() ? Json::decodeValidEntries<Device>(*parsed.value)
                    : Json::Decoded<QList<Device>>::failure(parsed.error);
    if (const std::optional<QList<Device>> quick = Json::readDeviceListQuickly(body)) {
        if (!codec.ok() || codec.dropped != 0 || *quick != *codec.value)
            std::abort();  // the quick reader must never read what the codec would not
    }
    const Json::Decoded<QList<Device>> read = Json::readDeviceList(body);
    if (read.ok() != codec.ok() || read.error != codec.error || read.dropped != codec.dropped ||
        read.dropReason != codec.dropReason || (read.ok() && *read.value != *codec.value))
        std::abort();
    return 0;
}
