// The owner of alerting, per profile: the rules (kept as JSON in the
// profile's files), the engine that evaluates them on every live batch and
// once a second, and the alert log (each ALERTING and RECOVERED transition,
// as JSON Lines, acknowledged by the operator). Views bind to the rules, the
// log and its filter, and ask this to change them. What cannot be read or
// written is said by ProfileFiles, as for every file of the profile.
#pragma once

#include "alertengine.h"
#include "alertlog.h"
#include "alertrule.h"

#include <QObject>
#include <QTimer>

namespace ModeDesk {

class Fleet;
class HomesModel;
class ProfileFiles;

class Alerts : public QObject
{
    Q_OBJECT

public:
    Alerts(Fleet *fleet, HomesModel *homes, ProfileFiles *files, QObject *parent = nullptr);

    AlertRulesModel *rules() { return &m_rules; }
    AlertLogModel *log() { return &m_log; }

    // Reads the rules and the log of the profile the files are for now (and writes
    // there from now on); with no profile, both are empty.
    void open();

    // "" when done; else why not, naming the field (nothing changes).
    QString addRule(AlertRule rule);
    // Many at once (an import): one evaluation rebuild and one save. Returns
    // the problem of each refused rule, by its position in rules.
    QHash<int, QString> addRules(const QList<AlertRule> &rules);
    QString updateRule(const AlertRule &rule);
    void removeRule(const QString &ruleId);
    void setRuleEnabled(const QString &ruleId, bool enabled);

    void acknowledge(const QList<qint64> &alertIds);
    // Takes out of the log, and its file, every entry of an alert that is over: a
    // device whose newest entry for the rule says RECOVERED. Returns how many went.
    int clearRecovered();
    // Log entries not acknowledged yet that say ALERTING: the count on the window.
    int unacknowledgedCount() const { return m_unacknowledged; }
    // (rule, device) pairs alerting now.
    int activeCount(AlertRule::Severity severity) const { return m_engine.alertingCount(severity); }
    int activeCount() const;
    // How many entries the log keeps in memory (the file keeps more until compacted).
    static constexpr int MaxRecords = 10'000;
    // Rules are evaluated only while the live link is (no news is not bad news).
    bool isEvaluating() const { return m_engine.isLinkLive(); }
    // Every event received has been evaluated (none waits for its slice).
    bool isCaughtUp() const { return m_waiting.isEmpty(); }

public slots:
    // Evaluated in slices of a few ms between other work on the UI thread,
    // in arrival order (transitions may come a moment after the batch).
    void applyEvents(const QList<ModeDesk::Event> &events);
    void setLinkLive(bool live);
    // The time conditions; called once a second by the owner's timer (tests call it).
    void checkClock(const QDateTime &now = QDateTime::currentDateTimeUtc());

signals:
    // A new ALERTING entry (for notifications).
    void alertRaised(const ModeDesk::AlertRecord &record);
    // The unacknowledged or active counts moved, or evaluation paused or resumed.
    void countsChanged();

private:
    void record(const QList<AlertTransition> &transitions);
    void evaluateSlice();
    void saveRules();
    void appendLines(const QList<QJsonObject> &lines);
    void loadRules();
    void loadLog();
    void compactLog();
    void countUnacknowledged();
    void renameInLog();
    void rulesChanged();
    QString admit(AlertRule rule);  // checked and added, without saving

    Fleet *m_fleet;
    HomesModel *m_homes;
    ProfileFiles *m_files;
    AlertRulesModel m_rules;
    AlertLogModel m_log;
    AlertEngine m_engine;
    QTimer m_clock;
    QTimer m_slices;                // evaluates m_waiting a slice at a time
    QList<QList<Event>> m_waiting;  // batches not evaluated yet (shared, not copied)
    qsizetype m_waitingFrom = 0;    // how far into the first one
    qsizetype m_waitingEvents = 0;
    qint64 m_nextId = 1;
    bool m_keepRulesBackup = false;  // the rules file held entries that could not be read
    bool m_logNeedsNewline = false;  // the log file ends in a torn line
    int m_logLines = 0;              // lines in the log file, for compaction
    int m_unacknowledged = 0;
};

}  // namespace ModeDesk
