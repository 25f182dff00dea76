#include "accountdialog.h"

#include "errortext.h"
#include "modelformat.h"
#include "session.h"
#include "statusline.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ModeDesk {

AccountDialog::AccountDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_identity(new QLabel(this))
    , m_sessionInfo(new QLabel(this))
    , m_save(new QPushButton(tr("&Save changes"), this))
    , m_delete(new QPushButton(tr("&Delete account…"), this))
    , m_status(new StatusLine(this))
{
    setWindowTitle(tr("Account"));
    setMinimumWidth(520);
    const AccountMode mode = session->profile().accountMode;

    auto *details = new QGroupBox(tr("Your details"), this);
    auto *form = new QFormLayout(details);
    m_name->setAccessibleName(tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    if (mode != AccountMode::Byou) {
        m_contact->setAccessibleName(mode == AccountMode::Email ? tr("Email") : tr("Phone number"));
        form->addRow(mode == AccountMode::Email ? tr("&Email:") : tr("&Phone:"), m_contact);
    } else {
        m_contact->hide();
    }
    if (mode == AccountMode::Email) {
        m_password->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(tr("leave empty to keep the current one"));
        m_password->setAccessibleName(tr("New password"));
        form->addRow(tr("New pass&word:"), m_password);
    } else {
        m_password->hide();
    }
    auto *row = new QHBoxLayout;
    row->addWidget(m_delete);
    row->addStretch();
    row->addWidget(m_save);
    form->addRow(row);

    auto *sessionBox = new QGroupBox(tr("This session"), this);
    auto *sessionLayout = new QVBoxLayout(sessionBox);
    m_identity->setWordWrap(true);
    m_sessionInfo->setWordWrap(true);
    // Server text (an app id, an error) is shown as written, never as markup.
    m_identity->setTextFormat(Qt::PlainText);
    m_sessionInfo->setTextFormat(Qt::PlainText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sessionLayout->addWidget(m_identity);
    sessionLayout->addWidget(m_sessionInfo);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *signOut = buttons->addButton(tr("Sign &out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOut"));
    connect(signOut, &QPushButton::clicked, this, [this] {
        emit signOutRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &AccountDialog::save);
    connect(m_delete, &QPushButton::clicked, this, &AccountDialog::deleteAccount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(details);
    layout->addWidget(sessionBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    load();
}

void AccountDialog::load()
{
    // The session owns the user: show what it has, and follow it.
    const auto showUser = [this](const User &u) {
        m_name->setText(u.name);
        m_contact->setText(u.email.isEmpty() ? u.phoneNumber : u.email);
        if (!u.verified)
            m_status->showInfo(tr("This account is not verified yet."));
    };
    showUser(m_session->user());
    connect(m_session, &Session::userChanged, this, showUser);
    m_session->reloadUser();
    m_session->keyInfo()->then(
        this,
        [this](const AuthenticationInfo &info) {
            m_identity->setText(tr("Key identity (GET /auth): %1 %2 in project %3, app “%4”.")
                                    .arg(info.type)
                                    .arg(info.userId)
                                    .arg(info.projectId)
                                    .arg(info.appId));
        },
        [this](const ApiError &e) { m_identity->setText(ErrorText::explain(e)); });
    m_session->sessionInfo()->then(
        this,
        [this](const UserSessionInfo &info) {
            m_sessionInfo->setText(tr("Session started %1 for user %2 (app “%3”).")
                                       .arg(ModelFormat::dateTime(info.creationTime))
                                       .arg(info.userId)
                                       .arg(info.appId));
        },
        [this](const ApiError &e) { m_sessionInfo->setText(ErrorText::explain(e)); });
}

void AccountDialog::save()
{
    UserChanges changes;
    changes.name = m_name->text().trimmed();
    const AccountMode mode = m_session->profile().accountMode;
    if (mode == AccountMode::Email)
        changes.email = m_contact->text().trimmed();
    else if (mode == AccountMode::Phone)
        changes.phoneNumber = m_contact->text().trimmed();
    if (!m_password->text().isEmpty())
        changes.password = m_password->text();
    auto *call = m_session->updateUser(changes);
    m_status->track(call, tr("Saving…"), tr("Saved."), {m_save, m_delete});
    connect(call, &ApiCallBase::succeeded, m_password, &QLineEdit::clear);
}

void AccountDialog::deleteAccount()
{
    const QString typed = QInputDialog::getText(
        this, tr("Delete account"),
        tr("This deletes the account, ends every session, and deletes the homes only you belong "
           "to. Type DELETE to confirm."));
    if (typed != QLatin1String("DELETE"))
        return;
    auto *call = m_session->deleteAccount();
    m_status->track(call, tr("Deleting the account…"), tr("Account deleted."), {m_save, m_delete});
    connect(call, &ApiCallBase::succeeded, this, [this] {
        emit accountDeleted();
        accept();
    });
}

}  // namespace ModeDesk
