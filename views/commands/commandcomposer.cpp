#include "commandcomposer.h"

#include <algorithm>

#include "errortext.h"
#include "homesmodel.h"
#include "jsoneditor.h"
#include "modelroles.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"
#include "tablesizing.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace ModeDesk {

CommandComposer::CommandComposer(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_history(session->commands())
    , m_historyModel(new CommandHistoryModel(m_history, this))
    , m_templates(session->templates())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_completions(new QStringListModel(this))
    , m_filter(new QLineEdit(this))
    , m_targets(new QTableView(this))
    , m_fleetBanner(new QLabel(this))
    , m_onlineOnly(new QCheckBox(tr("Only the ones &online now"), this))
    , m_homeTargets(new QWidget(this))
    , m_fleetTargetsBox(new QWidget(this))
    , m_template(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_parameters(new JsonEditor(this))
    , m_reply(new QLineEdit(this))
    , m_asHomeEvent(new QCheckBox(
          tr("Send as a home event (needs a project key with the events permission)"), this))
    , m_projectKey(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_results(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new StatusLine(this))
{
    // Targets: the home's devices; pick some, or all that a filter matches.
    m_proxy->setSourceModel(session->home()->devices());
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setPlaceholderText(tr("Filter devices (name, class, tag)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Target filter"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    auto *selectAll = new QPushButton(tr("Select all &shown"), this);
    connect(selectAll, &QPushButton::clicked, this, &CommandComposer::selectMatching);
    m_targets->setModel(m_proxy);
    m_targets->setItemDelegate(new StateDelegate(m_targets));
    m_targets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_targets->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_targets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_targets->setObjectName(QStringLiteral("commandTargets"));
    TableSizing::compactRows(m_targets);
    m_targets->verticalHeader()->hide();
    // The name takes what is left; status and class always show whole, in any language.
    m_targets->horizontalHeader()->setStretchLastSection(false);
    for (int c = DevicesModel::TagColumn; c < DevicesModel::ColumnCount; ++c)
        m_targets->hideColumn(c);
    m_targets->setAccessibleName(tr("Target devices"));
    m_targets->setWordWrap(false);
    m_targets->horizontalHeader()->setSectionResizeMode(DevicesModel::NameColumn,
                                                        QHeaderView::Stretch);
    m_targets->horizontalHeader()->setSectionResizeMode(DevicesModel::StatusColumn,
                                                        QHeaderView::ResizeToContents);
    m_targets->horizontalHeader()->setSectionResizeMode(DevicesModel::ClassColumn,
                                                        QHeaderView::ResizeToContents);
    auto *targetBox = new QGroupBox(tr("Targets"), this);
    auto *targetLayout = new QVBoxLayout(targetBox);
    auto *homeTargetsLayout = new QVBoxLayout(m_homeTargets);
    homeTargetsLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(selectAll);
    homeTargetsLayout->addLayout(filterRow);
    homeTargetsLayout->addWidget(m_targets, 1);
    targetLayout->addWidget(m_homeTargets, 1);
    // Or the devices picked on the Fleet page, across homes.
    auto *fleetLayout = new QVBoxLayout(m_fleetTargetsBox);
    fleetLayout->setContentsMargins(0, 0, 0, 0);
    m_fleetBanner->setWordWrap(true);
    m_fleetBanner->setAccessibleName(tr("Fleet targets"));
    auto *backToHome = new QPushButton(tr("Use this home's devices instead"), m_fleetTargetsBox);
    connect(backToHome, &QPushButton::clicked, this, &CommandComposer::clearFleetTargets);
    m_onlineOnly->setChecked(true);
    m_onlineOnly->setToolTip(tr("MODE delivers a command only to a device that is connected."));
    connect(m_onlineOnly, &QCheckBox::toggled, this, [this] {
        showTargetMode();
        updateForSelection();
        inputEdited();
    });
    fleetLayout->addWidget(m_fleetBanner);
    fleetLayout->addWidget(m_onlineOnly);
    fleetLayout->addWidget(backToHome, 0, Qt::AlignLeft);
    fleetLayout->addStretch(1);
    targetLayout->addWidget(m_fleetTargetsBox, 1);
    m_fleetTargetsBox->hide();

    // The command.
    m_template->setAccessibleName(tr("Template"));
    auto *saveTemplateButton = new QPushButton(tr("Save…"), this);
    saveTemplateButton->setToolTip(
        tr("Save this command as a template for the chosen devices' classes"));
    saveTemplateButton->setAccessibleName(tr("Save as template"));
    auto *deleteTemplate = new QPushButton(tr("Delete"), this);
    deleteTemplate->setToolTip(tr("Delete the chosen template"));
    deleteTemplate->setAccessibleName(tr("Delete template"));
    m_template->setMinimumWidth(200);
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_template, 1);
    templateRow->addWidget(saveTemplateButton);
    templateRow->addWidget(deleteTemplate);
    auto *completer = new QCompleter(m_completions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_action->setCompleter(completer);
    m_action->setPlaceholderText(tr("e.g. set-setpoint"));
    m_action->setAccessibleName(tr("Action"));
    // Parameters are a line or a few ({"setpoint": 21}): the editor is sized for five
    // lines, and scrolls beyond, so that the history below keeps its rows on a laptop.
    const int line = m_parameters->editor()->fontMetrics().lineSpacing();
    m_parameters->setMinimumHeight(3 * line + 12);
    m_parameters->setMaximumHeight(5 * line + 12);
    m_reply->setPlaceholderText(tr("e.g. pong; empty: no particular answer awaited"));
    m_reply->setAccessibleName(tr("Reply event type"));
    m_reply->setToolTip(
        tr("The event type the device answers this command with. The command "
           "counts as answered only by that event (or by command-rejected)."));
    m_parameters->editor()->setPlaceholderText(
        tr("A JSON object, e.g. {\"zone\": 2, \"duration\": 120}, or empty"));
    m_projectKey->setEchoMode(QLineEdit::Password);
    m_projectKey->setPlaceholderText(
        tr("project key (kept in the system keychain with this profile)"));
    m_projectKey->setAccessibleName(tr("Project key"));
    m_projectKey->setEnabled(false);
    connect(m_asHomeEvent, &QCheckBox::toggled, m_projectKey, &QWidget::setEnabled);
    connect(m_asHomeEvent, &QCheckBox::toggled, this, &CommandComposer::inputEdited);
    connect(m_projectKey, &QLineEdit::textChanged, this, &CommandComposer::inputEdited);
    auto *commandBox = new QGroupBox(tr("Command"), this);
    auto *form = new QFormLayout(commandBox);
    form->addRow(tr("Template:"), templateRow);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Parameters (JSON object):"), m_parameters);
    form->addRow(tr("&Reply event:"), m_reply);
    form->addRow(m_asHomeEvent);
    form->addRow(tr("Project &key:"), m_projectKey);
    auto *sendRow = new QHBoxLayout;
    sendRow->addStretch(1);
    sendRow->addWidget(m_send);
    form->addRow(sendRow);
    form->addRow(m_status);  // its own full-width row: a long error wraps, never cut

    // History and results.
    m_results->setModel(m_historyModel);
    m_results->setItemDelegate(new StateDelegate(m_results));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    TableSizing::compactRows(m_results);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSectionResizeMode(CommandHistoryModel::TimeColumn,
                                                        QHeaderView::ResizeToContents);
    // Sized for the ~700 px the table has on a laptop; a cut cell shows whole in its tooltip.
    m_results->horizontalHeader()->resizeSection(CommandHistoryModel::HomeColumn, 100);
    m_results->horizontalHeader()->resizeSection(CommandHistoryModel::DeviceColumn, 120);
    m_results->horizontalHeader()->resizeSection(CommandHistoryModel::ActionColumn, 130);
    m_results->horizontalHeader()->resizeSection(CommandHistoryModel::ResultColumn, 170);
    m_results->setTextElideMode(Qt::ElideMiddle);
    m_results->setAccessibleName(tr("Sent commands"));
    m_results->setObjectName(QStringLiteral("commandHistory"));
    m_results->setWordWrap(false);
    auto *resendButton = new QPushButton(tr("&Resend selected"), this);
    m_resend = resendButton;
    resendButton->setEnabled(false);  // until a command is chosen
    connect(resendButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_results->currentIndex();
        if (current.isValid())
            resend(current.row());
    });
    auto *historyBox = new QGroupBox(tr("Sent, and what came back"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("The chosen command, its outcome and its reply"));
    m_details->setPlaceholderText(tr("Select a command to see its outcome and the whole reply."));
    // The details beside the table: the reply reads whole without taking height.
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_results, 3);
    historyRow->addWidget(m_details, 1);
    historyLayout->addLayout(historyRow, 1);
    auto *resendRow = new QHBoxLayout;
    resendRow->addStretch();
    resendRow->addWidget(resendButton);
    historyLayout->addLayout(resendRow);

    auto *top = new QSplitter(this);
    top->setObjectName(QStringLiteral("commandsTopSplitter"));
    top->addWidget(targetBox);
    top->addWidget(commandBox);
    top->setStretchFactor(1, 2);
    top->setSizes({440, 560});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("commandsSplitter"));
    split->addWidget(top);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 0);  // a taller window gives its height to the history
    split->setStretchFactor(1, 1);
    // Ten targets in view (or the form at its smallest, if taller); the history the rest.
    const int tenTargets = targetBox->sizeHint().height() - m_targets->sizeHint().height() +
                           m_targets->horizontalHeader()->sizeHint().height() +
                           10 * m_targets->verticalHeader()->defaultSectionSize() +
                           2 * m_targets->frameWidth();
    split->setSizes({std::max(top->minimumSizeHint().height(), tenTargets), 10'000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_send, &QPushButton::clicked, this, &CommandComposer::send);
    connect(m_action, &QLineEdit::returnPressed, this, &CommandComposer::send);
    connect(m_template, &QComboBox::activated, this, &CommandComposer::applyTemplate);
    connect(saveTemplateButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save template"), tr("Template name:"),
                                                   QLineEdit::Normal, m_action->text(), &ok);
        if (ok && !name.trimmed().isEmpty())
            saveTemplate(name.trimmed());
    });
    connect(deleteTemplate, &QPushButton::clicked, this, [this] {
        const QStringList key = m_template->currentData().toStringList();
        if (key.size() == 2 && m_templates->remove(key.at(0), key.at(1)))
            m_templates->save();  // a failure is said by the files (below)
        updateTemplates();
    });
    connect(m_targets->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommandComposer::updateForSelection);
    connect(m_targets->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CommandComposer::inputEdited);
    connect(m_action, &QLineEdit::textChanged, this, &CommandComposer::inputEdited);
    connect(m_parameters->editor(), &QPlainTextEdit::textChanged, this,
            &CommandComposer::inputEdited);
    // Another home resets the devices without a selection signal: recount.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CommandComposer::updateForSelection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CommandComposer::updateForSelection);
    connect(session, &Session::homeChanged, this, [this] {
        m_status->clear();
        updateForSelection();
    });
    // Fleet targets follow the fleet: a removed device leaves the count, another user drops them.
    connect(session->fleet()->devices(), &QAbstractItemModel::rowsRemoved, this, [this] {
        if (hasFleetTargets()) {
            showTargetMode();
            updateForSelection();
        }
    });
    connect(session->fleet()->devices(), &QAbstractItemModel::modelReset, this,
            &CommandComposer::clearFleetTargets);
    // Who is online changes live: the banner and the count follow, a few times a second.
    m_fleetRecount.setSingleShot(true);
    m_fleetRecount.setInterval(250);
    connect(&m_fleetRecount, &QTimer::timeout, this, [this] {
        showTargetMode();
        updateSendButton();
    });
    connect(session->fleet()->devices(), &QAbstractItemModel::dataChanged, this, [this] {
        if (hasFleetTargets() && !m_fleetRecount.isActive())
            m_fleetRecount.start();
    });
    connect(m_historyModel, &QAbstractItemModel::rowsInserted, m_results,
            &QTableView::scrollToBottom);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CommandComposer::showDetails);
    // Another profile's history (a reset) leaves nothing chosen: no details, no resend.
    connect(m_historyModel, &QAbstractItemModel::modelReset, this, &CommandComposer::showDetails);
    connect(m_historyModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &first, const QModelIndex &last) {
                const int row = m_results->currentIndex().row();
                if (row >= first.row() && row <= last.row())
                    showDetails();
            });
    connect(m_history, &CommandHistory::batchFinished, this, &CommandComposer::reportBatch);
    // The reply type follows the action while the user has not typed one of their own.
    connect(m_action, &QLineEdit::textChanged, this, [this](const QString &action) {
        if (m_reply->text() != m_suggestedReply)
            return;
        m_suggestedReply = m_templates->replyTypeFor(action.trimmed());
        m_reply->setText(m_suggestedReply);
    });
    // The templates' and the history's files: what could not be read or saved is said here.
    connect(session->files(), &ProfileFiles::readFailed, this,
            [this](ProfileFiles::File file, const QString &sentence) {
                if (file == ProfileFiles::File::CommandTemplates ||
                    file == ProfileFiles::File::CommandHistory)
                    m_status->showError(sentence);
                if (file == ProfileFiles::File::CommandTemplates)
                    updateTemplates();
            });
    connect(session->files(), &ProfileFiles::writeFailed, this,
            [this](ProfileFiles::File file, const QString &reason) {
                if (file == ProfileFiles::File::CommandTemplates)
                    m_status->showError(tr("The templates could not be saved (%1).").arg(reason));
                else if (file == ProfileFiles::File::CommandHistory)
                    m_status->showError(
                        tr("The command history could not be saved (%1): what is sent now is "
                           "not kept for the next start.")
                            .arg(reason));
            });
    updateTemplates();
    updateCompletion();
}

QList<int> CommandComposer::selectedDeviceRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_targets->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void CommandComposer::selectMatching()
{
    m_targets->selectAll();
}

TargetChoice CommandComposer::choice() const
{
    // What was picked, by id; which of them get the command is the owner's rule.
    FleetModel *store = m_session->fleet()->devices();
    if (hasFleetTargets())
        return chooseTargets(*store, m_fleetTargets, m_onlineOnly->isChecked());
    QList<qint64> picked;
    DevicesModel *devices = m_session->home()->devices();
    for (int row : selectedDeviceRows())
        picked.append(devices->record(row).id);
    return chooseTargets(*store, picked, false);
}

void CommandComposer::setFleetTargets(const QList<qint64> &deviceIds)
{
    m_fleetTargets = deviceIds;
    showTargetMode();
    updateForSelection();
    inputEdited();  // a message about the earlier pick no longer holds
}

void CommandComposer::clearFleetTargets()
{
    m_fleetTargets.clear();
    showTargetMode();
    updateForSelection();
    inputEdited();
}

void CommandComposer::showTargetMode()
{
    const bool fleet = !m_fleetTargets.isEmpty();
    m_homeTargets->setVisible(!fleet);
    m_fleetTargetsBox->setVisible(fleet);
    if (!fleet)
        return;
    const FleetModel *devices = m_session->fleet()->devices();
    // As a send of "only the ones online now" would take them: who is left out, and why.
    const TargetChoice picked = chooseTargets(*devices, m_fleetTargets, true);
    const int known = picked.picked - picked.gone;
    const int offline = picked.offline;
    QString text = tr("<b>%n device(s)</b> picked on the Fleet page", nullptr, known) +
                   tr(", in %n home(s).", nullptr, int(picked.homes.size()));
    if (!devices->isLinkLive())
        text += tr("<br>Who is online is not known while the live link is down.");
    else if (offline > 0 && offline == known)
        text +=
            tr("<br><b>All of them are offline now</b>: a command reaches only a connected "
               "device.");
    else if (offline > 0)
        text +=
            tr("<br><b>%n of them offline now</b>: a command reaches only a connected "
               "device.",
               nullptr, offline);
    if (devices->isLinkLive() && picked.unknown > 0)  // the link is up: as last seen
        text +=
            tr("<br>%n of them as last seen: whether they are online is known once "
               "their home is read.",
               nullptr, picked.unknown);
    text += tr("<br>Each gets the command; outcomes and replies show below.");
    m_fleetBanner->setText(text);
}

void CommandComposer::updateForSelection()
{
    updateTemplates();
    updateSendButton();
}

void CommandComposer::updateSendButton()
{
    const TargetChoice chosen = choice();
    const int count = int(chosen.targets.size());
    // Nothing to send to: it looks so, and its tooltip says what to do.
    const bool noneOnline = count == 0 && (chosen.offline > 0 || chosen.unknown > 0);
    m_send->setEnabled(!noneOnline && !m_sending);
    m_send->setToolTip(noneOnline ? chosen.problem() : QString());
    if (noneOnline)
        m_send->setText(chosen.unknown > 0 ? tr("&Send (none known online)")
                                           : tr("&Send (none online)"));
    else
        m_send->setText(count > 1 ? tr("&Send to %1 devices").arg(count) : tr("&Send"));
}

void CommandComposer::updateTemplates()
{
    const QSet<QString> classes = choice().deviceClasses;
    m_template->clear();
    m_template->addItem(tr("(no template)"));
    for (const CommandTemplate &t :
         m_templates->forClasses(QStringList(classes.cbegin(), classes.cend())))
        m_template->addItem(QStringLiteral("%1 — %2").arg(t.deviceClass, t.name),
                            QStringList{t.deviceClass, t.name});
    updateCompletion();
}

void CommandComposer::applyTemplate(int index)
{
    const QStringList key = m_template->itemData(index).toStringList();
    for (const CommandTemplate &t : m_templates->all()) {
        if (key.size() == 2 && t.deviceClass == key.at(0) && t.name == key.at(1)) {
            m_action->setText(t.command.action);
            m_parameters->setValue(t.command.parameters);
            m_suggestedReply = t.replyType;
            m_reply->setText(t.replyType);
            return;
        }
    }
}

void CommandComposer::updateCompletion()
{
    QStringList actions = m_history->recentActions();
    for (const CommandTemplate &t : m_templates->all()) {
        if (!actions.contains(t.command.action))
            actions.append(t.command.action);
    }
    m_completions->setStringList(actions);
}

void CommandComposer::showInputProblem(const QString &problem)
{
    m_status->showError(problem);
    m_inputProblemShown = true;
}

void CommandComposer::inputEdited()
{
    // The message was about what the user has just changed: it no longer holds.
    if (!m_inputProblemShown)
        return;
    m_inputProblemShown = false;
    m_status->clear();
}

bool CommandComposer::readCommand(DeviceCommand *command)
{
    command->action = m_action->text().trimmed();
    if (const QString problem = CommandHistory::actionProblem(command->action);
        !problem.isEmpty()) {
        showInputProblem(problem);  // nothing is sent
        return false;
    }
    QJsonValue parameters;
    QString problem;
    if (m_parameters->text().trimmed().isEmpty()) {
        parameters = QJsonObject();
    } else if (!m_parameters->value(&parameters, &problem)) {
        showInputProblem(tr("The parameters are not valid JSON. %1").arg(problem));
        return false;
    }
    if (!parameters.isObject()) {
        showInputProblem(tr("Parameters must be a JSON object, e.g. {\"zone\": 2}."));
        return false;
    }
    command->parameters = parameters.toObject();
    return true;
}

void CommandComposer::send()
{
    m_inputProblemShown = false;  // whatever shows next is this attempt's
    DeviceCommand command;
    if (!readCommand(&command))
        return;
    if (m_asHomeEvent->isChecked()) {
        const qint64 home = m_session->home()->homeId();
        if (m_projectKey->text().trimmed().isEmpty() || home == 0) {
            showInputProblem(
                tr("A home event needs a home and a project key with the events permission."));
            return;
        }
        const QString key = m_projectKey->text().trimmed();
        auto *call = m_history->sendHomeEvent(key, home, command.action, command.parameters);
        m_status->track(call, tr("Sending the home event…"),
                        tr("Home event “%1” sent.").arg(command.action), {m_send});
        connect(call, &ApiCallBase::succeeded, this, [this, key] { emit projectKeyUsed(key); });
        return;
    }
    const TargetChoice chosen = choice();
    const QList<CommandTarget> &targets = chosen.targets;
    if (targets.isEmpty()) {
        showInputProblem(chosen.problem());
        return;
    }
    m_status->showBusy(tr("Sending to %n device(s)…", nullptr, int(targets.size())));
    m_sending = true;  // not twice by accident; on again when this batch ends
    updateSendButton();
    m_lastBatch = m_history->send(targets, command, m_reply->text().trimmed());
    updateCompletion();
}

void CommandComposer::resend(int historyRow)
{
    if (historyRow < 0 || historyRow >= m_history->size())
        return;
    m_status->showBusy(tr("Sending again to %1…").arg(m_history->at(historyRow).deviceName));
    m_lastBatch = m_history->resend(historyRow);
}

void CommandComposer::reportBatch(qint64 batchId, const QString &action, int delivered,
                                  int notDelivered)
{
    // Each batch reports its own counts; an older one finishing later says which it was.
    const QString which = batchId == m_lastBatch ? QString() : tr("Earlier “%1”: ").arg(action);
    if (batchId == m_lastBatch) {
        m_sending = false;
        updateSendButton();
    }
    if (notDelivered == 0)
        m_status->showInfo(which + tr("Delivered to %n device(s); outcomes and replies show in "
                                      "the history below.",
                                      nullptr, delivered));
    else
        m_status->showError(which + tr("%n device(s) did not get the command: see the history "
                                       "below.",
                                       nullptr, notDelivered));
}

void CommandComposer::showDetails()
{
    const QModelIndex current = m_results->currentIndex();
    m_details->setPlainText(current.isValid() ? m_historyModel->details(current.row()) : QString());
    m_resend->setEnabled(current.isValid());
}

void CommandComposer::saveTemplate(const QString &name)
{
    DeviceCommand command;
    if (!readCommand(&command))
        return;
    const QSet<QString> classes = choice().deviceClasses;
    if (classes.isEmpty()) {
        m_status->showError(tr("Pick a device: templates belong to a device class."));
        return;
    }
    for (const QString &deviceClass : classes)
        m_templates->upsert({deviceClass, name, command, m_reply->text().trimmed()});
    if (m_templates->save())  // else the files say why (above)
        m_status->showInfo(tr("Saved the template “%1”.").arg(name));
    updateTemplates();
}

void CommandComposer::setProjectKey(const QString &key)
{
    m_projectKey->setText(key);
    if (key.isEmpty())
        m_asHomeEvent->setChecked(false);
}

}  // namespace ModeDesk
