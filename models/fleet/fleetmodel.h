// The fleet's table models, filled and kept live by Fleet (fleet.h): every
// device with its home, the counts per home and per class, and the filter
// the Fleet page shows them through.
#pragma once

#include "keyedsortproxy.h"
#include "modeobjects.h"
#include "recordtablemodel.h"

namespace ModeDesk {

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
        IdColumn,  // last: settings keep column numbers
        ColumnCount
    };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    bool isLinkLive() const { return m_linkLive; }
    // What is known of a device's connection: nothing while the live link is down, nor
    // for a device as last seen (its home not read yet: the link's connects for it were
    // not applied). Unknown is neither online nor offline.
    enum class Presence { Online, Offline, Unknown };
    Presence presence(const FleetDevice &d) const
    {
        if (!m_linkLive || m_lastKnown.contains(d.device.homeId))
            return Presence::Unknown;
        return d.device.isConnected ? Presence::Online : Presence::Offline;
    }
    bool isOnline(const FleetDevice &d) const { return presence(d) == Presence::Online; }
    // The home's devices are as last seen then, not confirmed by the server yet (invalid:
    // they are the server's). Such rows are greyed, and their tooltip says since when.
    QDateTime lastKnownAsOf(qint64 homeId) const { return m_lastKnown.value(homeId); }

private:
    friend class Fleet;
    qint64 keyOf(const FleetDevice &d) const override { return d.device.id; }
    bool m_linkLive = false;
    QHash<qint64, QDateTime> m_lastKnown;  // per home, shown from the last run's state
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

}  // namespace ModeDesk
