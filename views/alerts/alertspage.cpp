#include "alertspage.h"

#include "alertgroupsmodel.h"
#include "alertruledialog.h"
#include "alerts.h"
#include "askbox.h"
#include "modelroles.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"
#include "tablesizing.h"

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
#include <QTreeView>
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
    , m_groups(new AlertGroupsModel(m_filter, session->alerts()->log(), this))
    , m_log(new QTreeView(this))
    , m_text(new QLineEdit(this))
    , m_severity(new QComboBox(this))
    , m_unacknowledged(new QCheckBox(tr("Not acknowledged only"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_toggle(new QPushButton(tr("Turn off"), this))
    , m_remove(new QPushButton(tr("Remove…"), this))
    , m_acknowledge(new QPushButton(tr("Acknowledge"), this))
    , m_acknowledgeAll(new QPushButton(tr("Acknowledge all shown"), this))
    , m_clearRecovered(new QPushButton(tr("Clear recovered"), this))
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
    TableSizing::compactRows(m_rules);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->sortByColumn(AlertRulesModel::NameColumn, Qt::AscendingOrder);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::NameColumn, 220);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::SeverityColumn, 100);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::KindColumn, 150);
    m_rules->horizontalHeader()->resizeSection(AlertRulesModel::ScopeColumn, 170);
    TableSizing::atLeastTitles(m_rules->horizontalHeader());
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
    m_log->setModel(m_groups);
    m_log->setItemDelegate(new StateDelegate(m_log));
    m_log->setSortingEnabled(true);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_log->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_log->setUniformRowHeights(true);
    m_log->setAllColumnsShowFocus(true);
    m_log->setWordWrap(false);
    m_log->setAccessibleName(tr("Alerts"));
    m_log->setObjectName(QStringLiteral("alertLog"));
    m_log->header()->setStretchLastSection(true);
    m_log->header()->setDefaultAlignment(Qt::AlignCenter);  // as the tables' titles
    m_log->sortByColumn(AlertLogModel::TimeColumn, Qt::DescendingOrder);
    const int stamp =
        m_log->fontMetrics().horizontalAdvance(QStringLiteral("2026-11-25 22:22:22")) + 48;
    m_log->header()->resizeSection(AlertLogModel::TimeColumn, stamp);
    // Sized for a laptop (the tree is ~970 px wide at 1280x720): the value keeps room.
    m_log->header()->resizeSection(AlertLogModel::StateColumn, 140);
    m_log->header()->resizeSection(AlertLogModel::SeverityColumn, 90);
    m_log->header()->resizeSection(AlertLogModel::RuleColumn, 180);
    m_log->header()->resizeSection(AlertLogModel::HomeColumn, 120);
    m_log->header()->resizeSection(AlertLogModel::DeviceColumn, 120);
    m_log->setTextElideMode(Qt::ElideMiddle);  // the whole text is in the tooltip
    TableSizing::atLeastTitles(m_log->header());
    m_clearRecovered->setToolTip(
        tr("Takes the alerts that are over out of the log: every entry of a device whose "
           "newest entry for the rule says Recovered."));
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
    logButtons->addWidget(m_clearRecovered);
    logLayout->addLayout(logButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("alertsSplitter"));
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
        if (row >= 0) {
            const AlertRule rule = m_session->alerts()->rules()->record(row);
            m_session->alerts()->setRuleEnabled(id, !rule.enabled);
            m_status->showInfo(rule.enabled ? tr("Turned off the rule “%1”.").arg(rule.name)
                                            : tr("Turned on the rule “%1”.").arg(rule.name));
        }
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString id = currentRuleId();
        const int row = m_session->alerts()->rules()->rowOf(id);
        if (row < 0)
            return;
        const QString name = m_session->alerts()->rules()->record(row).name;
        if (!AskBox::confirm(this, tr("Remove rule"),
                             tr("Remove the rule “%1”? Its alerts stay in the log.").arg(name)))
            return;
        m_session->alerts()->removeRule(id);
        m_status->showInfo(tr("Removed the rule “%1”; its alerts stay in the log (Clear "
                              "recovered takes out those that are over).")
                               .arg(name));
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelected);
    connect(m_acknowledgeAll, &QPushButton::clicked, this, &AlertsPage::acknowledgeAllShown);
    connect(m_clearRecovered, &QPushButton::clicked, this, &AlertsPage::clearRecovered);
    connect(m_log, &QTreeView::expanded, this,
            [this](const QModelIndex &index) { m_openRules.insert(m_groups->ruleIdOf(index)); });
    connect(m_log, &QTreeView::collapsed, this,
            [this](const QModelIndex &index) { m_openRules.remove(m_groups->ruleIdOf(index)); });
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this,
            &AlertsPage::rememberOpenAndPicked);
    connect(m_groups, &QAbstractItemModel::modelReset, this, &AlertsPage::reopenAndRepick);
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
    connect(m_groups, &QAbstractItemModel::modelReset, this, &AlertsPage::updateCounts);
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

QList<qint64> AlertsPage::pickedAlertIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_log->selectionModel()->selectedRows())
        ids += m_groups->alertIdsOf(index);
    return ids;
}

void AlertsPage::acknowledgeSelected()
{
    m_session->alerts()->acknowledge(pickedAlertIds());
}

void AlertsPage::acknowledgeAllShown()
{
    QList<qint64> ids;
    for (int row = 0; row < m_groups->rowCount(); ++row)
        ids += m_groups->alertIdsOf(m_groups->index(row, 0));
    m_session->alerts()->acknowledge(ids);
}

void AlertsPage::clearRecovered()
{
    const int cleared = m_session->alerts()->clearRecovered();
    if (cleared == 0)
        m_status->showInfo(tr("Nothing to clear: no alert in the log is over."));
    else
        m_status->showInfo(tr("Cleared %n entries of alerts that are over.", nullptr, cleared));
}

void AlertsPage::rememberOpenAndPicked()
{
    m_pickedRules.clear();
    m_pickedEntries.clear();
    for (const QModelIndex &index : m_log->selectionModel()->selectedRows()) {
        if (index.parent().isValid() || m_groups->rowCount(index) == 0) {
            const QList<qint64> ids = m_groups->alertIdsOf(index);
            m_pickedEntries.unite(QSet<qint64>(ids.cbegin(), ids.cend()));
        } else
            m_pickedRules.insert(m_groups->ruleIdOf(index));
    }
    const QModelIndex current = m_log->currentIndex();
    m_currentRule = m_groups->ruleIdOf(current);
    const QList<qint64> currentIds = m_groups->alertIdsOf(current);
    m_currentEntry = currentIds.size() == 1 ? currentIds.first() : 0;
}

void AlertsPage::reopenAndRepick()
{
    QItemSelection selection;
    QModelIndex current;
    const auto pick = [&](const QModelIndex &row) {
        selection.select(row, row.siblingAtColumn(AlertLogModel::ColumnCount - 1));
    };
    for (int g = 0; g < m_groups->rowCount(); ++g) {
        const QModelIndex group = m_groups->index(g, 0);
        const QString rule = m_groups->ruleIdOf(group);
        const int entries = m_groups->rowCount(group);
        if (m_openRules.contains(rule))
            m_log->expand(group);
        const QList<qint64> ids = m_groups->alertIdsOf(group);
        if (rule == m_currentRule)
            current = group;
        if (m_pickedRules.contains(rule) || (entries == 0 && m_pickedEntries.contains(ids.first())))
            pick(group);
        for (int e = 0; e < entries && !m_pickedEntries.isEmpty(); ++e) {
            if (m_pickedEntries.contains(ids.at(e)))
                pick(m_groups->index(e, 0, group));
            if (ids.at(e) == m_currentEntry && m_openRules.contains(rule))
                current = m_groups->index(e, 0, group);
        }
    }
    if (current.isValid())
        m_log->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    m_log->selectionModel()->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
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
    for (qint64 id : pickedAlertIds()) {
        const int logRow = m_session->alerts()->log()->rowOf(id);
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
                         .arg(locale.toString(m_groups->entryCount()),
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
    m_clearRecovered->setEnabled(alerts->log()->rowCount() > 0);
    updateButtons();
}

}  // namespace ModeDesk
