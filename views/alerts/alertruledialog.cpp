#include "alertruledialog.h"

#include "eventlogmodel.h"
#include "fleet.h"
#include "homesmodel.h"
#include "session.h"
#include "themecolours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>

namespace ModeDesk {

namespace {
constexpr int Units[] = {1, 60, 3600};  // seconds, minutes, hours

// Shows 25 as "25" and 0.125 as "0.125", not "25.000000": thresholds are
// whatever the devices send, so six decimals are allowed but not shown.
class NumberSpinBox : public QDoubleSpinBox
{
public:
    using QDoubleSpinBox::QDoubleSpinBox;

protected:
    QString textFromValue(double value) const override
    {
        QLocale plain = locale();
        plain.setNumberOptions(QLocale::OmitGroupSeparator);
        QString text = plain.toString(value, 'f', decimals());
        const QString point = plain.decimalPoint();
        if (text.contains(point)) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(point))
                text.chop(point.size());
        }
        return text;
    }
};
}  // namespace

AlertRuleDialog::AlertRuleDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("On: the rule is evaluated"), this))
    , m_kind(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_home(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_device(new QLineEdit(this))
    , m_deviceName(new QLabel(this))
    , m_duration(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_eventType(new QLineEdit(this))
    , m_field(new QLineEdit(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(new NumberSpinBox(this))
    , m_margin(new NumberSpinBox(this))
    , m_key(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_fieldCompleter(new QCompleter(new QStringListModel(this), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Alert rule"));
    m_name->setPlaceholderText(tr("e.g. Freezer too warm"));
    m_enabled->setChecked(true);
    for (AlertRule::Kind kind : {AlertRule::Kind::Offline, AlertRule::Kind::Heartbeat,
                                 AlertRule::Kind::Threshold, AlertRule::Kind::KeyValueChanged})
        m_kind->addItem(AlertRule::kindText(kind), int(kind));
    for (AlertRule::Severity severity :
         {AlertRule::Severity::High, AlertRule::Severity::Moderate, AlertRule::Severity::Low})
        m_severity->addItem(AlertRule::severityText(severity), int(severity));
    m_severity->setCurrentIndex(1);
    m_scope->addItem(tr("All homes"), int(AlertRule::Scope::AllHomes));
    m_scope->addItem(tr("One home"), int(AlertRule::Scope::Home));
    m_scope->addItem(tr("A device class"), int(AlertRule::Scope::DeviceClass));
    m_scope->addItem(tr("One device"), int(AlertRule::Scope::Device));
    for (const Home &home : session->homes()->records())
        m_home->addItem(home.name, home.id);
    m_class->setEditable(true);
    m_class->addItems(session->fleet()->deviceClasses());
    m_class->setCurrentIndex(-1);
    m_device->setPlaceholderText(tr("device id, e.g. 1042"));
    m_duration->setRange(0, AlertRule::MaxSeconds);
    m_duration->setValue(5);
    m_unit->addItem(tr("seconds"));
    m_unit->addItem(tr("minutes"));
    m_unit->addItem(tr("hours"));
    m_unit->setCurrentIndex(1);
    m_eventType->setPlaceholderText(tr("e.g. status"));
    m_field->setPlaceholderText(tr("e.g. temperature or zones[2]"));
    m_comparison->addItem(tr("above"), int(AlertRule::Comparison::Above));
    m_comparison->addItem(tr("below"), int(AlertRule::Comparison::Below));
    m_threshold->setRange(-1e12, 1e12);
    m_threshold->setDecimals(6);
    m_margin->setRange(0, 1e12);
    m_margin->setDecimals(6);
    m_margin->setToolTip(
        tr("An alert recovers only once the value is this far back from the "
           "threshold, so a reading that hovers at the threshold does not alert "
           "and recover again and again."));
    m_fieldCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_fieldCompleter->setFilterMode(Qt::MatchContains);
    m_field->setCompleter(m_fieldCompleter);
    m_key->setPlaceholderText(tr("e.g. mode; empty: any pair"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ThemeColours::errorTextStyle(palette()));
    m_problem->setAccessibleName(tr("What is wrong with the rule"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(ThemeColours::warningTextStyle(palette()));
    m_warning->setAccessibleName(tr("What the newest events say against the rule"));

    auto *scopeRow = new QHBoxLayout;
    scopeRow->addWidget(m_scope);
    scopeRow->addWidget(m_home, 1);
    scopeRow->addWidget(m_class, 1);
    scopeRow->addWidget(m_device, 1);
    auto *durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration);
    durationRow->addWidget(m_unit);
    durationRow->addStretch();
    m_thresholdRow = new QHBoxLayout;
    m_thresholdRow->addWidget(m_comparison);
    m_thresholdRow->addWidget(m_threshold, 1);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(QString(), m_enabled);
    m_form->addRow(tr("&When:"), m_kind);
    m_form->addRow(tr("Scope:"), scopeRow);
    m_form->addRow(QString(), m_deviceName);
    m_form->addRow(tr("&Event type:"), m_eventType);
    m_form->addRow(tr("&Field:"), m_field);
    m_form->addRow(tr("Is:"), m_thresholdRow);
    // The row says what the number means; its label still reaches the box (Alt+M).
    auto *marginRow = new QHBoxLayout;
    marginRow->addWidget(m_margin, 1);
    marginRow->addWidget(new QLabel(tr("back past the threshold before it recovers"), this));
    auto *marginLabel = new QLabel(tr("Recovery &margin:"), this);
    marginLabel->setBuddy(m_margin);
    m_form->addRow(marginLabel, marginRow);
    m_marginRow = marginRow;
    m_form->addRow(tr("&Key:"), m_key);
    m_form->addRow(tr("Duration:"), durationRow);
    m_form->addRow(tr("Se&verity:"), m_severity);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(m_warning);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QComboBox *box : {m_kind, m_scope, m_home, m_unit, m_comparison, m_severity})
        connect(box, &QComboBox::currentIndexChanged, this, &AlertRuleDialog::update);
    connect(m_class, &QComboBox::currentTextChanged, this, &AlertRuleDialog::update);
    for (QLineEdit *edit : {m_name, m_device, m_eventType, m_field, m_key})
        connect(edit, &QLineEdit::textChanged, this, &AlertRuleDialog::update);
    connect(m_duration, &QSpinBox::valueChanged, this, &AlertRuleDialog::update);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, this, &AlertRuleDialog::update);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &AlertRuleDialog::update);
    resize(560, sizeHint().height());
    update();
}

void AlertRuleDialog::setRule(const AlertRule &rule)
{
    m_id = rule.id;
    m_name->setText(rule.name);
    m_enabled->setChecked(rule.enabled);
    m_kind->setCurrentIndex(m_kind->findData(int(rule.kind)));
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_scope->setCurrentIndex(m_scope->findData(int(rule.scope)));
    if (rule.scope == AlertRule::Scope::Home) {
        if (m_home->findData(rule.homeId) < 0)
            m_home->addItem(tr("home %1").arg(rule.homeId), rule.homeId);
        m_home->setCurrentIndex(m_home->findData(rule.homeId));
    }
    m_class->setCurrentText(rule.deviceClass);
    m_device->setText(rule.deviceId ? QString::number(rule.deviceId) : QString());
    int unit = 0;
    for (int u = 2; u > 0; --u) {
        if (rule.seconds > 0 && rule.seconds % Units[u] == 0) {
            unit = u;
            break;
        }
    }
    m_unit->setCurrentIndex(unit);
    m_duration->setValue(rule.seconds / Units[unit]);
    m_eventType->setText(rule.eventType);
    m_field->setText(rule.field);
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    m_threshold->setValue(rule.threshold);
    m_margin->setValue(rule.recoverMargin);
    m_key->setText(rule.key);
    update();
}

AlertRule AlertRuleDialog::rule() const
{
    AlertRule r;
    r.id = m_id;
    r.name = m_name->text().trimmed();
    r.enabled = m_enabled->isChecked();
    r.kind = AlertRule::Kind(m_kind->currentData().toInt());
    r.severity = AlertRule::Severity(m_severity->currentData().toInt());
    r.scope = AlertRule::Scope(m_scope->currentData().toInt());
    if (r.scope == AlertRule::Scope::Home)
        r.homeId = m_home->currentData().toLongLong();
    if (r.scope == AlertRule::Scope::DeviceClass)
        r.deviceClass = m_class->currentText().trimmed();
    if (r.scope == AlertRule::Scope::Device)
        r.deviceId = m_device->text().trimmed().toLongLong();
    r.seconds = int(std::min<qint64>(qint64(m_duration->value()) * Units[m_unit->currentIndex()],
                                     qint64(AlertRule::MaxSeconds) + 1));
    if (r.kind == AlertRule::Kind::Heartbeat || r.kind == AlertRule::Kind::Threshold)
        r.eventType = m_eventType->text().trimmed();
    if (r.kind == AlertRule::Kind::Threshold) {
        r.field = m_field->text().trimmed();
        r.comparison = AlertRule::Comparison(m_comparison->currentData().toInt());
        r.threshold = m_threshold->value();
        r.recoverMargin = m_margin->value();
    }
    if (r.kind == AlertRule::Kind::KeyValueChanged)
        r.key = m_key->text().trimmed();
    return r;
}

QString AlertRuleDialog::problem() const
{
    return rule().problem();
}

void AlertRuleDialog::update()
{
    const auto kind = AlertRule::Kind(m_kind->currentData().toInt());
    const auto scope = AlertRule::Scope(m_scope->currentData().toInt());
    const bool threshold = kind == AlertRule::Kind::Threshold;
    m_form->setRowVisible(m_eventType, kind == AlertRule::Kind::Heartbeat || threshold);
    m_eventType->setPlaceholderText(threshold ? tr("e.g. reading; empty: any event")
                                              : tr("e.g. status"));
    m_form->setRowVisible(m_field, threshold);
    m_form->setRowVisible(m_thresholdRow, threshold);
    m_form->setRowVisible(m_marginRow, threshold);
    m_form->setRowVisible(m_key, kind == AlertRule::Kind::KeyValueChanged);
    m_home->setVisible(scope == AlertRule::Scope::Home);
    m_class->setVisible(scope == AlertRule::Scope::DeviceClass);
    m_device->setVisible(scope == AlertRule::Scope::Device);
    // Which device the id names, as far as the fleet knows.
    QString deviceName;
    if (scope == AlertRule::Scope::Device && !m_device->text().trimmed().isEmpty()) {
        const FleetModel *fleet = m_session->fleet()->devices();
        const int row = fleet->rowOf(m_device->text().trimmed().toLongLong());
        deviceName =
            row >= 0
                ? tr("%1 in %2").arg(fleet->record(row).device.name, fleet->record(row).homeName)
                : tr("No device with this id in the fleet (yet).");
    }
    m_deviceName->setText(deviceName);
    m_form->setRowVisible(m_deviceName, !deviceName.isEmpty());
    const QString what = problem();
    m_problem->setText(what);
    m_problem->setVisible(!what.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(what.isEmpty());
    const QString warned = what.isEmpty() ? warning() : QString();
    m_warning->setText(warned);
    m_warning->setVisible(!warned.isEmpty());
}

QString AlertRuleDialog::warning()
{
    const AlertRule r = rule();
    if (r.kind != AlertRule::Kind::Heartbeat && r.kind != AlertRule::Kind::Threshold)
        return {};
    const EventLogModel::FieldSighting seen =
        m_session->eventLog()->fieldSighting(r.eventType, FieldPath::parse(r.field));
    if (m_completedFor != r.eventType || m_fieldCompleter->model()->rowCount() == 0) {
        // The fields the newest events of this type carry, offered as the field is typed.
        m_completedFor = r.eventType;
        static_cast<QStringListModel *>(m_fieldCompleter->model())->setStringList(seen.fields);
    }
    const QString list = QLocale().createSeparatedList(seen.eventTypes.mid(0, 8));
    if (seen.eventTypes.isEmpty())
        return {};  // nothing has come in yet: nothing to say either way
    if (!r.eventType.isEmpty() && seen.events == 0)
        return tr("Event type: no “%1” event among the newest ones (they are %2). Check the "
                  "spelling; the rule waits for it either way.")
            .arg(r.eventType, list);
    if (r.kind == AlertRule::Kind::Threshold && seen.withField == 0) {
        const QString fields = seen.fields.isEmpty()
                                   ? tr("no numbers")
                                   : QLocale().createSeparatedList(seen.fields.mid(0, 8));
        return tr("Field: none of the newest %n event(s) has a number at “%1” (they have %2). "
                  "Check the spelling; the rule waits for it either way.",
                  nullptr, seen.events)
            .arg(r.field, fields);
    }
    return {};
}

}  // namespace ModeDesk
