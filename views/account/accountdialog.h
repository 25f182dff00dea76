// The signed-in account: details (edit, delete with confirmation), the
// session and the key's identity, and sign out.
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace ModeDesk {

class Session;
class StatusLine;

class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(Session *session, QWidget *parent = nullptr);

signals:
    void signOutRequested();
    void accountDeleted();

private:
    void load();
    void save();
    void deleteAccount();

    Session *m_session;
    QLineEdit *m_name;
    QLineEdit *m_contact;
    QLineEdit *m_password;
    QLabel *m_identity;
    QLabel *m_sessionInfo;
    QPushButton *m_save;
    QPushButton *m_delete;
    StatusLine *m_status;
};

}  // namespace ModeDesk
