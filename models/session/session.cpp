#include "session.h"

#include "errortext.h"
#include "logging.h"
#include "modelformat.h"

namespace ModeDesk {

Session::Session(QObject *parent)
    : QObject(parent)
    , m_api(&m_connection)
    , m_accounts(&m_connection)
    , m_fleet(&m_api, &m_homes)
    , m_home(&m_api, &m_fleet)
    , m_history(&m_api, &m_home)
    , m_lastKnown(&m_files)
    , m_alerts(&m_fleet, &m_homes, &m_files)
    , m_simulators(&m_connection)
    , m_provisioning(&m_api, &m_home)
    , m_ledger(&m_files)
    , m_bulkClaim(&m_api, &m_fleet, &m_files, &m_ledger)
    , m_deviceClaim(&m_api, &m_fleet, &m_ledger)
    , m_commands(&m_api, &m_connection, &m_files)
    , m_templates(&m_files)
{
    // The store of devices first: what follows reads it.
    connect(&m_events, &EventStream::eventsReceived, &m_fleet, &Fleet::applyEvents);
    connect(&m_events, &EventStream::eventsReceived, &m_home, &HomeController::applyEvents);
    // After the fleet: the rules read who is online from it.
    connect(&m_events, &EventStream::eventsReceived, &m_alerts, &Alerts::applyEvents);
    connect(&m_events, &EventStream::eventsReceived, this, &Session::eventsShown);
    connect(this, &Session::eventsShown, &m_eventLog, &EventLogModel::append);
    connect(&m_events, &EventStream::eventsReceived, &m_recorder, &EventRecorder::record);
    connect(&m_events, &EventStream::eventsReceived, &m_commands, &CommandHistory::linkEvents);
    // Both logs name homes and devices the same way.
    for (EventLogModel *log : {&m_eventLog, m_replay.log()}) {
        log->setNameLookup(
            [this](qint64 homeId) {
                const int row = m_homes.rowOf(homeId);
                return row >= 0 ? m_homes.record(row).name : QString();
            },
            [this](qint64 deviceId) {
                const int row = m_fleet.devices()->rowOf(deviceId);
                return row >= 0 ? m_fleet.devices()->record(row).device.name : QString();
            });
    }
    // Whatever changed while the link was down: read again.
    connect(&m_events, &EventStream::resynced, this, [this] { readAgain(ReadAgain::Everything); });
    connect(&m_events, &EventStream::refused, this, [this](const QString &reason) {
        // BYOU projects have no user socket: that is no reason to sign out.
        if (m_profile.accountMode == AccountMode::Byou)
            return;
        qCInfo(lcModels).noquote() << "the live link's key was refused:" << reason;
        emit keyRejected(
            tr("The server no longer takes this key for live updates (signed out, "
               "or the session ended). Sign in again."));
    });
    connect(&m_api, &ApiClient::signedOut, this, [this](const ApiError &error) {
        qCInfo(lcModels).noquote() << "the key was refused:" << error.describe();
        emit keyRejected(ErrorText::explain(error));
    });
    // Who is online is known only while the live link is up.
    connect(&m_events, &EventStream::healthChanged, this, [this](const StreamHealth &health) {
        m_fleet.setLinkLive(health.state == LinkState::Live);
        m_alerts.setLinkLive(health.state == LinkState::Live);
        if (health.state != LinkState::Live || m_state != State::SignedIn)
            return;
        // The server is there: a kept key not checked yet (it was away at the start).
        if (!m_keyChecked && !m_checkingKey)
            checkKey();
        // Live for the first time since the session began with the server away (the last
        // run's state on screen): what could not be read then is read now. (A link that
        // comes back after a drop says resynced instead.)
        if (!std::exchange(m_linkWasLive, true) &&
            (!m_homesLoadError.isEmpty() || m_fleet.homesFailed() > 0))
            readAgain(ReadAgain::WhatFailed);
    });
    connect(&m_home, &HomeController::leftHome, this, [this](qint64 homeId) {
        m_homes.removeKey(homeId);
        if (m_home.homeId() == homeId)
            showHome(0);
        reloadHomes();
    });
    // The demo's spare sensor, once claimed, is no longer offered.
    connect(&m_ledger, &ClaimLedger::recorded, m_simulators.sandbox(),
            &SandboxAdmin::forgetSpareIf);
    // The server is back: an import waiting for it asks it now.
    connect(this, &Session::readingAgain, &m_bulkClaim, &BulkClaim::serverMaybeBack);
    // A call timed out: is the server there at all? The link says within its pong's
    // time (a frozen server was noticed only at the next ping, up to 40 s later).
    connect(&m_connection, &ServerConnection::callUnanswered, &m_events, &EventStream::checkLink);
    // The last run's homes and devices, shown until the server's replace them; the
    // fleet's state is kept for the next start each time a load of it is complete.
    connect(&m_lastKnown, &LastKnownState::loaded, this, &Session::showLastKnown);
    // A load that completes (sign-in, reconnect, a home read again): saved once things
    // settle, not for every one of a burst.
    m_saveSoon.setSingleShot(true);
    m_saveSoon.setInterval(2000);
    connect(&m_saveSoon, &QTimer::timeout, this, &Session::saveLastKnown);
    connect(&m_fleet, &Fleet::loadFinished, &m_saveSoon, qOverload<>(&QTimer::start));
    // Over HTTP/2 the fleet keeps more homes in flight: streams on few connections.
    connect(&m_connection, &ServerConnection::protocolChanged, this,
            [this] { m_fleet.setMaxInFlight(m_connection.backgroundInFlight()); });
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        m_fleet.tick();
        emit clockTicked();
    });
    m_clock.start();
}

void Session::setDataFolder(const QString &folder)
{
    m_bulkClaim.close();
    m_files.setFolder(folder);
    m_alerts.open();
    m_commands.open();
    m_templates.open();
    m_bulkClaim.setServer(serverIdentity(m_profile));  // read from the new folder
}

QString Session::serverIdentity(const ConnectionProfile &profile)
{
    // The local sandbox moves to a new port each start, but keeps its database.
    if (profile.localSandbox)
        return QStringLiteral("local-sandbox:%1").arg(accountModeName(profile.accountMode));
    return profile.apiUrl
        .adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::RemoveQuery |
                  QUrl::RemoveFragment)
        .toString();
}

void Session::showHome(qint64 homeId)
{
    if (homeId == m_home.homeId())
        return;
    m_home.setHome(homeId);
    m_provisioning.reset();  // a token belongs to the home it was made for
    emit homeChanged(homeId);
}

ApiCall<Home> *Session::createHome(const QString &name, const QString &timezone)
{
    auto *call = m_api.createHome(name, timezone);
    connect(call, &ApiCallBase::succeeded, this, [this, call] { m_homes.upsert(call->result()); });
    return call;
}

ApiCall<NoContent> *Session::renameHome(qint64 homeId, const QString &name)
{
    auto *call = m_api.updateHome(homeId, {name, {}});
    connect(call, &ApiCallBase::succeeded, this, [this, homeId, name] {
        const int row = m_homes.rowOf(homeId);
        if (row < 0)
            return;
        Home home = m_homes.record(row);  // PATCH answers 204: the server holds this name now
        home.name = name;
        m_homes.upsert(home);
    });
    return call;
}

ApiCall<NoContent> *Session::deleteHome(qint64 homeId)
{
    auto *call = m_api.deleteHome(homeId);
    connect(call, &ApiCallBase::succeeded, this, [this, homeId] {
        m_homes.removeKey(homeId);
        if (m_home.homeId() == homeId)
            showHome(0);
    });
    return call;
}

void Session::setProfile(const ConnectionProfile &profile)
{
    const ConnectionProfile before = m_profile;
    const QString previous = before.id;
    drop();
    m_profile = profile;
    m_connection.setBaseUrl(profile.apiUrl);
    // The sign-in or the key's check finds a connection open (nothing to gain on
    // loopback, and the local sandbox's saved port may be last run's).
    if (!profile.localSandbox)
        m_connection.openAhead();
    m_simulators.setServer(profile.apiUrl);
    m_deviceClaim.reset();
    const bool otherServer =
        profile.id != previous || serverIdentity(profile) != serverIdentity(before);
    if (otherServer)
        m_bulkClaim.close();  // saved to its own profile's file, before the files move on
    m_files.setProfile(profile.id, serverIdentity(profile));
    if (otherServer)
        m_bulkClaim.setServer(serverIdentity(profile));
    m_alerts.open();
    if (profile.id != previous) {
        // Another cloud: its events and commands are not this one's.
        m_eventLog.clear();
        m_commands.open();
    }
    emit profileChanged(profile);
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void Session::useKey(const QString &userKey)
{
    m_key = userKey;
    m_api.setKey(userKey);
    setState(State::SigningIn);
    checkKey();
}

void Session::checkKey()
{
    const QString key = m_key;
    m_checkingKey = true;
    m_api.getAuthInfo()->then(
        this,
        [this, key](const AuthenticationInfo &info) {
            if (key != m_key)
                return;  // another key, or none, meanwhile
            m_checkingKey = false;
            if (info.type != QLatin1String("user")) {
                ApiError error;
                error.reason = QStringLiteral("NOT_A_USER_KEY");
                error.message =
                    info.type == QLatin1String("nobody")
                        ? tr("The server does not know this key.")
                        : tr("This is a %1 key; the dashboard needs a user key.").arg(info.type);
                if (m_resuming)
                    forget();  // the kept key opens nothing now: nothing of its account stays
                else
                    drop();  // a mistyped key: the account signed in before keeps its state
                emit signInFailed(error);
                return;
            }
            m_keyChecked = true;
            if (m_state == State::SignedIn) {
                // Begun from the last-known state: it was this user's, or it goes.
                if (info.userId != m_userId) {
                    forget();
                    useKey(key, info.userId);
                }
                return;
            }
            begin(info.userId);
        },
        [this, key](const ApiError &error) {
            if (key != m_key)
                return;
            m_checkingKey = false;
            // The server could not be asked (down, busy, unreachable): a kept key goes on
            // from the last-known state (the live link and the homes retry, and the key is
            // checked again once the link is back); not with a key it refused.
            const int status = error.httpStatus;
            const bool unanswered = status == 0 || status == 408 || status == 429 || status >= 500;
            if (m_state == State::SignedIn && unanswered) {
                qCInfo(lcModels).noquote()
                    << "the kept key could not be checked:" << error.describe();
                return;
            }
            if (m_resuming && unanswered && m_lastKnownPending) {
                m_heldError = error;  // said if there is no last-known state to go on from
                return;
            }
            if (m_resuming && (status == 401 || status == 403))
                forget();  // the kept key opens nothing now: nothing of its account stays
            else
                drop();
            emit signInFailed(error);
        });
}

void Session::resumeKey(const QString &userKey)
{
    useKey(userKey);
    m_resuming = true;
    m_lastKnownPending = true;
    m_lastKnown.load(0);
}

void Session::showLastKnown(const LastKnownSnapshot &snapshot)
{
    m_lastKnownPending = false;
    std::optional<ApiError> held = std::exchange(m_heldError, std::nullopt);
    if (snapshot.isEmpty()) {
        if (held && m_state == State::SigningIn) {  // nothing to go on from: as useKey says
            drop();
            emit signInFailed(*held);
        }
        return;
    }
    if (m_state == State::SigningIn && m_resuming)
        begin(snapshot.userId);  // the kept key's user, as last run: no wait for GET /auth
    if (m_state != State::SignedIn || snapshot.userId != m_userId)
        return;
    if (!m_homesReadAt.isValid() && m_homes.rowCount() == 0) {
        m_homes.setLastKnownAsOf(snapshot.homesAsOf);
        m_homes.setRecords(snapshot.homes);  // rows in: the homes panel picks, the fleet reads
    }
    m_fleet.showLastKnown(snapshot);
}

void Session::saveLastKnown()
{
    m_saveSoon.stop();
    if (m_state != State::SignedIn || m_userId == 0 || m_signingOut)
        return;
    LastKnownSnapshot snapshot;
    snapshot.userId = m_userId;
    snapshot.homesAsOf = m_homesReadAt.isValid() ? m_homesReadAt : m_homes.lastKnownAsOf();
    if (!snapshot.homesAsOf.isValid())
        return;  // the server has said nothing yet, and nothing was kept
    snapshot.homes = m_homes.records();
    m_fleet.describe(&snapshot);
    m_lastKnown.save(snapshot);
}

void Session::useKey(const QString &userKey, qint64 userId)
{
    if (userId <= 0) {
        useKey(userKey);  // not known after all: ask the server
        return;
    }
    m_key = userKey;
    m_api.setKey(userKey);
    m_keyChecked = true;  // the sign-in's answer said whose it is
    begin(userId);
}

void Session::begin(qint64 userId)
{
    m_userId = userId;
    setState(State::SignedIn);
    if (!m_resuming) {
        m_lastKnownPending = true;
        m_lastKnown.load(userId);  // resumeKey asked for it already
    }
    // All at once: the live link, the homes (the shown home's devices follow them)
    // and the user's details; none waits for another.
    m_events.start(m_profile.apiUrl, m_key, m_resuming);  // a kept key: the server took it
    reloadHomes();
    reloadUser();
    emit signedIn();
}

void Session::reloadHomes()
{
    if (m_userId == 0)
        return;
    auto *call = m_api.getHomes(m_userId);
    call->then(
        this,
        [this, call, serial = m_serial](const QList<Home> &homes) {
            if (serial != m_serial)
                return;  // for a session that has ended (signed out, another profile)
            m_homesReadAt = QDateTime::currentDateTimeUtc();
            m_homes.setRecords(homes);
            m_homes.setLastKnownAsOf({});
            emit homesLoaded();
            if (!m_homesLoadError.isEmpty())
                emit homesProblemGone(std::exchange(m_homesLoadError, QString()));
            const int dropped = call->dropped();
            const QString problem =
                dropped > 0 ? tr("%n home(s) sent by the server could not be read and are left "
                                 "out.",
                                 nullptr, dropped)
                            : QString();
            if (problem != m_homesProblem && !problem.isEmpty())
                emit homesProblem(problem, call->dropReason());
            m_homesProblem = problem;
        },
        [this, serial = m_serial](const ApiError &error) {
            if (serial != m_serial)
                return;
            qCWarning(lcModels).noquote() << "cannot load the homes:" << error.describe();
            m_homesProblem.clear();
            QString sentence =
                tr("The homes could not be loaded. %1").arg(ErrorText::explain(error));
            if (m_homes.lastKnownAsOf().isValid())  // the list shown is the last run's
                sentence += QLatin1Char(' ') + ModelFormat::listAsLastSeen(m_homes.lastKnownAsOf());
            m_homesLoadError = sentence;
            emit homesProblem(sentence, error.describe());
        });
}

void Session::readAgain(ReadAgain what)
{
    emit readingAgain();
    m_homesProblem.clear();  // homes left out of a partial answer: said again if still so
    if (what == ReadAgain::Everything || !m_homesLoadError.isEmpty())
        reloadHomes();
    if (what == ReadAgain::Everything)
        m_fleet.refresh();  // every home's devices once, the one on screen first
    else
        m_fleet.retryFailed();
    m_home.resync();
    m_history.refresh();  // a list that failed while the server was down is read again
    if (m_user.id == 0)
        reloadUser();  // its name could not be read either
}

void Session::reloadUser()
{
    if (m_userId == 0)
        return;
    m_api.getUser(m_userId)->then(
        this,
        [this, serial = m_serial](const User &user) {
            if (serial != m_serial)
                return;  // for a session that has ended
            m_user = user;
            emit userChanged(user);
        },
        [](const ApiError &error) {
            qCWarning(lcModels).noquote() << "cannot load the user:" << error.describe();
        });
}

ApiCall<NoContent> *Session::updateUser(const UserChanges &changes)
{
    auto *call = m_api.updateUser(m_userId, changes);
    connect(call, &ApiCallBase::succeeded, this, &Session::reloadUser);  // the server's view
    return call;
}

ApiCall<NoContent> *Session::deleteAccount()
{
    return m_api.deleteUser(m_userId);
}

void Session::signOut()
{
    if (m_state != State::SignedIn) {
        forget();
        return;
    }
    if (m_signingOut)
        return;  // asked already
    // Nothing of the account stays from now on, even if ModeDesk quits before the
    // server answers: the file goes now, and nothing is saved meanwhile.
    m_signingOut = true;
    m_lastKnown.forget();
    auto *call = m_api.terminateUserSession();
    // Signed out locally whatever the server says: the user asked for it.
    connect(call, &ApiCallBase::finished, this, [this, serial = m_serial] {
        if (serial != m_serial)
            return;  // that session ended meanwhile (another profile, a new sign-in)
        forget();
        emit signedOut();
    });
}

void Session::drop()
{
    end(true);
}

void Session::forget()
{
    end(false);
    m_lastKnown.forget();
}

void Session::end(bool keepLastKnown)
{
    if (keepLastKnown)
        saveLastKnown();  // for the next start (or the next time this profile is picked)
    m_saveSoon.stop();
    ++m_serial;  // what was asked for the session that ends is not its successor's
    m_signingOut = false;
    m_lastKnown.cancelLoad();
    m_lastKnownPending = false;
    m_heldError.reset();
    m_resuming = false;
    m_keyChecked = false;
    m_checkingKey = false;
    m_homesReadAt = {};
    m_homesLoadError.clear();
    m_linkWasLive = false;
    m_bulkClaim.stop();  // signed out: its rows wait for the next sign-in
    m_events.stop();
    m_replay.stop();  // another profile or key: back to live
    showHome(0);
    m_homes.resetRecords({});
    m_homes.setLastKnownAsOf({});  // after the rows went: nobody reads a list being dropped
    m_key.clear();
    m_api.setKey({});
    m_userId = 0;
    m_user = {};
    setState(State::SignedOut);
}

}  // namespace ModeDesk
