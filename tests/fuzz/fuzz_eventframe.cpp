// libFuzzer target: the user socket's frame reader, on whatever a server (or
// a hostile one) might send. Whatever the quick reader accepts, the codec
// (Json::parse + decode<Event>) reads the same way; whatever it leaves, the
// codec answers; a chart field read from the payload's text is the one read
// from its JSON tree. Nothing crashes, nothing is undefined.
#include "eventframereader.h"
#include "fieldpath.h"

#include <cstdint>
#include <cstdlib>

using namespace ModeDesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString frame =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    EventFrameReader reader;
    const std::optional<Event> quick = reader.readQuickly(frame);
    const Json::Decoded<QJsonValue> parsed = Json::parse(frame.toUtf8());
    const Json::Decoded<Event> codec = parsed.ok() ? Json::decode<Event>(*parsed.value)
                                                   : Json::Decoded<Event>::failure(parsed.error);
    if (quick) {
        if (!codec.ok() || !(*quick == *codec.value))
            std::abort();  // the quick reader must never read what the codec would not
        if (Json::serialize(quick->eventData.toObject()) !=
            Json::serialize(codec.value->eventData.toObject()))
            std::abort();
    }
    const Json::Decoded<Event> read = reader.read(frame);
    if (read.ok() != codec.ok() || (!read.ok() && read.error.isEmpty()))
        std::abort();
    if (read.ok()) {
        // Every key of the payload as a chart path, read both ways.
        const QJsonObject object = read.value->eventData.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            for (const QString &text :
                 {it.key(), it.key() + QStringLiteral("[0]"), it.key() + QStringLiteral(".a")}) {
                const FieldPath path = FieldPath::parse(text);
                if (!path.isValid())
                    continue;
                const std::optional<double> fromText = path.valueIn(read.value->eventData);
                const std::optional<double> fromTree = path.valueIn(object);
                if (fromText.has_value() != fromTree.has_value() ||
                    (fromText && *fromText != *fromTree))
                    std::abort();
            }
        }
    }
    return 0;
}
