#pragma once

#include "tablepage.h"

class QLineEdit;
class QPushButton;

namespace ModeDesk {

class Session;

// A home's members: add by email, phone number or user id (per the
// project's account mode) and remove.
class MembersPage : public TablePage
{
    Q_OBJECT

public:
    explicit MembersPage(Session *session, QWidget *parent = nullptr);
    void updateForProfile();
    QLineEdit *inviteEdit() const { return m_invite; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

private:
    void add();
    void remove();
    void updateButtons();

    Session *m_session;
    QLineEdit *m_invite;
    QPushButton *m_add;
    QPushButton *m_remove;
};

}  // namespace ModeDesk
