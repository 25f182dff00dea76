#include "alertlog.h"

#include "homesmodel.h"
#include "modelformat.h"
#include "modelroles.h"

#include <QFont>

namespace ModeDesk {

namespace {
ItemState stateOfSeverity(AlertRule::Severity severity)
{
    return severity == AlertRule::Severity::High       ? ItemState::Bad
           : severity == AlertRule::Severity::Moderate ? ItemState::Changed
                                                       : ItemState::Plain;
}
}  // namespace

// ---- AlertRulesModel -------------------------------------------------------

int AlertRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertRule &r = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            switch (index.column()) {
                case NameColumn:
                    return r.enabled ? r.name : tr("%1 (off)").arg(r.name);
                case SeverityColumn:
                    return role == SortRole ? QVariant(int(r.severity))
                                            : QVariant(AlertRule::severityText(r.severity));
                case KindColumn:
                    return AlertRule::kindText(r.kind);
                case ScopeColumn: {
                    const int row = m_homes ? m_homes->rowOf(r.homeId) : -1;
                    return r.scopeText(row >= 0 ? m_homes->record(row).name : QString());
                }
                case ConditionColumn:
                    return r.conditionText();
            }
            break;
        case StateRole:
            if (index.column() == SeverityColumn)
                return int(r.enabled ? stateOfSeverity(r.severity) : ItemState::Unknown);
            break;
        case IdRole:
            return r.id;
    }
    return {};
}

QVariant AlertRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case NameColumn:
            return tr("Rule");
        case SeverityColumn:
            return tr("Severity");
        case KindColumn:
            return tr("Kind");
        case ScopeColumn:
            return tr("Scope");
        case ConditionColumn:
            return tr("Condition");
    }
    return {};
}

// ---- AlertLogModel ---------------------------------------------------------

int AlertLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertRecord &r = record(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TimeColumn:
                    return ModelFormat::dateTime(r.time);
                case StateColumn:
                    if (!r.alerting)
                        return tr("Recovered");
                    return r.acknowledged ? tr("Alerting (seen)") : tr("Alerting");
                case SeverityColumn:
                    return AlertRule::severityText(r.severity);
                case RuleColumn:
                    return r.ruleName;
                case HomeColumn:
                    return r.homeName.isEmpty() && r.homeId ? QString::number(r.homeId)
                                                            : r.homeName;
                case DeviceColumn:
                    if (r.deviceId == 0)
                        return QString();
                    return r.deviceName.isEmpty() ? QString::number(r.deviceId) : r.deviceName;
                case ValueColumn:
                    return r.value;
            }
            break;
        case SortRole:
            switch (index.column()) {
                case TimeColumn:
                    return r.id;  // ids grow with time, and break ties in its order
                case SeverityColumn:
                    return int(r.severity);
                default:
                    return data(index, Qt::DisplayRole);
            }
        case StateRole:
            if (index.column() == StateColumn)
                return int(!r.alerting      ? ItemState::Good
                           : r.acknowledged ? ItemState::Unknown
                                            : ItemState::Bad);
            if (index.column() == SeverityColumn)
                return int(stateOfSeverity(r.severity));
            break;
        case LampRole:
            return index.column() == StateColumn;
        case Qt::FontRole:
            if (r.alerting && !r.acknowledged) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            break;
        case IdRole:
            return r.id;
        case HomeRole:
            return r.homeId;
    }
    return {};
}

QVariant AlertLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case TimeColumn:
            return tr("Time");
        case StateColumn:
            return tr("State");
        case SeverityColumn:
            return tr("Severity");
        case RuleColumn:
            return tr("Rule");
        case HomeColumn:
            return tr("Home");
        case DeviceColumn:
            return tr("Device");
        case ValueColumn:
            return tr("Value");
    }
    return {};
}

// ---- AlertLogFilter --------------------------------------------------------

AlertLogFilter::AlertLogFilter(QObject *parent) : KeyedSortProxy(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AlertLogFilter::setText(const QString &text)
{
    m_text = text;
    invalidate();
}

void AlertLogFilter::setSeverity(std::optional<AlertRule::Severity> severity)
{
    m_severity = severity;
    invalidate();
}

void AlertLogFilter::setUnacknowledgedOnly(bool only)
{
    m_unacknowledgedOnly = only;
    invalidate();
}

bool AlertLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *log = qobject_cast<const AlertLogModel *>(sourceModel());
    if (!log || sourceParent.isValid())
        return true;
    const AlertRecord &r = log->record(sourceRow);
    if (m_severity && r.severity != *m_severity)
        return false;
    if (m_unacknowledgedOnly && (r.acknowledged || !r.alerting))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString *field : {&r.ruleName, &r.homeName, &r.deviceName, &r.value}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

}  // namespace ModeDesk
