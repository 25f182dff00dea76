// The signed-in state of the dashboard: one profile, one key, the ApiClient
// and EventStream that use it, the homes model (and every change to it), and
// the controller of the home on screen. Views bind to its models and ask it,
// or the home controller, to act.
#pragma once

#include "accounts.h"
#include "alerts.h"
#include "apiclient.h"
#include "bulkclaim.h"
#include "claimledger.h"
#include "commandhistory.h"
#include "commandtemplates.h"
#include "connectionprofile.h"
#include "deviceclaim.h"
#include "eventlogmodel.h"
#include "eventrecording.h"
#include "eventstream.h"
#include "fleet.h"
#include "historycatalog.h"
#include "homecontroller.h"
#include "homesmodel.h"
#include "lastknownstate.h"
#include "ondemandprovisioning.h"
#include "profilefiles.h"
#include "replay.h"
#include "simulatorfleet.h"

#include <QObject>
#include <QTimer>
#include <optional>

namespace ModeDesk {

class Session : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn };

    explicit Session(QObject *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    // Which server a profile talks to, for what is kept per server (a bulk import).
    static QString serverIdentity(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }

    // Starts using a user key: checks it (GET /auth), then loads homes and
    // opens the event stream. signedIn() or signInFailed() follows.
    void useKey(const QString &userKey);
    // A key whose user is known (a sign-in's answer carries it): no GET /auth, the
    // homes and the event stream start at once (a round trip less at a distance).
    void useKey(const QString &userKey, qint64 userId);
    // The key kept from the last run: checked (GET /auth) as useKey does, but the homes
    // and devices as last seen show at once, and the session goes on from them, with
    // their user, without waiting for the check, and while the server cannot be reached.
    void resumeKey(const QString &userKey);
    // Ends the session on the server (the key stops working) and locally.
    void signOut();
    // Forgets the key locally only (another profile is picked, the app quits); the homes
    // and devices as last seen are kept for the next start.
    void drop();
    // Dropped, and the homes and devices as last seen forgotten too: signed out, or the
    // key no longer works.
    void forget();

    State state() const { return m_state; }
    qint64 userId() const { return m_userId; }
    const User &user() const { return m_user; }
    QString key() const { return m_key; }

    ApiClient *api() { return &m_api; }
    // Signing in and up, before there is a key.
    Accounts *accounts() { return &m_accounts; }
    // The profile's server: for a client with another key (a project key, say).
    ServerConnection *connection() { return &m_connection; }
    EventStream *events() { return &m_events; }
    HomesModel *homes() { return &m_homes; }
    HomeController *home() { return &m_home; }
    // The home's TSDB history: its series and collections, and changes to them.
    HistoryCatalog *history() { return &m_history; }
    // Every device of every home, kept live: the one store of devices. The Fleet page,
    // the home's devices, the logs' names, the composer and the alert rules read it.
    Fleet *fleet() { return &m_fleet; }
    // The profile's alert rules, their evaluation, and the alert log.
    Alerts *alerts() { return &m_alerts; }
    // Where the profiles' files live (ProfileFiles); default: the app data folder.
    void setDataFolder(const QString &folder);
    EventLogModel *eventLog() { return &m_eventLog; }
    EventRecorder *recorder() { return &m_recorder; }
    Replay *replay() { return &m_replay; }
    SimulatorFleet *simulators() { return &m_simulators; }
    OnDemandProvisioning *provisioning() { return &m_provisioning; }
    BulkClaim *bulkClaim() { return &m_bulkClaim; }
    // Claiming one device by its code.
    DeviceClaim *deviceClaim() { return &m_deviceClaim; }
    // The profile's files in the data folder, and which device each claimed code became.
    ProfileFiles *files() { return &m_files; }
    ClaimLedger *claimLedger() { return &m_ledger; }
    CommandHistory *commands() { return &m_commands; }
    // Named commands per device class, shared by every profile.
    CommandTemplates *templates() { return &m_templates; }

    void reloadHomes();
    void reloadUser();

    // The signed-in user's account: changes are applied (userChanged follows).
    ApiCall<NoContent> *updateUser(const UserChanges &changes);
    // Deleted on the server; the session then ends (accountDeleted follows).
    ApiCall<NoContent> *deleteAccount();
    ApiCall<AuthenticationInfo> *keyInfo() { return m_api.getAuthInfo(); }
    ApiCall<UserSessionInfo> *sessionInfo() { return m_api.getUserSession(); }

    // Home changes, applied to the homes model once the server accepted them.
    ApiCall<Home> *createHome(const QString &name, const QString &timezone);
    ApiCall<NoContent> *renameHome(qint64 homeId, const QString &name);
    // A deleted home that was on screen is closed.
    ApiCall<NoContent> *deleteHome(qint64 homeId);
    // Shows a home (0: none). homeChanged() follows when it is another one.
    void showHome(qint64 homeId);
    void setEventStreamOptions(const EventStreamOptions &options) { m_events.setOptions(options); }

signals:
    void stateChanged(ModeDesk::Session::State state);
    void profileChanged(const ModeDesk::ConnectionProfile &profile);
    void signedIn();
    void signInFailed(const ModeDesk::ApiError &error);
    // The key stopped working (401 on a call, or the socket refused it).
    void keyRejected(const QString &reason);
    void signedOut();
    void userChanged(const ModeDesk::User &user);
    // The homes could not be loaded, or some the server sent could not be read (left
    // out): a sentence for the homes panel, and the detail for "Details". Said once.
    void homesProblem(const QString &sentence, const QString &detail);
    // The homes were read after all: the sentence said when they could not be is void.
    void homesProblemGone(const QString &sentence);
    // The server is back (the live link up again, or up at last): what may have changed
    // or could not be read meanwhile is read again, and what was said of it is stale.
    void readingAgain();
    // A homes list arrived and is in the homes model.
    void homesLoaded();
    // Live events, for what displays them (log, chart); a replay has its own signals.
    void eventsShown(const QList<ModeDesk::Event> &events);
    // Another home is on screen (0: none); pages drop what belonged to the last one.
    void homeChanged(qint64 homeId);
    // Once a second: relative times ("5 s ago") are shown anew.
    void clockTicked();

private:
    void begin(qint64 userId);  // signed in as this user: everything starts
    void end(bool keepLastKnown);
    void checkKey();  // GET /auth for the key in use
    void setState(State state);
    void showLastKnown(const LastKnownSnapshot &snapshot);
    void saveLastKnown();
    // The server is back. After a drop, whatever may have changed meanwhile is read
    // again; at the link's first Live, what could not be read while it was away.
    enum class ReadAgain { Everything, WhatFailed };
    void readAgain(ReadAgain what);

    ConnectionProfile m_profile;
    ServerConnection m_connection;  // the one transport: every client here is a handle on it
    ApiClient m_api;
    Accounts m_accounts;
    EventStream m_events;
    HomesModel m_homes;
    Fleet m_fleet;  // before the home: its devices are a view of the fleet's
    HomeController m_home;
    HistoryCatalog m_history;
    ProfileFiles m_files;  // before every owner that keeps a file
    LastKnownState m_lastKnown;
    Alerts m_alerts;
    EventLogModel m_eventLog;
    EventRecorder m_recorder;
    Replay m_replay;
    SimulatorFleet m_simulators;
    OnDemandProvisioning m_provisioning;
    ClaimLedger m_ledger;
    BulkClaim m_bulkClaim;
    DeviceClaim m_deviceClaim;
    CommandHistory m_commands;
    CommandTemplates m_templates;
    QTimer m_clock;
    QString m_homesProblem;    // the last said, so that a reload does not repeat it
    QString m_homesLoadError;  // the sentence of the homes' last failed read, "" once read
    State m_state = State::SignedOut;
    bool m_resuming = false;              // resumeKey: the last-known state may begin the session
    bool m_keyChecked = false;            // GET /auth confirmed the key's user
    bool m_checkingKey = false;           // GET /auth is on its way
    bool m_linkWasLive = false;           // the live link has been up since the session began
    int m_serial = 0;                     // one per session: a late answer knows its own
    bool m_lastKnownPending = false;      // the last-known state is being read
    bool m_signingOut = false;            // the server is asked to end the session
    std::optional<ApiError> m_heldError;  // GET /auth unanswered, said if nothing was kept
    QTimer m_saveSoon;                    // the last-known state, saved once loads settle
    QDateTime m_homesReadAt;  // when the server last listed the homes (invalid: not yet)
    QString m_key;
    qint64 m_userId = 0;
    User m_user;
};

}  // namespace ModeDesk
