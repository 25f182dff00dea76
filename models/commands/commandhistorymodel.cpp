#include "commandhistorymodel.h"

#include "modelformat.h"
#include "modelroles.h"

namespace ModeDesk {

CommandHistoryModel::CommandHistoryModel(CommandHistory *history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    connect(history, &CommandHistory::aboutToReset, this, [this] { beginResetModel(); });
    connect(history, &CommandHistory::reset, this, [this] { endResetModel(); });
    connect(history, &CommandHistory::aboutToAppend, this, [this](int count) {
        const int first = m_history->size();
        beginInsertRows({}, first, first + count - 1);
    });
    connect(history, &CommandHistory::appended, this, [this] { endInsertRows(); });
    connect(history, &CommandHistory::recordChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

QString CommandHistoryModel::outcomeText(const CommandRecord &r) const
{
    const int window = m_history->linkWindowMs() / 1000;
    switch (r.outcome) {
        case CommandOutcome::Sending:
            return tr("sending…");
        case CommandOutcome::Delivered:
            return r.replyType.isEmpty() ? tr("delivered")
                                         : tr("delivered, waiting for “%1”…").arg(r.replyType);
        case CommandOutcome::NotDelivered:
            return tr("not delivered: %1").arg(r.detail);
        case CommandOutcome::Rejected:
            return r.detail.isEmpty() ? tr("rejected by the device")
                                      : tr("rejected by the device: %1").arg(r.detail);
        case CommandOutcome::Replied:
            return tr("replied: %1").arg(r.reply ? r.reply->eventType : r.replyType);
        case CommandOutcome::NoReply:
            return tr("no “%1” within %n s", nullptr, window).arg(r.replyType);
    }
    return {};
}

QString CommandHistoryModel::details(int row) const
{
    if (row < 0 || row >= m_history->size())
        return {};
    const CommandRecord &r = m_history->at(row);
    QStringList lines;
    lines << tr("%1 to %2 (id %3), sent %4")
                 .arg(r.command.action, r.deviceName)
                 .arg(r.deviceId)
                 .arg(ModelFormat::dateTime(r.sentAt));
    if (!r.command.parameters.isEmpty())
        lines << tr("Parameters: %1").arg(ModelFormat::oneLineJson(r.command.parameters, 2000));
    lines << tr("Outcome: %1").arg(outcomeText(r));
    if (r.reply) {
        lines << QString()
              << tr("%1 at %2:").arg(r.reply->eventType, ModelFormat::dateTime(r.reply->timestamp));
        lines << ModelFormat::prettyPayload(r.reply->eventData);
    }
    const qsizetype others = r.linkedEvents.size() - (r.reply ? 1 : 0);
    if (others > 0) {
        lines << QString()
              << tr("%n other event(s) from the device within %1 s:", nullptr, int(others))
                     .arg(m_history->linkWindowMs() / 1000);
        for (const Event &e : r.linkedEvents) {
            if (r.reply && e == *r.reply)
                continue;
            lines << QStringLiteral("  %1  %2")
                         .arg(e.eventType, ModelFormat::oneLinePayload(e.eventData, 160));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

int CommandHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_history->size();
}

int CommandHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const CommandRecord &r = m_history->at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
            case TimeColumn:
                return ModelFormat::shortDateTime(r.sentAt);
            case HomeColumn:
                return r.homeName.isEmpty() ? QStringLiteral("—") : r.homeName;
            case DeviceColumn:
                return r.deviceName.isEmpty() ? tr("Device %1").arg(r.deviceId) : r.deviceName;
            case ActionColumn:
                return r.command.parameters.isEmpty()
                           ? r.command.action
                           : QStringLiteral("%1 %2").arg(
                                 r.command.action,
                                 ModelFormat::oneLineJson(r.command.parameters, 80));
            case ResultColumn:
                return outcomeText(r);
            case RepliesColumn:
                if (r.reply)
                    return ModelFormat::oneLinePayload(r.reply->eventData, 120);
                return r.linkedEvents.isEmpty()
                           ? QStringLiteral("—")
                           : tr("%n other event(s)", nullptr, int(r.linkedEvents.size()));
        }
    } else if (role == StateRole && index.column() == ResultColumn) {
        switch (r.outcome) {
            case CommandOutcome::Replied:
                return int(ItemState::Good);
            case CommandOutcome::Delivered:
                return int(r.replyType.isEmpty() ? ItemState::Good : ItemState::Plain);
            case CommandOutcome::NotDelivered:
            case CommandOutcome::Rejected:
                return int(ItemState::Bad);
            case CommandOutcome::NoReply:
                return int(ItemState::Unknown);
            case CommandOutcome::Sending:
                return int(ItemState::Plain);
        }
    } else if (role == Qt::ToolTipRole && index.column() == RepliesColumn) {
        return tr("Select the command to read the whole reply below.");
    } else if (role == IdRole) {
        return r.id;
    }
    return {};
}

QVariant CommandHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
        case TimeColumn:
            return tr("Sent");
        case HomeColumn:
            return tr("Home");
        case DeviceColumn:
            return tr("Device");
        case ActionColumn:
            return tr("Command");
        case ResultColumn:
            return tr("Result");
        case RepliesColumn:
            return tr("Reply");
    }
    return {};
}

}  // namespace ModeDesk
