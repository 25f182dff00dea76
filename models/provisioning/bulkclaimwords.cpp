#include "bulkclaimwords.h"

#include "bulkclaim.h"

#include <QCoreApplication>
#include <QLocale>

namespace ModeDesk::BulkClaimWords {

namespace {
// lupdate files these under the namespace's name, so the context must match it.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ModeDesk::BulkClaimWords", text, disambiguation, n);
}

QString ids(const QList<qint64> &list)
{
    QStringList out;
    for (qint64 id : list)
        out.append(QString::number(id));
    return out.join(QLatin1String(", "));
}
}  // namespace

QString outcome(const BulkClaimRow &r, const QString &homeName)
{
    using Status = BulkClaimRow::Status;
    using Outcome = BulkClaimRow::Outcome;
    switch (r.status) {
        case Status::Claiming:
            return tr("claiming…");
        case Status::Naming:
            return tr("claimed (device %1); naming…").arg(r.deviceId);
        case Status::Pending:
            if (r.outcome == Outcome::WaitingForServer)
                return tr("waiting for the server; tried again when it answers");
            if (r.outcome == Outcome::InClaimMode)
                return tr("in claim mode until %1; waiting to be claimed").arg(r.detail);
            if (r.deviceId != 0)
                return r.outcome == Outcome::AlreadyHere
                           ? tr("already in this home (device %1); naming next").arg(r.deviceId)
                           : tr("claimed (device %1); naming next").arg(r.deviceId);
            if (r.uncertain)
                return tr("to check: an earlier try may have claimed it");
            return tr("waiting");
        case Status::Claimed:
            if (r.outcome == Outcome::AlreadyHere)
                return tr("already in this home (device %1)").arg(r.deviceId);
            return r.needsName() ? tr("claimed and named (device %1)").arg(r.deviceId)
                                 : tr("claimed (device %1)").arg(r.deviceId);
        case Status::Skipped:
            if (r.outcome == Outcome::Duplicate)
                return tr("skipped: the same code as row %1").arg(r.otherRow);
            return tr("skipped: not a claim code. %1 Correct it in the table.").arg(r.detail);
        case Status::Failed:
            break;
    }
    switch (r.outcome) {
        case Outcome::NotClaimable:
            return tr("not in claim mode: put the device in claim mode, then Retry failed");
        case Outcome::UnknownCode:
            return tr(
                "no device has this code: check the label, correct the code, then Retry "
                "failed");
        case Outcome::InAnotherHome:
            if (!r.detail.isEmpty())
                return tr("in your home “%1”, not “%2”: remove it there, then Retry failed")
                    .arg(r.detail, homeName);
            return tr("in another account's home, not “%1” (MODE does not say which): its owner "
                      "must remove it first")
                .arg(homeName);
        case Outcome::InUnknownHome:
            return tr("in a home already; ModeDesk cannot tell whether it is “%1” (MODE does not "
                      "say which): look for it on the Devices page; if it is not there, its owner "
                      "must remove it first")
                .arg(homeName);
        case Outcome::MaybeHere: {
            const int candidates = int(r.candidates.size());
            return tr("in a home, perhaps “%1” as one of the new device(s) %2 (MODE does not say "
                      "which code is which device): check it on the Devices page and name it "
                      "there",
                      nullptr, candidates)
                .arg(homeName, ids(r.candidates));
        }
        case Outcome::NamingFailed:
            return tr("claimed (device %1), but naming failed: %2 Correct the name or tag, then "
                      "Retry failed")
                .arg(QString::number(r.deviceId), r.detail);
        case Outcome::Refused:
            return r.detail;
        default:
            return tr("failed");
    }
}

QString summary(const BulkClaim &import)
{
    using Status = BulkClaimRow::Status;
    using Outcome = BulkClaimRow::Outcome;
    const QString home = import.targetHomeName();
    const int total = int(import.rows().size());
    const int here = import.count(Status::Claimed, Outcome::AlreadyHere);
    const int claimed = import.count(Status::Claimed) - here;
    const int failed = import.count(Status::Failed);
    const int skipped = import.count(Status::Skipped);
    const int left = import.remaining();
    QStringList parts;
    if (claimed > 0)
        parts.append(tr("%n claimed now", nullptr, claimed));
    if (here > 0)
        parts.append(tr("%n already there", nullptr, here));
    if (failed > 0)
        parts.append(tr("%n failed (see each row; correct and Retry failed)", nullptr, failed));
    if (skipped > 0)
        parts.append(tr("%n skipped", nullptr, skipped));
    if (left > 0)
        parts.append(tr("%n still to do", nullptr, left));
    return tr("“%1”, %n row(s): %2.", nullptr, total)
        .arg(home, QLocale().createSeparatedList(parts));
}

}  // namespace ModeDesk::BulkClaimWords
