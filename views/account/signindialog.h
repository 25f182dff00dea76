// Signing in to a profile in any account mode: email + password, phone +
// SMS code, bring-your-own-users (project key + user id), or a pasted key;
// with sign-up, email verification and password reset. With a local
// sandbox the outbox is one click away, so every flow can be finished here.
#pragma once

#include "connectionprofile.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QTabWidget;

namespace ModeDesk {

class Accounts;
class StatusLine;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(const ConnectionProfile &profile, Accounts *accounts, QWidget *parent = nullptr);

    // The user key, once signed in (accepted()).
    QString userKey() const { return m_userKey; }
    // Whose key it is, as the sign-in answer (or the key's check) said: no need to ask again.
    qint64 userId() const { return m_userId; }
    QString login() const { return m_login; }
    void setMessage(const QString &text);  // why the dialog is shown

    // Named parts, for keyboard users and tests.
    QLineEdit *field(const QString &name) const;
    QPushButton *button(const QString &name) const;
    QTabWidget *tabs() const { return m_tabs; }
    StatusLine *status() const { return m_status; }

signals:
    void outboxRequested();

private:
    static QString accountModeLabel(AccountMode mode);
    QWidget *buildSignIn();
    QWidget *buildSignUp();
    QWidget *buildRecovery();
    QWidget *buildApiKey();
    QLineEdit *addField(QWidget *page, const QString &name, const QString &label,
                        bool secret = false);
    QPushButton *addButton(QWidget *page, const QString &name, const QString &text);

    void signIn();
    void sendCode();
    void signUp();
    void verifyEmail();
    void resendVerification();
    void startReset();
    void finishReset();
    void useApiKey();
    void finish(const QString &key, const QString &login, qint64 userId);

    ConnectionProfile m_profile;
    Accounts *m_accounts;
    QTabWidget *m_tabs;
    StatusLine *m_status;
    QString m_userKey;
    qint64 m_userId = 0;
    QString m_login;
};

}  // namespace ModeDesk
