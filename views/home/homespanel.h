#pragma once

#include <QWidget>

class QLineEdit;
class QListView;
class QPushButton;

namespace ModeDesk {

class KeyedSortProxy;
class Session;
class StatusLine;

// The homes of the signed-in user: filter, pick, create, rename, delete.
class HomesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HomesPanel(Session *session, QWidget *parent = nullptr);

    qint64 currentHomeId() const;
    void selectHome(qint64 homeId);
    // The home to pick when the list next fills (the one open last time), instead of
    // the first; preferredHomeGone() if it is not among them.
    void setPreferredHome(qint64 homeId);
    qint64 preferredHome() const { return m_preferred; }  // 0 once the list picked
    QListView *list() const { return m_list; }
    StatusLine *status() const { return m_status; }

    void createHome();
    void renameHome();
    void deleteHome();

signals:
    void homePicked(qint64 homeId);
    // The user moved to another home in the list (not the first home picked
    // as the list fills, nor selectHome()).
    void userPickedHome();
    // The home open last time is not among the homes: shownName is shown instead.
    void preferredHomeGone(const QString &shownName);

private:
    void updateButtons();

    Session *m_session;
    bool m_autoPicking = false;  // a pick made here, not by the user
    qint64 m_preferred = 0;
    bool m_preferredShown = false;  // the list as last seen had it, and it was picked
    bool m_rowsGoing = false;       // homes are being removed from the list
    QLineEdit *m_filter;
    QListView *m_list;
    KeyedSortProxy *m_proxy;
    QPushButton *m_create;
    QPushButton *m_rename;
    QPushButton *m_delete;
    StatusLine *m_status;
};

}  // namespace ModeDesk
