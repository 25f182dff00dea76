// Named commands per device class, kept in a JSON file shared by every
// profile (ProfileFiles names it and reports what cannot be read or
// written): an action, its parameters, and the event type a device answers
// it with (its reply).
#pragma once

#include "modeobjects.h"

#include <QCoreApplication>

namespace ModeDesk {

class ProfileFiles;

struct CommandTemplate {
    QString deviceClass;
    QString name;
    DeviceCommand command;
    QString replyType;  // "" when the device sends no particular answer
    bool operator==(const CommandTemplate &) const = default;
};

class CommandTemplates
{
    Q_DECLARE_TR_FUNCTIONS(CommandTemplates)

public:
    // Kept in files (none: in memory only, with the defaults).
    explicit CommandTemplates(ProfileFiles *files = nullptr) : m_files(files) {}

    // Reads the templates (the defaults when there is no file yet). A file that cannot
    // be read is said, and kept (as .bak) when the templates are next saved.
    void open();
    // false if it could not be written (ProfileFiles says why).
    bool save();
    QList<CommandTemplate> forClasses(const QStringList &deviceClasses) const;
    const QList<CommandTemplate> &all() const { return m_templates; }
    void upsert(const CommandTemplate &entry);  // same class and name replaces
    bool remove(const QString &deviceClass, const QString &name);
    // The reply type the templates know for an action ("" if none does).
    QString replyTypeFor(const QString &action) const;
    // Templates for the sandbox's demo devices, for a first start.
    static QList<CommandTemplate> defaults();

private:
    ProfileFiles *m_files;
    QList<CommandTemplate> m_templates = defaults();
    bool m_keepCopy = false;  // the file held what could not be read
};

}  // namespace ModeDesk
