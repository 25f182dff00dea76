// One row of a bulk import: a claim code with the name and tag to give the
// device, where it stands, and why. The outcome is kept as a kind plus its
// details, so that it is worded in the language of the moment (a saved
// import read after a language change reads right).
#pragma once

#include <QList>
#include <QString>

namespace ModeDesk {

struct BulkClaimRow {
    enum class Status {
        Pending,   // to do: claimed next (or named next, when deviceId is known)
        Claiming,  // the claim is on its way
        Naming,    // claimed; the name and tag are on their way
        Claimed,   // in the target home (and named, when it had a name or tag)
        Failed,    // not done, and why; can be corrected and retried
        Skipped,   // not a claim code, or a repeated one; can be corrected
    };
    enum class Outcome {
        None,
        Claimed,           // claimed now (and named when asked)
        AlreadyHere,       // it was in the target home already (claimed earlier)
        InAnotherHome,     // in a home that is not the target (its device is known, and not there)
        InUnknownHome,     // in a home, and nothing tells whether it is the target
        MaybeHere,         // in a home; perhaps one of the target's new devices (candidates)
        NotClaimable,      // not in claim mode
        UnknownCode,       // no device has the code
        NamingFailed,      // claimed, but the name or tag was refused (detail)
        Refused,           // another refusal from the server (detail)
        NotACode,          // the text is not a claim code (detail: why)
        Duplicate,         // the code is on another row (otherRow)
        InClaimMode,       // its claim window was opened (detail: until when)
        WaitingForServer,  // no answer: it is tried again when the server is back
    };

    QString claimCode;  // normalised when it is a code, else as it was read
    QString name;
    QString tag;
    Status status = Status::Pending;
    Outcome outcome = Outcome::None;
    QString detail;            // the outcome's words from elsewhere (a server reason, a time)
    qint64 deviceId = 0;       // learned from the claim's answer (or found in the home)
    qint64 hintDeviceId = 0;   // what an earlier import learned (a results file): a clue only
    QList<qint64> candidates;  // MaybeHere: the target's devices it may be
    int otherRow = 0;          // Duplicate: the row (from 1) that has the code
    int sourceLine = 0;        // where it was in the file (0: typed in)
    bool uncertain = false;    // an earlier attempt may have claimed it without an answer

    bool needsName() const { return !name.isEmpty() || !tag.isEmpty(); }
    bool isDone() const { return status == Status::Claimed; }
    bool isBusy() const { return status == Status::Claiming || status == Status::Naming; }
    // Code, name and tag can be changed: nothing is on its way and it is not in a home.
    bool isEditable() const { return !isBusy() && status != Status::Claimed && deviceId == 0; }
};

// The words the state file and exports use for a status.
QString bulkClaimStatusName(BulkClaimRow::Status status);
BulkClaimRow::Status bulkClaimStatusFromName(const QString &name, bool *ok = nullptr);
QString bulkClaimOutcomeName(BulkClaimRow::Outcome outcome);
BulkClaimRow::Outcome bulkClaimOutcomeFromName(const QString &name, bool *ok = nullptr);

}  // namespace ModeDesk
