// Bulk onboarding: the owner of one import of claim codes (with optional
// names and tags) into one home. The home is chosen when the codes are
// loaded and kept with them: Claim all, Retry and a continue after a restart
// claim into it, whatever home is on screen; once claiming began it is fixed.
//
// Outcomes are idempotent and true. A code MODE calls "already in a home" is
// looked for in the target home's devices (by the device ModeDesk learned
// for it, or, among the devices claimed since the import began, by the name
// and tag it gives) before anything is said; what cannot be told is said as
// such. A server that stops answering pauses the import: rows stay to do,
// and it goes on by itself once the server answers again. What was on its
// way when ModeDesk stopped is checked, not assumed. The state is saved in
// the profile's files for this server, so the next start can continue it.
//
// bulkclaim.cpp: the rows, the target, corrections, files.
// bulkclaimrun.cpp: claiming them (the run, pauses, lookups, stops).
#pragma once

#include "apiclient.h"
#include "bulkclaimfile.h"
#include "bulkclaimrow.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <functional>

namespace ModeDesk {

class ClaimLedger;
class Fleet;
class HomesModel;
class ProfileFiles;
class SandboxAdmin;

class BulkClaim : public QObject
{
    Q_OBJECT

public:
    using Status = BulkClaimRow::Status;
    using Outcome = BulkClaimRow::Outcome;
    enum class State {
        Idle,
        Running,
        WaitingForServer,  // paused by the server; goes on when it answers
        Stopping,          // asked to stop; the claims on their way finish
    };
    enum class Field { Code, Name, Tag };

    // Devices are read, changed and shown through the fleet (their one owner).
    BulkClaim(ApiClient *api, Fleet *fleet, ProfileFiles *files, ClaimLedger *ledger,
              QObject *parent = nullptr);
    ~BulkClaim() override;

    // The server of the open profile (imports are per profile and server):
    // the saved import of this one is read, if there is one.
    void setServer(const QString &server);
    // Saves the import as it stands and lets it go (before the profile's files change).
    void close();

    // The codes of a CSV file, to be claimed into homeId. Replaces the rows.
    bool importCsv(const QString &path, qint64 homeId, QString *error);
    void setRows(const QList<BulkClaimRow> &rows, qint64 homeId, const QString &sourceName = {});
    // Another target home: only before claiming began.
    bool setTarget(qint64 homeId, QString *error = nullptr);
    bool canChangeTarget() const;
    qint64 targetHomeId() const { return m_target; }
    // The target's name now (the homes list), else as it was when saved.
    QString targetHomeName() const;
    QString sourceName() const { return m_source; }

    const QList<BulkClaimRow> &rows() const { return m_rows; }
    const BulkClaimRow &row(int index) const { return m_rows.at(index); }
    int count(Status status) const;
    int count(Outcome outcome) const;
    int count(Status status, Outcome outcome) const;
    // Rows still to claim or name.
    int remaining() const;
    // An import that stopped before it was through (offer to continue it).
    bool isUnfinished() const;
    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle; }

    // A correction typed into the table; false with *problem if it cannot be made.
    bool edit(int row, Field field, const QString &text, QString *problem);
    bool canEdit(int row, Field field) const;
    // The row's outcome in words (the table's and the export's).
    QString outcomeText(int row) const;
    // The import in one sentence: what was done and what is left.
    QString summary() const;

    // Claims every row to do into the target, a few at a time.
    bool start(QString *error = nullptr);
    // The failed rows again (and what else is to do).
    bool retryFailed(QString *error = nullptr);
    // No new claims; settled() once nothing is on its way.
    void stop();
    // Forgets the import (rows and saved state).
    void discard();
    // The live link is back (or the user asked): ask the server now, not at the next try.
    void serverMaybeBack();
    void setParallel(int requests) { m_parallel = qMax(1, requests); }

    bool exportCsv(const QString &path, QString *error) const;
    // A sandbox only: opens the claim window of every row that waits to be
    // claimed (what pressing each device's setup button does).
    void openClaimWindows(SandboxAdmin *admin, int seconds = 600);
    bool isOpeningClaimWindows() const { return m_windowsInFlight > 0; }

signals:
    void rowsReset();
    void rowChanged(int row);
    void stateChanged(ModeDesk::BulkClaim::State state);
    void targetChanged();
    void progress(int done, int total);
    // A run ended (everything tried, or stopped): the page says summary().
    void finished();
    // Stopped and nothing is on its way any more.
    void settled();
    // A device joined the target home (the fleet, and so every list of devices, has it).
    void deviceClaimed(const ModeDesk::Device &device);
    // Something the user must know that belongs to no row (a save failed, say).
    void problem(const QString &text);
    void claimWindowsOpened(int opened, int failed);

private:
    // ---- bulkclaim.cpp
    void resetRun();  // what is on its way is forgotten (its answers are dropped)
    void load();
    void changed(int row);
    void saveSoon();
    void saveNow();
    void reportProgressSoon();

    // ---- bulkclaimrun.cpp
    void setState(State state);
    void pump();
    void launch(int row);
    void claim(int row);
    void name(int row);
    void onClaimFailed(int row, const ApiError &error);
    bool isTransient(const ApiError &error) const;
    void waitForServer();
    void fetchHome();
    void applyHome(const QList<Device> &devices);
    void settleNewcomers(const QList<Device> &devices);
    void targetGone();
    bool isTaken(qint64 deviceId, int byOtherThan) const;
    void landed();
    void checkIdle();
    void settle();
    void markPending(int row);

    ApiClient *m_api;
    Fleet *m_fleet;
    HomesModel *m_homes;
    ProfileFiles *m_files;
    ClaimLedger *m_ledger;
    QString m_server;
    QList<BulkClaimRow> m_rows;
    qint64 m_target = 0;
    QString m_savedTargetName;
    QString m_source;
    QDateTime m_startedAt;
    bool m_interrupted = false;  // stopped (or ModeDesk was) with rows left: offer to continue
    State m_state = State::Idle;
    int m_parallel = 4;
    int m_inFlight = 0;
    int m_nextRow = 0;          // no row before it is pending (where the run looks next)
    int m_generation = 0;       // answers for rows that were replaced are dropped
    bool m_fetching = false;    // the target's devices are being read
    bool m_needsFetch = false;  // rows wait for a newer read of them
    bool m_runEnding = false;   // the run's last read: lost claims are placed with it
    QSet<int> m_checking;       // "already in a home": waiting for the target's devices
    QSet<int> m_unplaced;       // in a home, not found by id or name: placed at the end
    QTimer m_probe;             // asks again while the server does not answer
    int m_probeDelayMs = 1000;
    QTimer m_saveTimer;
    QTimer m_progressTimer;
    QString m_lastSaveError;
    int m_windowsInFlight = 0;
    int m_windowsOpened = 0;
    int m_windowsFailed = 0;
};

}  // namespace ModeDesk
