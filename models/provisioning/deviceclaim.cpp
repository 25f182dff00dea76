#include "deviceclaim.h"

#include "apiclient.h"
#include "claimcheck.h"
#include "claimcode.h"
#include "claimledger.h"
#include "errortext.h"
#include "fleet.h"

namespace ModeDesk {

namespace {
// "“Door sensor”, sensor", or just its class when it has no name.
QString what(const Device &d)
{
    return d.name.isEmpty() ? d.deviceClass : QStringLiteral("“%1”, %2").arg(d.name, d.deviceClass);
}
}  // namespace

DeviceClaim::DeviceClaim(ApiClient *api, Fleet *fleet, ClaimLedger *ledger, QObject *parent)
    : QObject(parent), m_api(api), m_fleet(fleet), m_ledger(ledger)
{}

void DeviceClaim::reset()
{
    ++m_generation;
    if (m_busy) {
        m_busy = false;
        emit busyChanged(false);
    }
}

void DeviceClaim::claim(qint64 homeId, const QString &homeName, const QString &claimCode,
                        const QString &name, const QString &tag)
{
    Outcome outcome;
    if (homeId == 0) {
        outcome.text = tr("Pick a home on the left first.");
        emit finished(outcome);
        return;
    }
    if (const QString problem = ClaimCode::problem(claimCode); !problem.isEmpty()) {
        outcome.text = problem;  // nothing is sent
        emit finished(outcome);
        return;
    }
    const QString code = ClaimCode::normalized(claimCode);
    m_busy = true;
    emit busyChanged(true);
    const int generation = ++m_generation;
    m_api->claimDevice(homeId, code)
        ->then(
            this,
            [this, generation, homeId, homeName, code, name, tag](const Device &device) {
                if (generation != m_generation)
                    return;
                m_ledger->record(code, device.id, homeId);
                m_fleet->applyDevice(device);
                if (name.isEmpty() && tag.isEmpty()) {
                    done({Outcome::Kind::Claimed, device,
                          tr("Device %1 (%2) is now in “%3”.")
                              .arg(QString::number(device.id), what(device), homeName)});
                    return;
                }
                nameClaimed(device, homeName, name, tag);
            },
            [this, generation, homeId, homeName, code](const ApiError &error) {
                if (generation != m_generation)
                    return;
                if (error.reason == QLatin1String("DEVICE_ALREADY_IN_HOME")) {
                    locate(homeId, homeName, code);
                    return;
                }
                Outcome failed;
                if (error.reason == QLatin1String("DEVICE_NOT_CLAIMABLE"))
                    failed.text =
                        tr("The device is not in claim mode. Put it in claim mode (hold its "
                           "setup button, or use its app): the window lasts 10 minutes "
                           "by default, then claim again.");
                else if (error.reason == QLatin1String("INVALID_CLAIM_CODE"))
                    failed.text =
                        tr("No device has this claim code. Check the label: codes look "
                           "like ABCD-EFGH-JKLM (no I, O, 0 or 1).");
                else
                    failed.text = ErrorText::explain(error);
                done(failed);
            });
}

// A device just claimed gets the name and tag the technician typed.
void DeviceClaim::nameClaimed(Device device, const QString &homeName, const QString &name,
                              const QString &tag)
{
    DeviceChanges changes;
    if (!name.isEmpty())
        changes.name = name;
    if (!tag.isEmpty())
        changes.tag = tag;
    const int generation = m_generation;
    m_fleet->updateDevice(device.id, changes)
        ->then(
            this,
            [this, generation, device, homeName, changes](const NoContent &) {
                if (generation != m_generation)
                    return;
                Device named = device;
                named.name = changes.name.value_or(device.name);
                named.tag = changes.tag.value_or(device.tag);
                done({Outcome::Kind::Claimed, named,
                      tr("Device %1 (%2) is now in “%3”.")
                          .arg(QString::number(named.id), what(named), homeName)});
            },
            [this, generation, device, homeName](const ApiError &error) {
                if (generation != m_generation)
                    return;
                // It is in the home all the same: said, with why the name did not take.
                done({Outcome::Kind::Claimed, device,
                      tr("Device %1 (%2) is now in “%3”, but naming it failed: %4 Rename it on "
                         "the Devices page.")
                          .arg(QString::number(device.id), what(device), homeName,
                               ErrorText::explain(error))});
            });
}

// "Already in a home": which one? The target's own list answers for the
// device ModeDesk learned for this code; the fleet names another of the user's homes.
void DeviceClaim::locate(qint64 homeId, const QString &homeName, const QString &code)
{
    const int generation = m_generation;
    const qint64 known = m_ledger->find(code).deviceId;
    m_fleet->readHome(homeId)->then(
        this,
        [this, generation, homeName, known](const QList<Device> &devices) {
            if (generation != m_generation)
                return;
            const ClaimCheck::Verdict verdict =
                ClaimCheck::locate(devices, known, {}, {}, {}, [](qint64) { return false; });
            Outcome outcome;
            if (verdict.place == ClaimCheck::Verdict::Place::Here) {
                outcome.kind = Outcome::Kind::AlreadyHere;
                const auto device =
                    std::find_if(devices.cbegin(), devices.cend(),
                                 [&verdict](const Device &d) { return d.id == verdict.deviceId; });
                outcome.device = *device;
                outcome.text = tr("Device %1 (%2) is in “%3” already: nothing to do.")
                                   .arg(QString::number(device->id), what(*device), homeName);
            } else {
                outcome.kind = Outcome::Kind::InAnotherHome;
                const QString other = known != 0 ? m_fleet->homeNameOf(known) : QString();
                outcome.text =
                    !other.isEmpty()
                        ? tr("This device (id %1) is in your home “%2”, not in “%3”. Remove it "
                             "there first, then claim it here.")
                              .arg(QString::number(known), other, homeName)
                    : known != 0
                        ? tr("This device (id %1) is in a home of another account, not in “%2” "
                             "(MODE does not say which). Its owner must remove it first.")
                              .arg(QString::number(known), homeName)
                        : tr("This device is in a home already. ModeDesk has not claimed this code "
                             "before, so it cannot tell whether that home is “%1” (MODE does not "
                             "say which): look for it on the Devices page; if it is not there, its "
                             "owner must remove it first.")
                              .arg(homeName);
            }
            done(outcome);
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            Outcome failed;
            failed.text = tr("The device is already in a home; which one could not be checked: %1")
                              .arg(ErrorText::explain(error));
            done(failed);
        });
}

void DeviceClaim::done(const Outcome &outcome)
{
    m_busy = false;
    emit busyChanged(false);
    emit finished(outcome);
}

}  // namespace ModeDesk
