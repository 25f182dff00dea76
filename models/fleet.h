// The fleet at a glance: every device of every home the signed-in user can
// see, in one table kept live from the event stream.
//
// Fleet is the owner. It follows the homes model: each home's devices are
// fetched (GET /devices) with a bounded number of requests in flight, and
// answers are applied together at most every 100 ms, so a thousand homes
// cost a few dozen model changes while the rows still appear as homes
// arrive. A home added later is fetched when it appears, a removed one
// takes its devices along, a renamed one renames its rows. Live events
// move online state, last connect/disconnect and the last event; a device
// the fleet has not seen makes its home be fetched again.
#pragma once

#include "keyedsortproxy.h"
#include "modeobjects.h"
#include "recordtablemodel.h"

#include <QHash>
#include <QSet>
#include <QTimer>

namespace ModeDesk {

class ApiClient;
class HomesModel;
struct ApiError;

struct FleetDevice {
    Device device;
    QString homeName;
    QString lastEventType;
    bool operator==(const FleetDevice &) const = default;
};

class FleetModel : public RecordTableModel<FleetDevice, qint64>
{
    Q_OBJECT

public:
    enum Column {
        HomeColumn,
        NameColumn,
        StatusColumn,
        ClassColumn,
        TagColumn,
        LastEventColumn,
        LastEventTypeColumn,
        LastConnectColumn,
        LastDisconnectColumn,
        ColumnCount
    };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    bool isLinkLive() const { return m_linkLive; }
    // Online as far as anyone knows: never while the live link is down.
    bool isOnline(const FleetDevice &d) const { return m_linkLive && d.device.isConnected; }

private:
    friend class Fleet;
    qint64 keyOf(const FleetDevice &d) const override { return d.device.id; }
    bool m_linkLive = false;
};

// Devices and online devices per home or per device class.
struct FleetGroup {
    QString key;   // the home id as text, or the class
    QString name;  // the home's name, or the class
    qint64 homeId = 0;
    int devices = 0;
    int online = 0;
    bool operator==(const FleetGroup &) const = default;
};

class FleetGroupsModel : public RecordTableModel<FleetGroup, QString>
{
    Q_OBJECT

public:
    enum Column { NameColumn, DevicesColumn, OnlineColumn, ColumnCount };
    enum class Grouping { ByHome, ByClass };
    explicit FleetGroupsModel(Grouping grouping, QObject *parent = nullptr)
        : RecordTableModel(parent), m_grouping(grouping)
    {}

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString keyOf(const FleetGroup &g) const override { return g.key; }
    Grouping m_grouping;
};

// What the Fleet page shows of the fleet: a text in any column, online or
// offline, a class, a home; sorted by any column. A change of criteria is
// one layout change (never a removal per run of rows).
class FleetFilter : public KeyedSortProxy
{
    Q_OBJECT

public:
    enum class Online { Any, Online, Offline };

    explicit FleetFilter(QObject *parent = nullptr);

    void setText(const QString &text);
    void setOnline(Online online);
    void setDeviceClass(const QString &deviceClass);  // "" for any
    void setHome(qint64 homeId);                      // 0 for any
    // Every criterion back to "any", in one change.
    void clearCriteria();
    QString text() const { return m_text; }
    Online online() const { return m_online; }
    QString deviceClass() const { return m_class; }
    qint64 home() const { return m_home; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();
    QString m_text;
    Online m_online = Online::Any;
    QString m_class;
    qint64 m_home = 0;
};

class Fleet : public QObject
{
    Q_OBJECT

public:
    Fleet(ApiClient *api, HomesModel *homes, QObject *parent = nullptr);

    FleetModel *devices() { return &m_devices; }
    FleetGroupsModel *byHome() { return &m_byHome; }
    FleetGroupsModel *byClass() { return &m_byClass; }
    // Every class in the fleet, sorted: for a class picker.
    QStringList deviceClasses() const;

    // GET /devices of every home anew (rows merged in place, no reset).
    void refresh();
    void setMaxInFlight(int requests) { m_maxInFlight = qMax(1, requests); }

    // Progress: homes listed, and those of them not waiting for an answer.
    int homesTotal() const;
    int homesDone() const
    {
        return qMax(0, homesTotal() - int(m_queue.size() + m_inFlight.size()));
    }
    int homesFailed() const { return int(m_failed.size()); }
    bool isLoading() const { return !m_queue.isEmpty() || !m_inFlight.isEmpty(); }
    // What went wrong with the last failed home, in words ("" if none failed).
    QString lastError() const { return m_lastError; }

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
    // A home or class came, went or was renamed: pickers of them list anew.
    void choicesChanged();

private:
    void followHomes();
    void enqueue(qint64 homeId);
    void pump();
    void applyAnswers();
    void applyHome(qint64 homeId, const QList<Device> &devices, QList<FleetDevice> *added,
                   QSet<qint64> *listed);
    void finishLoad();
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
    int m_maxInFlight = 6;
    int m_generation = 0;     // answers for a model that was cleared meanwhile are dropped
    QList<qint64> m_queue;    // homes waiting for their turn
    QSet<qint64> m_inFlight;  // homes being fetched
    QSet<qint64> m_loaded;    // homes whose devices are in the model
    QSet<qint64> m_failed;    // homes whose last fetch failed
    QSet<qint64> m_refetch;   // homes asked for again while in flight
    QHash<qint64, QList<Device>> m_answers;  // arrived, not applied yet (the last per home)
    QHash<qint64, qint64> m_eventRefetchMs;  // when an unknown device last made its home be fetched
    bool m_wasLoading = false;               // a load is on, loadFinished() not said yet
    QTimer m_applyTimer;                     // applies m_answers together
    QTimer m_recountTimer;  // the per-home and per-class counts, after changes settle
    QString m_lastError;
};

}  // namespace ModeDesk
