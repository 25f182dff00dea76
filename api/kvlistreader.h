// Reads a GET /homes/{id}/kv reply so that one pair cannot take the others
// down: a value too deep or too broken for the codec is kept as a pair whose
// value is unreadable (with why), while the other pairs read as usual. Each
// pair carries its size on the wire, so that views can tell a big value
// before they touch it.
#pragma once

#include "jsoncodec.h"

namespace ModeDesk::Json {

Decoded<QList<KeyValuePair>> readKeyValueList(const QByteArray &body);

}  // namespace ModeDesk::Json
