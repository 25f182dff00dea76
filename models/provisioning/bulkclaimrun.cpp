// BulkClaim, its run: rows claimed a few at a time into the target, named,
// looked up in the target when MODE says "already in a home", paused while
// the server is silent, stopped on request. (The rows, target and files are
// in bulkclaim.cpp.)
#include "bulkclaim.h"

#include "claimcheck.h"
#include "claimledger.h"
#include "errortext.h"
#include "fleet.h"
#include "homesmodel.h"
#include "logging.h"

namespace ModeDesk {

namespace {
constexpr int MaxProbeDelayMs = 10'000;
}  // namespace

bool BulkClaim::start(QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_rows.isEmpty())
        return fail(tr("Import a CSV of claim codes first."));
    if (m_target == 0)
        return fail(tr("Pick the home the devices go to."));
    if (m_homes->rowCount() > 0 && m_homes->rowOf(m_target) < 0)
        return fail(tr("“%1” is no longer in your homes (deleted, or you left it). Import the "
                       "codes again for another home.")
                        .arg(targetHomeName()));
    if (m_state == State::Running || m_state == State::WaitingForServer)
        return true;
    if (!m_startedAt.isValid())
        m_startedAt = QDateTime::currentDateTimeUtc();
    m_interrupted = false;
    m_nextRow = 0;
    setState(State::Running);
    saveNow();
    // What may have happened while ModeDesk was away is looked up in the home first.
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const BulkClaimRow &r) {
            return r.status == Status::Pending && r.uncertain && r.deviceId == 0;
        }))
        fetchHome();
    pump();
    return true;
}

bool BulkClaim::retryFailed(QString *error)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        BulkClaimRow &r = m_rows[i];
        if (r.status != Status::Failed)
            continue;
        r.outcome = Outcome::None;
        r.detail.clear();
        r.candidates.clear();
        markPending(i);
        changed(i);
    }
    return start(error);
}

void BulkClaim::stop()
{
    if (m_state == State::Idle)
        return;
    m_probe.stop();
    setState(State::Stopping);
    checkIdle();
}

void BulkClaim::serverMaybeBack()
{
    if (m_state == State::WaitingForServer && !m_fetching) {
        m_probe.stop();
        fetchHome();
    }
}

void BulkClaim::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void BulkClaim::markPending(int row)
{
    m_rows[row].status = Status::Pending;
    m_nextRow = qMin(m_nextRow, row);
}

void BulkClaim::pump()
{
    if (m_state != State::Running)
        return;
    // Rows before m_nextRow are done or on their way: a big import is walked once.
    while (m_nextRow < m_rows.size() && m_rows.at(m_nextRow).status != Status::Pending)
        ++m_nextRow;
    for (int i = m_nextRow; i < m_rows.size() && m_inFlight < m_parallel; ++i) {
        const BulkClaimRow &r = m_rows.at(i);
        // A row that may have been claimed waits for the look at the target's devices.
        if (r.status == Status::Pending && !(r.uncertain && r.deviceId == 0 && m_fetching))
            launch(i);
    }
    checkIdle();
}

void BulkClaim::launch(int row)
{
    if (m_rows.at(row).deviceId != 0)
        name(row);
    else
        claim(row);
}

void BulkClaim::claim(int i)
{
    BulkClaimRow &r = m_rows[i];
    r.status = Status::Claiming;
    r.outcome = Outcome::None;
    changed(i);
    saveSoon();
    ++m_inFlight;
    const int generation = m_generation;
    const QString code = r.claimCode;
    m_api->claimDevice(m_target, code)
        ->then(
            this,
            [this, i, generation, code](const Device &device) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                BulkClaimRow &row = m_rows[i];
                row.deviceId = device.id;
                row.uncertain = false;
                m_ledger->record(code, device.id, m_target);
                m_fleet->applyDevice(device);
                emit deviceClaimed(device);
                if (row.needsName()) {
                    name(i);  // right away, whatever else is asked meanwhile
                } else {
                    row.status = Status::Claimed;
                    row.outcome = Outcome::Claimed;
                    changed(i);
                }
                saveSoon();
                landed();
            },
            [this, i, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                onClaimFailed(i, error);
                saveSoon();
                landed();
            });
}

void BulkClaim::name(int i)
{
    BulkClaimRow &r = m_rows[i];
    const bool wasHere = r.outcome == Outcome::AlreadyHere;
    r.status = Status::Naming;
    changed(i);
    ++m_inFlight;
    DeviceChanges changes;  // only what the row gives: an empty cell keeps the device's own
    if (!r.name.isEmpty())
        changes.name = r.name;
    if (!r.tag.isEmpty())
        changes.tag = r.tag;
    const int generation = m_generation;
    const qint64 deviceId = r.deviceId;
    m_fleet->updateDevice(deviceId, changes)
        ->then(
            this,
            [this, i, generation, wasHere](const NoContent &) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                BulkClaimRow &row = m_rows[i];
                row.status = Status::Claimed;
                row.outcome = wasHere ? Outcome::AlreadyHere : Outcome::Claimed;
                row.detail.clear();
                changed(i);
                saveSoon();
                landed();
            },
            [this, i, generation, wasHere](const ApiError &error) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                BulkClaimRow &row = m_rows[i];
                if (isTransient(error)) {
                    // Still claimed: named when the server is back.
                    row.outcome = wasHere ? Outcome::AlreadyHere : Outcome::WaitingForServer;
                    markPending(i);
                    waitForServer();
                } else {
                    row.status = Status::Failed;
                    row.outcome = Outcome::NamingFailed;
                    row.detail = ErrorText::explain(error);
                    qCInfo(lcModels).noquote()
                        << "naming a claimed device failed:" << error.describe();
                }
                changed(i);
                saveSoon();
                landed();
            });
}

bool BulkClaim::isTransient(const ApiError &error) const
{
    return error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout ||
           error.kind == ApiError::Kind::Cancelled || error.httpStatus == 503 ||
           error.httpStatus == 429 || error.httpStatus == 502 || error.httpStatus == 504;
}

void BulkClaim::onClaimFailed(int i, const ApiError &error)
{
    BulkClaimRow &r = m_rows[i];
    qCInfo(lcModels).noquote() << "bulk claim, row" << i + 1 << ":" << error.describe();
    if (isTransient(error)) {
        // No answer (or a gateway's) may hide a claim that went through: looked up before
        // it is tried again. A 503 or 429 was not handled at all.
        r.outcome = Outcome::WaitingForServer;
        r.uncertain = r.uncertain || error.httpStatus == 0 || error.httpStatus == 502 ||
                      error.httpStatus == 504;
        markPending(i);
        changed(i);
        waitForServer();
        return;
    }
    if (error.httpStatus == 401) {
        r.outcome = Outcome::None;  // the session asks to sign in; the import waits
        markPending(i);
        changed(i);
        stop();
        return;
    }
    if (error.httpStatus == 404) {
        r.outcome = Outcome::None;
        markPending(i);
        changed(i);
        targetGone();
        return;
    }
    const QString &reason = error.reason;
    if (reason == QLatin1String("DEVICE_ALREADY_IN_HOME")) {
        // Still open while the target's devices tell where it is (r.uncertain says
        // whether an earlier attempt of ours may have put it there).
        m_checking.insert(i);
        m_needsFetch = true;
        if (m_state == State::Running)
            fetchHome();
        return;
    }
    r.status = Status::Failed;
    r.uncertain = false;
    if (reason == QLatin1String("DEVICE_NOT_CLAIMABLE")) {
        r.outcome = Outcome::NotClaimable;
    } else if (reason == QLatin1String("INVALID_CLAIM_CODE")) {
        r.outcome = Outcome::UnknownCode;
    } else {
        r.outcome = Outcome::Refused;
        r.detail = ErrorText::explain(error);
    }
    changed(i);
}

void BulkClaim::waitForServer()
{
    if (m_state == State::Running) {
        m_probeDelayMs = 1000;
        setState(State::WaitingForServer);
        saveSoon();
    }
    if (m_state == State::WaitingForServer && !m_probe.isActive() && !m_fetching)
        m_probe.start(m_probeDelayMs);
}

// The target's devices: the answer to "already in a home" and to "may have
// been claimed", and, while the server is silent, the sign that it is back.
void BulkClaim::fetchHome()
{
    if (m_fetching || m_target == 0 || m_state == State::Idle || m_state == State::Stopping)
        return;
    m_fetching = true;
    m_needsFetch = false;
    const int generation = m_generation;
    m_fleet->readHome(m_target)->then(
        this,
        [this, generation](const QList<Device> &devices) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (m_state == State::WaitingForServer)
                setState(State::Running);
            if (m_runEnding) {
                m_runEnding = false;
                settleNewcomers(devices);
            } else {
                applyHome(devices);
            }
            if (m_needsFetch && m_state == State::Running)
                fetchHome();
            landed();
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            m_runEnding = false;
            if (error.httpStatus == 404) {
                targetGone();
            } else if (isTransient(error) &&
                       (m_state == State::Running || m_state == State::WaitingForServer)) {
                if (m_state == State::WaitingForServer)
                    m_probeDelayMs = qMin(m_probeDelayMs * 2, MaxProbeDelayMs);
                else
                    setState(State::WaitingForServer);
                m_probe.start(m_probeDelayMs);
            } else if (m_state != State::Idle && m_state != State::Stopping) {
                emit problem(tr("Cannot read the devices of “%1”: %2")
                                 .arg(targetHomeName(), ErrorText::explain(error)));
                stop();
            }
            landed();
        });
}

bool BulkClaim::isTaken(qint64 deviceId, int byOtherThan) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != byOtherThan && m_rows.at(i).deviceId == deviceId)
            return true;
    }
    // A device the ledger knows by another code is that code's.
    const QString code = m_ledger->codeOf(deviceId);
    return !code.isEmpty() && (byOtherThan < 0 || code != m_rows.at(byOtherThan).claimCode);
}

void BulkClaim::applyHome(const QList<Device> &devices)
{
    // Rows that may have been claimed, and rows MODE calls "already in a home".
    for (int i = 0; i < m_rows.size(); ++i) {
        BulkClaimRow &r = m_rows[i];
        const bool checking = m_checking.contains(i);
        const bool unsure = r.status == Status::Pending && r.uncertain && r.deviceId == 0;
        if (!checking && !unsure)
            continue;
        // What ModeDesk learned for the code first; a results file's id is only a clue.
        const qint64 learned = m_ledger->find(r.claimCode).deviceId;
        const ClaimCheck::Verdict verdict =
            ClaimCheck::locate(devices, learned ? learned : r.hintDeviceId, r.name, r.tag,
                               m_startedAt, [this, i](qint64 id) { return isTaken(id, i); });
        if (verdict.place == ClaimCheck::Verdict::Place::Here) {
            m_checking.remove(i);
            r.deviceId = verdict.deviceId;
            r.uncertain = false;
            r.outcome = Outcome::AlreadyHere;
            m_ledger->record(r.claimCode, r.deviceId, m_target);
            const auto device = std::find_if(devices.cbegin(), devices.cend(),
                                             [&r](const Device &d) { return d.id == r.deviceId; });
            const bool named = (r.name.isEmpty() || device->name == r.name) &&
                               (r.tag.isEmpty() || device->tag == r.tag);
            if (named)
                r.status = Status::Claimed;
            else
                markPending(i);  // named next
            changed(i);
        } else if (checking && verdict.place == ClaimCheck::Verdict::Place::Elsewhere) {
            m_checking.remove(i);
            r.status = Status::Failed;
            r.outcome = Outcome::InAnotherHome;
            r.uncertain = false;
            // One of the user's own homes is named (the fleet knows it); another's is not.
            r.detail = learned ? m_fleet->homeNameOf(learned) : QString();
            changed(i);
        } else if (checking) {
            // Somewhere: placed at the end of the run, when every claim of it is in.
            m_checking.remove(i);
            m_unplaced.insert(i);
        }
        // Unsure and not found: not claimed after all, or claimed unnamed; the claim tells.
    }
    saveSoon();
}

// The end of a run: codes in a home that neither their device nor their name
// places. Where one of ours may have been lost (an attempt without an answer),
// a newcomer to the target is where it went; MODE does not say which code is
// which, so one of each is a match and more is a question. A code that was in
// a home before any attempt of ours cannot be told: said as such.
void BulkClaim::settleNewcomers(const QList<Device> &devices)
{
    QList<int> lost;
    for (int i : std::as_const(m_unplaced)) {
        if (m_rows.at(i).uncertain)
            lost.append(i);
    }
    const QList<qint64> newcomers =
        ClaimCheck::newcomers(devices, m_startedAt, [this](qint64 id) { return isTaken(id, -1); });
    const bool oneToOne = lost.size() == 1 && newcomers.size() == 1;
    for (int i : std::as_const(m_unplaced)) {
        BulkClaimRow &r = m_rows[i];
        if (!lost.contains(i)) {
            r.status = Status::Failed;
            r.outcome = Outcome::InUnknownHome;
        } else if (oneToOne) {
            r.deviceId = newcomers.constFirst();
            r.outcome = Outcome::AlreadyHere;
            m_ledger->record(r.claimCode, r.deviceId, m_target);
            if (r.needsName())
                markPending(i);
            else
                r.status = Status::Claimed;
        } else if (!newcomers.isEmpty()) {
            r.status = Status::Failed;
            r.outcome = Outcome::MaybeHere;
            r.candidates = newcomers;
        } else {
            r.status = Status::Failed;
            r.outcome = Outcome::InUnknownHome;
        }
        r.uncertain = false;
        changed(i);
    }
    m_unplaced.clear();
    saveSoon();
}

void BulkClaim::targetGone()
{
    emit problem(tr("“%1” is gone, or this account may no longer see it: the import stopped. "
                    "Import the codes again for another home.")
                     .arg(targetHomeName()));
    stop();
}

void BulkClaim::landed()
{
    reportProgressSoon();
    if (m_state == State::Running)
        pump();
    else
        checkIdle();
}

// Nothing on its way: a stop completes, or a run is through.
void BulkClaim::checkIdle()
{
    if (m_inFlight > 0 || m_fetching)
        return;
    if (m_state == State::Stopping) {
        settle();
        return;
    }
    if (m_state != State::Running)
        return;
    if (!m_checking.isEmpty()) {
        fetchHome();
        return;
    }
    const bool more =
        std::any_of(m_rows.cbegin() + qMin(m_nextRow, int(m_rows.size())), m_rows.cend(),
                    [](const BulkClaimRow &r) { return r.status == Status::Pending; });
    if (more)
        return;
    if (!m_unplaced.isEmpty()) {
        // One more look at the target, with every claim of this run in it.
        m_runEnding = true;
        fetchHome();
        return;
    }
    settle();
}

void BulkClaim::settle()
{
    // Rows still to be looked up are looked up at the next start.
    for (const QSet<int> &open : {m_checking, m_unplaced}) {
        for (int i : open) {
            markPending(i);
            changed(i);
        }
    }
    m_checking.clear();
    m_unplaced.clear();
    m_runEnding = false;
    // A stop with rows left is offered to continue; a run that went through is not.
    m_interrupted = m_state == State::Stopping && count(Status::Pending) > 0;
    setState(State::Idle);
    saveNow();
    reportProgressSoon();
    emit finished();
    emit settled();
}

}  // namespace ModeDesk
