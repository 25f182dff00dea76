// Every device of every home the signed-in user can see, in one store kept
// live from the event stream: the Fleet page shows it whole, a home's
// Devices page, the composer's targets, the logs' names and the alert rules
// read it (a home is a filter on it, DevicesModel).
//
// Fleet is the owner, and the one caller of GET /devices. It follows the homes model: each home's
// devices are fetched (GET /devices) with a bounded number of requests in flight, and answers are
// applied together at most every 100 ms, so a thousand homes cost a few dozen model changes while
// the rows still appear as homes arrive. A home added later is fetched when it appears, a removed
// one takes its devices along, a renamed one renames its rows. Live events move online state, last
// connect/disconnect and the last event; a device the fleet has not seen makes its home be fetched
// again. The home on screen goes first, past the cap, and its answer is applied at once.
#pragma once

#include "apicall.h"
#include "fleetmodel.h"
#include "lastknownstate.h"
#include "serverconnection.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace ModeDesk {

class ApiClient;
class HomesModel;
struct ApiError;
struct DeviceChanges;

class Fleet : public QObject
{
    Q_OBJECT

public:
    Fleet(ApiClient *api, HomesModel *homes, QObject *parent = nullptr);

    FleetModel *devices() { return &m_devices; }
    HomesModel *homes() const { return m_homes; }
    // The name of the user's home a device is in ("" if none of theirs).
    QString homeNameOf(qint64 deviceId) const;
    FleetGroupsModel *byHome() { return &m_byHome; }
    FleetGroupsModel *byClass() { return &m_byClass; }
    // Every class in the fleet, sorted: for a class picker.
    QStringList deviceClasses() const;

    // GET /devices of every home anew (rows merged in place, no reset).
    void refresh();
    // Only the homes whose last read failed, anew.
    void retryFailed();
    // The home on screen: fetched first (ahead of the queue, past the cap) unless its
    // devices are here already. 0: none.
    void showHome(qint64 homeId);
    // That home's devices anew, now.
    void reloadHome(qint64 homeId);
    // The home's devices as the server has them now (the answer is applied here too):
    // for who must know what is in a home this moment (a claim's check, say).
    ApiCall<QList<Device>> *readHome(qint64 homeId);
    bool isHomeLoaded(qint64 homeId) const;
    // Its devices are asked for, or waiting for their turn.
    bool isFetching(qint64 homeId) const
    {
        return m_inFlight.contains(homeId) || m_queue.contains(homeId);
    }

    // Changes to a device, applied here (and so everywhere) once the server took them.
    ApiCall<NoContent> *updateDevice(qint64 deviceId, const DeviceChanges &changes);
    ApiCall<NoContent> *removeDevice(qint64 deviceId);
    // How many homes may be read at once (more over HTTP/2: ServerConnection says).
    void setMaxInFlight(int requests)
    {
        m_maxInFlight = qMax(1, requests);
        pump();
    }

    // Progress: homes listed, and those of them not waiting for an answer.
    int homesTotal() const;
    int homesDone() const
    {
        return qMax(0, homesTotal() - int(m_queue.size() + m_inFlight.size()));
    }
    int homesFailed() const { return int(m_failed.size()); }
    // Homes wait for their turn, their answers, or to be applied.
    bool isLoading() const
    {
        return !m_queue.isEmpty() || !m_inFlight.isEmpty() || !m_answers.isEmpty();
    }
    // What went wrong with the last failed home, in words ("" if none failed), and in
    // the wire's terms for "Details".
    QString lastError() const { return m_lastError; }
    QString lastErrorDetail() const { return m_lastErrorDetail; }
    // Devices the server sent that could not be read (left out), in the last answer of
    // every home; and why the first was.
    int droppedDevices() const;
    QString dropReason() const { return m_dropReason; }

    // A claim made here, which no event announces: shown at once.
    void applyDevice(const ModeDesk::Device &device);

    // The last run's devices of listed homes not read yet, shown at once and marked
    // (FleetModel::lastKnownAsOf) until their home's answer replaces them in place.
    void showLastKnown(const LastKnownSnapshot &snapshot);
    // The oldest time rows still shown as last seen are from (invalid: none is).
    QDateTime lastKnownSince() const;
    // What the fleet knows and since when, for the next start: per home the time the
    // server listed its devices (this run, or the last for a home not read since).
    void describe(LastKnownSnapshot *snapshot) const;

public slots:
    void applyEvents(const QList<ModeDesk::Event> &events);
    void setLinkLive(bool live);
    // The clock moved on: relative times are shown anew.
    void tick();

signals:
    // Homes answered (or failed) of all listed: for a progress bar.
    void progressChanged(int loaded, int total);
    // Once per load (sign-in, refresh, a home added), when the last answer is applied.
    void loadFinished();
    void homeFailed(qint64 homeId, const ModeDesk::ApiError &error);
    // A home's devices arrived and are in the store.
    void homeLoaded(qint64 homeId);
    // A home's answer had devices that could not be read (left out).
    void homePartial(qint64 homeId, int dropped, const QString &firstReason);
    // A home or class came, went or was renamed: pickers of them list anew.
    void choicesChanged();
    // One or more devices have another name now.
    void devicesRenamed();
    // Rows shown as last seen came or were confirmed.
    void lastKnownChanged();

private:
    void applyChanges(qint64 deviceId, const DeviceChanges &changes);
    void followHomes();
    void enqueue(qint64 homeId);
    void pump();
    ApiCall<QList<Device>> *fetch(qint64 homeId);
    void applyAnswers();
    void applyHome(qint64 homeId, const QList<Device> &devices, QList<FleetDevice> *added,
                   QSet<qint64> *listed);
    void finishLoad();
    // The server could not be reached: the homes waiting their turn are not asked now.
    void failWaiting(const ApiError &error);
    void recountSoon();
    void dropHomesNotListed();
    void renameHomes();
    void recount();
    QString homeName(qint64 homeId) const;
    void reportProgress();

    ApiClient *m_api;
    HomesModel *m_homes;
    FleetModel m_devices;
    FleetGroupsModel m_byHome;
    FleetGroupsModel m_byClass;
    int m_maxInFlight = ServerConnection::BackgroundInFlight;
    QTimer m_pumpSoon;        // see the constructor
    int m_generation = 0;     // answers for a model that was cleared meanwhile are dropped
    qint64 m_shown = 0;       // the home on screen: fetched first, applied at once
    QList<qint64> m_queue;    // homes waiting for their turn
    QSet<qint64> m_inFlight;  // homes being fetched
    QHash<qint64, QDateTime> m_loaded;       // homes whose devices are in the model: when read
    QSet<qint64> m_failed;                   // homes whose last fetch failed
    QSet<qint64> m_refetch;                  // homes asked for again while in flight
    QHash<qint64, QList<Device>> m_answers;  // arrived, not applied yet (the last per home)
    QHash<qint64, qint64> m_eventRefetchMs;  // when an unknown device last made its home be fetched
    bool m_wasLoading = false;               // a load is on, loadFinished() not said yet
    bool m_renamedInAnswers = false;         // answers being applied renamed a device
    QTimer m_applyTimer;                     // applies m_answers together
    QTimer m_recountTimer;  // the per-home and per-class counts, after changes settle
    QString m_lastError;
    QString m_lastErrorDetail;
    QHash<qint64, int> m_dropped;  // per home, in its last answer
    QString m_dropReason;
};

}  // namespace ModeDesk
