#include "replyrulesmodel.h"

#include "jsoncodec.h"

namespace ModeDesk {

ReplyRulesModel::ReplyRulesModel(QObject *parent) : QAbstractTableModel(parent) {}

void ReplyRulesModel::setDevice(SimulatedDevice *device)
{
    beginResetModel();
    m_device = device;
    endResetModel();
}

QList<ReplyRule> ReplyRulesModel::rules() const
{
    return m_device ? m_device->rules() : QList<ReplyRule>();
}

int ReplyRulesModel::addRule()
{
    if (!m_device)
        return -1;
    QList<ReplyRule> all = rules();
    const int row = int(all.size());
    beginInsertRows({}, row, row);
    all.append({QStringLiteral("my-action"), QStringLiteral("my-reply"), {}});
    m_device->setRules(all);
    endInsertRows();
    return row;
}

void ReplyRulesModel::removeRule(int row)
{
    QList<ReplyRule> all = rules();
    if (!m_device || row < 0 || row >= all.size())
        return;
    beginRemoveRows({}, row, row);
    all.removeAt(row);
    m_device->setRules(all);
    endRemoveRows();
}

int ReplyRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(rules().size());
}

int ReplyRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplyRulesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const ReplyRule rule = rules().at(index.row());
    switch (index.column()) {
        case ActionColumn:
            return rule.action;
        case ReplyTypeColumn:
            return rule.eventType;
        case ReplyDataColumn:
            return QString::fromUtf8(Json::serialize(rule.eventData));
    }
    return {};
}

QVariant ReplyRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Short headers that fit any width; the tooltips read as one sentence.
    if (role == Qt::DisplayRole) {
        switch (section) {
            case ActionColumn:
                return tr("Action");
            case ReplyTypeColumn:
                return tr("Reply event");
            case ReplyDataColumn:
                return tr("Reply data (JSON)");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
            case ActionColumn:
                return tr("When a command with this action arrives…");
            case ReplyTypeColumn:
                return tr("…the device answers with an event of this type…");
            case ReplyDataColumn:
                return tr("…carrying this JSON object, with the command's parameters merged in.");
        }
    }
    return {};
}

Qt::ItemFlags ReplyRulesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return QAbstractTableModel::flags(index);
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool ReplyRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_device || role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    QList<ReplyRule> all = rules();
    ReplyRule &rule = all[index.row()];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
        case ActionColumn:
        case ReplyTypeColumn:
            if (text.isEmpty()) {
                emit problem(
                    tr("Rule %1 needs an action and a reply event type.").arg(index.row() + 1));
                return false;
            }
            (index.column() == ActionColumn ? rule.action : rule.eventType) = text;
            break;
        case ReplyDataColumn: {
            const Json::Decoded<QJsonValue> parsed =
                Json::parse(text.isEmpty() ? QByteArrayLiteral("{}") : text.toUtf8());
            if (!parsed.ok() || !parsed.value->isObject()) {
                emit problem(tr("Rule %1: the data must be a JSON object. %2")
                                 .arg(index.row() + 1)
                                 .arg(parsed.ok() ? QString() : parsed.error));
                return false;
            }
            rule.eventData = parsed.value->toObject();
            break;
        }
    }
    m_device->setRules(all);
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

}  // namespace ModeDesk
