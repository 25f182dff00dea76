// Named commands per device class, kept in a JSON file: an action, its
// parameters, and the event type a device answers it with (its reply).
#pragma once

#include "modeobjects.h"

namespace ModeDesk {

struct CommandTemplate {
    QString deviceClass;
    QString name;
    DeviceCommand command;
    QString replyType;  // "" when the device sends no particular answer
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
    // The reply type the templates know for an action ("" if none does).
    QString replyTypeFor(const QString &action) const;
    // Templates for the sandbox's demo devices, for a first start.
    static QList<CommandTemplate> defaults();

private:
    QString m_path;
    QList<CommandTemplate> m_templates;
};

}  // namespace ModeDesk
