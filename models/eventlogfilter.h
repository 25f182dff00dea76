// Narrows the event log by device, event type and text (which also matches
// inside eventData).
#pragma once

#include <QSortFilterProxyModel>

namespace ModeDesk {

class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setDeviceId(qint64 deviceId);       // 0: any
    void setEventType(const QString &type);  // empty: any
    void setText(const QString &text);       // case-insensitive; type and payload JSON

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    qint64 m_deviceId = 0;
    QString m_type;
    QString m_text;
};

}  // namespace ModeDesk
