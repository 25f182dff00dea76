#include "eventlogfilter.h"

#include "eventlogmodel.h"
#include "modelroles.h"

namespace ModeDesk {

void EventLogFilter::setDeviceId(qint64 deviceId)
{
    m_deviceId = deviceId;
    invalidateFilter();
}

void EventLogFilter::setEventType(const QString &type)
{
    m_type = type;
    invalidateFilter();
}

void EventLogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_deviceId != 0 && index.data(EventLogModel::DeviceIdRole).toLongLong() != m_deviceId)
        return false;
    if (!m_type.isEmpty() && index.data(EventLogModel::EventTypeRole).toString() != m_type)
        return false;
    if (!m_text.isEmpty() &&
        !index.data(FilterRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

}  // namespace ModeDesk
