#include "alertspage.h"

#include "alertruledialog.h"
#include "alerts.h"
#include "askbox.h"
#include "modelroles.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {
void setUpTable(QTableView *table, const QString &name)
{
    table->setItemDelegate(new StateDelegate(table));
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(name);
}
}  // namespace

AlertsPage::AlertsPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_rules(new QTableView(this))
    , m_filter(new AlertLogFilter(this))
    , m_log(new QTableView(this))
    , m_text(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_unacknowledged(new QCheckBox(tr("Not acknowledged only"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggle(new QPushButton(tr("Turn off"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_acknowledgeAll(new QPushButton(tr("Acknowledge all shown"), this))
    , m_openHome(new QPushButton(tr("Open its home"), this))
    , m_counts(new QLabel(this))
    , m_rulesHint(new QLabel(this))
    , m_status(new StatusLine(this))
{
    Alerts *alerts = session->alerts();
    auto *rulesProxy = new KeyedSortProxy(this);
    rulesProxy->setSourceModel(alerts->rules());
    rulesProxy->setSortRole(SortRole);
    rulesProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_rules->setModel(rulesProxy);
    setUpTable(m_rules, tr("Alert rules"));
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->sortByColumn(AlertRulesModel::NameColumn, Qt::AscendingOrder);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::NameColumn, 220);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::SeverityColumn, 100);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::KindColumn, 150);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::ScopeColumn, 170);
    auto *add = new QPushButton(tr("&New rule…"), this);
    auto *rulesBox = new QGroupBox(tr("Rules"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_rules, 1);
    auto *ruleButtons = new QHBoxLayout;
    m_rulesHint->setWordWrap(true);
    ruleButtons->addWidget(m_rulesHint, 1);
    ruleButtons->addWidget(add);
    ruleButtons->addWidget(m_edit);
    ruleButtons->addWidget(m_toggle);
    ruleButtons->addWidget(m_remove);
    rulesLayout->addLayout(ruleButtons);

    m_filter->setSourceModel(alerts->log());
    m_log->setModel(m_filter);
    setUpTable(m_log, tr("Alerts"));
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->sortByColumn(AlertLogModel::TimeColumn, Qt::DescendingOrder);
    const int stamp =
        m_log->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-25 22:22:22")) + 24;
    m_log->horizontalHeader()->resizeSection(AlertLogModel::TimeColumn, stamp);
    m_log->horizontalHeader()->resizeSection(AlertLogModel::StateColumn, 150);
    m_log->horizontalHeader()->resizeSection(AlertLogModel::SeverityColumn, 90);
    m_log->horizontalHeader()->resizeSection(AlertLogModel::RuleColumn, 180);
    m_log->horizontalHeader()->resizeSection(AlertLogModel::HomeColumn, 150);
    m_log->horizontalHeader()->resizeSection(AlertLogModel::DeviceColumn, 150);
    m_text->setPlaceholderText(tr("Filter alerts by rule, home, device or value"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Alert filter"));
    m_severity->setAccessibleName(tr("Severity"));
    m_severity->addItem(tr("Any severity"), -1);
    for (AlertRule::Severity severity :
         {AlertRule::Severity::High, AlertRule::Severity::Moderate, AlertRule::Severity::Low})
        m_severity->addItem(AlertRule::severityText(severity), int(severity));
    auto *logBox = new QGroupBox(tr("Alerts"), this);
    auto *logLayout = new QVBoxLayout(logBox);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_text, 1);
    filterRow->addWidget(m_severity);
    filterRow->addWidget(m_unacknowledged);
    logLayout->addLayout(filterRow);
    logLayout->addWidget(m_log, 1);
    auto *logButtons = new QHBoxLayout;
    logButtons->addWidget(m_counts, 1);
    logButtons->addWidget(m_openHome);
    logButtons->addWidget(m_acknowledge);
    logButtons->addWidget(m_acknowledgeAll);
    logLayout->addLayout(logButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(rulesBox);
    split->addWidget(logBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(add, &QPushButton::clicked, this, &AlertsPage::addRule);
    connect(m_edit, &QPushButton::clicked, this, &AlertsPage::editRule);
    connect(m_rules, &QTableView::doubleClicked, this, &AlertsPage::editRule);
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const QString id = currentRuleId();
        const int row = m_session->alerts()->rules()->rowOf(id);
        if (row >= 0)
            m_session->alerts()->setRuleEnabled(id,
                                                !m_session->alerts()->rules()->record(row).enabled);
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = currentRuleId();
        const int row = m_session->alerts()->rules()->rowOf(id);
        if (row < 0)
            return;
        const QString name = m_session->alerts()->rules()->record(row).name;
        if (AskBox::confirm(this, tr("Remove rule"),
                            tr("Remove the rule “%1”? Its alerts stay in the log.").arg(name)))
            m_session->alerts()->removeRule(id);
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &AlertsPage::acknowledgeAllShown);
    connect(m_openHome, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_log->currentIndex();
        if (current.isValid() && current.data(HomeRole).toLongLong() != 0)
            emit homeRequested(current.data(HomeRole).toLongLong());
    });
    connect(m_text, &QLineEdit::textChanged, m_filter, &AlertLogFilter::setText);
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_severity->currentData().toInt();
        m_filter->setSeverity(value < 0 ? std::nullopt : std::optional(AlertRule::Severity(value)));
    });
    connect(m_unacknowledged, &QCheckBox::toggled, m_filter,
            &AlertLogFilter::setUnacknowledgedOnly);
    connect(m_rules->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsPage::updateButtons);
    connect(m_log->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateButtons);
    connect(alerts->rules(), &QAbstractItemModel::dataChanged, this, &AlertsPage::updateButtons);
    connect(alerts->rules(), &QAbstractItemModel::rowsInserted, this, &AlertsPage::updateButtons);
    connect(alerts->rules(), &QAbstractItemModel::rowsRemoved, this, &AlertsPage::updateButtons);
    connect(alerts->rules(), &QAbstractItemModel::modelReset, this, &AlertsPage::updateButtons);
    connect(alerts, &Alerts::countsChanged, this, &AlertsPage::updateCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AlertsPage::updateCounts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AlertsPage::updateCounts);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AlertsPage::updateCounts);
    // The rules' and the log's files: what could not be read or saved is said here too.
    const auto mine = [](ProfileFiles::File file) {
        return file == ProfileFiles::File::AlertRules || file == ProfileFiles::File::AlertLog;
    };
    connect(session->files(), &ProfileFiles::readFailed, m_status,
            [this, mine](ProfileFiles::File file, const QString &sentence) {
                if (mine(file))
                    m_status->showError(sentence);
            });
    connect(session->files(), &ProfileFiles::writeFailed, m_status,
            [this, mine](ProfileFiles::File file, const QString &reason) {
                if (mine(file))
                    m_status->showError(
                        tr("The alerts could not be saved (%1): they are lost at the next start.")
                            .arg(reason));
            });
    updateButtons();
    updateCounts();
}

QString AlertsPage::currentRuleId() const
{
    const QModelIndex current = m_rules->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void AlertsPage::addRule()
{
    AlertRule start;
    // A home on screen is the likely scope of a new rule.
    if (m_session->home()->homeId() != 0) {
        start.scope = AlertRule::Scope::Home;
        start.homeId = m_session->home()->homeId();
    }
    editInDialog(start, true);
}

void AlertsPage::editRule()
{
    const int row = m_session->alerts()->rules()->rowOf(currentRuleId());
    if (row >= 0)
        editInDialog(m_session->alerts()->rules()->record(row), false);
}

void AlertsPage::editInDialog(const AlertRule &start, bool adding)
{
    AlertRuleDialog dialog(m_session, this);
    dialog.setWindowTitle(adding ? tr("New alert rule") : tr("Edit alert rule"));
    dialog.setRule(start);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AlertRule rule = dialog.rule();
    const QString problem =
        adding ? m_session->alerts()->addRule(rule) : m_session->alerts()->updateRule(rule);
    if (!problem.isEmpty())
        m_status->showError(problem);
    else
        m_status->showInfo(adding ? tr("Added the rule “%1”.").arg(rule.name)
                                  : tr("Saved the rule “%1”.").arg(rule.name));
}

void AlertsPage::acknowledgeSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_log->selectionModel()->selectedRows())
        ids.append(index.data(IdRole).toLongLong());
    m_session->alerts()->acknowledge(ids);
}

void AlertsPage::acknowledgeAllShown()
{
    QList<qint64> ids;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids.append(m_filter->index(row, 0).data(IdRole).toLongLong());
    m_session->alerts()->acknowledge(ids);
}

void AlertsPage::updateButtons()
{
    m_rulesHint->setText(
        m_session->alerts()->rules()->rowCount() == 0
            ? tr("No rules yet. New rule… watches for a device offline too long, a missing "
                 "heartbeat, a reading out of bounds or a changed key-value pair.")
            : tr("Rules are kept with this profile and watch every home it can see."));
    const int row = m_session->alerts()->rules()->rowOf(currentRuleId());
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(row >= 0);
    m_toggle->setEnabled(row >= 0);
    m_toggle->setText(row >= 0 && !m_session->alerts()->rules()->record(row).enabled
                          ? tr("Turn on")
                          : tr("Turn off"));
    const bool picked = m_log->selectionModel()->hasSelection();
    bool unseen = false;  // something picked that is still to be acknowledged
    for (const QModelIndex &index : m_log->selectionModel()->selectedRows()) {
        const int logRow = m_session->alerts()->log()->rowOf(index.data(IdRole).toLongLong());
        if (logRow < 0)
            continue;
        const AlertRecord &r = m_session->alerts()->log()->record(logRow);
        if (r.alerting && !r.acknowledged) {
            unseen = true;
            break;
        }
    }
    m_acknowledge->setEnabled(unseen);
    m_openHome->setEnabled(picked && m_log->currentIndex().data(HomeRole).toLongLong() != 0);
}

void AlertsPage::updateCounts()
{
    Alerts *alerts = m_session->alerts();
    const QLocale locale;
    QString counts = tr("%1 shown · %2 not acknowledged · %3 alerting now")
                         .arg(locale.toString(m_filter->rowCount()),
                              locale.toString(alerts->unacknowledgedCount()),
                              locale.toString(alerts->activeCount()));
    if (!alerts->isEvaluating())
        counts += tr(" · the rules wait while the live link is down");
    m_counts->setText(counts);
    bool unseen = false;  // something shown that is still to be acknowledged
    for (int row = 0; !unseen && row < m_filter->rowCount(); ++row) {
        const AlertRecord &r =
            alerts->log()->record(m_filter->mapToSource(m_filter->index(row, 0)).row());
        unseen = r.alerting && !r.acknowledged;
    }
    m_acknowledgeAll->setEnabled(unseen);
    updateButtons();
}

}  // namespace ModeDesk
