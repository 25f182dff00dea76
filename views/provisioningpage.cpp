#include "provisioningpage.h"

#include "claimcode.h"
#include "errortext.h"
#include "qrcodeimage.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {
// What to do about a claim that failed, in a technician's words.
QString claimAdvice(const ApiError &error)
{
    if (error.reason == QLatin1String("DEVICE_NOT_CLAIMABLE"))
        return ProvisioningPage::tr(
            "The device is not in claim mode. Put it in claim mode (hold its setup "
            "button, or use its app): the window lasts 10 minutes by default, "
            "then claim again.");
    if (error.reason == QLatin1String("DEVICE_ALREADY_IN_HOME"))
        return ProvisioningPage::tr(
            "The device already belongs to a home. Its owner must remove it first.");
    if (error.reason == QLatin1String("INVALID_CLAIM_CODE"))
        return ProvisioningPage::tr(
            "No device has this claim code. Check the label: codes look like "
            "ABCD-EFGH-JKLM (no I, O, 0 or 1).");
    return ErrorText::explain(error);
}
}  // namespace

ProvisioningPage::ProvisioningPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_bulk(session->bulkClaim())
    , m_code(new QLineEdit(this))
    , m_claim(new QPushButton(tr("&Claim"), this))
    , m_claimStatus(new StatusLine(this))
    , m_spare(new QLabel(this))
    , m_spareButton(new QPushButton(tr("Put it in claim mode"), this))
    , m_class(new QComboBox(this))
    , m_tag(new QLineEdit(this))
    , m_getToken(new QPushButton(tr("&Get a token"), this))
    , m_tokenText(new QLineEdit(this))
    , m_qrLabel(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_tokenStatus(new StatusLine(this))
    , m_bulkTable(new QTableView(this))
    , m_progress(new QProgressBar(this))
    , m_bulkStatus(new StatusLine(this))
{
    // 1. Claim a pre-provisioned device.
    auto *claimBox = new QGroupBox(tr("Claim a device by its code"), this);
    auto *claimForm = new QFormLayout(claimBox);
    m_code->setPlaceholderText(QStringLiteral("ABCD-EFGH-JKLM"));
    m_code->setMinimumWidth(
        m_code->fontMetrics().horizontalAdvance(QStringLiteral("ABCD-EFGH-JKLM")) + 16);
    m_code->setAccessibleName(tr("Claim code"));
    auto *rehearseClaimButton = new QPushButton(tr("Rehearse with a simulated device"), this);
    auto *claimRow = new QHBoxLayout;
    claimRow->addWidget(m_code, 1);
    claimRow->addWidget(m_claim);
    claimForm->addRow(tr("Claim code:"), claimRow);
    claimForm->addRow(m_claimStatus);
    claimForm->addRow(rehearseClaimButton);
    // The local sandbox's demo has a spare device: its code, and its setup button.
    m_spare->setWordWrap(true);
    m_spare->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_spareButton->setObjectName(QStringLiteral("spareClaimMode"));
    claimForm->addRow(m_spare);
    claimForm->addRow(m_spareButton);
    connect(m_spareButton, &QPushButton::clicked, this, &ProvisioningPage::prepareSpare);
    connect(session->simulators()->sandbox(), &SandboxAdmin::spareClaimCodeChanged, this,
            &ProvisioningPage::showSpare);
    showSpare(session->simulators()->sandbox()->spareClaimCode());

    // 2. On-demand provisioning.
    auto *tokenBox = new QGroupBox(tr("Provision a device on demand"), this);
    auto *tokenLayout = new QHBoxLayout(tokenBox);
    auto *tokenForm = new QFormLayout;
    // The project's classes when the local sandbox says them; any class can be typed.
    m_class->setEditable(true);
    connect(session->simulators(), &SimulatorFleet::deviceClassesChanged, this,
            [this](const QStringList &classes) {
                const QString current = m_class->currentText();
                m_class->clear();
                m_class->addItems(classes);
                if (!current.isEmpty())
                    m_class->setCurrentText(current);
            });
    m_class->setAccessibleName(tr("Device class"));
    m_tag->setPlaceholderText(tr("optional"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tokenText->setReadOnly(true);
    m_tokenText->setAccessibleName(tr("Provisioning token"));
    m_tokenText->setFont(QFont(QStringLiteral("monospace")));
    auto *copy = new QPushButton(tr("Copy"), this);
    auto *save = new QPushButton(tr("Save PNG…"), this);
    auto *print = new QPushButton(tr("Print…"), this);
    auto *rehearseTokenButton = new QPushButton(tr("Rehearse: play the device"), this);
    // Two by two: four buttons in a row do not fit beside the QR code in German.
    auto *tokenButtons = new QGridLayout;
    tokenButtons->addWidget(copy, 0, 0);
    tokenButtons->addWidget(save, 0, 1);
    tokenButtons->addWidget(print, 1, 0);
    tokenButtons->addWidget(rehearseTokenButton, 1, 1);
    tokenForm->addRow(tr("Device class:"), m_class);
    tokenForm->addRow(tr("Tag:"), m_tag);
    tokenForm->addRow(m_getToken);
    tokenForm->addRow(tr("Token:"), m_tokenText);
    tokenForm->addRow(m_countdown);
    tokenForm->addRow(tokenButtons);
    tokenForm->addRow(m_tokenStatus);
    m_qrLabel->setMinimumSize(220, 220);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setAccessibleName(tr("Token as a QR code"));
    tokenLayout->addLayout(tokenForm, 1);
    tokenLayout->addWidget(m_qrLabel);

    // 3. Bulk onboarding.
    auto *bulkBox = new QGroupBox(tr("Bulk onboarding from a CSV of claim codes"), this);
    auto *bulkLayout = new QVBoxLayout(bulkBox);
    auto *import = new QPushButton(tr("&Import CSV…"), this);
    auto *start = new QPushButton(tr("Claim all"), this);
    auto *retry = new QPushButton(tr("Retry failed"), this);
    auto *exportButton = new QPushButton(tr("Export results…"), this);
    auto *resume = new QPushButton(tr("Resume last import"), this);
    auto *bulkButtons = new QHBoxLayout;
    for (QPushButton *b : {import, start, retry, exportButton, resume})
        bulkButtons->addWidget(b);
    bulkButtons->addStretch(1);

    m_bulkTable->setItemDelegate(new StateDelegate(m_bulkTable));
    m_bulkTable->verticalHeader()->hide();
    m_bulkTable->horizontalHeader()->setStretchLastSection(true);
    m_bulkTable->horizontalHeader()->resizeSection(BulkClaim::RowColumn, 50);
    m_bulkTable->horizontalHeader()->resizeSection(BulkClaim::CodeColumn, 160);
    m_bulkTable->setAccessibleName(tr("Bulk claim rows"));
    bulkLayout->addLayout(bulkButtons);
    bulkLayout->addWidget(m_progress);  // its own row: the buttons are long in German
    bulkLayout->addWidget(m_bulkTable, 1);
    bulkLayout->addWidget(m_bulkStatus);

    auto *top = new QHBoxLayout;
    top->addWidget(claimBox, 1);
    top->addWidget(tokenBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(bulkBox, 1);

    const QString state = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                          QStringLiteral("/bulk-claim-state.json");
    m_bulk->setStateFile(state);
    m_bulkTable->setModel(m_bulk);
    connect(m_claim, &QPushButton::clicked, this, [this] { claim(m_code->text()); });
    connect(m_code, &QLineEdit::returnPressed, this, [this] { claim(m_code->text()); });
    connect(rehearseClaimButton, &QPushButton::clicked, this, &ProvisioningPage::rehearseClaim);
    connect(m_getToken, &QPushButton::clicked, this,
            [this] { requestToken(m_class->currentText(), m_tag->text()); });
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(token());
        m_tokenStatus->showInfo(tr("Token copied."));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the QR code"), QStringLiteral("token.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveQr(path))
            m_tokenStatus->showError(tr("Could not write %1.").arg(path));
    });
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer;
        QPrintDialog dialog(&printer, this);
        if (m_qr.isNull() || dialog.exec() != QDialog::Accepted)
            return;
        QPainter painter(&printer);
        const QRect page = painter.viewport();
        const int side = qMin(page.width(), page.height()) / 2;
        painter.drawImage(QRect(page.center().x() - side / 2, page.top() + 40, side, side), m_qr);
        painter.drawText(QRect(page.left(), page.top() + side + 60, page.width(), 80),
                         Qt::AlignHCenter, token());
    });
    connect(rehearseTokenButton, &QPushButton::clicked, this, &ProvisioningPage::rehearseToken);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Claim codes"), QString(),
                                                          tr("CSV files (*.csv *.txt)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(start, &QPushButton::clicked, this, &ProvisioningPage::startBulk);
    connect(retry, &QPushButton::clicked, m_bulk, &BulkClaim::retryFailed);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export results"),
                                                          QStringLiteral("claim-results.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty() && !m_bulk->exportCsv(path))
            m_bulkStatus->showError(tr("Could not write %1.").arg(path));
    });
    connect(resume, &QPushButton::clicked, this, [this, state] {
        if (!m_bulk->resume(state))
            m_bulkStatus->showError(tr("There is no import to resume."));
        else
            m_bulkStatus->showInfo(tr("Resumed: %1 claimed, %2 to go.")
                                       .arg(m_bulk->count(BulkClaim::Status::Claimed))
                                       .arg(m_bulk->count(BulkClaim::Status::Pending)));
    });
    connect(m_bulk, &BulkClaim::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_bulk, &BulkClaim::finished, this, [this](int claimed, int failed) {
        m_session->home()->refresh();
        if (failed == 0)
            m_bulkStatus->showInfo(tr("All %n device(s) claimed.", nullptr, claimed));
        else
            m_bulkStatus->showError(tr("%1 claimed, %2 failed: see each row; fix and Retry failed.")
                                        .arg(claimed)
                                        .arg(failed));
    });
    OnDemandProvisioning *provisioning = session->provisioning();
    connect(provisioning, &OnDemandProvisioning::stateChanged, this,
            &ProvisioningPage::showTokenState);
    connect(provisioning, &OnDemandProvisioning::ticked, this, &ProvisioningPage::showCountdown);
    // Another home: its token, messages and rows are not this one's.
    connect(session, &Session::homeChanged, this, [this] {
        m_claimStatus->clear();
        m_bulkStatus->clear();
        m_code->clear();
    });
}

void ProvisioningPage::claim(const QString &code)
{
    const qint64 home = m_session->home()->homeId();
    if (home == 0) {
        m_claimStatus->showError(tr("Pick a home on the left first."));
        return;
    }
    if (const QString problem = ClaimCode::problem(code); !problem.isEmpty()) {
        m_claimStatus->showError(problem);  // nothing is sent
        return;
    }
    const QString normalized = ClaimCode::normalized(code);
    auto *call = m_session->home()->claimDevice(normalized);
    m_claimStatus->showBusy(tr("Claiming %1…").arg(normalized));
    m_claim->setEnabled(false);
    call->then(
        this,
        [this, normalized](const Device &device) {
            m_claim->setEnabled(true);
            SandboxAdmin *sandbox = m_session->simulators()->sandbox();
            if (ClaimCode::normalized(sandbox->spareClaimCode()) == normalized)
                sandbox->forgetSpare();  // the demo's spare is claimed: no more hint
            m_claimStatus->showInfo(
                tr("“%1” (%2, id %3) is now in this home.")
                    .arg(device.name.isEmpty() ? device.deviceClass : device.name,
                         device.deviceClass)
                    .arg(device.id));
            m_code->clear();
        },
        [this](const ApiError &error) {
            m_claim->setEnabled(true);
            m_claimStatus->showError(claimAdvice(error));
        });
}

void ProvisioningPage::requestToken(const QString &deviceClass, const QString &tag)
{
    if (m_session->home()->homeId() == 0) {
        m_tokenStatus->showError(tr("Pick a home on the left first."));
        return;
    }
    m_tokenStatus->track(m_session->provisioning()->request(deviceClass, tag),
                         tr("Asking for a token…"), QString(), {m_getToken});
}

QString ProvisioningPage::token() const
{
    return m_session->provisioning()->token();
}

void ProvisioningPage::showTokenState(OnDemandProvisioning::State state)
{
    OnDemandProvisioning *provisioning = m_session->provisioning();
    switch (state) {
        case OnDemandProvisioning::State::Idle:
        case OnDemandProvisioning::State::Requesting:
            m_tokenText->clear();
            m_qrLabel->clear();
            m_qr = {};
            m_countdown->clear();
            if (state == OnDemandProvisioning::State::Idle && !m_tokenStatus->isShowingError())
                m_tokenStatus->clear();
            break;
        case OnDemandProvisioning::State::Waiting: {
            m_tokenText->setText(provisioning->token());
            m_qr = QrCodeImage::render(provisioning->token(), 6);
            // Scaled to device pixels, without smoothing: sharp modules at any scale.
            const qreal ratio = m_qrLabel->devicePixelRatioF();
            QPixmap pixmap = QPixmap::fromImage(m_qr).scaled(
                QSize(220, 220) * ratio, Qt::KeepAspectRatio, Qt::FastTransformation);
            pixmap.setDevicePixelRatio(ratio);
            m_qrLabel->setPixmap(pixmap);
            showCountdown(provisioning->secondsLeft());
            m_tokenStatus->showBusy(
                tr("Waiting for the device to join: give it the token (QR code or text)."));
            break;
        }
        case OnDemandProvisioning::State::Joined: {
            const Device &d = provisioning->joinedDevice();
            m_countdown->setText(tr("Used."));
            m_tokenStatus->showInfo(tr("“%1” (id %2) joined the home.")
                                        .arg(d.name.isEmpty() ? d.deviceClass : d.name)
                                        .arg(d.id));
            break;
        }
        case OnDemandProvisioning::State::Expired:
            m_countdown->setText(tr("<b>Expired.</b> Get a new token."));
            m_qrLabel->clear();
            m_tokenStatus->showError(tr("The token expired before a device used it."));
            break;
    }
}

void ProvisioningPage::showCountdown(qint64 left)
{
    m_countdown->setText(
        tr("Valid for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

bool ProvisioningPage::saveQr(const QString &path) const
{
    return !m_qr.isNull() &&
           m_qr.scaled(m_qr.size() * 2, Qt::KeepAspectRatio, Qt::FastTransformation).save(path);
}

bool ProvisioningPage::importCsv(const QString &path)
{
    QStringList problems;
    const bool ok = m_bulk->loadCsv(path, &problems);
    m_progress->setRange(0, m_bulk->rowCount());
    m_progress->setValue(0);
    if (!ok)
        m_bulkStatus->showError(problems.isEmpty() ? tr("No claim codes in %1.").arg(path)
                                                   : problems.join(QLatin1String("; ")));
    else if (!problems.isEmpty())
        m_bulkStatus->showError(tr("%n row(s) ready; skipped: ", nullptr, m_bulk->rowCount()) +
                                problems.join(QLatin1String("; ")));
    else
        m_bulkStatus->showInfo(tr("%n row(s) ready to claim.", nullptr, m_bulk->rowCount()));
    return ok;
}

void ProvisioningPage::startBulk()
{
    const qint64 home = m_session->home()->homeId();
    if (home == 0 || m_bulk->rowCount() == 0) {
        m_bulkStatus->showError(tr("Pick a home and import a CSV first."));
        return;
    }
    m_bulkStatus->showBusy(tr("Claiming %n device(s)…", nullptr, m_bulk->rowCount()));
    m_bulk->start(home);
}

void ProvisioningPage::showSpare(const QString &claimCode)
{
    m_spare->setVisible(!claimCode.isEmpty());
    m_spareButton->setVisible(!claimCode.isEmpty());
    m_spare->setText(tr("The demo has a spare sensor to practise on: claim code <b>%1</b>.")
                         .arg(claimCode.toHtmlEscaped()));
}

void ProvisioningPage::prepareSpare()
{
    const QString code = m_session->simulators()->sandbox()->spareClaimCode();
    auto *call = m_session->simulators()->sandbox()->openClaimWindow(code, 600);
    m_claimStatus->track(call, tr("Pressing the spare sensor's setup button…"), QString(),
                         {m_spareButton});
    call->then(
        this,
        [this, code](const RegistrationState &) {
            m_code->setText(code);
            m_claim->setFocus();
            m_claimStatus->showInfo(
                tr("The spare sensor is in claim mode for 10 minutes: press Claim."));
        },
        [this](const ApiError &error) {
            if (error.reason == QLatin1String("DEVICE_ALREADY_IN_HOME")) {
                m_session->simulators()->sandbox()->forgetSpare();
                m_claimStatus->showInfo(tr("The spare sensor is already in a home."));
            }
        });
}

void ProvisioningPage::rehearseClaim()
{
    // The simulator fleet makes a device in the local sandbox and puts it in claim mode.
    SimulatorFleet *fleet = m_session->simulators();
    if (!fleet->canMakeDevices()) {
        m_claimStatus->showError(
            tr("Rehearsals need the local sandbox: it makes the device to claim."));
        return;
    }
    auto *made = fleet->makeSandboxDevice(m_class->currentText());
    m_claimStatus->track(made, tr("Making a simulated device…"), QString());
    made->then(
        this,
        [this, fleet](const ProvisionedDevice &device) {
            SimulatedDevice *simulated = nullptr;
            for (SimulatedDevice *d : fleet->devices()) {
                if (d->deviceId() == device.device.id)
                    simulated = d;
            }
            if (!simulated)
                return;
            simulated->setClaimable(600)->then(
                this,
                [this, code = device.claimCode](const RegistrationState &) {
                    m_code->setText(code);
                    m_claimStatus->showInfo(
                        tr("A simulated device is in claim mode with code %1: press Claim.")
                            .arg(code));
                },
                [this](const ApiError &error) { m_claimStatus->showError(error); });
        },
        [](const ApiError &) {});
}

void ProvisioningPage::rehearseToken()
{
    if (token().isEmpty()) {
        m_tokenStatus->showError(tr("Get a token first; the simulated device then redeems it."));
        return;
    }
    m_tokenStatus->track(m_session->simulators()->redeemToken(token()),
                         tr("A simulated device is redeeming the token…"), QString());
}

}  // namespace ModeDesk
