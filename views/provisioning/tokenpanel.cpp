#include "tokenpanel.h"

#include "elidedlabel.h"
#include "qrcodeimage.h"
#include "session.h"
#include "statusline.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace ModeDesk {

TokenPanel::TokenPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_target(new ElidedLabel(this))
    , m_class(new QComboBox(this))
    , m_tag(new QLineEdit(this))
    , m_getToken(new QPushButton(tr("&Get a token"), this))
    , m_tokenText(new QLineEdit(this))
    , m_qrLabel(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_rehearse(new QPushButton(tr("Rehearse: play the device"), this))
    , m_status(new StatusLine(this))
{
    auto *box = new QGroupBox(tr("Provision a device on demand"), this);
    auto *boxLayout = new QHBoxLayout(box);
    auto *form = new QFormLayout;
    m_target->setTextFormat(Qt::PlainText);
    // The project's classes (a sandbox says them; the fleet shows those in use); any can be typed.
    m_class->setEditable(true);
    m_class->setAccessibleName(tr("Device class"));
    m_class->setMinimumContentsLength(16);
    m_tag->setPlaceholderText(tr("optional"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tokenText->setReadOnly(true);
    m_tokenText->setAccessibleName(tr("Provisioning token"));
    m_tokenText->setFont(QFont(QStringLiteral("monospace")));
    m_countdown->setTextFormat(Qt::PlainText);
    auto *copy = new QPushButton(tr("Copy"), this);
    auto *save = new QPushButton(tr("Save PNG…"), this);
    auto *print = new QPushButton(tr("Print…"), this);
    // Two by two: four buttons in a row do not fit beside the QR code in German.
    auto *buttons = new QGridLayout;
    buttons->addWidget(copy, 0, 0);
    buttons->addWidget(save, 0, 1);
    buttons->addWidget(print, 1, 0);
    buttons->addWidget(m_rehearse, 1, 1);
    form->addRow(tr("Into:"), m_target);
    form->addRow(tr("Device class:"), m_class);
    form->addRow(tr("Tag:"), m_tag);
    form->addRow(m_getToken);
    form->addRow(tr("Token:"), m_tokenText);
    form->addRow(m_countdown);
    form->addRow(buttons);
    form->addRow(m_status);
    m_qrLabel->setMinimumSize(220, 220);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setAccessibleName(tr("Token as a QR code"));
    boxLayout->addLayout(form, 1);
    boxLayout->addWidget(m_qrLabel, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addStretch(1);

    connect(m_getToken, &QPushButton::clicked, this,
            [this] { requestToken(m_class->currentText(), m_tag->text()); });
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(token());
        m_status->showInfo(tr("Token copied."));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the QR code"), QStringLiteral("token.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !saveQr(path))
            m_status->showError(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
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
    connect(m_rehearse, &QPushButton::clicked, this, &TokenPanel::rehearse);
    m_tokenButtons = {copy, save, print, m_rehearse};
    for (QPushButton *b : std::as_const(m_tokenButtons))
        b->setEnabled(false);
    OnDemandProvisioning *provisioning = session->provisioning();
    connect(provisioning, &OnDemandProvisioning::stateChanged, this, &TokenPanel::showState);
    connect(provisioning, &OnDemandProvisioning::ticked, this, &TokenPanel::showCountdown);
    connect(session->simulators()->sandbox(), &SandboxAdmin::deviceClassesChanged, this,
            &TokenPanel::updateClasses);
    connect(session->fleet(), &Fleet::choicesChanged, this, &TokenPanel::updateClasses);
    connect(session, &Session::homeChanged, this, [this] {
        m_status->clear();  // what was said of the last home is not this one's
        if (std::exchange(m_droppedToken, false))
            m_status->showInfo(
                tr("The token was for another home and is no longer shown. Get "
                   "one for this home."));
        updateTarget();
    });
    connect(session->homes(), &QAbstractItemModel::dataChanged, this, &TokenPanel::updateTarget);
    updateClasses();
    updateTarget();
}

void TokenPanel::updateTarget()
{
    const int row = m_session->homes()->rowOf(m_session->home()->homeId());
    m_target->setFullText(row >= 0 ? m_session->homes()->record(row).name
                                   : tr("(pick a home on the left)"));
}

void TokenPanel::updateClasses()
{
    // What a sandbox says its classes are, and the classes of devices the fleet has.
    QStringList classes = m_session->simulators()->sandbox()->deviceClasses();
    for (const QString &c : m_session->fleet()->deviceClasses()) {
        if (!classes.contains(c))
            classes.append(c);
    }
    classes.sort(Qt::CaseInsensitive);
    const QString current = m_class->currentText();
    m_class->clear();
    m_class->addItems(classes);
    if (!current.isEmpty())
        m_class->setCurrentText(current);
}

void TokenPanel::requestToken(const QString &deviceClass, const QString &tag)
{
    if (m_session->home()->homeId() == 0) {
        m_status->showError(tr("Pick a home on the left first."));
        return;
    }
    m_status->track(m_session->provisioning()->request(deviceClass, tag), tr("Asking for a token…"),
                    QString(), {m_getToken});
}

void TokenPanel::rehearse()
{
    if (token().isEmpty()) {
        m_status->showError(tr("Get a token first; the simulated device then redeems it."));
        return;
    }
    m_status->track(m_session->simulators()->redeemToken(token()),
                    tr("A simulated device is redeeming the token…"), QString());
}

QString TokenPanel::token() const
{
    return m_session->provisioning()->token();
}

void TokenPanel::showState(OnDemandProvisioning::State state)
{
    OnDemandProvisioning *provisioning = m_session->provisioning();
    const bool wasWaiting = std::exchange(m_waiting, state == OnDemandProvisioning::State::Waiting);
    for (QPushButton *b : std::as_const(m_tokenButtons))
        b->setEnabled(m_waiting);
    switch (state) {
        case OnDemandProvisioning::State::Idle:
        case OnDemandProvisioning::State::Requesting:
            m_tokenText->clear();
            m_qrLabel->clear();
            m_qr = {};
            m_countdown->clear();
            // Another home is on screen: a token belongs to the home it was made for.
            m_droppedToken = state == OnDemandProvisioning::State::Idle && wasWaiting;
            if (state == OnDemandProvisioning::State::Idle && !m_status->isShowingError())
                m_status->clear();
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
            m_status->showBusy(
                tr("Waiting for the device to join: give it the token (QR code or text)."));
            break;
        }
        case OnDemandProvisioning::State::Joined: {
            const Device &d = provisioning->joinedDevice();
            // A used token must not be scanned again: it is taken off the screen.
            m_tokenText->clear();
            m_qrLabel->clear();
            m_qr = {};
            m_countdown->setText(tr("Used."));
            m_status->showInfo(
                tr("Device %1 (%2) joined the home.")
                    .arg(QString::number(d.id),
                         d.name.isEmpty() ? d.deviceClass
                                          : QStringLiteral("“%1”, %2").arg(d.name, d.deviceClass)));
            break;
        }
        case OnDemandProvisioning::State::Expired:
            m_tokenText->clear();
            m_countdown->setText(tr("Expired. Get a new token."));
            m_qrLabel->clear();
            m_qr = {};
            m_status->showError(tr("The token expired before a device used it."));
            break;
    }
}

void TokenPanel::showCountdown(qint64 left)
{
    m_countdown->setText(
        tr("Valid for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

bool TokenPanel::saveQr(const QString &path) const
{
    return !m_qr.isNull() &&
           m_qr.scaled(m_qr.size() * 2, Qt::KeepAspectRatio, Qt::FastTransformation).save(path);
}

}  // namespace ModeDesk
