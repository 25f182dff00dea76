#include "claimpanel.h"

#include "claimcode.h"
#include "elidedlabel.h"
#include "session.h"
#include "statusline.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ModeDesk {

ClaimPanel::ClaimPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_target(new ElidedLabel(this))
    , m_code(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_tag(new QLineEdit(this))
    , m_claim(new QPushButton(tr("&Claim"), this))
    , m_claimMode(new QPushButton(tr("Put it in claim &mode"), this))
    , m_status(new StatusLine(this))
    , m_spare(new QLabel(this))
    , m_rehearsalClass(new QComboBox(this))
    , m_rehearse(new QPushButton(tr("&Rehearse with a simulated device"), this))
    , m_sandboxReason(new QLabel(this))
{
    auto *claimBox = new QGroupBox(tr("Claim a device by the code on its label"), this);
    auto *form = new QFormLayout(claimBox);
    m_target->setTextFormat(Qt::PlainText);  // a home's name is the server's text
    m_target->setObjectName(QStringLiteral("claimTarget"));
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKLM"));
    m_code->setFont(QFont(QStringLiteral("monospace")));
    m_code->setMinimumWidth(
        QFontMetrics(m_code->font()).horizontalAdvance(QStringLiteral("ABCD-EFGH-JKLM")) + 24);
    m_code->setMaximumWidth(m_code->minimumWidth() * 2);
    m_code->setAccessibleName(tr("Claim code"));
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_claim);
    codeRow->addWidget(m_claimMode);
    codeRow->addStretch(1);
    m_claimMode->setObjectName(QStringLiteral("claimModeButton"));
    m_claimMode->setToolTip(
        tr("What pressing the device's setup button does: opens its claim "
           "window for 10 minutes (a MODE sandbox only)"));
    m_name->setPlaceholderText(tr("optional: the name it gets, e.g. Water sensor kitchen"));
    m_name->setAccessibleName(tr("Name of the claimed device"));
    m_tag->setPlaceholderText(tr("optional"));
    m_tag->setAccessibleName(tr("Tag of the claimed device"));
    for (QLineEdit *edit : {m_name, m_tag}) {
        edit->setMaximumWidth(m_code->maximumWidth());
        connect(edit, &QLineEdit::returnPressed, this, [this] { claim(m_code->text()); });
    }
    form->addRow(tr("Into:"), m_target);
    form->addRow(tr("Claim code:"), codeRow);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Tag:"), m_tag);
    form->addRow(m_status);

    auto *practiseBox = new QGroupBox(tr("Practise"), this);
    auto *practise = new QVBoxLayout(practiseBox);
    // The local sandbox's demo has a spare device: its code, one click away.
    m_spare->setWordWrap(true);
    m_spare->setTextFormat(Qt::PlainText);
    m_spare->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *rehearseRow = new QHBoxLayout;
    m_rehearsalClass->setEditable(true);
    m_rehearsalClass->setAccessibleName(tr("Device class to rehearse with"));
    m_rehearsalClass->setMinimumContentsLength(12);
    rehearseRow->addWidget(new QLabel(tr("Device class:"), this));
    rehearseRow->addWidget(m_rehearsalClass);
    rehearseRow->addWidget(m_rehearse);
    rehearseRow->addStretch(1);
    m_sandboxReason->setWordWrap(true);
    m_sandboxReason->setTextFormat(Qt::PlainText);
    m_sandboxReason->setObjectName(QStringLiteral("sandboxReason"));
    practise->addWidget(m_spare);
    practise->addLayout(rehearseRow);
    practise->addWidget(m_sandboxReason);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(claimBox);
    layout->addWidget(practiseBox);
    layout->addStretch(1);

    SandboxAdmin *sandbox = session->simulators()->sandbox();
    connect(m_claim, &QPushButton::clicked, this, [this] { claim(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { claim(m_code->text()); });
    connect(m_claimMode, &QPushButton::clicked, this, &ClaimPanel::openClaimWindow);
    connect(m_rehearse, &QPushButton::clicked, this, &ClaimPanel::rehearse);
    connect(sandbox, &SandboxAdmin::accessChanged, this, &ClaimPanel::updateSandbox);
    connect(sandbox, &SandboxAdmin::spareClaimCodeChanged, this, &ClaimPanel::updateSandbox);
    connect(sandbox, &SandboxAdmin::deviceClassesChanged, this, &ClaimPanel::updateSandbox);
    DeviceClaim *claims = session->deviceClaim();
    connect(claims, &DeviceClaim::busyChanged, this, [this](bool busy) {
        // Claim turns off while it works: focus that was on it, or on the code, comes
        // back to the code when it is done (not to whatever Qt moved it to meanwhile).
        if (busy)
            m_focusBackToCode = m_claim->hasFocus() || m_code->hasFocus();
        m_claim->setEnabled(!busy);
        if (busy)
            m_status->showBusy(tr("Claiming %1…").arg(ClaimCode::normalized(m_code->text())));
    });
    connect(claims, &DeviceClaim::finished, this, [this](const DeviceClaim::Outcome &outcome) {
        if (outcome.kind == DeviceClaim::Outcome::Kind::Claimed ||
            outcome.kind == DeviceClaim::Outcome::Kind::AlreadyHere) {
            m_status->showInfo(outcome.text);
            for (QLineEdit *edit : {m_code, m_name, m_tag})
                edit->clear();
        } else {
            m_status->showError(outcome.text);
        }
        if (std::exchange(m_focusBackToCode, false)) {
            m_code->setFocus();
            m_code->selectAll();  // a code that failed is typed over, the next one typed in
        }
    });
    SimulatorFleet *simulators = session->simulators();
    connect(simulators, &SimulatorFleet::rehearsalReady, this, [this](const QString &code) {
        m_code->setText(code);
        m_claim->setFocus();
        m_status->showInfo(
            tr("A simulated device is in claim mode with the code %1: press Claim.").arg(code));
    });
    connect(simulators, &SimulatorFleet::rehearsalFailed, this,
            [this](const QString &why) { m_status->showError(why); });
    connect(session, &Session::homeChanged, this, [this] {
        m_status->clear();
        m_code->clear();
        updateTarget();
    });
    connect(session->homes(), &QAbstractItemModel::dataChanged, this, &ClaimPanel::updateTarget);
    updateTarget();
    updateSandbox();
}

void ClaimPanel::updateTarget()
{
    const int row = m_session->homes()->rowOf(m_session->home()->homeId());
    m_target->setFullText(row >= 0 ? m_session->homes()->record(row).name
                                   : tr("(pick a home on the left)"));
}

void ClaimPanel::updateSandbox()
{
    SandboxAdmin *sandbox = m_session->simulators()->sandbox();
    const bool available = sandbox->isAvailable();
    m_claimMode->setEnabled(available);
    m_rehearse->setEnabled(available);
    m_rehearsalClass->setEnabled(available);
    m_sandboxReason->setText(sandbox->unavailableReason());
    m_sandboxReason->setVisible(!available);
    const QString current = m_rehearsalClass->currentText();
    m_rehearsalClass->clear();
    m_rehearsalClass->addItems(sandbox->deviceClasses());
    if (!current.isEmpty())
        m_rehearsalClass->setCurrentText(current);
    const QString spare = sandbox->spareClaimCode();
    m_spare->setVisible(!spare.isEmpty());
    m_spare->setText(tr("The demo has a spare sensor to practise on: claim code %1. Type it above "
                        "and press Put it in claim mode, then Claim.")
                         .arg(spare));
}

void ClaimPanel::claim(const QString &code)
{
    const qint64 home = m_session->home()->homeId();
    const int row = m_session->homes()->rowOf(home);
    m_session->deviceClaim()->claim(home,
                                    row >= 0 ? m_session->homes()->record(row).name : QString(),
                                    code, m_name->text().trimmed(), m_tag->text().trimmed());
}

void ClaimPanel::openClaimWindow()
{
    SandboxAdmin *sandbox = m_session->simulators()->sandbox();
    if (const QString problem = ClaimCode::problem(m_code->text()); !problem.isEmpty()) {
        m_status->showError(problem);
        return;
    }
    const QString code = ClaimCode::normalized(m_code->text());
    auto *call = sandbox->openClaimWindow(code, 600);
    m_status->track(call, tr("Opening the claim window of %1…").arg(code),
                    tr("%1 is in claim mode for 10 minutes: press Claim.").arg(code),
                    {m_claimMode});
    call->then(
        this, [this](const RegistrationState &) { m_claim->setFocus(); }, [](const ApiError &) {});
}

void ClaimPanel::rehearse()
{
    m_status->showBusy(tr("Making a simulated device…"));
    m_session->simulators()->prepareClaimRehearsal(m_rehearsalClass->currentText());
}

}  // namespace ModeDesk
