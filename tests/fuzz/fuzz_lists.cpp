// libFuzzer target: every list the dashboard reads from a server (homes,
// devices, members, key-value pairs, smart modules, events), the way the API
// client reads it: broken entries are left out and counted, the rest kept.
// Whatever the bytes, nothing crashes; a list that parses is accounted for
// entry by entry (kept + left out = sent); the key-value reader keeps every
// pair it can name, even one whose value is too deep to read.
#include "devicelistreader.h"
#include "kvlistreader.h"

#include <QJsonArray>
#include <cstdint>
#include <cstdlib>

using namespace ModeDesk;

namespace {
template <typename T>
void accountFor(const Json::Decoded<QJsonValue> &parsed)
{
    const Json::Decoded<QList<T>> read = Json::decodeValidEntries<T>(*parsed.value);
    if (read.ok() != parsed.value->isArray())
        std::abort();
    if (read.ok() && read.value->size() + read.dropped != parsed.value->toArray().size())
        std::abort();
    if (read.dropped > 0 && read.dropReason.isEmpty())
        std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Json::Decoded<QJsonValue> parsed = Json::parse(body);
    if (parsed.ok()) {
        accountFor<Home>(parsed);
        accountFor<Device>(parsed);
        accountFor<HomeMember>(parsed);
        accountFor<KeyValuePair>(parsed);
        accountFor<SmartModule>(parsed);
        accountFor<Event>(parsed);
    }
    // The readers the client uses for its two big lists.
    const Json::Decoded<QList<Device>> devices = Json::readDeviceList(body);
    if (parsed.ok() && devices.ok() != parsed.value->isArray())
        std::abort();
    const Json::Decoded<QList<KeyValuePair>> pairs = Json::readKeyValueList(body);
    if (parsed.ok() && pairs.ok() != parsed.value->isArray())
        std::abort();
    if (pairs.ok()) {
        for (const KeyValuePair &pair : *pairs.value) {
            // A pair is either read, or named with why its value could not be.
            if (pair.unreadable.isEmpty() == pair.value.isUndefined())
                std::abort();
            if (pair.wireBytes < 0 || pair.wireBytes > body.size())
                std::abort();
        }
    }
    return 0;
}
