#include "alertrule.h"

#include "fieldpath.h"

#include <QJsonValue>
#include <array>
#include <cmath>

namespace ModeDesk {

namespace {

struct Name {
    int value;
    const char *text;
};
constexpr std::array KindNames{Name{int(AlertRule::Kind::Offline), "offline"},
                               Name{int(AlertRule::Kind::Heartbeat), "heartbeat"},
                               Name{int(AlertRule::Kind::Threshold), "threshold"},
                               Name{int(AlertRule::Kind::KeyValueChanged), "keyValueChanged"}};
constexpr std::array ScopeNames{Name{int(AlertRule::Scope::AllHomes), "allHomes"},
                                Name{int(AlertRule::Scope::Home), "home"},
                                Name{int(AlertRule::Scope::DeviceClass), "deviceClass"},
                                Name{int(AlertRule::Scope::Device), "device"}};
constexpr std::array SeverityNames{Name{int(AlertRule::Severity::High), "HIGH"},
                                   Name{int(AlertRule::Severity::Moderate), "MODERATE"},
                                   Name{int(AlertRule::Severity::Low), "LOW"}};

template <typename Names>
QString nameOf(const Names &names, int value)
{
    for (const Name &n : names) {
        if (n.value == value)
            return QLatin1String(n.text);
    }
    return {};
}

template <typename Names>
std::optional<int> valueOf(const Names &names, const QString &text)
{
    for (const Name &n : names) {
        if (text == QLatin1String(n.text))
            return n.value;
    }
    return std::nullopt;
}

QString duration(int seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return AlertRule::tr("%n h", nullptr, seconds / 3600);
    if (seconds >= 60 && seconds % 60 == 0)
        return AlertRule::tr("%n min", nullptr, seconds / 60);
    return AlertRule::tr("%n s", nullptr, seconds);
}

}  // namespace

QString AlertRule::problem() const
{
    if (name.trimmed().isEmpty())
        return tr("Name: give the rule a name.");
    if (seconds < 0 || seconds > MaxSeconds)
        return tr("Duration: from 0 s to 30 days.");
    if (kind == Kind::Offline && seconds < 60)
        return tr("Duration: a device is offline for at least a minute before it counts.");
    if (kind == Kind::Heartbeat && seconds < 1)
        return tr("Duration: the heartbeat needs at least 1 s.");
    switch (scope) {
        case Scope::Home:
            if (homeId <= 0)
                return tr("Scope: pick the home.");
            break;
        case Scope::DeviceClass:
            if (deviceClass.trimmed().isEmpty())
                return tr("Scope: pick the device class.");
            break;
        case Scope::Device:
            if (deviceId <= 0)
                return tr("Scope: enter the device id (a number).");
            break;
        case Scope::AllHomes:
            break;
    }
    switch (kind) {
        case Kind::Heartbeat:
            if (eventType.trimmed().isEmpty())
                return tr("Event type: name the event the devices send regularly, e.g. status.");
            break;
        case Kind::Threshold:
            if (field.trimmed().isEmpty())
                return tr("Field: name the number to watch, e.g. temperature or zones[2].");
            if (!FieldPath::parse(field).isValid())
                return tr("Field: “%1” is not a field path such as temperature or zones[2].")
                    .arg(field);
            if (!std::isfinite(threshold))
                return tr("Threshold: a number.");
            if (!std::isfinite(recoverMargin) || recoverMargin < 0)
                return tr("Recovers: the margin is a number of 0 or more.");
            break;
        case Kind::KeyValueChanged:
            if (scope == Scope::DeviceClass || scope == Scope::Device)
                return tr("Scope: key-value pairs belong to homes; pick all homes or one home.");
            break;
        case Kind::Offline:
            break;
    }
    return {};
}

double AlertRule::recoveryLevel() const
{
    return comparison == Comparison::Above ? threshold - recoverMargin : threshold + recoverMargin;
}

QString AlertRule::conditionText() const
{
    switch (kind) {
        case Kind::Offline:
            return tr("offline for more than %1").arg(duration(seconds));
        case Kind::Heartbeat:
            return tr("no “%1” event for %2").arg(eventType, duration(seconds));
        case Kind::Threshold: {
            const QString what = eventType.isEmpty() ? field : eventType + QLatin1Char('.') + field;
            const bool above = comparison == Comparison::Above;
            const QString condition =
                tr("%1 %2 %3 for %4")
                    .arg(what, above ? QStringLiteral(">") : QStringLiteral("<"))
                    .arg(threshold)
                    .arg(duration(seconds));
            if (recoverMargin <= 0)
                return condition;
            return above ? tr("%1, recovers below %2").arg(condition).arg(recoveryLevel())
                         : tr("%1, recovers above %2").arg(condition).arg(recoveryLevel());
        }
        case Kind::KeyValueChanged:
            return key.isEmpty() ? tr("any key-value pair changed")
                                 : tr("key-value pair “%1” changed").arg(key);
    }
    return {};
}

QString AlertRule::scopeText(const QString &homeName) const
{
    switch (scope) {
        case Scope::AllHomes:
            return tr("all homes");
        case Scope::Home:
            return homeName.isEmpty() ? tr("home %1").arg(homeId) : homeName;
        case Scope::DeviceClass:
            return tr("class %1").arg(deviceClass);
        case Scope::Device:
            return tr("device %1").arg(deviceId);
    }
    return {};
}

QString AlertRule::kindText(Kind kind)
{
    switch (kind) {
        case Kind::Offline:
            return tr("Device offline");
        case Kind::Heartbeat:
            return tr("Heartbeat missing");
        case Kind::Threshold:
            return tr("Field threshold");
        case Kind::KeyValueChanged:
            return tr("Key-value changed");
    }
    return {};
}

QString AlertRule::severityText(Severity severity)
{
    switch (severity) {
        case Severity::High:
            return tr("High");
        case Severity::Moderate:
            return tr("Moderate");
        case Severity::Low:
            return tr("Low");
    }
    return {};
}

QString AlertRule::severityName(Severity severity)
{
    return nameOf(SeverityNames, int(severity));
}

std::optional<AlertRule::Severity> AlertRule::severityFromName(const QString &name)
{
    const auto value = valueOf(SeverityNames, name);
    return value ? std::optional(Severity(*value)) : std::nullopt;
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("enabled"), enabled},
                  {QStringLiteral("kind"), nameOf(KindNames, int(kind))},
                  {QStringLiteral("scope"), nameOf(ScopeNames, int(scope))},
                  {QStringLiteral("severity"), severityName(severity)},
                  {QStringLiteral("seconds"), seconds}};
    if (scope == Scope::Home)
        o.insert(QStringLiteral("homeId"), homeId);
    if (scope == Scope::DeviceClass)
        o.insert(QStringLiteral("deviceClass"), deviceClass);
    if (scope == Scope::Device)
        o.insert(QStringLiteral("deviceId"), deviceId);
    if (kind == Kind::Heartbeat || kind == Kind::Threshold)
        o.insert(QStringLiteral("eventType"), eventType);
    if (kind == Kind::Threshold) {
        o.insert(QStringLiteral("field"), field);
        o.insert(QStringLiteral("comparison"), comparison == Comparison::Above
                                                   ? QStringLiteral("above")
                                                   : QStringLiteral("below"));
        o.insert(QStringLiteral("threshold"), threshold);
        if (recoverMargin > 0)
            o.insert(QStringLiteral("recoverMargin"), recoverMargin);
    }
    if (kind == Kind::KeyValueChanged)
        o.insert(QStringLiteral("key"), key);
    return o;
}

std::optional<AlertRule> AlertRule::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    AlertRule r;
    r.id = o.value(QStringLiteral("id")).toString();
    if (r.id.isEmpty())
        return fail(tr("a rule without an id"));
    r.name = o.value(QStringLiteral("name")).toString();
    r.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    const auto kind = valueOf(KindNames, o.value(QStringLiteral("kind")).toString());
    const auto scope = valueOf(ScopeNames, o.value(QStringLiteral("scope")).toString());
    const auto severity = severityFromName(o.value(QStringLiteral("severity")).toString());
    if (!kind || !scope || !severity)
        return fail(tr("rule “%1”: unknown kind, scope or severity").arg(r.name));
    r.kind = Kind(*kind);
    r.scope = Scope(*scope);
    r.severity = *severity;
    r.seconds = o.value(QStringLiteral("seconds")).toInt(-1);
    r.homeId = o.value(QStringLiteral("homeId")).toInteger();
    r.deviceClass = o.value(QStringLiteral("deviceClass")).toString();
    r.deviceId = o.value(QStringLiteral("deviceId")).toInteger();
    r.eventType = o.value(QStringLiteral("eventType")).toString();
    r.field = o.value(QStringLiteral("field")).toString();
    r.comparison = o.value(QStringLiteral("comparison")).toString() == u"below" ? Comparison::Below
                                                                                : Comparison::Above;
    r.threshold = o.value(QStringLiteral("threshold")).toDouble();
    r.recoverMargin = o.value(QStringLiteral("recoverMargin")).toDouble();
    r.key = o.value(QStringLiteral("key")).toString();
    if (const QString problem = r.problem(); !problem.isEmpty())
        return fail(tr("rule “%1”: %2").arg(r.name, problem));
    return r;
}

}  // namespace ModeDesk
