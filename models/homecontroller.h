// Picking a home creates the view of it: this controller fetches its
// devices, members, key-values and smart modules into their models, applies
// live events to them, and re-fetches after the event stream reconnects.
#pragma once

#include "devicesmodel.h"
#include "kvmodel.h"
#include "membersmodel.h"
#include "smartmodulesmodel.h"

#include <QObject>

namespace ModeDesk {

class ApiClient;
struct ApiError;

class HomeController : public QObject
{
    Q_OBJECT

public:
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

signals:
    void loadingChanged(bool loading);
    // One of the four lists could not be fetched; what names which.
    void loadFailed(const QString &what, const ModeDesk::ApiError &error);
    // Every event of this home, after the models took what they need.
    void homeEventsReceived(const QList<ModeDesk::Event> &events);

private:
    void fetchAll();
    void started();
    void done();

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
