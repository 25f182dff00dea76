// Claiming one pre-provisioned device by the code on its label, into one
// home. The outcome is true and worded once, here: a code MODE calls
// "already in a home" is looked for in that home (by the device ModeDesk
// learned for it) before it is called someone else's; the device ModeDesk
// knows in another of the user's homes is named with that home.
#pragma once

#include "apiclient.h"

#include <QObject>

namespace ModeDesk {

class ClaimLedger;
class Fleet;
struct ApiError;

class DeviceClaim : public QObject
{
    Q_OBJECT

public:
    struct Outcome {
        enum class Kind { Claimed, AlreadyHere, InAnotherHome, Failed };
        Kind kind = Kind::Failed;
        Device device;  // Claimed: the device; AlreadyHere: its id (and name, when known)
        QString text;   // the outcome in words, with what to do next
    };
    // Devices are read, changed and shown through the fleet (their one owner), which
    // also names the user's home a device is in.
    DeviceClaim(ApiClient *api, Fleet *fleet, ClaimLedger *ledger, QObject *parent = nullptr);

    // Claims the code into homeId (homeName is for the words), then gives it the name
    // and tag when there are; finished() follows.
    void claim(qint64 homeId, const QString &homeName, const QString &claimCode,
               const QString &name = {}, const QString &tag = {});
    bool isBusy() const { return m_busy; }
    // Forgets a claim on its way (another profile): its answer is not shown.
    void reset();

signals:
    void busyChanged(bool busy);
    void finished(const ModeDesk::DeviceClaim::Outcome &outcome);

private:
    void nameClaimed(Device device, const QString &homeName, const QString &name,
                     const QString &tag);
    void locate(qint64 homeId, const QString &homeName, const QString &code);
    void done(const Outcome &outcome);

    ApiClient *m_api;
    Fleet *m_fleet;
    ClaimLedger *m_ledger;
    int m_generation = 0;
    bool m_busy = false;
};

}  // namespace ModeDesk
