#include "signindialog.h"

#include "accounts.h"
#include "statusline.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ModeDesk {

SignInDialog::SignInDialog(const ConnectionProfile &profile, Accounts *accounts, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_accounts(accounts)
    , m_tabs(new QTabWidget(this))
    , m_status(new StatusLine(this))
{
    setWindowTitle(tr("Sign in to %1").arg(profile.name));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *header = new QLabel(this);
    header->setTextFormat(Qt::RichText);
    header->setText(
        tr("<span style='color:%1; font-size:16pt'>&#9632;</span> <b>%2</b> &middot; %3 "
           "&middot; project %4 &middot; %5")
            .arg(profile.colour.name(), profile.name.toHtmlEscaped(),
                 profile.apiUrl.toString().toHtmlEscaped())
            .arg(profile.projectId)
            .arg(accountModeLabel(profile.accountMode)));
    layout->addWidget(header);

    m_tabs->addTab(buildSignIn(), tr("Sign &in"));
    m_tabs->addTab(buildSignUp(), profile.accountMode == AccountMode::Byou ? tr("Create &user")
                                                                           : tr("Create &account"));
    if (profile.accountMode == AccountMode::Email)
        m_tabs->addTab(buildRecovery(), tr("&Verify or reset"));
    m_tabs->addTab(buildApiKey(), tr("Paste a &key"));
    // Every tab readable at once, whatever the language's word lengths.
    setMinimumWidth(qMax(minimumWidth(), m_tabs->tabBar()->sizeHint().width() + 48));
    layout->addWidget(m_tabs);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (profile.localSandbox) {
        auto *outbox = buttons->addButton(tr("Open sandbox &outbox"), QDialogButtonBox::ActionRole);
        outbox->setObjectName(QStringLiteral("outbox"));
        outbox->setToolTip(tr("Mail and SMS the local sandbox would have sent: codes and tokens."));
        connect(outbox, &QPushButton::clicked, this, &SignInDialog::outboxRequested);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Enter means the action of the field it is typed in (returnPressed), never
    // QDialog's default button: while a call runs its button is disabled and
    // Enter would fall through to Cancel.
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
}

void SignInDialog::setMessage(const QString &text)
{
    m_status->showInfo(text);
}

QLineEdit *SignInDialog::field(const QString &name) const
{
    return findChild<QLineEdit *>(name);
}

QPushButton *SignInDialog::button(const QString &name) const
{
    return findChild<QPushButton *>(name);
}

QLineEdit *SignInDialog::addField(QWidget *page, const QString &name, const QString &label,
                                  bool secret)
{
    auto *edit = new QLineEdit(page);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    if (secret)
        edit->setEchoMode(QLineEdit::Password);
    static_cast<QFormLayout *>(page->layout())->addRow(label, edit);
    return edit;
}

QPushButton *SignInDialog::addButton(QWidget *page, const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, page);
    button->setObjectName(name);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(button);
    static_cast<QFormLayout *>(page->layout())->addRow(row);
    return button;
}

QString SignInDialog::accountModeLabel(AccountMode mode)
{
    switch (mode) {
        case AccountMode::Email:
            return tr("email accounts");
        case AccountMode::Phone:
            return tr("phone accounts");
        case AccountMode::Byou:
            return tr("bring-your-own-user accounts");
    }
    return {};
}

QWidget *SignInDialog::buildSignIn()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    switch (m_profile.accountMode) {
        case AccountMode::Email: {
            addField(page, QStringLiteral("email"), tr("&Email:"))->setText(m_profile.login);
            QLineEdit *password =
                addField(page, QStringLiteral("password"), tr("&Password:"), true);
            QPushButton *go = addButton(page, QStringLiteral("signIn"), tr("Sign in"));
            go->setDefault(true);
            connect(go, &QPushButton::clicked, this, &SignInDialog::signIn);
            connect(password, &QLineEdit::returnPressed, this, &SignInDialog::signIn);
            break;
        }
        case AccountMode::Phone: {
            addField(page, QStringLiteral("phone"), tr("&Phone number:"))->setText(m_profile.login);
            QPushButton *send = addButton(page, QStringLiteral("sendCode"), tr("Send me a code"));
            connect(send, &QPushButton::clicked, this, &SignInDialog::sendCode);
            QLineEdit *code = addField(page, QStringLiteral("code"), tr("&Code from the SMS:"));
            QPushButton *go = addButton(page, QStringLiteral("signIn"), tr("Sign in"));
            connect(go, &QPushButton::clicked, this, &SignInDialog::signIn);
            connect(code, &QLineEdit::returnPressed, this, &SignInDialog::signIn);
            break;
        }
        case AccountMode::Byou: {
            auto *hint =
                new QLabel(tr("Bring-your-own-users project: sign in for one of your users with a "
                              "project key that has the BYOU permission."),
                           page);
            hint->setWordWrap(true);
            form->addRow(hint);
            addField(page, QStringLiteral("projectKey"), tr("Project &key:"), true);
            addField(page, QStringLiteral("userId"), tr("&User id:"))->setText(m_profile.login);
            QPushButton *go = addButton(page, QStringLiteral("signIn"), tr("Sign in"));
            connect(go, &QPushButton::clicked, this, &SignInDialog::signIn);
            break;
        }
    }
    return page;
}

QWidget *SignInDialog::buildSignUp()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    switch (m_profile.accountMode) {
        case AccountMode::Email:
            addField(page, QStringLiteral("newName"), tr("&Name:"));
            addField(page, QStringLiteral("newEmail"), tr("&Email:"));
            addField(page, QStringLiteral("newPassword"), tr("&Password (8+ characters):"), true);
            break;
        case AccountMode::Phone:
            addField(page, QStringLiteral("newName"), tr("&Name:"));
            addField(page, QStringLiteral("newPhone"), tr("&Phone number:"));
            break;
        case AccountMode::Byou:
            addField(page, QStringLiteral("newName"), tr("&Name:"));
            addField(page, QStringLiteral("newProjectKey"), tr("Project &key (BYOU):"), true);
            break;
    }
    connect(addButton(page, QStringLiteral("signUp"), tr("Create")), &QPushButton::clicked, this,
            &SignInDialog::signUp);
    return page;
}

QWidget *SignInDialog::buildRecovery()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *intro =
        new QLabel(tr("Mails carry a token: paste it here to verify the address or to set a "
                      "new password."),
                   page);
    intro->setWordWrap(true);
    form->addRow(intro);
    addField(page, QStringLiteral("recoveryEmail"), tr("&Email:"))->setText(m_profile.login);
    auto *mailRow = new QHBoxLayout;
    auto *resend = new QPushButton(tr("Resend verification mail"), page);
    resend->setObjectName(QStringLiteral("resendVerification"));
    auto *forgot = new QPushButton(tr("Send password reset mail"), page);
    forgot->setObjectName(QStringLiteral("startReset"));
    mailRow->addStretch();
    mailRow->addWidget(resend);
    mailRow->addWidget(forgot);
    form->addRow(mailRow);
    addField(page, QStringLiteral("token"), tr("&Token from the mail:"));
    addField(page, QStringLiteral("resetPassword"), tr("New pass&word (reset only):"), true);
    auto *tokenRow = new QHBoxLayout;
    auto *verify = new QPushButton(tr("Verify address"), page);
    verify->setObjectName(QStringLiteral("verifyEmail"));
    auto *reset = new QPushButton(tr("Set new password"), page);
    reset->setObjectName(QStringLiteral("finishReset"));
    tokenRow->addStretch();
    tokenRow->addWidget(verify);
    tokenRow->addWidget(reset);
    form->addRow(tokenRow);
    connect(resend, &QPushButton::clicked, this, &SignInDialog::resendVerification);
    connect(forgot, &QPushButton::clicked, this, &SignInDialog::startReset);
    connect(verify, &QPushButton::clicked, this, &SignInDialog::verifyEmail);
    connect(reset, &QPushButton::clicked, this, &SignInDialog::finishReset);
    return page;
}

QWidget *SignInDialog::buildApiKey()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *intro =
        new QLabel(tr("Already have a user API key (from another tool, or MODE's console)? "
                      "Paste it; it is checked before use and kept in the system keychain."),
                   page);
    intro->setWordWrap(true);
    form->addRow(intro);
    addField(page, QStringLiteral("apiKey"), tr("User &API key:"), true);
    connect(addButton(page, QStringLiteral("useKey"), tr("Use this key")), &QPushButton::clicked,
            this, &SignInDialog::useApiKey);
    return page;
}

void SignInDialog::signIn()
{
    const qint64 project = m_profile.projectId;
    QPushButton *go = button(QStringLiteral("signIn"));
    switch (m_profile.accountMode) {
        case AccountMode::Email: {
            const QString email = field(QStringLiteral("email"))->text().trimmed();
            const QString password = field(QStringLiteral("password"))->text();
            if (email.isEmpty() || password.isEmpty()) {
                m_status->showError(tr("Type your email and password."));
                return;
            }
            auto *call = m_accounts->signInWithEmail(project, m_profile.appId, email, password);
            m_status->track(call, tr("Signing in…"), tr("Signed in."), {go});
            call->then(
                this,
                [this, email](const ClientAuthentication &a) { finish(a.token, email, a.userId); },
                [](const ApiError &) {});
            break;
        }
        case AccountMode::Phone: {
            const QString phone = field(QStringLiteral("phone"))->text().trimmed();
            const QString code = field(QStringLiteral("code"))->text().trimmed();
            if (phone.isEmpty() || code.isEmpty()) {
                m_status->showError(
                    tr("Type your phone number and the code from the SMS (Send me a code)."));
                return;
            }
            auto *call = m_accounts->signInWithSmsCode(project, m_profile.appId, phone, code);
            m_status->track(call, tr("Signing in…"), tr("Signed in."), {go});
            call->then(
                this,
                [this, phone](const ClientAuthentication &a) { finish(a.token, phone, a.userId); },
                [](const ApiError &) {});
            break;
        }
        case AccountMode::Byou: {
            bool ok = false;
            const QString userText = field(QStringLiteral("userId"))->text().trimmed();
            const qint64 userId = userText.toLongLong(&ok);
            const QString projectKey = field(QStringLiteral("projectKey"))->text().trimmed();
            if (!ok || projectKey.isEmpty()) {
                m_status->showError(tr("Type a project key and a numeric user id."));
                return;
            }
            auto *call = m_accounts->signInByou(projectKey, project, userId);
            m_status->track(call, tr("Signing in…"), tr("Signed in."), {go});
            call->then(
                this,
                [this, userText](const ClientAuthentication &a) {
                    finish(a.token, userText, a.userId);
                },
                [](const ApiError &) {});
            break;
        }
    }
}

void SignInDialog::sendCode()
{
    const QString phone = field(QStringLiteral("phone"))->text().trimmed();
    if (phone.isEmpty()) {
        m_status->showError(tr("Type your phone number first."));
        return;
    }
    auto *call = m_accounts->sendSmsCode(m_profile.projectId, phone);
    m_status->track(call, tr("Sending a code…"),
                    m_profile.localSandbox ? tr("Code sent: find it in the sandbox outbox.")
                                           : tr("Code sent by SMS. It lasts 10 minutes."),
                    {button(QStringLiteral("sendCode"))});
}

void SignInDialog::signUp()
{
    const QString name = field(QStringLiteral("newName"))->text().trimmed();
    if (name.isEmpty() && m_profile.accountMode != AccountMode::Byou) {
        m_status->showError(tr("Type a name."));
        return;
    }
    User user;
    user.projectId = m_profile.projectId;
    user.name = name;
    QPushButton *create = button(QStringLiteral("signUp"));
    switch (m_profile.accountMode) {
        case AccountMode::Email: {
            user.email = field(QStringLiteral("newEmail"))->text().trimmed();
            user.password = field(QStringLiteral("newPassword"))->text();
            auto *call = m_accounts->createUser(user);
            m_status->track(
                call, tr("Creating the account…"),
                tr("Account created. Verify the address with the token from the mail (Verify "
                   "or reset), then sign in."),
                {create});
            call->then(
                this,
                [this, user](const User &) {
                    field(QStringLiteral("email"))->setText(user.email);
                    field(QStringLiteral("recoveryEmail"))->setText(user.email);
                },
                [](const ApiError &) {});
            break;
        }
        case AccountMode::Phone: {
            user.phoneNumber = field(QStringLiteral("newPhone"))->text().trimmed();
            auto *call = m_accounts->createUser(user);
            m_status->track(call, tr("Creating the account…"),
                            tr("Account created and a code sent: sign in with it."), {create});
            call->then(
                this,
                [this](const User &created) {
                    field(QStringLiteral("phone"))->setText(created.phoneNumber);
                    m_tabs->setCurrentIndex(0);
                    field(QStringLiteral("code"))->setFocus();
                },
                [](const ApiError &) {});
            break;
        }
        case AccountMode::Byou: {
            const QString key = field(QStringLiteral("newProjectKey"))->text().trimmed();
            auto *call = m_accounts->createUser(user, key);
            m_status->track(call, tr("Creating the user…"), tr("User created."), {create});
            call->then(
                this,
                [this, key](const User &created) {
                    field(QStringLiteral("userId"))->setText(QString::number(created.id));
                    field(QStringLiteral("projectKey"))->setText(key);
                    m_status->showInfo(tr("User %1 created: sign in for them.").arg(created.id));
                    m_tabs->setCurrentIndex(0);
                },
                [](const ApiError &) {});
            break;
        }
    }
}

void SignInDialog::verifyEmail()
{
    auto *call = m_accounts->verifyEmail(field(QStringLiteral("token"))->text().trimmed());
    m_status->track(call, tr("Verifying…"), tr("Address verified: you can sign in now."),
                    {button(QStringLiteral("verifyEmail"))});
}

void SignInDialog::resendVerification()
{
    auto *call = m_accounts->resendVerification(
        m_profile.projectId, field(QStringLiteral("recoveryEmail"))->text().trimmed());
    m_status->track(call, tr("Sending…"), tr("Verification mail sent."),
                    {button(QStringLiteral("resendVerification"))});
}

void SignInDialog::startReset()
{
    auto *call = m_accounts->startPasswordReset(
        m_profile.projectId, field(QStringLiteral("recoveryEmail"))->text().trimmed());
    m_status->track(call, tr("Sending…"), tr("Reset mail sent: paste its token below."),
                    {button(QStringLiteral("startReset"))});
}

void SignInDialog::finishReset()
{
    auto *call = m_accounts->resetPassword(field(QStringLiteral("token"))->text().trimmed(),
                                           field(QStringLiteral("resetPassword"))->text());
    m_status->track(call, tr("Setting the password…"),
                    tr("Password changed. Every earlier session has ended: sign in again."),
                    {button(QStringLiteral("finishReset"))});
}

void SignInDialog::useApiKey()
{
    const QString key = field(QStringLiteral("apiKey"))->text().trimmed();
    if (key.isEmpty()) {
        m_status->showError(tr("Paste a key first."));
        return;
    }
    auto *call = m_accounts->checkKey(key);
    m_status->track(call, tr("Checking the key…"), QString(), {button(QStringLiteral("useKey"))});
    call->then(
        this,
        [this, key](const AuthenticationInfo &info) {
            if (info.type != QLatin1String("user")) {
                m_status->showError(
                    info.type == QLatin1String("nobody")
                        ? tr("The server does not know this key.")
                        : tr("This is a %1 key; the dashboard needs a user key.").arg(info.type));
                return;
            }
            finish(key, QString(), info.userId);
        },
        [](const ApiError &) {});
}

void SignInDialog::finish(const QString &key, const QString &login, qint64 userId)
{
    m_userKey = key;
    m_userId = userId;
    m_login = login;
    accept();
}

}  // namespace ModeDesk
