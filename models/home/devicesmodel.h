#pragma once

#include "modeobjects.h"

#include <QSortFilterProxyModel>

namespace ModeDesk {

class FleetModel;

// The devices of one home: a view of the fleet's store (FleetModel, owned by
// Fleet, the one owner of every device the user can see), filtered to the
// home, with the columns a home's device table shows. It holds no device of
// its own, so a claim, rename, retag, removal or live event shows here, in
// the fleet, the composer's targets and the alerts at once. While the live
// link is down nobody knows who is online: the status column says "Unknown"
// and no device counts as online.
class DevicesModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StatusColumn,
        ClassColumn,
        TagColumn,
        LastEventColumn,
        LastConnectColumn,
        LastDisconnectColumn,
        IdColumn,  // last: settings keep column numbers
        ColumnCount
    };

    explicit DevicesModel(FleetModel *store, QObject *parent = nullptr);

    // The home shown (0: none).
    void setHome(qint64 homeId);
    qint64 homeId() const { return m_homeId; }

    const Device &record(int row) const;
    QList<Device> records() const;
    int rowOf(qint64 deviceId) const;
    bool contains(qint64 deviceId) const { return rowOf(deviceId) >= 0; }
    // Online devices of the home; 0 when that is not known (see isOnlineKnown).
    int onlineCount() const;
    bool isLinkLive() const;
    // Who is online is known: the live link is up and the home's devices are the
    // server's, not as last seen.
    bool isOnlineKnown() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // A device column's cell (display, sort, state, lamp), shown the same in
    // every table of devices (this one and the fleet's).
    static QVariant cell(const Device &device, bool linkLive, int column, int role);
    // Every word the Status column can show: a view sizes the column for the longest, not
    // for the rows of the moment (a link that drops turns them all to "Unknown").
    static QStringList statusWords();
    static QVariant header(int column);
    // The name, or for a device without one its class and id: two unnamed devices
    // of a class never read alike.
    static QString displayName(const Device &device);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    FleetModel *m_store;
    qint64 m_homeId = 0;
};

}  // namespace ModeDesk
