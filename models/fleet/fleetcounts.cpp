#include "fleetcounts.h"

#include <QMap>

namespace ModeDesk {

FleetCounts countFleet(const QList<Home> &homes, const FleetModel &devices,
                       const QHash<qint64, QDateTime> &read)
{
    const bool linkLive = devices.isLinkLive();
    QHash<qint64, FleetGroup> perHome;
    QMap<QString, FleetGroup> perClass;
    for (const Home &home : homes) {
        if (read.contains(home.id) || devices.lastKnownAsOf(home.id).isValid())
            perHome.insert(home.id, {QString::number(home.id), home.name, home.id, 0, 0});
    }
    for (const FleetDevice &f : devices.records()) {
        const bool online = devices.isOnline(f);
        const bool asLastSeen = devices.lastKnownAsOf(f.device.homeId).isValid();
        if (auto home = perHome.find(f.device.homeId); home != perHome.end()) {
            ++home->devices;
            home->online += online;
        }
        FleetGroup &c = perClass[f.device.deviceClass];
        c.key = c.name = f.device.deviceClass;
        ++c.devices;
        if (c.online >= 0)  // a class with rows as last seen: who is online is not known
            c.online = asLastSeen ? -1 : c.online + online;
    }
    FleetCounts counts;
    counts.byHome.reserve(perHome.size());
    for (const Home &home : homes) {
        const auto group = perHome.find(home.id);
        if (group == perHome.end())
            continue;
        // As last seen, or no live link: who is online there is not known (not "0").
        if (!linkLive || devices.lastKnownAsOf(home.id).isValid())
            group->online = -1;
        counts.byHome.append(*group);
    }
    counts.byClass = perClass.values();
    if (!linkLive) {
        for (FleetGroup &g : counts.byClass)
            g.online = -1;
    }
    return counts;
}

}  // namespace ModeDesk
