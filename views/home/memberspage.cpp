#include "memberspage.h"

#include "askbox.h"
#include "session.h"
#include "statusline.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace ModeDesk {

MembersPage::MembersPage(Session *session, QWidget *parent)
    : TablePage(session->home()->members(), tr("Filter members by name, address or role"), parent)
    , m_session(session)
    , m_invite(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add member"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    table()->setObjectName(QStringLiteral("membersTable"));
    QHeaderView *header = table()->horizontalHeader();
    header->resizeSection(MembersModel::NameColumn, 200);
    header->resizeSection(MembersModel::ContactColumn, 280);
    header->resizeSection(MembersModel::RoleColumn, 110);
    header->resizeSection(MembersModel::StatusColumn, 180);
    auto *row = new QHBoxLayout;
    row->addWidget(m_invite, 1);
    row->addWidget(m_add);
    row->addStretch();
    row->addWidget(m_remove);
    body()->addLayout(row);
    m_remove->setEnabled(false);
    connect(m_add, &QPushButton::clicked, this, &MembersPage::add);
    connect(m_invite, &QLineEdit::returnPressed, this, &MembersPage::add);
    connect(m_remove, &QPushButton::clicked, this, &MembersPage::remove);
    connect(this, &TablePage::currentRowChanged, this, &MembersPage::updateButtons);
    // The removed member's row is gone: "Remove…" needs a new pick.
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateButtons);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &MembersPage::updateButtons);
    connect(status(), &StatusLine::callFinished, this, &MembersPage::updateButtons);
    connect(proxy(), &QAbstractItemModel::modelReset, this, &MembersPage::updateButtons);
    connect(session, &Session::homeChanged, this, [this] {
        status()->clear();
        m_invite->clear();
        updateButtons();
    });
    updateForProfile();
}

void MembersPage::updateButtons()
{
    // Enabled only with a member picked (a current row that is also selected).
    m_remove->setEnabled(currentSourceRow() >= 0 && !selectedSourceRows().isEmpty());
}

void MembersPage::updateForProfile()
{
    switch (m_session->profile().accountMode) {
        case AccountMode::Email:
            m_invite->setPlaceholderText(tr("Email address of the person to add (invited if new)"));
            break;
        case AccountMode::Phone:
            m_invite->setPlaceholderText(
                tr("Phone number of the person to add, e.g. +15555550100"));
            break;
        case AccountMode::Byou:
            m_invite->setPlaceholderText(tr("User id of the person to add"));
            break;
    }
    m_invite->setAccessibleName(m_invite->placeholderText());
}

void MembersPage::add()
{
    const QString text = m_invite->text().trimmed();
    if (text.isEmpty()) {
        status()->showError(tr("Type who to add first."));
        return;
    }
    MemberInvitation invitation;
    switch (m_session->profile().accountMode) {
        case AccountMode::Email:
            invitation.email = text;
            break;
        case AccountMode::Phone:
            invitation.phoneNumber = text;
            break;
        case AccountMode::Byou: {
            bool ok = false;
            invitation.userId = text.toLongLong(&ok);
            if (!ok || invitation.userId <= 0) {
                status()->showError(tr("A user id is a number."));
                return;
            }
            break;
        }
    }
    auto *call = m_session->home()->addMember(invitation);
    status()->track(call, tr("Adding %1…").arg(text), tr("Added %1.").arg(text), {m_add, m_invite});
    connect(call, &ApiCallBase::succeeded, this, [this, call, text] {
        m_invite->clear();
        if (!call->result().verified)
            status()->showInfo(
                tr("Invited %1: they become a full member when they sign up.").arg(text));
    });
}

void MembersPage::remove()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const HomeMember member = m_session->home()->members()->record(row);
    const bool self = member.userId == m_session->userId();
    const QString who = member.name.isEmpty() ? member.email + member.phoneNumber : member.name;
    const QString question = self ? tr("Leave this home? You will no longer see it.")
                                  : tr("Remove %1 from this home?").arg(who);
    if (!AskBox::confirm(this, tr("Remove member"), question))
        return;
    status()->track(m_session->home()->removeMember(member.userId, self),
                    tr("Removing %1…").arg(who), tr("Removed %1.").arg(who), {m_remove});
}

}  // namespace ModeDesk
