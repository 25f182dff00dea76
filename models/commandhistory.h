// What was sent to which device, and what came back: every command (its
// delivery result, and the events the target sent within the following
// seconds, linked to it), persisted as JSON Lines in the app's data folder.
#pragma once

#include "modeobjects.h"

#include <QAbstractTableModel>

namespace ModeDesk {

struct CommandRecord {
    qint64 id = 0;
    QDateTime sentAt;
    qint64 deviceId = 0;
    QString deviceName;
    DeviceCommand command;
    QString result;  // "" while in flight, "delivered", or the failure in words
    bool failed = false;
    QList<Event> linkedEvents;
};

class CommandHistory : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        DeviceColumn,
        ActionColumn,
        ResultColumn,
        RepliesColumn,
        ColumnCount
    };

    explicit CommandHistory(QObject *parent = nullptr);

    // Loads earlier sessions' history and appends new commands there.
    bool setStorage(const QString &path, QString *error = nullptr);
    void setLinkWindowMs(int ms) { m_linkWindowMs = ms; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    qint64 recordSent(qint64 deviceId, const QString &deviceName, const DeviceCommand &command);
    void recordResult(qint64 id, bool failed, const QString &result);
    const CommandRecord &at(int row) const { return m_records.at(row); }
    int rowOf(qint64 id) const;
    QStringList recentActions(int max = 50) const;

public slots:
    // Events from a device within the link window after a command to it are its replies.
    void linkEvents(const QList<ModeDesk::Event> &events);

signals:
    void linked(qint64 id, const ModeDesk::Event &event);

private:
    void persist(const CommandRecord &record);

    QList<CommandRecord> m_records;
    QString m_path;
    qint64 m_nextId = 1;
    int m_linkWindowMs = 10'000;
};

// Named commands per device class, kept in a JSON file.
struct CommandTemplate {
    QString deviceClass;
    QString name;
    DeviceCommand command;
    bool operator==(const CommandTemplate &) const = default;
};

class CommandTemplates
{
public:
    bool load(const QString &path, QString *error = nullptr);
    bool save(QString *error = nullptr) const;
    QList<CommandTemplate> forClasses(const QStringList &deviceClasses) const;
    const QList<CommandTemplate> &all() const { return m_templates; }
    void upsert(const CommandTemplate &entry);  // same class and name replaces
    bool remove(const QString &deviceClass, const QString &name);
    // Templates for the sandbox's demo devices, for a first start.
    static QList<CommandTemplate> defaults();

private:
    QString m_path;
    QList<CommandTemplate> m_templates;
};

}  // namespace ModeDesk
