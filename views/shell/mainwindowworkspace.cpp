// MainWindow's workspace: what the user arranged (the view and page, the homes
// panel, every splitter, the Fleet's and the chart's choices, the home on
// screen), handed to WorkspaceStore at quit and given back at the next start.
#include "mainwindow.h"

#include "chartpage.h"
#include "fleetpage.h"
#include "homespanel.h"
#include "session.h"

#include <QAction>
#include <QSplitter>
#include <QTabWidget>

namespace ModeDesk {

void MainWindow::setHomesPanelShown(bool shown)
{
    m_leftPane->setVisible(shown);
    m_homesPanelAction->setChecked(shown);
}

bool MainWindow::isHomesPanelShown() const
{
    return m_homesPanelAction->isChecked();
}

QVariantMap MainWindow::workspace() const
{
    QVariantMap splitters;
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitters.insert(splitter->objectName(), splitter->saveState());
    }
    return {{QStringLiteral("view"), int(currentView())},
            {QStringLiteral("page"), m_tabs->currentIndex()},
            {QStringLiteral("homesPanel"), isHomesPanelShown()},
            {QStringLiteral("splitters"), splitters},
            // The home on screen; before the homes are listed (offline, not signed in),
            // the one still to be shown.
            {QStringLiteral("home"), m_session->home()->homeId() != 0 ? m_session->home()->homeId()
                                                                      : m_homes->preferredHome()},
            {QStringLiteral("fleet"), m_fleet->viewState()},
            {QStringLiteral("chart"), m_chartPage->viewState()}};
}

void MainWindow::restoreWorkspace(const QVariantMap &state)
{
    const QVariantMap splitters = state.value(QStringLiteral("splitters")).toMap();
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QByteArray saved = splitters.value(splitter->objectName()).toByteArray();
        if (!saved.isEmpty())
            splitter->restoreState(saved);
    }
    setHomesPanelShown(state.value(QStringLiteral("homesPanel"), true).toBool());
    const int page = state.value(QStringLiteral("page"), 0).toInt();
    if (page >= 0 && page < m_tabs->count())
        m_tabs->setCurrentIndex(page);
    const int view = state.value(QStringLiteral("view"), int(View::Home)).toInt();
    showView(view >= int(View::Home) && view <= int(View::Alerts) ? View(view) : View::Home);
    // The home open last time, once the homes are here (or, if it is gone, the first).
    m_homes->setPreferredHome(state.value(QStringLiteral("home")).toLongLong());
    m_fleet->restoreView(state.value(QStringLiteral("fleet")).toMap());
    m_chartPage->restoreView(state.value(QStringLiteral("chart")).toMap());
}

}  // namespace ModeDesk
