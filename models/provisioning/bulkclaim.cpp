#include "bulkclaim.h"

#include "bulkclaimwords.h"
#include "claimcode.h"
#include "claimledger.h"
#include "fleet.h"
#include "homesmodel.h"
#include "logging.h"
#include "profilefiles.h"
#include "sandboxadmin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace ModeDesk {

namespace {
constexpr int SaveAfterMs = 250;
constexpr int ProgressEveryMs = 50;
constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
}  // namespace

BulkClaim::BulkClaim(ApiClient *api, Fleet *fleet, ProfileFiles *files, ClaimLedger *ledger,
                     QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_fleet(fleet)
    , m_homes(fleet->homes())
    , m_files(files)
    , m_ledger(ledger)
{
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, &BulkClaim::fetchHome);
    m_saveTimer.setSingleShot(true);
    connect(&m_saveTimer, &QTimer::timeout, this, &BulkClaim::saveNow);
    // Counting every row per answer would cost the square of a big import: counted
    // at most every 50 ms instead.
    m_progressTimer.setSingleShot(true);
    m_progressTimer.setInterval(ProgressEveryMs);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        // Of the rows there is something to do with: skipped ones are not counted.
        emit progress(count(Status::Claimed) + count(Status::Failed),
                      int(m_rows.size()) - count(Status::Skipped));
    });
    // The target's name is read from the homes list: a rename shows at once.
    connect(m_homes, &QAbstractItemModel::dataChanged, this, &BulkClaim::targetChanged);
    connect(m_homes, &QAbstractItemModel::modelReset, this, &BulkClaim::targetChanged);
    connect(m_homes, &QAbstractItemModel::rowsInserted, this, &BulkClaim::targetChanged);
}

BulkClaim::~BulkClaim()
{
    if (m_saveTimer.isActive())
        saveNow();  // what is on its way is saved as such: checked at the next start
}

// ---- the import and its target ------------------------------------------------------

void BulkClaim::resetRun()
{
    ++m_generation;
    m_probe.stop();
    m_inFlight = 0;
    m_nextRow = 0;
    m_fetching = m_needsFetch = m_runEnding = false;
    m_checking.clear();
    m_unplaced.clear();
    m_windowsInFlight = m_windowsOpened = m_windowsFailed = 0;
    setState(State::Idle);
}

void BulkClaim::close()
{
    if (m_saveTimer.isActive())
        saveNow();  // as it stands: what is on its way is checked at the next start
    resetRun();
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
    m_interrupted = false;
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
        m_interrupted = state.interrupted;
    }
    emit rowsReset();
    emit targetChanged();
    reportProgressSoon();
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
    resetRun();
    m_rows = rows;
    BulkClaimFile::markDuplicates(&m_rows);
    m_target = homeId;
    m_savedTargetName = targetHomeName();
    m_source = sourceName;
    m_startedAt = {};
    m_interrupted = false;
    emit rowsReset();
    emit targetChanged();
    reportProgressSoon();
    saveNow();
}

bool BulkClaim::canChangeTarget() const
{
    // Once claiming began, claims (answered or not) may be in the target.
    return m_state == State::Idle && !m_startedAt.isValid();
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

int BulkClaim::count(Status status, Outcome outcome) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [=](const BulkClaimRow &r) {
        return r.status == status && r.outcome == outcome;
    }));
}

int BulkClaim::remaining() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const BulkClaimRow &r) {
        return r.status == Status::Pending || r.isBusy();
    }));
}

bool BulkClaim::isUnfinished() const
{
    return m_state == State::Idle && m_interrupted && count(Status::Pending) > 0;
}

void BulkClaim::changed(int row)
{
    emit rowChanged(row);
    reportProgressSoon();
}

void BulkClaim::reportProgressSoon()
{
    if (!m_progressTimer.isActive())
        m_progressTimer.start();
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
            r.candidates.clear();
            if (code.isEmpty()) {
                r.status = Status::Skipped;
                r.outcome = Outcome::NotACode;
                r.detail = ClaimCode::problem(value);
            } else {
                r.outcome = Outcome::None;
                r.detail.clear();
                r.uncertain = false;
                markPending(row);
            }
            break;
        }
        case Field::Name:
        case Field::Tag:
            (field == Field::Name ? r.name : r.tag) = value;
            // A row that failed for its name or the server is ready to go again.
            if (r.status == Status::Failed &&
                (r.outcome == Outcome::NamingFailed || r.outcome == Outcome::Refused)) {
                r.outcome = Outcome::None;
                r.detail.clear();
                markPending(row);
            }
            break;
    }
    changed(row);
    for (int other : BulkClaimFile::markDuplicates(&m_rows)) {
        if (m_rows.at(other).status == Status::Pending)
            markPending(other);
        changed(other);
    }
    saveSoon();
    return true;
}

// ---- files -------------------------------------------------------------------------

void BulkClaim::saveSoon()
{
    // A big import is a big file: written less often the bigger it is.
    if (!m_saveTimer.isActive())
        m_saveTimer.start(SaveAfterMs + int(m_rows.size() / 50));
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
    // While it runs it is interrupted as far as the next start knows (a crash, say).
    state.interrupted = m_interrupted || m_state != State::Idle;
    state.rows = m_rows;
    const QString error =
        m_files->save(ProfileFiles::File::BulkClaim, BulkClaimFile::writeState(state));
    if (!error.isEmpty() && error != m_lastSaveError)
        emit problem(tr("The import's progress cannot be saved (%1): it goes on, but cannot be "
                        "continued after a restart.")
                         .arg(error));
    m_lastSaveError = error;
}

void BulkClaim::discard()
{
    setRows({}, 0);
    m_files->remove(ProfileFiles::File::BulkClaim);
}

bool BulkClaim::exportCsv(const QString &path, QString *error) const
{
    QStringList outcomes;
    for (int i = 0; i < m_rows.size(); ++i)
        outcomes.append(outcomeText(i));
    // A spreadsheet where the decimal point is a comma (German, say) separates with ';'.
    const QChar separator =
        QLocale().decimalPoint() == QLatin1String(",") ? QLatin1Char(';') : QLatin1Char(',');
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(BulkClaimFile::writeCsv(m_rows, outcomes, separator)) < 0 || !file.commit()) {
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
    const auto done = [this] {
        if (--m_windowsInFlight == 0)
            emit claimWindowsOpened(m_windowsOpened, m_windowsFailed);
    };
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
                [this, i, generation, done](const RegistrationState &state) {
                    if (generation != m_generation)
                        return;  // another import: resetRun() cleared the count
                    BulkClaimRow &row = m_rows[i];
                    if (!row.isBusy() && row.status != Status::Claimed) {
                        row.outcome = Outcome::InClaimMode;
                        row.detail = QLocale().toString(
                            state.claimExpirationTime.toLocalTime().time(), QLocale::ShortFormat);
                        markPending(i);
                        changed(i);
                    }
                    ++m_windowsOpened;
                    done();
                },
                [this, i, generation, done](const ApiError &error) {
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
                    done();
                });
    }
    saveSoon();
    if (m_windowsInFlight == 0)
        emit claimWindowsOpened(0, 0);
}

}  // namespace ModeDesk
