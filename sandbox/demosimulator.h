// Demo mode: seeds a user, a home and devices on first start, then plays the
// simulated devices: they send events on a timer and answer the commands
// they understand, as real hardware would. Their numeric readings go to the
// home's TSDB module as timeSeriesData, which starts with 7 days of history.
#pragma once

#include "sandboxcontext.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace ModeDesk::Sandbox {

struct DemoCredentials {
    QString login;       // email, phone number or user id, per account mode
    QString password;    // email mode
    QString projectKey;  // BYOU mode: a key with the byou permission
    qint64 userId = 0;
    qint64 homeId = 0;
    QString spareClaimCode;  // an unclaimed device to practise claiming
};

class DemoSimulator : public QObject
{
    Q_OBJECT

public:
    DemoSimulator(const SandboxContext &ctx, QObject *parent = nullptr);

    // Seeds once per database; later starts reuse what is there.
    DemoCredentials seed();
    // "thermostat-12-temperature": the series a demo device's field feeds.
    static QString seriesId(const QString &deviceClass, qint64 deviceId, const QString &field);
    void start();

private:
    struct DeviceState {
        QString deviceClass;
        double setpoint = 21.0;
        QList<int> zones = QList<int>(8, 0);
        int serial = 0;
    };

    void tick();
    void handleCommand(qint64 deviceId, const DeviceCommand &command);
    void emitEvent(qint64 deviceId, const QString &type, const QJsonObject &data);
    QJsonObject statusOf(DeviceState &state) const;
    // The readings as timeSeriesData points, added to the status.
    static QJsonObject withTimeSeries(const QString &deviceClass, qint64 deviceId,
                                      QJsonObject status);
    // Once per database: 7 days of one-minute history for every demo series.
    void backfillHistory(qint64 homeId) const;

    const SandboxContext &m_ctx;
    QHash<qint64, DeviceState> m_states;
    QTimer m_timer;
    qint64 m_ticks = 0;
};

}  // namespace ModeDesk::Sandbox
