#include "commandtemplates.h"

#include "jsoncodec.h"
#include "profilefiles.h"

#include <QJsonArray>

namespace ModeDesk {

void CommandTemplates::open()
{
    constexpr auto File = ProfileFiles::File::CommandTemplates;
    m_templates = defaults();
    m_keepCopy = false;
    if (!m_files)
        return;
    QString error;
    const QByteArray bytes = m_files->read(File, &error);
    if (bytes.isEmpty() && error.isEmpty())
        return;  // none yet: the defaults
    const Json::Decoded<QJsonValue> parsed =
        error.isEmpty() ? Json::parse(bytes) : Json::Decoded<QJsonValue>{};
    if (!error.isEmpty() || !parsed.ok() || !parsed.value->isArray()) {
        m_keepCopy = true;
        m_files->reportUnreadable(
            File, tr("The command templates could not be read (%1): the built-in ones are "
                     "offered. The file is kept (as .bak) when a template is saved.")
                      .arg(!error.isEmpty() ? error
                           : parsed.ok()    ? tr("not a list of templates")
                                            : parsed.error));
        return;
    }
    m_templates.clear();
    for (const QJsonValue &v : parsed.value->toArray()) {
        const QJsonObject o = v.toObject();
        const auto command = Json::decode<DeviceCommand>(o.value(QStringLiteral("command")));
        if (command.ok())
            m_templates.append({o.value(QStringLiteral("deviceClass")).toString(),
                                o.value(QStringLiteral("name")).toString(), *command.value,
                                o.value(QStringLiteral("replyType")).toString()});
    }
}

bool CommandTemplates::save()
{
    if (!m_files)
        return true;
    QJsonArray array;
    for (const CommandTemplate &t : m_templates)
        array.append(QJsonObject{{QStringLiteral("deviceClass"), t.deviceClass},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("command"), Json::encode(t.command)},
                                 {QStringLiteral("replyType"), t.replyType}});
    if (std::exchange(m_keepCopy, false))
        m_files->keepCopy(ProfileFiles::File::CommandTemplates);
    return m_files->save(ProfileFiles::File::CommandTemplates, Json::serialize(array)).isEmpty();
}

QList<CommandTemplate> CommandTemplates::forClasses(const QStringList &deviceClasses) const
{
    QList<CommandTemplate> matching;
    for (const CommandTemplate &t : m_templates) {
        if (deviceClasses.isEmpty() || deviceClasses.contains(t.deviceClass))
            matching.append(t);
    }
    return matching;
}

void CommandTemplates::upsert(const CommandTemplate &entry)
{
    for (CommandTemplate &t : m_templates) {
        if (t.deviceClass == entry.deviceClass && t.name == entry.name) {
            t = entry;
            return;
        }
    }
    m_templates.append(entry);
}

bool CommandTemplates::remove(const QString &deviceClass, const QString &name)
{
    return m_templates.removeIf([&](const CommandTemplate &t) {
        return t.deviceClass == deviceClass && t.name == name;
    }) > 0;
}

QString CommandTemplates::replyTypeFor(const QString &action) const
{
    for (const CommandTemplate &t : m_templates) {
        if (t.command.action == action && !t.replyType.isEmpty())
            return t.replyType;
    }
    return {};
}

QList<CommandTemplate> CommandTemplates::defaults()
{
    // QString::fromUtf8: these literals are UTF-8 ("°C"), not Latin-1.
    const auto make = [](const char *cls, const char *name, const char *action, QJsonObject params,
                         const char *reply) {
        return CommandTemplate{QString::fromUtf8(cls),
                               QString::fromUtf8(name),
                               {QString::fromUtf8(action), params},
                               QString::fromUtf8(reply)};
    };
    return {
        make("thermostat", "Set to 21 °C", "set-setpoint", {{QStringLiteral("setpoint"), 21}},
             "setpoint-changed"),
        make("thermostat", "Ping", "ping", {}, "pong"),
        make("sprinkler", "Zone 1 on for 2 min", "sprinkler-on",
             {{QStringLiteral("zone"), 1}, {QStringLiteral("duration"), 120}}, "sprinkler-status"),
        make("sprinkler", "Zone 1 off", "sprinkler-off", {{QStringLiteral("zone"), 1}},
             "sprinkler-status"),
        make("sprinkler", "Ping", "ping", {}, "pong"),
        make("sensor", "Ping", "ping", {}, "pong")};
}

}  // namespace ModeDesk
