// Which devices a command goes to: the ones picked (on the Commands page or
// the Fleet page, by id) as the store of devices has them at the moment of
// sending, less the ones offline when only those online are wanted; and,
// when none is left, why, in words.
#pragma once

#include "commandhistory.h"

#include <QCoreApplication>
#include <QSet>

namespace ModeDesk {

class FleetModel;

struct TargetChoice {
    Q_DECLARE_TR_FUNCTIONS(TargetChoice)

public:
    QList<CommandTarget> targets;
    QSet<QString> deviceClasses;  // of the targets: for their templates
    int picked = 0;
    int gone = 0;        // picked, and no longer in the store (removed, or its home went)
    int offline = 0;     // left out: offline, and only those online were wanted
    int unknown = 0;     // left out: not known to be online (no live link, or as last seen)
    QSet<qint64> homes;  // of the picked ones still in the store, sent to or not

    // Why nothing can be sent ("" when something can): what to do about it.
    QString problem() const;
};

// The picked devices (by id) as the store has them now; with onlineOnly, only those
// online (never any while the live link is down).
TargetChoice chooseTargets(const FleetModel &store, const QList<qint64> &picked, bool onlineOnly);

}  // namespace ModeDesk
