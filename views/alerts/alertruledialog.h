// Adds or edits an alert rule: what to watch (kind and its fields), where
// (scope), how bad (severity). The rule is checked as it is typed, and the
// dialog says which field is wrong; OK is enabled only for a usable rule.
#pragma once

#include "alertrule.h"

#include <QDialog>

class QCheckBox;
class QCompleter;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ModeDesk {

class Session;

class AlertRuleDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AlertRuleDialog(Session *session, QWidget *parent = nullptr);

    void setRule(const AlertRule &rule);  // for editing; its id is kept
    AlertRule rule() const;
    // Why the rule as typed cannot be used ("" when it can).
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *homeBox() const { return m_home; }
    QComboBox *classBox() const { return m_class; }
    QLineEdit *deviceEdit() const { return m_device; }
    QComboBox *severityBox() const { return m_severity; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *unitBox() const { return m_unit; }
    QLineEdit *eventTypeEdit() const { return m_eventType; }
    QLineEdit *fieldEdit() const { return m_field; }
    QComboBox *comparisonBox() const { return m_comparison; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *problemLabel() const { return m_problem; }
    // What the newest events say against the rule (an unseen field or type);
    // a warning only: the devices may not have sent it yet.
    QLabel *warningLabel() const { return m_warning; }
    QDoubleSpinBox *marginBox() const { return m_margin; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void update();
    QString warning();  // also fills the field completer

    Session *m_session;
    QString m_id;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QCheckBox *m_enabled;
    QComboBox *m_kind;
    QComboBox *m_severity;
    QComboBox *m_scope;
    QComboBox *m_home;
    QComboBox *m_class;
    QLineEdit *m_device;
    QLabel *m_deviceName;
    QSpinBox *m_duration;
    QComboBox *m_unit;
    QLineEdit *m_eventType;
    QLineEdit *m_field;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QHBoxLayout *m_thresholdRow = nullptr;
    QHBoxLayout *m_marginRow = nullptr;
    QDoubleSpinBox *m_margin;
    QLineEdit *m_key;
    QLabel *m_problem;
    QLabel *m_warning;
    QCompleter *m_fieldCompleter;
    QString m_completedFor;  // the event type the field completer was filled for
    QDialogButtonBox *m_buttons;
};

}  // namespace ModeDesk
