// Reads a GET /devices reply (a JSON array of Devices) at the size of a
// large fleet. A quick reader goes straight from the UTF-8 body to Devices
// (no QJsonDocument, no key lookups per field); it accepts only what it can
// read exactly as Json::parse + Json::decodeList<Device> would (strict JSON,
// plain numbers, no repeated fields) and leaves anything else to them, which
// read it or name its error. 100,000 devices: 300 ms through the codec.
#pragma once

#include "jsoncodec.h"

#include <QByteArrayView>

namespace ModeDesk::Json {

// Broken entries are left out (counted in the result's dropped), as decodeValidEntries does.
Decoded<QList<Device>> readDeviceList(const QByteArray &body);

// The quick reader alone: nullopt when the body needs the codec (malformed,
// or a shape it leaves to Qt). For tests and the fuzzer.
std::optional<QList<Device>> readDeviceListQuickly(QByteArrayView body);

}  // namespace ModeDesk::Json
