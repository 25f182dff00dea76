// The owner of the home on screen: it fetches its devices, members,
// key-values and smart modules into their models, makes every change to
// them (rename or remove a device, add or remove a member, save or delete a
// pair) through the API and applies the answer, applies live events to
// them in batches, and re-fetches after the event stream reconnects.
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
struct ApiError;
struct DeviceChanges;
struct MemberInvitation;

class HomeController : public QObject
{
    Q_OBJECT

public:
    // The four lists of a home, each shown on a page of its own.
    enum class Part { Devices, Members, KeyValues, SmartModules };
    Q_ENUM(Part)

    explicit HomeController(ApiClient *api, QObject *parent = nullptr);

    DevicesModel *devices() { return &m_devices; }
    MembersModel *members() { return &m_members; }
    KvModel *keyValues() { return &m_keyValues; }
    SmartModulesModel *smartModules() { return &m_smartModules; }

    qint64 homeId() const { return m_homeId; }
    bool isLoading() const { return m_pending > 0; }

    // A different home: the models are reset, then filled. 0 clears them.
    void setHome(qint64 homeId);
    // The same home again: fresh data merged in row by row (no reset).
    void refresh();
    // From EventStream::eventsReceived: events of this home update the models.
    void applyEvents(const QList<ModeDesk::Event> &events);
    // A change made elsewhere (a claim, a rename) that no event announces.
    void applyDevice(const ModeDesk::Device &device);
    void applyChanges(qint64 deviceId, const ModeDesk::DeviceChanges &changes);

    // Changes, each applied to the models once the server accepted it. The
    // call is returned so that a view can show progress; it must not act on it.
    ApiCall<NoContent> *updateDevice(qint64 deviceId, const DeviceChanges &changes);
    ApiCall<NoContent> *removeDevice(qint64 deviceId);
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
    void fetchAll();
    void started();
    void done();
    void fetchKeyValue(const QString &key);
    // A list call of part: its answer goes to apply, a failure or a partial answer is said.
    template <typename T, typename Apply>
    void fetch(Part part, ApiCall<QList<T>> *call, Apply apply);

    ApiClient *m_api;
    qint64 m_homeId = 0;
    int m_generation = 0;  // results of an earlier home are dropped
    int m_pending = 0;
    DevicesModel m_devices;
    MembersModel m_members;
    KvModel m_keyValues;
    SmartModulesModel m_smartModules;
};

}  // namespace ModeDesk
