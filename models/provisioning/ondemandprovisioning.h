// The life of one on-demand provisioning token for the home on screen:
// asked for (class and tag), waiting with a countdown while it looks for
// the device that used it (live events, and a refresh every 5 s for links
// that carry none), then joined or expired. The Provisioning page shows it;
// another home ends it.
#pragma once

#include "apicall.h"
#include "modeobjects.h"

#include <QDateTime>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ModeDesk {

class ApiClient;
class HomeController;

class OnDemandProvisioning : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Requesting, Waiting, Joined, Expired };

    OnDemandProvisioning(ApiClient *api, HomeController *home, QObject *parent = nullptr);

    ApiCall<DeviceProvisioningToken> *request(const QString &deviceClass, const QString &tag);
    void reset();

    State state() const { return m_state; }
    QString token() const { return m_token; }
    QString deviceClass() const { return m_deviceClass; }
    QDateTime expirationTime() const { return m_expires; }
    qint64 secondsLeft() const;
    const Device &joinedDevice() const { return m_joined; }

signals:
    void stateChanged(ModeDesk::OnDemandProvisioning::State state);
    // Once a second while waiting.
    void ticked(qint64 secondsLeft);

private:
    void setState(State state);
    void tick();
    void lookForNewDevice();

    ApiClient *m_api;
    HomeController *m_home;
    State m_state = State::Idle;
    QString m_token;
    QString m_deviceClass;
    QDateTime m_expires;
    QSet<qint64> m_knownDevices;     // in the home before the token was made
    bool m_snapshotPending = false;  // the home was still loading when the token came
    Device m_joined;
    QTimer m_clock;
    int m_generation = 0;  // answers for an earlier request are dropped
};

}  // namespace ModeDesk
