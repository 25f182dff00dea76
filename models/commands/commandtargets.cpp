#include "commandtargets.h"

#include "fleetmodel.h"

namespace ModeDesk {

TargetChoice chooseTargets(const FleetModel &store, const QList<qint64> &picked, bool onlineOnly)
{
    TargetChoice choice;
    choice.picked = int(picked.size());
    for (qint64 id : picked) {
        const int row = store.rowOf(id);
        if (row < 0) {
            ++choice.gone;
            continue;
        }
        const FleetDevice &f = store.record(row);
        choice.homes.insert(f.device.homeId);
        if (onlineOnly && !store.isOnline(f)) {  // it would not get it
            if (store.presence(f) == FleetModel::Presence::Offline)
                ++choice.offline;
            else
                ++choice.unknown;
            continue;
        }
        choice.targets.append({f.device.id, f.device.name, f.homeName});
        choice.deviceClasses.insert(f.device.deviceClass);
    }
    return choice;
}

QString TargetChoice::problem() const
{
    if (!targets.isEmpty())
        return {};
    if (picked == 0)
        return tr("Pick at least one target device (or Select all shown).");
    if (unknown > 0)
        return tr(
            "None of the picked devices is known to be online now (the live link is "
            "down, or their home is not read yet). Untick “Only the ones online now” to "
            "send anyway.");
    if (offline > 0)
        return tr(
            "None of the picked devices is online now. Untick “Only the ones online now” "
            "to send anyway.");
    return tr(
        "None of the picked devices is there any more (removed, or its home is gone): "
        "pick them again.");
}

}  // namespace ModeDesk
