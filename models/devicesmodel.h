#pragma once

#include "modeobjects.h"
#include "recordtablemodel.h"

namespace ModeDesk {

// The devices of one home, kept live from connect/disconnect and device events.
// While the live link is down nobody knows who is online: the status column
// says "Unknown" and no device counts as online.
class DevicesModel : public RecordTableModel<Device, qint64>
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
        IdColumn,  // last: the fleet's table does not show it, and settings keep column numbers
        ColumnCount
    };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // A device column's cell (display, sort, state, lamp), shown the same in
    // every table of devices (this one and the fleet's).
    static QVariant cell(const Device &device, bool linkLive, int column, int role);
    static QVariant header(int column);
    // The name, or for a device without one its class and id: two unnamed devices
    // of a class never read alike.
    static QString displayName(const Device &device);

    void setConnected(qint64 deviceId, bool connected, const QDateTime &when);
    void noteEvent(qint64 deviceId, const QDateTime &when);
    int onlineCount() const;
    void setLinkLive(bool live);
    bool isLinkLive() const { return m_linkLive; }
    // The clock moved on: relative times ("5 s ago") are shown anew.
    void tick();

protected:
    qint64 keyOf(const Device &device) const override { return device.id; }

private:
    bool m_linkLive = false;
};

}  // namespace ModeDesk
