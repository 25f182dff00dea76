// A numeric field of an event, named as people write it:
// "temperature", "eventData.zones[7]", "stats.cpu[0].load".
// Paths start inside eventData (the "eventData." prefix is optional).
#pragma once

#include "modeobjects.h"

#include <optional>
#include <variant>

namespace ModeDesk {

class FieldPath
{
public:
    // An empty path (isValid() false) when text does not parse.
    static FieldPath parse(const QString &text);
    // Every numeric leaf of a payload (arrays up to maxArray elements), for
    // pickers; booleans count (plotted as 0/1) unless withBooleans is false.
    static QStringList numericPaths(const QJsonObject &eventData, int maxArray = 16,
                                    bool withBooleans = true);

    bool isValid() const { return !m_steps.isEmpty(); }
    QString toString() const { return m_text; }
    // The number at this path, if there is one (booleans count as 0/1).
    std::optional<double> valueIn(const QJsonObject &eventData) const;
    // The same, read straight from the payload's text (no JSON tree is built:
    // the chart asks this of every event in a flood).
    std::optional<double> valueIn(const EventData &eventData) const;

    bool operator==(const FieldPath &other) const { return m_text == other.m_text; }

private:
    using Step = std::variant<QByteArray, int>;  // a member name (ASCII), or an array index
    QList<Step> m_steps;
    QString m_text;
};

}  // namespace ModeDesk
