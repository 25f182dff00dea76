#include "commandcomposer.h"

#include "errortext.h"
#include "jsoneditor.h"
#include "modelroles.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

CommandComposer::CommandComposer(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_completions(new QStringListModel(this))
    , m_filter(new QLineEdit(this))
    , m_targets(new QTableView(this))
    , m_template(new QComboBox(this))
    , m_action(new QLineEdit(this))
    , m_parameters(new JsonEditor(this))
    , m_asHomeEvent(new QCheckBox(
          tr("Send as a home event (needs a project key with the events permission)"), this))
    , m_projectKey(new QLineEdit(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_results(new QTableView(this))
    , m_status(new StatusLine(this))
    , m_projectApi(new ApiClient(this))
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
    m_targets->verticalHeader()->hide();
    m_targets->horizontalHeader()->setStretchLastSection(true);
    for (int c = DevicesModel::TagColumn; c < DevicesModel::ColumnCount; ++c)
        m_targets->hideColumn(c);
    m_targets->setAccessibleName(tr("Target devices"));
    m_targets->setWordWrap(false);
    m_targets->horizontalHeader()->resizeSection(DevicesModel::NameColumn, 190);
    m_targets->horizontalHeader()->resizeSection(DevicesModel::StatusColumn, 90);
    auto *targetBox = new QGroupBox(tr("Targets"), this);
    auto *targetLayout = new QVBoxLayout(targetBox);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(selectAll);
    targetLayout->addLayout(filterRow);
    targetLayout->addWidget(m_targets, 1);

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
    m_parameters->setMinimumHeight(110);
    m_parameters->editor()->setPlaceholderText(
        tr("A JSON object, e.g. {\"zone\": 2, \"duration\": 120}, or empty"));
    m_projectKey->setEchoMode(QLineEdit::Password);
    m_projectKey->setPlaceholderText(
        tr("project key (kept in the system keychain with this profile)"));
    m_projectKey->setAccessibleName(tr("Project key"));
    m_projectKey->setEnabled(false);
    connect(m_asHomeEvent, &QCheckBox::toggled, m_projectKey, &QWidget::setEnabled);
    auto *commandBox = new QGroupBox(tr("Command"), this);
    auto *form = new QFormLayout(commandBox);
    form->addRow(tr("Template:"), templateRow);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Parameters (JSON object):"), m_parameters);
    form->addRow(m_asHomeEvent);
    form->addRow(tr("Project &key:"), m_projectKey);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_status, 1);
    sendRow->addWidget(m_send);
    form->addRow(sendRow);

    // History and results.
    m_results->setModel(&m_history);
    m_results->setItemDelegate(new StateDelegate(m_results));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->resizeSection(CommandHistory::TimeColumn, 150);
    m_results->horizontalHeader()->resizeSection(CommandHistory::DeviceColumn, 180);
    m_results->horizontalHeader()->resizeSection(CommandHistory::ActionColumn, 260);
    m_results->horizontalHeader()->resizeSection(CommandHistory::ResultColumn, 200);
    m_results->setAccessibleName(tr("Sent commands"));
    m_results->setWordWrap(false);
    auto *resendButton = new QPushButton(tr("&Resend selected"), this);
    connect(resendButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_results->currentIndex();
        if (current.isValid())
            resend(current.row());
    });
    auto *historyBox = new QGroupBox(tr("Sent, and what came back"), this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_results, 1);
    auto *resendRow = new QHBoxLayout;
    resendRow->addStretch();
    resendRow->addWidget(resendButton);
    historyLayout->addLayout(resendRow);

    auto *top = new QSplitter(this);
    top->addWidget(targetBox);
    top->addWidget(commandBox);
    top->setStretchFactor(1, 2);
    top->setSizes({440, 560});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(historyBox);
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
        QString error;
        if (key.size() == 2 && m_templates.remove(key.at(0), key.at(1)) &&
            !m_templates.save(&error))
            m_status->showError(tr("Could not save the templates: %1").arg(error));
        updateTemplates();
    });
    connect(m_targets->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateTemplates();
        const int count = int(selectedDeviceRows().size());
        m_send->setText(count > 1 ? tr("&Send to %1 devices").arg(count) : tr("&Send"));
    });
    connect(session->events(), &EventStream::eventsReceived, &m_history,
            &CommandHistory::linkEvents);
    connect(&m_history, &QAbstractItemModel::rowsInserted, m_results, &QTableView::scrollToBottom);
    setStorageFolder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void CommandComposer::setStorageFolder(const QString &folder)
{
    QString error;
    if (!m_history.setStorage(QDir(folder).filePath(QStringLiteral("command-history.jsonl")),
                              &error))
        m_status->showError(tr("Could not read the command history: %1").arg(error));
    if (!m_templates.load(QDir(folder).filePath(QStringLiteral("command-templates.json")), &error))
        m_status->showError(tr("Could not read the command templates: %1").arg(error));
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

void CommandComposer::updateTemplates()
{
    QSet<QString> classes;
    DevicesModel *devices = m_session->home()->devices();
    for (int row : selectedDeviceRows())
        classes.insert(devices->record(row).deviceClass);
    m_template->clear();
    m_template->addItem(tr("(no template)"));
    for (const CommandTemplate &t :
         m_templates.forClasses(QStringList(classes.cbegin(), classes.cend())))
        m_template->addItem(QStringLiteral("%1 — %2").arg(t.deviceClass, t.name),
                            QStringList{t.deviceClass, t.name});
    updateCompletion();
}

void CommandComposer::applyTemplate(int index)
{
    const QStringList key = m_template->itemData(index).toStringList();
    for (const CommandTemplate &t : m_templates.all()) {
        if (key.size() == 2 && t.deviceClass == key.at(0) && t.name == key.at(1)) {
            m_action->setText(t.command.action);
            m_parameters->setValue(t.command.parameters);
            return;
        }
    }
}

void CommandComposer::updateCompletion()
{
    QStringList actions = m_history.recentActions();
    for (const CommandTemplate &t : m_templates.all()) {
        if (!actions.contains(t.command.action))
            actions.append(t.command.action);
    }
    m_completions->setStringList(actions);
}

bool CommandComposer::readCommand(DeviceCommand *command)
{
    command->action = m_action->text().trimmed();
    if (command->action.isEmpty()) {
        m_status->showError(tr("Type an action first."));
        return false;
    }
    QJsonValue parameters;
    QString problem;
    if (m_parameters->text().trimmed().isEmpty()) {
        parameters = QJsonObject();
    } else if (!m_parameters->value(&parameters, &problem)) {
        m_status->showError(tr("The parameters are not valid JSON. %1").arg(problem));
        return false;
    }
    if (!parameters.isObject()) {
        m_status->showError(tr("Parameters must be a JSON object, e.g. {\"zone\": 2}."));
        return false;
    }
    command->parameters = parameters.toObject();
    return true;
}

void CommandComposer::send()
{
    DeviceCommand command;
    if (!readCommand(&command))
        return;
    if (m_asHomeEvent->isChecked()) {
        const qint64 home = m_session->home()->homeId();
        if (m_projectKey->text().trimmed().isEmpty() || home == 0) {
            m_status->showError(
                tr("A home event needs a home and a project key with the events permission."));
            return;
        }
        m_projectApi->setBaseUrl(m_session->profile().apiUrl);
        m_projectApi->setKey(m_projectKey->text().trimmed());
        auto *call = m_projectApi->sendHomeEvent(home, command.action, command.parameters);
        m_status->track(call, tr("Sending the home event…"),
                        tr("Home event “%1” sent.").arg(command.action), {m_send});
        const QString key = m_projectKey->text().trimmed();
        connect(call, &ApiCallBase::succeeded, this, [this, key] { emit projectKeyUsed(key); });
        return;
    }
    const QList<int> rows = selectedDeviceRows();
    if (rows.isEmpty()) {
        m_status->showError(tr("Pick at least one target device (or Select all shown)."));
        return;
    }
    m_pending = int(rows.size());
    m_failures = 0;
    m_send->setEnabled(false);
    m_status->showBusy(tr("Sending to %n device(s)…", nullptr, m_pending));
    DevicesModel *devices = m_session->home()->devices();
    for (int row : rows)
        sendTo(devices->record(row).id, devices->record(row).name, command);
    updateCompletion();
}

void CommandComposer::sendTo(qint64 deviceId, const QString &name, const DeviceCommand &command)
{
    const qint64 id = m_history.recordSent(deviceId, name, command);
    m_session->api()
        ->sendCommand(deviceId, command)
        ->then(
            this,
            [this, id](const NoContent &) {
                m_history.recordResult(id, false, tr("delivered"));
                if (--m_pending == 0) {
                    m_send->setEnabled(true);
                    if (m_failures == 0)
                        m_status->showInfo(
                            tr("Delivered. Replies from the devices show in the history below."));
                    else
                        m_status->showError(
                            tr("%n device(s) did not get the command: see the history below.",
                               nullptr, m_failures));
                }
            },
            [this, id](const ApiError &error) {
                m_history.recordResult(id, true, ErrorText::explain(error));
                ++m_failures;
                if (--m_pending == 0) {
                    m_send->setEnabled(true);
                    m_status->showError(
                        tr("%n device(s) did not get the command: see the history below.", nullptr,
                           m_failures));
                }
            });
}

void CommandComposer::resend(int historyRow)
{
    if (historyRow < 0 || historyRow >= m_history.rowCount())
        return;
    const CommandRecord record = m_history.at(historyRow);
    m_pending = 1;
    m_failures = 0;
    m_send->setEnabled(false);
    m_status->showBusy(tr("Sending again to %1…").arg(record.deviceName));
    sendTo(record.deviceId, record.deviceName, record.command);
}

void CommandComposer::saveTemplate(const QString &name)
{
    DeviceCommand command;
    if (!readCommand(&command))
        return;
    QSet<QString> classes;
    DevicesModel *devices = m_session->home()->devices();
    for (int row : selectedDeviceRows())
        classes.insert(devices->record(row).deviceClass);
    if (classes.isEmpty()) {
        m_status->showError(tr("Pick a device: templates belong to a device class."));
        return;
    }
    for (const QString &deviceClass : classes)
        m_templates.upsert({deviceClass, name, command});
    QString error;
    if (!m_templates.save(&error))
        m_status->showError(tr("Could not save the templates: %1").arg(error));
    else
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
