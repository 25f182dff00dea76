// Reads the user socket's frames (one Event as JSON text each) at the rate a
// flood arrives. A quick reader takes the text QWebSocket hands over as it is
// (UTF-16: no round trip through UTF-8, no QJsonDocument for the envelope)
// and builds the Event directly; it accepts only what it can read exactly as
// Json::parse + Json::decode<Event> would (strict JSON, plain numbers, no
// duplicate keys) and leaves anything else to them. Every frame is validated
// either way, and an invalid one gets the codec's own error.
#pragma once

#include "jsoncodec.h"

#include <QStringView>
#include <array>

namespace ModeDesk {

// Event types and device classes repeat across a flood: one shared copy of
// each recent one (a small cache; a miss just makes a new copy).
class RecentStrings
{
public:
    QString shared(QStringView text);

private:
    std::array<QString, 64> m_slots;
};

class EventFrameReader
{
public:
    Json::Decoded<Event> read(QStringView frame);
    // The same into an event the caller holds (a default one: a flood's queue
    // then moves none); false with the error when the frame is not an event,
    // and the event is left part-filled.
    bool read(QStringView frame, Event &event, QString &error);

    // The quick reader alone: nullopt when the frame needs the full codec
    // (malformed, or a shape it leaves to Qt). For tests and the fuzzer.
    std::optional<Event> readQuickly(QStringView frame);

    // Frames the quick reader left to the codec (valid or not).
    qint64 handedOver() const { return m_handedOver; }

private:
    bool readQuicklyInto(QStringView frame, Event &event);
    template <bool SpacesAllowed>
    bool readQuicklyAs(QStringView frame, Event &event);

    RecentStrings m_recent;
    Json::TimeReader m_times;
    qint64 m_handedOver = 0;
};

}  // namespace ModeDesk
