#include "homespanel.h"

#include "askbox.h"
#include "keyedsortproxy.h"

#include <QScopedValueRollback>

#include "modelroles.h"
#include "newhomedialog.h"
#include "session.h"
#include "statedelegate.h"
#include "statusline.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace ModeDesk {

HomesPanel::HomesPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_proxy(new KeyedSortProxy(this))
    , m_create(new QPushButton(tr("&New"), this))
    , m_rename(new QPushButton(tr("Rena&me"), this))
    , m_delete(new QPushButton(tr("Delete"), this))
    , m_status(new StatusLine(this))
{
    // The current row going (a home removed) moves the selection: not the user's pick.
    // Connected before the proxy is, so that this is known when the selection moves.
    connect(session->homes(), &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_rowsGoing = true; });
    connect(session->homes(), &QAbstractItemModel::rowsRemoved, this,
            [this] { m_rowsGoing = false; });
    m_proxy->setSourceModel(session->homes());
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setNaturalOrder(true);  // "Home 2" before "Home 10", as the Fleet page
    m_proxy->sort(0);
    m_filter->setPlaceholderText(tr("Filter homes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter homes"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &KeyedSortProxy::setFilterText);
    m_list->setModel(m_proxy);
    m_list->setAccessibleName(tr("Homes"));
    m_list->setUniformItemSizes(true);
    m_list->setItemDelegate(new StateDelegate(m_list));  // greyed while as last seen
    m_list->setSpacing(2);
    m_create->setToolTip(tr("Create a home (Ctrl+N)"));
    m_create->setAccessibleName(tr("New home"));
    m_rename->setAccessibleName(tr("Rename home"));
    m_delete->setAccessibleName(tr("Delete home"));

    auto *title = new QLabel(tr("<b>Homes</b>"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateButtons();
        emit homePicked(currentHomeId());
        if (!m_autoPicking && !m_rowsGoing) {
            m_preferred = 0;  // the user's own pick: no wish of the last run overrides it
            emit userPickedHome();
        }
    });
    connect(m_create, &QPushButton::clicked, this, &HomesPanel::createHome);
    connect(m_rename, &QPushButton::clicked, this, &HomesPanel::renameHome);
    connect(m_delete, &QPushButton::clicked, this, &HomesPanel::deleteHome);
    // When the list first fills: the home open last time, else the first.
    connect(session->homes(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (currentHomeId() != 0 || m_proxy->rowCount() == 0)
            return;
        // A list as last seen may still lose the home: the wish holds until the server's.
        const bool lastKnown = m_session->homes()->lastKnownAsOf().isValid();
        const qint64 preferred = lastKnown ? m_preferred : std::exchange(m_preferred, 0);
        const int row = preferred != 0 ? m_session->homes()->rowOf(preferred) : -1;
        // Shown, not chosen: the user may be on the Fleet page meanwhile.
        const QScopedValueRollback picking(m_autoPicking, true);
        m_list->setCurrentIndex(row >= 0 ? m_proxy->mapFromSource(m_session->homes()->index(row, 0))
                                         : m_proxy->index(0, 0));
        m_preferredShown = row >= 0;
        if (preferred != 0 && row < 0 && !lastKnown)
            emit preferredHomeGone(m_list->currentIndex().data().toString());
    });
    // The server's list replaced the one last seen: was the home open last time in it?
    connect(session->homes(), &HomesModel::lastKnownChanged, this, [this] {
        if (m_session->state() != Session::State::SignedIn ||
            m_session->homes()->lastKnownAsOf().isValid() || m_preferred == 0 ||
            currentHomeId() == 0)
            return;
        const qint64 preferred = std::exchange(m_preferred, 0);
        if (m_session->homes()->rowOf(preferred) < 0)
            emit preferredHomeGone(m_list->currentIndex().data().toString());
        else if (!m_preferredShown)
            selectHome(preferred);  // not in the list as last seen: a home added since
    });
    connect(session->homes(), &QAbstractItemModel::modelReset, this, [this] {
        m_status->clear();  // a message about another profile's homes
        updateButtons();
        emit homePicked(0);
    });
    connect(m_status, &StatusLine::callFinished, this, &HomesPanel::updateButtons);
    updateButtons();
}

void HomesPanel::updateButtons()
{
    const bool picked = currentHomeId() != 0;
    m_rename->setEnabled(picked);
    m_delete->setEnabled(picked);
}

qint64 HomesPanel::currentHomeId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(IdRole).toLongLong() : 0;
}

void HomesPanel::setPreferredHome(qint64 homeId)
{
    m_preferred = homeId;
}

void HomesPanel::selectHome(qint64 homeId)
{
    m_preferred = 0;  // asked for now (the Fleet's Open its home, say): no older wish holds
    const int row = m_session->homes()->rowOf(homeId);
    const QScopedValueRollback picking(m_autoPicking, true);
    if (row >= 0)
        m_list->setCurrentIndex(m_proxy->mapFromSource(m_session->homes()->index(row, 0)));
}

void HomesPanel::createHome()
{
    NewHomeDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    selectHome(dialog.createdHomeId());
    m_status->showInfo(tr("Created “%1”.").arg(dialog.name()));
}

void HomesPanel::renameHome()
{
    const qint64 id = currentHomeId();
    if (!id)
        return;
    const QString current = m_session->homes()->record(m_session->homes()->rowOf(id)).name;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename home"), tr("New name:"),
                                               QLineEdit::Normal, current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty() || name == current)
        return;
    m_status->track(m_session->renameHome(id, name), tr("Renaming…"),
                    tr("Renamed to “%1”.").arg(name), {m_rename});
}

void HomesPanel::deleteHome()
{
    const qint64 id = currentHomeId();
    if (!id)
        return;
    const QString name = m_session->homes()->record(m_session->homes()->rowOf(id)).name;
    if (!AskBox::confirm(this, tr("Delete home"),
                         tr("Delete “%1”? Its members lose access, its key-value store is erased "
                            "and its devices are released.")
                             .arg(name),
                         QMessageBox::Warning))
        return;
    m_status->track(m_session->deleteHome(id), tr("Deleting “%1”…").arg(name),
                    tr("Deleted “%1”.").arg(name), {m_delete});
}

}  // namespace ModeDesk
