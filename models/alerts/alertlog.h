// The alert rules and the alert log as tables, and the filter the Alerts
// page shows the log through. Alerts (alerts.h) owns and fills them.
#pragma once

#include "alertrule.h"
#include "keyedsortproxy.h"
#include "recordtablemodel.h"

#include <QDateTime>
#include <optional>

namespace ModeDesk {

class HomesModel;

class AlertRulesModel : public RecordTableModel<AlertRule, QString>
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SeverityColumn,
        KindColumn,
        ScopeColumn,
        ConditionColumn,
        ColumnCount
    };
    AlertRulesModel(HomesModel *homes, QObject *parent = nullptr)
        : RecordTableModel(parent), m_homes(homes)
    {}

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString keyOf(const AlertRule &r) const override { return r.id; }
    HomesModel *m_homes;
};

struct AlertRecord {
    qint64 id = 0;
    QDateTime time;
    bool alerting = true;  // false: the RECOVERED transition
    QString ruleId;
    QString ruleName;
    AlertRule::Severity severity = AlertRule::Severity::Moderate;
    qint64 homeId = 0;
    QString homeName;
    qint64 deviceId = 0;
    QString deviceName;
    QString value;
    bool acknowledged = false;
    bool operator==(const AlertRecord &) const = default;
};

class AlertLogModel : public RecordTableModel<AlertRecord, qint64>
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        StateColumn,
        SeverityColumn,
        RuleColumn,
        HomeColumn,
        DeviceColumn,
        ValueColumn,
        ColumnCount
    };
    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    friend class Alerts;
    qint64 keyOf(const AlertRecord &r) const override { return r.id; }
};

// The Alerts list as the operator narrows it: a text, a severity, and
// whether acknowledged entries show. Newest first.
class AlertLogFilter : public KeyedSortProxy
{
    Q_OBJECT

public:
    explicit AlertLogFilter(QObject *parent = nullptr);
    void setText(const QString &text);
    void setSeverity(std::optional<AlertRule::Severity> severity);
    void setUnacknowledgedOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<AlertRule::Severity> m_severity;
    bool m_unacknowledgedOnly = false;
};

}  // namespace ModeDesk
