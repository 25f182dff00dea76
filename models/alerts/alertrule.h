// An alert rule, in the shape of MODE's own alerting (conditions, severities
// HIGH / MODERATE / LOW, states ALERTING / RECOVERED): what to watch, where,
// and how bad it is when it happens.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace ModeDesk {

struct AlertRule {
    Q_DECLARE_TR_FUNCTIONS(AlertRule)

public:
    enum class Kind {
        Offline,          // a device offline longer than `seconds`
        Heartbeat,        // no `eventType` event from a device for `seconds`
        Threshold,        // `field` above/below `threshold` for `seconds`
        KeyValueChanged,  // a pair (`key`, or any) of a home changed; recovers after `seconds`
    };
    enum class Scope { AllHomes, Home, DeviceClass, Device };
    enum class Severity { High, Moderate, Low };
    enum class Comparison { Above, Below };

    QString id;  // stable across edits; made when the rule is added
    QString name;
    bool enabled = true;
    Kind kind = Kind::Offline;
    Scope scope = Scope::AllHomes;
    qint64 homeId = 0;    // Scope::Home
    QString deviceClass;  // Scope::DeviceClass
    qint64 deviceId = 0;  // Scope::Device
    Severity severity = Severity::Moderate;
    int seconds = 300;
    QString eventType;  // Heartbeat (required), Threshold (empty: any type)
    QString field;      // Threshold: a FieldPath
    Comparison comparison = Comparison::Above;
    double threshold = 0;
    // Threshold: an alert recovers only once the value is this far back on the
    // safe side ("> 8, recovers below 7.5"), so a reading that hovers at the
    // threshold does not alert and recover at every event.
    double recoverMargin = 0;
    QString key;  // KeyValueChanged: empty for any pair

    bool operator==(const AlertRule &) const = default;

    // Why the rule cannot be used, naming the field at fault ("" when it can).
    QString problem() const;
    // The condition in words: "offline for more than 5 min", "temperature > 30 for 60 s".
    QString conditionText() const;
    // Threshold: the value an alert must get back past to recover.
    double recoveryLevel() const;
    QString scopeText(const QString &homeName = {}) const;

    QJsonObject toJson() const;
    static std::optional<AlertRule> fromJson(const QJsonObject &object, QString *error = nullptr);

    static QString kindText(Kind kind);
    static QString severityText(Severity severity);
    // "HIGH", "MODERATE", "LOW": as MODE writes them, and as the files keep them.
    static QString severityName(Severity severity);
    static std::optional<Severity> severityFromName(const QString &name);
    // The longest N a rule may wait: 30 days.
    static constexpr int MaxSeconds = 30 * 24 * 3600;
};

}  // namespace ModeDesk
