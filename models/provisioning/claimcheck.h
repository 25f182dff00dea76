// Where a device that MODE calls "already in a home" is. MODE does not say
// which home, nor which device a claim code is; what the target home's own
// device list says is the truth: the device ModeDesk learned for the code
// (from a claim's answer or the claim ledger) is in it or not, or a device in
// it carries exactly the name (and tag) that the claim was to give.
#pragma once

#include "modeobjects.h"

#include <QSet>
#include <functional>

namespace ModeDesk::ClaimCheck {

struct Verdict {
    enum class Place { Here, Elsewhere, Unknown };
    Place place = Place::Unknown;
    qint64 deviceId = 0;  // Here: which device it is
};

// Whether a device is accounted for by another code already.
using Taken = std::function<bool(qint64 deviceId)>;

// knownId: the device the code became as far as ModeDesk knows (0: unknown).
// Without one, a device is matched by the name (and tag) the claim was to give,
// but only among the home's newcomers (claimed since `since`): an older device
// of the same name is somebody else's.
Verdict locate(const QList<Device> &homeDevices, qint64 knownId, const QString &name,
               const QString &tag, const QDateTime &since, const Taken &taken);
// Devices claimed into the home since a time that nobody has accounted for:
// where a claim whose answer was lost may have gone.
QList<qint64> newcomers(const QList<Device> &homeDevices, const QDateTime &since,
                        const Taken &taken);

}  // namespace ModeDesk::ClaimCheck
