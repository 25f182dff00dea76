#include "commandtemplates.h"

#include "jsoncodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace ModeDesk {

bool CommandTemplates::load(const QString &path, QString *error)
{
    m_path = path;
    QFile file(path);
    if (!file.exists()) {
        m_templates = defaults();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const Json::Decoded<QJsonValue> parsed = Json::parse(file.readAll());
    if (!parsed.ok() || !parsed.value->isArray()) {
        if (error)
            *error = parsed.ok() ? QStringLiteral("not a list of templates") : parsed.error;
        return false;
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
    return true;
}

bool CommandTemplates::save(QString *error) const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);  // all or nothing: a crash never leaves half a file
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonArray array;
    for (const CommandTemplate &t : m_templates)
        array.append(QJsonObject{{QStringLiteral("deviceClass"), t.deviceClass},
                                 {QStringLiteral("name"), t.name},
                                 {QStringLiteral("command"), Json::encode(t.command)},
                                 {QStringLiteral("replyType"), t.replyType}});
    file.write(Json::serialize(array));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
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
