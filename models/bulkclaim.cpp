#include "bulkclaim.h"

#include "apiclient.h"
#include "bulkclaimwords.h"
#include "claimcheck.h"
#include "claimcode.h"
#include "claimledger.h"
#include "errortext.h"
#include "homesmodel.h"
#include "logging.h"
#include "profilefiles.h"
#include "sandboxadmin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ModeDesk {

namespace {
constexpr int SaveAfterMs = 250;
constexpr int MaxProbeDelayMs = 10'000;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
}  // namespace

BulkClaim::BulkClaim(ApiClient *api, HomesModel *homes, ProfileFiles *files, ClaimLedger *ledger,
                     QObject *parent)
    : QObject(parent), m_api(api), m_homes(homes), m_files(files), m_ledger(ledger)
{
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, &BulkClaim::fetchHome);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(SaveAfterMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &BulkClaim::saveNow);
    // The target's name is read from the homes list: a rename shows at once.
    connect(homes, &QAbstractItemModel::dataChanged, this, &BulkClaim::targetChanged);
    connect(homes, &QAbstractItemModel::modelReset, this, &BulkClaim::targetChanged);
    connect(homes, &QAbstractItemModel::rowsInserted, this, &BulkClaim::targetChanged);
}

BulkClaim::~BulkClaim()
{
    if (m_saveTimer.isActive())
        saveNow();  // what is on its way is saved as such: checked at the next start
}

// ---- the import and its target ------------------------------------------------------

void BulkClaim::close()
{
    if (m_saveTimer.isActive())
        saveNow();  // as it stands: what is on its way is checked at the next start
    ++m_generation;
    m_probe.stop();
    m_inFlight = 0;
    m_fetching = m_needsFetch = false;
    m_checking.clear();
    m_unplaced.clear();
    setState(State::Idle);
    if (!m_rows.isEmpty() || m_target != 0) {
        m_rows.clear();
        m_target = 0;
        emit rowsReset();
        emit targetChanged();
    }
}

void BulkClaim::setServer(const QString &server)
{
    close();
    m_server = server;
    load();
}

void BulkClaim::load()
{
    m_rows.clear();
    m_target = 0;
    m_savedTargetName.clear();
    m_source.clear();
    m_startedAt = {};
    QString error;
    const QByteArray bytes = m_files->read(ProfileFiles::File::BulkClaim, &error);
    BulkClaimFile::State state;
    if (!error.isEmpty()) {
        emit problem(tr("The saved import cannot be read: %1.").arg(error));
    } else if (!bytes.isEmpty() && !BulkClaimFile::readState(bytes, &state, &error)) {
        const QString aside = m_files->setAside(ProfileFiles::File::BulkClaim);
        emit problem(tr("The saved import is damaged (%1), so it was not continued; it was "
                        "kept as %2.")
                         .arg(error, QDir::toNativeSeparators(aside)));
    } else if (!bytes.isEmpty() && state.server != m_server) {
        // The profile points at another server now: its import is not this server's.
        qCInfo(lcModels) << "the saved bulk import is for another server; not loaded";
    } else if (!bytes.isEmpty()) {
        m_rows = state.rows;
        m_target = state.homeId;
        m_savedTargetName = state.homeName;
        m_source = state.sourceName;
        m_startedAt = state.startedAt;
    }
    emit rowsReset();
    emit targetChanged();
    emit progress(count(Status::Claimed) + count(Status::Failed) + count(Status::Skipped),
                  int(m_rows.size()));
}

bool BulkClaim::importCsv(const QString &path, qint64 homeId, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("%1 is %2 MB; a list of claim codes is far smaller. Is it the right file?")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(file.size() / (1024 * 1024));
        return false;
    }
    const BulkClaimFile::Import import = BulkClaimFile::readCsv(file.readAll());
    if (!import.error.isEmpty() || import.rows.isEmpty()) {
        *error = import.error.isEmpty()
                     ? tr("%1 holds no claim codes.").arg(QDir::toNativeSeparators(path))
                     : import.error;
        return false;
    }
    setRows(import.rows, homeId, QFileInfo(path).fileName());
    return true;
}

void BulkClaim::setRows(const QList<BulkClaimRow> &rows, qint64 homeId, const QString &sourceName)
{
    ++m_generation;
    m_probe.stop();
    m_inFlight = 0;
    m_fetching = m_needsFetch = false;
    m_checking.clear();
    m_unplaced.clear();
    setState(State::Idle);
    m_rows = rows;
    BulkClaimFile::markDuplicates(&m_rows);
    m_target = homeId;
    m_savedTargetName = targetHomeName();
    m_source = sourceName;
    m_startedAt = {};
    emit rowsReset();
    emit targetChanged();
    emit progress(count(Status::Claimed) + count(Status::Failed) + count(Status::Skipped),
                  int(m_rows.size()));
    saveNow();
}

bool BulkClaim::canChangeTarget() const
{
    return m_state == State::Idle &&
           std::none_of(m_rows.cbegin(), m_rows.cend(), [](const BulkClaimRow &r) {
               return r.deviceId != 0 || r.uncertain || r.status == Status::Claimed;
           });
}

bool BulkClaim::setTarget(qint64 homeId, QString *error)
{
    if (homeId == m_target)
        return true;
    if (!canChangeTarget()) {
        if (error)
            *error = tr("Devices of this import are in “%1” already: its other rows go there "
                        "too. Import the codes again for another home.")
                         .arg(targetHomeName());
        return false;
    }
    m_target = homeId;
    m_savedTargetName = targetHomeName();
    emit targetChanged();
    saveNow();
    return true;
}

QString BulkClaim::targetHomeName() const
{
    const int row = m_homes->rowOf(m_target);
    if (row >= 0)
        return m_homes->record(row).name;
    return m_savedTargetName.isEmpty() && m_target != 0 ? tr("home %1").arg(m_target)
                                                        : m_savedTargetName;
}

int BulkClaim::count(Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [status](const BulkClaimRow &r) { return r.status == status; }));
}

int BulkClaim::count(Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [outcome](const BulkClaimRow &r) { return r.outcome == outcome; }));
}

// ---- corrections --------------------------------------------------------------------

bool BulkClaim::canEdit(int row, Field field) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const BulkClaimRow &r = m_rows.at(row);
    if (r.isBusy() || r.status == Status::Claimed)
        return false;
    return field != Field::Code || r.deviceId == 0;  // a claimed device keeps its code
}

bool BulkClaim::edit(int row, Field field, const QString &text, QString *problem)
{
    if (!canEdit(row, field)) {
        *problem = row >= 0 && row < m_rows.size() && m_rows.at(row).status == Status::Claimed
                       ? tr("Row %1 is in the home already: rename the device on the Devices "
                            "page.")
                             .arg(row + 1)
                       : tr("Row %1 cannot be changed while it is being claimed.").arg(row + 1);
        return false;
    }
    BulkClaimRow &r = m_rows[row];
    const QString value = text.trimmed();
    switch (field) {
        case Field::Code: {
            const QString code = ClaimCode::normalized(value);
            r.claimCode = code.isEmpty() ? value : code;
            r.hintDeviceId = 0;
            if (code.isEmpty()) {
                r.status = Status::Skipped;
                r.outcome = Outcome::NotACode;
                r.detail = ClaimCode::problem(value);
            } else {
                r.status = Status::Pending;
                r.outcome = Outcome::None;
                r.detail.clear();
                r.uncertain = false;
            }
            break;
        }
        case Field::Name:
        case Field::Tag:
            (field == Field::Name ? r.name : r.tag) = value;
            // A row that failed is ready to go again; a claimed one is named again.
            if (r.status == Status::Failed && r.outcome != Outcome::NotClaimable &&
                r.outcome != Outcome::InAnotherHome && r.outcome != Outcome::UnknownCode) {
                r.status = Status::Pending;
                r.outcome = Outcome::None;
            }
            break;
    }
    changed(row);
    for (int other : BulkClaimFile::markDuplicates(&m_rows))
        changed(other);
    saveSoon();
    return true;
}

// ---- running --------------------------------------------------------------------------

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
    setState(State::Running);
    saveNow();
    // What may have happened while ModeDesk was away is checked in the home first.
    if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const BulkClaimRow &r) {
            return r.status == Status::Pending && r.uncertain;
        }))
        fetchHome();
    else
        pump();
    return true;
}

void BulkClaim::retryFailed()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        BulkClaimRow &r = m_rows[i];
        if (r.status != Status::Failed)
            continue;
        r.status = Status::Pending;
        r.outcome = Outcome::None;
        r.detail.clear();
        r.candidates.clear();
        changed(i);
    }
    start();
}

void BulkClaim::stop()
{
    if (m_state == State::Idle)
        return;
    m_probe.stop();
    setState(State::Stopping);
    checkIdle();
}

void BulkClaim::discard()
{
    setRows({}, 0);
    m_files->remove(ProfileFiles::File::BulkClaim);
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

void BulkClaim::changed(int row)
{
    emit rowChanged(row);
}

void BulkClaim::pump()
{
    if (m_state != State::Running)
        return;
    for (int i = 0; i < m_rows.size() && m_inFlight < m_parallel; ++i) {
        const BulkClaimRow &r = m_rows.at(i);
        // A row that may have been claimed waits for the look at the target's devices.
        if (r.status == Status::Pending && !(r.uncertain && m_fetching))
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
                emit deviceClaimed(device);
                if (row.needsName() && m_state != State::Idle) {
                    row.status = Status::Pending;  // named next, right away
                    name(i);
                } else {
                    row.status = row.needsName() ? Status::Pending : Status::Claimed;
                    row.outcome = row.needsName() ? Outcome::None : Outcome::Claimed;
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
    m_api->updateDevice(deviceId, changes)
        ->then(
            this,
            [this, i, generation, deviceId, changes, wasHere](const NoContent &) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                BulkClaimRow &row = m_rows[i];
                row.status = Status::Claimed;
                row.outcome = wasHere ? Outcome::AlreadyHere : Outcome::Claimed;
                row.detail.clear();
                changed(i);
                emit deviceChanged(deviceId, changes);
                saveSoon();
                landed();
            },
            [this, i, generation, wasHere](const ApiError &error) {
                if (generation != m_generation)
                    return;
                --m_inFlight;
                BulkClaimRow &row = m_rows[i];
                if (isTransient(error)) {
                    row.status = Status::Pending;  // still claimed: named when the server is back
                    row.outcome = wasHere ? Outcome::AlreadyHere : Outcome::WaitingForServer;
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
        // Without an answer the claim may have gone through: checked before it is tried again.
        r.status = Status::Pending;
        r.outcome = Outcome::WaitingForServer;
        r.uncertain = r.uncertain || error.httpStatus == 0;
        changed(i);
        if (m_state == State::Running)
            waitForServer();
        return;
    }
    if (error.httpStatus == 401) {
        r.status = Status::Pending;  // the session asks to sign in; the import waits
        r.outcome = Outcome::None;
        changed(i);
        stop();
        return;
    }
    if (error.httpStatus == 404) {
        r.status = Status::Pending;
        r.outcome = Outcome::None;
        changed(i);
        targetGone();
        return;
    }
    const QString &reason = error.reason;
    if (reason == QLatin1String("DEVICE_ALREADY_IN_HOME")) {
        r.status = Status::Claiming;  // still open: where it is is being looked up
        m_checking.insert(i);
        m_needsFetch = true;
        if (!m_fetching && m_state == State::Running)
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
    if (m_state != State::Running && m_state != State::WaitingForServer)
        return;
    if (m_state == State::Running) {
        m_probeDelayMs = 1000;
        setState(State::WaitingForServer);
        saveSoon();
    }
    if (!m_probe.isActive() && !m_fetching)
        m_probe.start(m_probeDelayMs);
}

// The target's devices: the answer to "already in a home" and to "may have
// been claimed", and, while the server is silent, the sign that it is back.
void BulkClaim::fetchHome()
{
    if (m_fetching || m_target == 0)
        return;
    m_fetching = true;
    m_needsFetch = false;
    const int generation = m_generation;
    m_api->getDevices(m_target)->then(
        this,
        [this, generation](const QList<Device> &devices) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (m_state == State::WaitingForServer)
                setState(State::Running);
            applyHome(devices);
            if (m_needsFetch)
                fetchHome();
            pump();
        },
        [this, generation](const ApiError &error) {
            if (generation != m_generation)
                return;
            m_fetching = false;
            if (error.httpStatus == 404) {
                targetGone();
            } else if (isTransient(error) && m_state != State::Idle && m_state != State::Stopping) {
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

void BulkClaim::applyHome(const QList<Device> &devices)
{
    // Rows that may have been claimed, and rows MODE calls "already in a home".
    for (int i = 0; i < m_rows.size(); ++i) {
        BulkClaimRow &r = m_rows[i];
        const bool checking = m_checking.contains(i);
        const bool unsure = r.status == Status::Pending && r.uncertain && r.deviceId == 0;
        if (!checking && !unsure)
            continue;
        const qint64 known = r.hintDeviceId ? r.hintDeviceId : m_ledger->find(r.claimCode).deviceId;
        const ClaimCheck::Verdict verdict =
            ClaimCheck::locate(devices, known, r.name, r.tag, takenDevices(i));
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
            r.status = named ? Status::Claimed : Status::Pending;  // pending: named next
            changed(i);
        } else if (checking && verdict.place == ClaimCheck::Verdict::Place::Elsewhere) {
            m_checking.remove(i);
            r.status = Status::Failed;
            r.outcome = Outcome::InAnotherHome;
            r.uncertain = false;
            changed(i);
        } else if (checking) {
            // Somewhere: perhaps here, unnamed, after a claim whose answer was lost.
            m_checking.remove(i);
            m_unplaced.insert(i);
        }
    }
    saveSoon();
}

// The end of a run: codes in a home that neither their device nor their name
// places. A newcomer to the target is where a lost claim went, but MODE does
// not say which code is which: one of each is a match, more is a question.
void BulkClaim::settleNewcomers(const QList<Device> &devices)
{
    const QList<qint64> newcomers = ClaimCheck::newcomers(devices, m_startedAt, takenDevices());
    const bool oneToOne = m_unplaced.size() == 1 && newcomers.size() == 1;
    for (int i : std::as_const(m_unplaced)) {
        BulkClaimRow &r = m_rows[i];
        r.uncertain = false;
        if (oneToOne) {
            r.deviceId = newcomers.constFirst();
            r.outcome = Outcome::AlreadyHere;
            m_ledger->record(r.claimCode, r.deviceId, m_target);
            r.status = r.needsName() ? Status::Pending : Status::Claimed;
        } else if (!newcomers.isEmpty()) {
            r.status = Status::Failed;
            r.outcome = Outcome::MaybeHere;
            r.candidates = newcomers;
        } else {
            r.status = Status::Failed;
            r.outcome = Outcome::InAnotherHome;
        }
        changed(i);
    }
    m_unplaced.clear();
    saveSoon();
    pump();  // a matched row still to name
}

void BulkClaim::targetGone()
{
    emit problem(tr("“%1” is gone, or this account may no longer see it: the import stopped. "
                    "Import the codes again for another home.")
                     .arg(targetHomeName()));
    stop();
}

QSet<qint64> BulkClaim::takenDevices(int except) const
{
    QSet<qint64> taken;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != except && m_rows.at(i).deviceId != 0)
            taken.insert(m_rows.at(i).deviceId);
    }
    return taken;
}

void BulkClaim::landed()
{
    emit progress(count(Status::Claimed) + count(Status::Failed) + count(Status::Skipped),
                  int(m_rows.size()));
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
    const bool more = std::any_of(m_rows.cbegin(), m_rows.cend(), [](const BulkClaimRow &r) {
        return r.status == Status::Pending;
    });
    if (!more)
        finishRun();
}

void BulkClaim::settle()
{
    // Rows still to be looked up are looked up at the next start.
    for (int i : std::as_const(m_checking)) {
        m_rows[i].status = Status::Pending;
        m_rows[i].uncertain = true;
        changed(i);
    }
    m_checking.clear();
    m_unplaced.clear();
    setState(State::Idle);
    saveNow();
    emit finished();
    emit settled();
}

void BulkClaim::finishRun()
{
    if (!m_unplaced.isEmpty()) {
        // One more look at the target, with every claim of this run in it.
        const int generation = m_generation;
        m_fetching = true;
        m_api->getDevices(m_target)->then(
            this,
            [this, generation](const QList<Device> &devices) {
                if (generation != m_generation)
                    return;
                m_fetching = false;
                settleNewcomers(devices);
                landed();
            },
            [this, generation](const ApiError &error) {
                if (generation != m_generation)
                    return;
                m_fetching = false;
                for (int i : std::as_const(m_unplaced)) {
                    m_rows[i].status = Status::Pending;
                    m_rows[i].uncertain = true;
                    changed(i);
                }
                m_unplaced.clear();
                if (isTransient(error))
                    waitForServer();
                else
                    stop();
                landed();
            });
        return;
    }
    settle();
}

// ---- files -------------------------------------------------------------------------

void BulkClaim::saveSoon()
{
    if (!m_saveTimer.isActive())
        m_saveTimer.start();
}

void BulkClaim::saveNow()
{
    m_saveTimer.stop();
    if (m_files->profileId().isEmpty())
        return;
    if (m_rows.isEmpty()) {
        m_files->remove(ProfileFiles::File::BulkClaim);
        return;
    }
    BulkClaimFile::State state;
    state.server = m_server;
    state.homeId = m_target;
    state.homeName = targetHomeName();
    state.sourceName = m_source;
    state.startedAt = m_startedAt;
    state.rows = m_rows;
    const QString error =
        m_files->save(ProfileFiles::File::BulkClaim, BulkClaimFile::writeState(state));
    if (!error.isEmpty() && error != m_lastSaveError)
        emit problem(tr("The import's progress cannot be saved (%1): it goes on, but cannot be "
                        "continued after a restart.")
                         .arg(error));
    m_lastSaveError = error;
}

bool BulkClaim::exportCsv(const QString &path, QString *error) const
{
    QStringList outcomes;
    for (int i = 0; i < m_rows.size(); ++i)
        outcomes.append(outcomeText(i));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(BulkClaimFile::writeCsv(m_rows, outcomes)) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString BulkClaim::outcomeText(int row) const
{
    return BulkClaimWords::outcome(m_rows.at(row), targetHomeName());
}

QString BulkClaim::summary() const
{
    return BulkClaimWords::summary(*this);
}

// ---- the sandbox's claim windows ---------------------------------------------------------

void BulkClaim::openClaimWindows(SandboxAdmin *admin, int seconds)
{
    if (m_windowsInFlight > 0 || !admin || !admin->isAvailable())
        return;
    m_windowsOpened = m_windowsFailed = 0;
    const int generation = m_generation;
    for (int i = 0; i < m_rows.size(); ++i) {
        const BulkClaimRow &r = m_rows.at(i);
        const bool waits = (r.status == Status::Pending && r.deviceId == 0) ||
                           (r.status == Status::Failed && r.outcome == Outcome::NotClaimable);
        if (!waits)
            continue;
        ++m_windowsInFlight;
        admin->openClaimWindow(r.claimCode, seconds)
            ->then(
                this,
                [this, i, generation](const RegistrationState &state) {
                    if (generation != m_generation)
                        return;
                    BulkClaimRow &row = m_rows[i];
                    if (!row.isBusy() && row.status != Status::Claimed) {
                        row.status = Status::Pending;
                        row.outcome = Outcome::InClaimMode;
                        row.detail = QLocale().toString(
                            state.claimExpirationTime.toLocalTime().time(), QLocale::ShortFormat);
                        changed(i);
                    }
                    ++m_windowsOpened;
                    if (--m_windowsInFlight == 0)
                        emit claimWindowsOpened(m_windowsOpened, m_windowsFailed);
                },
                [this, i, generation](const ApiError &error) {
                    if (generation != m_generation)
                        return;
                    BulkClaimRow &row = m_rows[i];
                    if (error.reason == QLatin1String("INVALID_CLAIM_CODE") && row.isEditable()) {
                        row.status = Status::Failed;
                        row.outcome = Outcome::UnknownCode;
                        changed(i);
                    }
                    // In a home already: the claim itself finds out where.
                    if (error.reason != QLatin1String("DEVICE_ALREADY_IN_HOME"))
                        ++m_windowsFailed;
                    if (--m_windowsInFlight == 0)
                        emit claimWindowsOpened(m_windowsOpened, m_windowsFailed);
                });
    }
    saveSoon();
    if (m_windowsInFlight == 0)
        emit claimWindowsOpened(0, 0);
}

}  // namespace ModeDesk
