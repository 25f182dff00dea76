#include "simulatorpage.h"

#include "fleet.h"
#include "jsoneditor.h"
#include "modelformat.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {
QPushButton *button(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    return b;
}
}  // namespace

SimulatorPage::SimulatorPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_fleet(session->simulators())
    , m_list(new QListView(this))
    , m_newClass(new QComboBox(this))
    , m_create(button(tr("&Make"), this))
    , m_pasteId(new QLineEdit(this))
    , m_pasteKey(new QLineEdit(this))
    , m_token(new QLineEdit(this))
    , m_state(new QLabel(this))
    , m_commands(new QListWidget(this))
    , m_eventType(new QLineEdit(QStringLiteral("sim-status"), this))
    , m_eventData(new JsonEditor(this))
    , m_genType(new QLineEdit(QStringLiteral("sim-reading"), this))
    , m_genField(new QLineEdit(QStringLiteral("value"), this))
    , m_genPattern(new QComboBox(this))
    , m_genRate(new QDoubleSpinBox(this))
    , m_genLow(new QDoubleSpinBox(this))
    , m_genHigh(new QDoubleSpinBox(this))
    , m_genToggle(button(tr("Start"), this))
    , m_rules(new QTableView(this))
    , m_claimSeconds(new QSpinBox(this))
    , m_status(new StatusLine(this))
    , m_detail(new QWidget(this))
    , m_makeReason(new QLabel(this))
{
    // Left: the devices played, and three ways to add one.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Simulated devices</b>"), this));
    m_list->setAccessibleName(tr("Simulated devices"));
    m_list->setModel(m_fleet);
    m_list->setItemDelegate(new StateDelegate(m_list));
    leftLayout->addWidget(m_list, 1);
    auto *make = new QGroupBox(tr("New sandbox device"), this);
    auto *makeLayout = new QVBoxLayout(make);
    auto *makeRow = new QHBoxLayout;
    makeRow->addWidget(m_newClass, 1);
    makeRow->addWidget(m_create);
    makeLayout->addLayout(makeRow);
    // Why Make is off (no sandbox admin key), where a disabled button cannot say it.
    m_makeReason->setWordWrap(true);
    m_makeReason->setTextFormat(Qt::PlainText);
    m_makeReason->setObjectName(QStringLiteral("makeReason"));
    makeLayout->addWidget(m_makeReason);
    m_newClass->setAccessibleName(tr("Device class"));
    make->setToolTip(
        tr("Only on a MODE sandbox (with its admin key): it provisions a device "
           "(with a claim code) and plays it."));
    leftLayout->addWidget(make);
    auto *paste = new QGroupBox(tr("A device you have the key of"), this);
    auto *pasteLayout = new QFormLayout(paste);
    m_pasteKey->setEchoMode(QLineEdit::Password);
    m_pasteId->setAccessibleName(tr("Device id"));
    m_pasteKey->setAccessibleName(tr("Device key"));
    auto *addPasted = button(tr("Play it"), this);
    pasteLayout->addRow(tr("Device id:"), m_pasteId);
    pasteLayout->addRow(tr("Device key:"), m_pasteKey);
    pasteLayout->addRow(addPasted);
    leftLayout->addWidget(paste);
    auto *redeem = new QGroupBox(tr("A provisioning token"), this);
    auto *redeemLayout = new QHBoxLayout(redeem);
    m_token->setPlaceholderText(tr("token from a home's device provisioning"));
    m_token->setAccessibleName(tr("Provisioning token"));
    auto *redeemButton = button(tr("Redeem"), this);
    redeemLayout->addWidget(m_token, 1);
    redeemLayout->addWidget(redeemButton);
    leftLayout->addWidget(redeem);

    // Right: the chosen device.
    m_commands->setAccessibleName(tr("Commands received"));
    auto *commandsBox = new QGroupBox(tr("Commands received"), this);
    (new QVBoxLayout(commandsBox))->addWidget(m_commands);
    auto *sendBox = new QGroupBox(tr("Send an event"), this);
    auto *sendForm = new QFormLayout(sendBox);
    m_eventType->setAccessibleName(tr("Event type"));
    m_eventData->setText(QStringLiteral("{\"temperature\": 21.5}"));
    m_eventData->setMaximumHeight(90);
    auto *send = button(tr("Send event"), this);
    sendForm->addRow(tr("Type:"), m_eventType);
    sendForm->addRow(tr("Data (JSON object):"), m_eventData);
    sendForm->addRow(send);
    auto *genBox = new QGroupBox(tr("Generator"), this);
    auto *genForm = new QFormLayout(genBox);
    // Labels above their fields: the column is narrow, and translations are long.
    for (QFormLayout *form : {sendForm, genForm})
        form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_genPattern->addItem(tr("Sine (one minute period)"), int(Generator::Pattern::Sine));
    m_genPattern->addItem(tr("Random walk"), int(Generator::Pattern::RandomWalk));
    m_genPattern->addItem(tr("Counter"), int(Generator::Pattern::Counter));
    m_genPattern->addItem(tr("Constant"), int(Generator::Pattern::Constant));
    m_genRate->setRange(0.1, 200);
    m_genRate->setValue(2);
    m_genRate->setSuffix(tr(" events/s"));
    for (QDoubleSpinBox *spin : {m_genLow, m_genHigh})
        spin->setRange(-1e6, 1e6);
    m_genHigh->setValue(100);
    m_genType->setAccessibleName(tr("Generated event type"));
    m_genField->setAccessibleName(tr("Generated field"));
    m_genLow->setAccessibleName(tr("Lowest value"));
    m_genHigh->setAccessibleName(tr("Highest value"));
    auto *range = new QHBoxLayout;
    range->addWidget(m_genLow);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_genHigh);
    genForm->addRow(tr("Event type / field:"), [&] {
        auto *row = new QHBoxLayout;
        row->addWidget(m_genType);
        row->addWidget(m_genField);
        auto *w = new QWidget(this);
        w->setLayout(row);
        row->setContentsMargins(0, 0, 0, 0);
        return w;
    }());
    genForm->addRow(tr("Pattern:"), m_genPattern);
    genForm->addRow(tr("Rate:"), m_genRate);
    genForm->addRow(tr("Values:"), range);
    genForm->addRow(m_genToggle);
    auto *rulesBox = new QGroupBox(tr("Reply rules"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    m_rules->setModel(&m_ruleModel);
    m_rules->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_rules->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->verticalHeader()->hide();
    m_rules->setAccessibleName(tr("Reply rules"));
    auto *ruleButtons = new QHBoxLayout;
    auto *addRule = button(tr("Add rule"), this);
    auto *removeRule = button(tr("Remove rule"), this);
    ruleButtons->addWidget(addRule);
    ruleButtons->addWidget(removeRule);
    ruleButtons->addStretch();
    ruleButtons->addWidget(new QLabel(tr("Edits apply at once."), this));
    rulesLayout->addWidget(m_rules);
    rulesLayout->addLayout(ruleButtons);
    auto *claimRow = new QHBoxLayout;
    m_claimSeconds->setRange(10, 86400);
    m_claimSeconds->setValue(600);
    m_claimSeconds->setSuffix(tr(" s"));
    m_claimSeconds->setAccessibleName(tr("Claim mode duration"));
    auto *claim = button(tr("Put in claim mode"), this);
    claimRow->addStretch(1);
    claimRow->addWidget(new QLabel(tr("Claim mode for"), this));
    claimRow->addWidget(m_claimSeconds);
    claimRow->addWidget(claim);

    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_state->setWordWrap(true);  // a long device name wraps instead of widening the page
    detailLayout->addWidget(m_state);
    detailLayout->addLayout(claimRow);
    auto *grid = new QHBoxLayout;
    auto *column1 = new QVBoxLayout;
    column1->addWidget(commandsBox, 1);
    column1->addWidget(rulesBox, 1);
    // The narrow right column scrolls rather than making the window taller than a
    // 1280x720 screen (labels sit above their fields there, so it is tall).
    auto *column2 = new QWidget(this);
    auto *column2Layout = new QVBoxLayout(column2);
    column2Layout->setContentsMargins(0, 0, 0, 0);
    column2Layout->addWidget(sendBox);
    column2Layout->addWidget(genBox);
    column2Layout->addStretch();
    auto *column2Scroll = new QScrollArea(this);
    column2Scroll->setWidget(column2);
    column2Scroll->setWidgetResizable(true);
    column2Scroll->setFrameShape(QFrame::NoFrame);
    column2Scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    column2Scroll->setMinimumWidth(column2->minimumSizeHint().width() + 16);
    grid->addLayout(column1, 3);
    grid->addWidget(column2Scroll, 2);
    detailLayout->addLayout(grid, 1);

    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("simulatorSplitter"));
    split->addWidget(left);
    split->addWidget(m_detail);
    split->setStretchFactor(1, 1);
    split->setSizes({260, 1000});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    showDeviceClasses(m_fleet->deviceClasses());
    connect(m_fleet, &SimulatorFleet::deviceClassesChanged, this,
            &SimulatorPage::showDeviceClasses);
    // Said once the profile switch is done (it clears the pages' status lines).
    connect(
        m_fleet, &SimulatorFleet::devicesStopped, m_status,
        [this](int count) {
            m_status->showInfo(
                tr("%n simulated device(s) stopped: they played on the server "
                   "of the profile before. Add them here again to go on.",
                   nullptr, count));
        },
        Qt::QueuedConnection);
    connect(m_fleet->sandbox(), &SandboxAdmin::accessChanged, this,
            [this] { showDeviceClasses(m_fleet->deviceClasses()); });
    connect(m_create, &QPushButton::clicked, this,
            [this] { createSandboxDevice(m_newClass->currentText()); });
    connect(addPasted, &QPushButton::clicked, this, [this] {
        if (addByIdAndKey(m_pasteId->text(), m_pasteKey->text()))
            m_pasteKey->clear();
    });
    connect(redeemButton, &QPushButton::clicked, this,
            [this] { redeemToken(m_token->text().trimmed()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SimulatorPage::showCurrent);
    connect(m_fleet, &QAbstractItemModel::dataChanged, this, &SimulatorPage::showCurrent);
    connect(m_fleet, &QAbstractItemModel::modelReset, this, &SimulatorPage::showCurrent);
    connect(m_fleet, &SimulatorFleet::deviceProblem, this,
            [this](SimulatedDevice *, const QString &problem) { m_status->showError(problem); });
    connect(&m_ruleModel, &ReplyRulesModel::problem, m_status,
            qOverload<const QString &>(&StatusLine::showError));
    connect(send, &QPushButton::clicked, this, &SimulatorPage::sendByHand);
    connect(m_genToggle, &QPushButton::clicked, this, &SimulatorPage::toggleGenerator);
    connect(addRule, &QPushButton::clicked, this, [this] {
        const int row = m_ruleModel.addRule();
        if (row < 0)
            return;
        // The new rule is the current one too, so that Tab moves on within it
        // (an editor opened elsewhere would move on from the old current row).
        const QModelIndex action = m_ruleModel.index(row, ReplyRulesModel::ActionColumn);
        m_rules->setCurrentIndex(action);
        m_rules->edit(action);
    });
    connect(removeRule, &QPushButton::clicked, this,
            [this] { m_ruleModel.removeRule(m_rules->currentIndex().row()); });
    connect(claim, &QPushButton::clicked, this, [this] {
        if (SimulatedDevice *device = current()) {
            auto *call = device->setClaimable(m_claimSeconds->value());
            m_status->track(call, tr("Opening the claim window…"), QString());
            call->then(
                this,
                [this](const RegistrationState &state) {
                    m_status->showInfo(tr("Claimable until %1.")
                                           .arg(ModelFormat::dateTime(state.claimExpirationTime)));
                },
                [](const ApiError &) {});
        }
    });
    showCurrent();
}

void SimulatorPage::showDeviceClasses(const QStringList &deviceClasses)
{
    m_newClass->clear();
    m_newClass->addItems(deviceClasses);
    const bool available = m_fleet->canMakeDevices();
    m_newClass->setEnabled(available && !deviceClasses.isEmpty());
    m_create->setEnabled(available && !deviceClasses.isEmpty());
    const QString reason = m_fleet->sandbox()->unavailableReason();
    m_makeReason->setText(!reason.isEmpty()         ? reason
                          : deviceClasses.isEmpty() ? tr("The sandbox has no device classes yet.")
                                                    : QString());
    m_makeReason->setVisible(!m_makeReason->text().isEmpty());
}

void SimulatorPage::setSandboxAdmin(const QUrl &url, const QString &adminKey,
                                    const QStringList &deviceClasses)
{
    m_fleet->setSandboxAdmin(url, adminKey, deviceClasses);
}

SimulatedDevice *SimulatorPage::addByIdAndKey(const QString &idText, const QString &key)
{
    bool ok = false;
    const qint64 id = idText.trimmed().toLongLong(&ok);
    if (!ok || key.trimmed().isEmpty()) {
        m_status->showError(tr("A device id (a number) and its key are needed."));
        return nullptr;
    }
    // Its name as the fleet knows it (a device of one of the user's homes).
    const int row = m_session->fleet()->devices()->rowOf(id);
    const QString known =
        row >= 0 ? m_session->fleet()->devices()->record(row).device.name : QString();
    return addDevice(id, key.trimmed(), known.isEmpty() ? tr("Device %1").arg(id) : known);
}

SimulatedDevice *SimulatorPage::addDevice(qint64 deviceId, const QString &apiKey,
                                          const QString &name)
{
    SimulatedDevice *device = m_fleet->addDevice(deviceId, apiKey, name);
    pick(device);
    m_status->showInfo(tr("Playing %1.").arg(name));
    return device;
}

void SimulatorPage::pick(qint64 deviceId)
{
    const auto &all = m_fleet->devices();
    for (SimulatedDevice *device : all) {
        if (device->deviceId() == deviceId)
            pick(device);
    }
}

void SimulatorPage::pick(SimulatedDevice *device)
{
    m_list->setCurrentIndex(m_fleet->index(m_fleet->rowOf(device)));
}

void SimulatorPage::createSandboxDevice(const QString &deviceClass)
{
    auto *call = m_fleet->makeSandboxDevice(deviceClass);
    m_status->track(call, tr("Provisioning a %1…").arg(deviceClass), QString(), {m_create});
    call->then(
        this,
        [this](const ProvisionedDevice &made) {
            pick(made.device.id);
            m_status->showInfo(tr("Made %1 (id %2, claim code %3): put it in claim mode, then "
                                  "claim it into a home.")
                                   .arg(current() ? current()->name() : made.device.name)
                                   .arg(made.device.id)
                                   .arg(made.claimCode));
        },
        [](const ApiError &) {});
}

void SimulatorPage::redeemToken(const QString &token)
{
    if (token.isEmpty()) {
        m_status->showError(tr("Paste a provisioning token first."));
        return;
    }
    auto *call = m_fleet->redeemToken(token);
    m_status->track(call, tr("Redeeming the token…"), QString());
    call->then(
        this,
        [this](const Device &made) {
            pick(made.id);
            m_token->clear();
            m_status->showInfo(tr("Joined home %1 as device %2.").arg(made.homeId).arg(made.id));
        },
        [](const ApiError &) {});
}

QList<SimulatedDevice *> SimulatorPage::devices() const
{
    return m_fleet->devices();
}

SimulatedDevice *SimulatorPage::current() const
{
    return m_fleet->device(m_list->currentIndex().row());
}

void SimulatorPage::showCurrent()
{
    SimulatedDevice *device = current();
    m_detail->setEnabled(device != nullptr);
    if (m_ruleModel.device() != device) {
        m_ruleModel.setDevice(device);
        if (m_shownDevice)
            disconnect(m_shownDevice, &SimulatedDevice::commandReceived, this, nullptr);
        m_shownDevice = device;
        if (device)
            connect(device, &SimulatedDevice::commandReceived, this, &SimulatorPage::showReceived);
        showReceived();
    }
    if (!device) {
        m_state->setText(tr("Add a device on the left to play it."));
        return;
    }
    m_state->setText(tr("<b>%1</b> · command socket: %2")
                         .arg(device->name().toHtmlEscaped(),
                              SimulatorFleet::linkStateLabel(device->link()->state())));
    m_genToggle->setText(device->isGenerating() ? tr("Stop") : tr("Start"));
}

void SimulatorPage::showReceived()
{
    m_commands->clear();
    SimulatedDevice *device = current();
    if (!device)
        return;
    for (const ReceivedCommand &r : device->received()) {
        m_commands->addItem(QStringLiteral("%1  %2 %3")
                                .arg(r.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                     r.command.action,
                                     ModelFormat::oneLineJson(r.command.parameters, 120)));
    }
    m_commands->scrollToBottom();
}

void SimulatorPage::sendByHand()
{
    SimulatedDevice *device = current();
    QJsonValue payload;
    QString problem;
    if (!device)
        return;
    if (!m_eventData->value(&payload, &problem) || !payload.isObject()) {
        m_status->showError(problem.isEmpty() ? tr("The payload must be a JSON object.") : problem);
        return;
    }
    auto *call = device->sendEvent(m_eventType->text().trimmed(), payload.toObject());
    m_status->track(call, tr("Sending…"), tr("Sent “%1”.").arg(m_eventType->text().trimmed()));
}

void SimulatorPage::toggleGenerator()
{
    SimulatedDevice *device = current();
    if (!device)
        return;
    if (device->isGenerating()) {
        device->stopGenerator();
        m_status->showInfo(tr("Generator stopped after %n event(s).", nullptr,
                              static_cast<int>(device->generatedCount())));
    } else {
        Generator g;
        g.eventType = m_genType->text().trimmed();
        g.field = m_genField->text().trimmed();
        g.pattern = Generator::Pattern(m_genPattern->currentData().toInt());
        g.ratePerSecond = m_genRate->value();
        g.low = m_genLow->value();
        g.high = m_genHigh->value();
        device->startGenerator(g);
        m_status->showInfo(tr("Sending %1 at %2 events/s.").arg(g.eventType).arg(g.ratePerSecond));
    }
    showCurrent();
}

}  // namespace ModeDesk
