#include "commandhistory.h"

#include "apiclient.h"
#include "errortext.h"
#include "jsoncodec.h"
#include "profilefiles.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace ModeDesk {

namespace {
constexpr int MaxLoaded = 5'000;  // the newest commands of earlier sessions
constexpr int MaxReplies = 20;    // events kept (and written) per command

QString outcomeName(CommandOutcome outcome)
{
    switch (outcome) {
        case CommandOutcome::Sending:
            return QStringLiteral("sending");
        case CommandOutcome::Delivered:
            return QStringLiteral("delivered");
        case CommandOutcome::NotDelivered:
            return QStringLiteral("not-delivered");
        case CommandOutcome::Rejected:
            return QStringLiteral("rejected");
        case CommandOutcome::Replied:
            return QStringLiteral("replied");
        case CommandOutcome::NoReply:
            return QStringLiteral("no-reply");
    }
    return {};
}

CommandOutcome outcomeFromName(const QString &name)
{
    for (const CommandOutcome o :
         {CommandOutcome::Delivered, CommandOutcome::NotDelivered, CommandOutcome::Rejected,
          CommandOutcome::Replied, CommandOutcome::NoReply}) {
        if (outcomeName(o) == name)
            return o;
    }
    // Still sending when the app stopped: nobody knows whether it arrived.
    return CommandOutcome::NotDelivered;
}

QJsonObject toJson(const CommandRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("batchId"), r.batchId},
                  {QStringLiteral("sentAt"), Json::formatTime(r.sentAt)},
                  {QStringLiteral("deviceId"), r.deviceId},
                  {QStringLiteral("deviceName"), r.deviceName},
                  {QStringLiteral("homeName"), r.homeName},
                  {QStringLiteral("command"), Json::encode(r.command)},
                  {QStringLiteral("replyType"), r.replyType},
                  {QStringLiteral("outcome"), outcomeName(r.outcome)},
                  {QStringLiteral("detail"), r.detail},
                  {QStringLiteral("replies"), Json::encodeList(r.linkedEvents)}};
    if (r.reply)
        o.insert(QStringLiteral("reply"), Json::encode(*r.reply));
    return o;
}

std::optional<CommandRecord> fromJson(const QJsonObject &o)
{
    CommandRecord r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    const auto command = Json::decode<DeviceCommand>(o.value(QStringLiteral("command")));
    if (!command.ok() || r.id <= 0)
        return std::nullopt;
    r.command = *command.value;
    r.batchId = o.value(QStringLiteral("batchId")).toInteger();
    r.sentAt = Json::parseTime(o.value(QStringLiteral("sentAt")).toString());
    r.deviceId = o.value(QStringLiteral("deviceId")).toInteger();
    r.deviceName = o.value(QStringLiteral("deviceName")).toString();
    r.homeName = o.value(QStringLiteral("homeName")).toString();
    r.replyType = o.value(QStringLiteral("replyType")).toString();
    r.detail = o.value(QStringLiteral("detail")).toString();
    if (o.contains(QStringLiteral("outcome"))) {
        r.outcome = outcomeFromName(o.value(QStringLiteral("outcome")).toString());
    } else {  // written before outcomes: {result, failed}
        const bool failed = o.value(QStringLiteral("failed")).toBool();
        r.outcome = failed ? CommandOutcome::NotDelivered : CommandOutcome::Delivered;
        if (failed)
            r.detail = o.value(QStringLiteral("result")).toString();
    }
    const auto reply = Json::decode<Event>(o.value(QStringLiteral("reply")));
    if (o.contains(QStringLiteral("reply")) && reply.ok())
        r.reply = *reply.value;
    const auto replies = Json::decodeList<Event>(o.value(QStringLiteral("replies")));
    if (replies.ok())
        r.linkedEvents = *replies.value;
    return r;
}
}  // namespace

CommandHistory::CommandHistory(ApiClient *api, ServerConnection *connection, ProfileFiles *files,
                               QObject *parent)
    : QObject(parent), m_api(api), m_connection(connection), m_files(files)
{
    m_expiry.setInterval(500);
    connect(&m_expiry, &QTimer::timeout, this, &CommandHistory::expireWaits);
}

QString CommandHistory::actionProblem(const QString &action)
{
    if (action.isEmpty())
        return tr("Type an action first.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.:/-]*$"));
    if (action.size() > 100)
        return tr("An action name has at most 100 characters.");
    if (!allowed.match(action).hasMatch()) {
        static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9_.:/-]"));
        const QRegularExpressionMatch m = bad.match(action);
        const QString what = m.hasMatch() ? m.captured() : action.left(1);
        const bool json = QStringLiteral("{}[]\"").contains(what);
        return json ? tr("“%1” cannot be in an action name: put the parameters in the "
                         "Parameters box.")
                          .arg(what)
                    : tr("“%1” cannot be in an action name: use letters, digits and - _ . : /, "
                         "starting with a letter or digit.")
                          .arg(what == QLatin1String(" ") ? tr("a space") : what);
    }
    return {};
}

void CommandHistory::open()
{
    constexpr auto File = ProfileFiles::File::CommandHistory;
    QString error;
    const QByteArray bytes = m_files ? m_files->read(File, &error) : QByteArray();
    if (!error.isEmpty())
        m_files->reportUnreadable(
            File, tr("The command history could not be read (%1): earlier commands are not "
                     "shown.")
                      .arg(error));
    // Each send and each change is a line; the last line of an id wins.
    QHash<qint64, CommandRecord> byId;
    QList<qint64> order;
    for (qsizetype from = 0; from < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', from);
        if (end < 0)
            end = bytes.size();
        const Json::Decoded<QJsonValue> parsed = Json::parse(bytes.mid(from, end - from));
        from = end + 1;
        if (!parsed.ok() || !parsed.value->isObject())
            continue;  // a torn last line after a crash: skip it
        const std::optional<CommandRecord> r = fromJson(parsed.value->toObject());
        if (!r)
            continue;
        if (!byId.contains(r->id))
            order.append(r->id);
        byId.insert(r->id, *r);
    }
    // Another profile's history (or none yet): nothing of the last one stays.
    emit aboutToReset();
    m_records.clear();  // batches in flight keep counting: they are not in the file
    for (qsizetype i = qMax<qsizetype>(0, order.size() - MaxLoaded); i < order.size(); ++i) {
        CommandRecord r = byId.value(order.at(i));
        if (r.outcome == CommandOutcome::Sending)
            r.outcome = CommandOutcome::NotDelivered;
        else if (r.outcome == CommandOutcome::Delivered && !r.replyType.isEmpty())
            r.outcome = CommandOutcome::NoReply;  // the app stopped before the answer came
        m_records.append(r);
        m_nextBatch = qMax(m_nextBatch, r.batchId + 1);
    }
    m_nextId = order.isEmpty() ? 1 : *std::max_element(order.cbegin(), order.cend()) + 1;
    emit reset();
}

void CommandHistory::persist(const CommandRecord &record)
{
    if (m_files)
        m_files->append(ProfileFiles::File::CommandHistory, Json::serialize(toJson(record)) + '\n');
}

void CommandHistory::persistFrom(qsizetype firstRow)
{
    if (!m_files || firstRow >= m_records.size())
        return;
    QByteArray lines;
    for (qsizetype row = firstRow; row < m_records.size(); ++row)
        lines += Json::serialize(toJson(m_records.at(row))) + '\n';
    // A batch of 10,000 is one open and one write.
    m_files->append(ProfileFiles::File::CommandHistory, lines);
}

qint64 CommandHistory::send(const QList<CommandTarget> &targets, const DeviceCommand &command,
                            const QString &replyType)
{
    const qint64 batchId = m_nextBatch++;
    m_batches.insert(batchId, {command.action, int(targets.size()), 0, 0});
    if (targets.isEmpty())
        return batchId;
    // The whole batch goes in as one insertion: the views update once.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qsizetype first = m_records.size();
    emit aboutToAppend(int(targets.size()));
    for (const CommandTarget &target : targets)
        m_records.append(record(batchId, target, command, replyType, now));
    emit appended();
    persistFrom(first);
    for (qsizetype row = first; row < first + targets.size(); ++row)
        deliver(m_records.at(row).id);
    return batchId;
}

qint64 CommandHistory::resend(int row)
{
    if (row < 0 || row >= m_records.size())
        return 0;
    const CommandRecord r = m_records.at(row);
    return send({{r.deviceId, r.deviceName, r.homeName}}, r.command, r.replyType);
}

ApiCall<NoContent> *CommandHistory::sendHomeEvent(const QString &projectKey, qint64 homeId,
                                                  const QString &eventType,
                                                  const QJsonObject &eventData)
{
    // A handle on the same connection, with the project key: it lives as long as its call.
    auto *client = new ApiClient(m_connection, this);
    client->setKey(projectKey);
    auto *call = client->sendHomeEvent(homeId, eventType, eventData);
    connect(call, &ApiCallBase::finished, client, &QObject::deleteLater);
    return call;
}

CommandRecord CommandHistory::record(qint64 batchId, const CommandTarget &target,
                                     const DeviceCommand &command, const QString &replyType,
                                     const QDateTime &sentAt)
{
    CommandRecord r;
    r.id = m_nextId++;
    r.batchId = batchId;
    r.sentAt = sentAt;
    r.deviceId = target.deviceId;
    r.deviceName = target.name;
    r.homeName = target.homeName;
    r.command = command;
    r.replyType = replyType.trimmed();
    return r;
}

void CommandHistory::deliver(qint64 id)
{
    const CommandRecord &r = m_records.at(rowOf(id));
    const qint64 batchId = r.batchId;
    if (!m_api) {
        finish(id, CommandOutcome::NotDelivered, tr("no connection"));
        countCall(batchId, false);
        return;
    }
    m_api->sendCommand(r.deviceId, r.command)
        ->then(
            this,
            [this, id, batchId](const NoContent &) {
                const int row = rowOf(id);
                // A reply may have come before the HTTP answer did.
                if (row >= 0 && m_records.at(row).outcome == CommandOutcome::Sending) {
                    finish(id, CommandOutcome::Delivered);
                    if (!m_records.at(row).replyType.isEmpty())
                        m_expiry.start();
                }
                countCall(batchId, true);
            },
            [this, id, batchId](const ApiError &error) {
                const int row = rowOf(id);
                // The device may have answered before the HTTP call failed (a timeout).
                if (row >= 0 && m_records.at(row).outcome == CommandOutcome::Sending)
                    finish(id, CommandOutcome::NotDelivered, ErrorText::explain(error));
                countCall(batchId, false);
            });
}

void CommandHistory::countCall(qint64 batchId, bool delivered)
{
    Batch &batch = m_batches[batchId];
    ++(delivered ? batch.delivered : batch.notDelivered);
    if (--batch.pending > 0)
        return;
    const Batch done = m_batches.take(batchId);  // nothing is kept of a finished batch
    emit batchFinished(batchId, done.action, done.delivered, done.notDelivered);
}

void CommandHistory::finish(qint64 id, CommandOutcome outcome, const QString &detail)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_records[row].outcome = outcome;
    if (!detail.isEmpty())
        m_records[row].detail = detail;
    changed(row);
    persist(m_records.at(row));
}

void CommandHistory::changed(int row)
{
    emit recordChanged(row);
}

void CommandHistory::expireWaits()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bool waiting = false;
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {
        CommandRecord &r = m_records[row];
        const bool awaits = r.outcome == CommandOutcome::Delivered && !r.replyType.isEmpty();
        if (!awaits)
            continue;
        if (r.sentAt.msecsTo(now) > m_linkWindowMs) {
            r.outcome = CommandOutcome::NoReply;
            changed(row);
            persist(r);
        } else {
            waiting = true;
        }
    }
    if (!waiting)
        m_expiry.stop();
}

void CommandHistory::linkEvents(const QList<Event> &events)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<int> touched;
    for (const Event &event : events) {
        if (event.originDeviceId == 0 || event.eventType.startsWith(QLatin1Char('_')))
            continue;
        const bool rejection = event.eventType == rejectionType();
        // Read only for a refusal: a flood's other events never parse their payload here.
        const QString rejectedAction =
            rejection ? event.eventData.value(QStringLiteral("action")).toString() : QString();
        // Commands to that device still inside their window, newest first: the one
        // this event answers, else the newest, which keeps it as context.
        int answered = -1;
        int newest = -1;
        for (int row = int(m_records.size()) - 1; row >= 0; --row) {
            const CommandRecord &r = m_records.at(row);
            if (r.sentAt.msecsTo(now) > m_linkWindowMs)
                break;  // older ones are further out still
            if (r.deviceId != event.originDeviceId || r.outcome == CommandOutcome::NotDelivered)
                continue;
            if (newest < 0)
                newest = row;
            const bool open =
                r.outcome == CommandOutcome::Sending || r.outcome == CommandOutcome::Delivered;
            const bool answers =
                rejection ? rejectedAction.isEmpty() || rejectedAction == r.command.action
                          : !r.replyType.isEmpty() && event.eventType == r.replyType;
            if (open && answers)
                answered = row;  // keep looking: the oldest open one is answered first
        }
        const int row = answered >= 0 ? answered : newest;
        if (row < 0)
            continue;
        CommandRecord &r = m_records[row];
        if (answered >= 0) {
            r.reply = event;
            r.outcome = rejection ? CommandOutcome::Rejected : CommandOutcome::Replied;
            if (rejection)
                r.detail = event.eventData.value(QStringLiteral("reason")).toString();
        }
        // A device that floods right after a command is not answering it
        // any more: the first events tell the story.
        if (r.linkedEvents.size() < MaxReplies) {
            r.linkedEvents.append(event);
            emit linked(r.id, event);
        }
        if (!touched.contains(row))
            touched.append(row);
    }
    // One write and one repaint per touched command per batch, not per event.
    for (int row : std::as_const(touched)) {
        changed(row);
        persist(m_records.at(row));
    }
}

int CommandHistory::rowOf(qint64 id) const
{
    // Ids grow as records are made and rows keep that order: a binary search
    // (a batch of thousands answers each of its calls here).
    const auto it = std::lower_bound(m_records.cbegin(), m_records.cend(), id,
                                     [](const CommandRecord &r, qint64 key) { return r.id < key; });
    if (it != m_records.cend() && it->id == id)
        return int(it - m_records.cbegin());
    for (int row = int(m_records.size()) - 1; row >= 0; --row) {  // not in order after all
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

QStringList CommandHistory::recentActions(int max) const
{
    QStringList actions;
    for (int row = int(m_records.size()) - 1; row >= 0 && actions.size() < max; --row) {
        const QString &action = m_records.at(row).command.action;
        if (!actions.contains(action))
            actions.append(action);
    }
    return actions;
}

}  // namespace ModeDesk
