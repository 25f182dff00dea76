// The fleet's counts per home and per class: how many devices, and how many of
// them are online (-1 where that is not known: no live link, or rows as last seen).
#pragma once

#include "fleetmodel.h"
#include "modeobjects.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace ModeDesk {

struct FleetCounts {
    QList<FleetGroup> byHome;   // in the homes' order
    QList<FleetGroup> byClass;  // by class name
};

// read: the homes whose devices the server has given (those as last seen count too);
// a home neither read nor as last seen has no group yet.
FleetCounts countFleet(const QList<Home> &homes, const FleetModel &devices,
                       const QHash<qint64, QDateTime> &read);

}  // namespace ModeDesk
