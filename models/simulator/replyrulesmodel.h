// The reply rules of one simulated device, as an editable table: each edit
// is checked (an action and a reply type are needed, the data must be a
// JSON object) and goes straight to the device, or is refused with the
// reason in problem(). Views edit through setData; the device owns the rules.
#pragma once

#include "simulateddevice.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace ModeDesk {

class ReplyRulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ActionColumn, ReplyTypeColumn, ReplyDataColumn, ColumnCount };
    explicit ReplyRulesModel(QObject *parent = nullptr);

    // The device whose rules are shown (nullptr: none).
    void setDevice(SimulatedDevice *device);
    SimulatedDevice *device() const { return m_device; }

    // A new rule with placeholder names, to be edited in place; returns its row.
    int addRule();
    void removeRule(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    // An edit that was refused, and why (nothing changed).
    void problem(const QString &why);

private:
    QList<ReplyRule> rules() const;
    void reload();

    QPointer<SimulatedDevice> m_device;
};

}  // namespace ModeDesk
