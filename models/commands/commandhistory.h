// The owner of commands and their outcomes: it sends a command to each
// target (a batch), records what became of it per target, and persists
// that as JSON Lines in the profile's files (ProfileFiles). Its table is
// CommandHistoryModel. An outcome is one of:
// delivered (the server took it; no particular answer awaited), not
// delivered (the HTTP call failed, with the reason), rejected by the device
// (its command-rejected event), replied (the event of the awaited reply
// type, e.g. pong for ping: never the next periodic status), or no reply
// within the link window. Other events of the target in that window are
// kept with the command, for context.
#pragma once

#include "apicall.h"
#include "modeobjects.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace ModeDesk {

class ApiClient;
class ProfileFiles;
class ServerConnection;

enum class CommandOutcome { Sending, Delivered, NotDelivered, Rejected, Replied, NoReply };

struct CommandRecord {
    qint64 id = 0;
    qint64 batchId = 0;
    QDateTime sentAt;
    qint64 deviceId = 0;
    QString deviceName;
    QString homeName;  // as it was named when sent ("" in files from before homes were kept)
    DeviceCommand command;
    QString replyType;  // the event type that answers it; "" if none is awaited
    CommandOutcome outcome = CommandOutcome::Sending;
    QString detail;              // why it was not delivered, or why the device refused it
    std::optional<Event> reply;  // the answer (or the rejection)
    QList<Event> linkedEvents;   // every event of the target within the window
};

struct CommandTarget {
    qint64 deviceId = 0;
    QString name;
    QString homeName;
};

class CommandHistory : public QObject
{
    Q_OBJECT

public:
    // Commands go out with api's key; home events with a project key on connection.
    // The history is kept in files (none: in memory only).
    explicit CommandHistory(ApiClient *api = nullptr, ServerConnection *connection = nullptr,
                            ProfileFiles *files = nullptr, QObject *parent = nullptr);

    // Loads the history of the profile the files are for now, and appends new commands
    // there; with no profile, the history is empty.
    void open();
    void setLinkWindowMs(int ms) { m_linkWindowMs = ms; }
    int linkWindowMs() const { return m_linkWindowMs; }

    // Why an action cannot be sent ("" when it can): actions are names, not JSON.
    static QString actionProblem(const QString &action);
    // The event type devices use to refuse a command (eventData: action, reason).
    static QString rejectionType() { return QStringLiteral("command-rejected"); }

    // One command to each target; batchFinished() follows once every call ended.
    qint64 send(const QList<CommandTarget> &targets, const DeviceCommand &command,
                const QString &replyType);
    // The command of a history row, to its device again (a new batch of one).
    qint64 resend(int row);
    ApiCall<NoContent> *sendHomeEvent(const QString &projectKey, qint64 homeId,
                                      const QString &eventType, const QJsonObject &eventData);

    // The commands, oldest first (a row is a position in this list).
    int size() const { return int(m_records.size()); }
    const CommandRecord &at(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;
    QStringList recentActions(int max = 50) const;

public slots:
    // Events from the targets: replies, rejections and context for commands in their window.
    void linkEvents(const QList<ModeDesk::Event> &events);

signals:
    // The list changes, announced before and after (for the table model).
    void aboutToReset();
    void reset();
    void aboutToAppend(int count);
    void appended();
    void recordChanged(int row);
    void linked(qint64 id, const ModeDesk::Event &event);
    // Every call of a batch ended: how many the server took, and how many it did not.
    void batchFinished(qint64 batchId, const QString &action, int delivered, int notDelivered);

private:
    struct Batch {
        QString action;
        int pending = 0;
        int delivered = 0;
        int notDelivered = 0;
    };
    // A new command to one target (not yet in the list).
    CommandRecord record(qint64 batchId, const CommandTarget &target, const DeviceCommand &command,
                         const QString &replyType, const QDateTime &sentAt);
    void deliver(qint64 id);
    // One call of a batch ended; the last one reports the batch.
    void countCall(qint64 batchId, bool delivered);
    void finish(qint64 id, CommandOutcome outcome, const QString &detail = {});
    void expireWaits();
    void persist(const CommandRecord &record);
    void persistFrom(qsizetype firstRow);  // the rows from there on, in one write
    void changed(int row);

    ApiClient *m_api;
    ServerConnection *m_connection;
    ProfileFiles *m_files;
    QList<CommandRecord> m_records;
    QHash<qint64, Batch> m_batches;
    qint64 m_nextId = 1;
    qint64 m_nextBatch = 1;
    int m_linkWindowMs = 10'000;
    QTimer m_expiry;  // runs while a delivered command awaits its reply
};

}  // namespace ModeDesk
