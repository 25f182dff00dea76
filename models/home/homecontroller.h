// The owner of the home on screen: it fetches its members, key-values and
// smart modules into their models, makes every change to them (add or
// remove a member, save or delete a pair) through the API and applies the
// answer, applies the home's live events to them, and reads them again
// after the event stream reconnects. Its devices are not its own: they are
// the fleet's (Fleet owns every device the user can see), shown through a
// view filtered to this home, which the fleet fetches first.
// Views bind to the models and ask this to act; they never patch a model.
#pragma once

#include "devicesmodel.h"
#include "kvmodel.h"
#include "membersmodel.h"
#include "smartmodulesmodel.h"

#include "apicall.h"

#include <QObject>

namespace ModeDesk {

class ApiClient;
class Fleet;
struct ApiError;
struct MemberInvitation;

class HomeController : public QObject
{
    Q_OBJECT

public:
    // The four lists of a home, each shown on a page of its own.
    enum class Part { Devices, Members, KeyValues, SmartModules };
    Q_ENUM(Part)

    HomeController(ApiClient *api, Fleet *fleet, QObject *parent = nullptr);

    DevicesModel *devices() { return &m_devices; }
    MembersModel *members() { return &m_members; }
    KvModel *keyValues() { return &m_keyValues; }
    SmartModulesModel *smartModules() { return &m_smartModules; }

    qint64 homeId() const { return m_homeId; }
    bool isLoading() const { return m_pending > 0; }

    // A different home: the models are reset, then filled (its devices at once if the
    // fleet has them). 0 clears them.
    void setHome(qint64 homeId);
    // The same home again, devices too: fresh data merged in row by row (no reset).
    void refresh();
    // After the live link came back, while the fleet reads every home anew: the lists
    // are read again, and the devices awaited from the fleet (not fetched twice).
    void resync();
    // From EventStream::eventsReceived: events of this home update the models.
    void applyEvents(const QList<ModeDesk::Event> &events);

    // Changes, each applied to the models once the server accepted it. The
    // call is returned so that a view can show progress; it must not act on it.
    ApiCall<HomeMember> *addMember(const MemberInvitation &invitation);
    // Removing oneself means leaving the home: leftHome() follows.
    ApiCall<NoContent> *removeMember(qint64 userId, bool self);
    // The pair's modification time comes from the server, never this clock.
    ApiCall<NoContent> *saveKeyValue(const QString &key, const QJsonValue &value);
    ApiCall<NoContent> *deleteKeyValue(const QString &key);

signals:
    void loadingChanged(bool loading);
    // A list could not be fetched (failed), or came with entries that could not be
    // read and were left out: one sentence for the page that shows it, and the
    // technical detail for its "Details".
    void loadProblem(ModeDesk::HomeController::Part part, const QString &sentence,
                     const QString &detail, bool failed);
    // Every event of this home, after the models took what they need.
    void homeEventsReceived(const QList<ModeDesk::Event> &events);
    // The user removed themself from the home.
    void leftHome(qint64 homeId);

private:
    void fetchLists();
    void awaitDevices();
    void devicesSettled();
    void started();
    void done();
    void fetchKeyValue(const QString &key);
    // A list call of part: its answer goes to apply, a failure or a partial answer is said.
    template <typename T, typename Apply>
    void fetch(Part part, ApiCall<QList<T>> *call, Apply apply);

    ApiClient *m_api;
    Fleet *m_fleet;
    qint64 m_homeId = 0;
    int m_generation = 0;  // results of an earlier home are dropped
    int m_pending = 0;
    bool m_awaitingDevices = false;  // the fleet is fetching this home's devices
    DevicesModel m_devices;
    MembersModel m_members;
    KvModel m_keyValues;
    SmartModulesModel m_smartModules;
};

}  // namespace ModeDesk
