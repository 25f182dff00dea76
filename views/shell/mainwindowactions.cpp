// MainWindow's actions: the menus and toolbar, the keyboard shortcuts (defined
// once, in the menus; the help lists them from there), and the language and
// appearance choices. The window itself is built in mainwindow.cpp.
#include "mainwindow.h"

#include "fleetpage.h"
#include "homespanel.h"
#include "pageregistry.h"
#include "session.h"
#include "tablepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace ModeDesk {

void MainWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr(" Profile: "), this));
    bar->addWidget(m_profiles);
    QAction *edit = bar->addAction(tr("Edit profile…"), this, &MainWindow::editProfileRequested);
    QAction *add = bar->addAction(tr("New profile…"), this, &MainWindow::newProfileRequested);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_user);
    m_accountAction = bar->addAction(tr("Account…"), this, &MainWindow::accountRequested);
    m_outboxAction = bar->addAction(tr("Outbox"), this, &MainWindow::outboxRequested);
    m_outboxAction->setObjectName(QStringLiteral("outboxAction"));
    m_outboxAction->setToolTip(tr("Mail and SMS the local sandbox would have sent"));
    QAction *refresh = bar->addAction(tr("Refresh"), this, [this] {
        // A live link that is down is tried again now, not after its backoff; once back,
        // it reads again whatever may have changed meanwhile.
        if (m_session->events()->health().state == LinkState::Reconnecting)
            m_session->events()->reconnectNow();
        m_session->reloadHomes();
        // What is on screen is read again: the whole fleet, or the chosen home.
        if (currentView() == View::Fleet)
            m_session->fleet()->refresh();
        else
            m_session->home()->refresh();
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_signInAction = file->addAction(tr("Sign &in…"), QKeySequence(tr("Ctrl+L")), this,
                                     &MainWindow::signInRequested);
    m_signOutAction = file->addAction(tr("Sign &out"), QKeySequence(tr("Ctrl+Shift+L")), this,
                                      &MainWindow::signOutRequested);
    file->addAction(m_accountAction);
    file->addSeparator();
    file->addAction(add);
    file->addAction(edit);
    m_languageMenu = file->addMenu(tr("&Language"));
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->setEnabled(false);  // until setLanguages()
    m_appearanceMenu = file->addMenu(tr("A&ppearance"));
    m_appearanceMenu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *looks = new QActionGroup(m_appearanceMenu);
    for (const auto &[choice, label] :
         {std::pair{QStringLiteral("system"), tr("Follow the &system")},
          std::pair{QStringLiteral("light"), tr("&Light")},
          std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *action = m_appearanceMenu->addAction(label);
        action->setObjectName(QStringLiteral("appearance_") + choice);
        action->setCheckable(true);
        action->setChecked(choice == u"system");
        looks->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, choice = choice] { emit appearanceChosen(choice); });
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    QMenu *home = menuBar()->addMenu(tr("&Home"));
    home->addAction(tr("&New home…"), QKeySequence::New, m_homes, &HomesPanel::createHome);
    home->addAction(tr("&Rename home…"), QKeySequence(Qt::Key_F2), m_homes,
                    &HomesPanel::renameHome);
    home->addAction(tr("&Delete home…"), m_homes, &HomesPanel::deleteHome);
    home->addSeparator();
    const QList<PageRegistry::PageInfo> &pages = PageRegistry::pages();
    for (int i = 0; i < pages.size(); ++i) {
        home->addAction(PageRegistry::title(pages.at(i), true), pageShortcut(i), this,
                        [this, i] { showPage(i); });
    }
    home->addAction(tr("&Find in list"), QKeySequence::Find, this, [this] {
        if (currentView() == View::Fleet)
            m_fleet->filterEdit()->setFocus();
        else if (auto *page = qobject_cast<TablePage *>(m_tabs->currentWidget()))
            page->filter()->setFocus();
    });
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Fleet: every device"), QKeySequence(tr("Ctrl+Shift+F")), this,
                    [this] { showView(View::Fleet); });
    view->addAction(tr("&Alerts"), QKeySequence(tr("Ctrl+Shift+A")), this,
                    [this] { showView(View::Alerts); });
    view->addAction(tr("The chosen &home"), QKeySequence(tr("Ctrl+Shift+H")), this,
                    [this] { showView(View::Home); });
    view->addSeparator();
    // On a small screen the homes list gives its width to the pages.
    m_homesPanelAction = view->addAction(tr("Homes &panel"), QKeySequence(Qt::Key_F9), this,
                                         [this](bool shown) { setHomesPanelShown(shown); });
    m_homesPanelAction->setObjectName(QStringLiteral("homesPanelAction"));
    m_homesPanelAction->setCheckable(true);
    m_homesPanelAction->setChecked(true);
    home->addAction(refresh);
    QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
    sandbox->setObjectName(QStringLiteral("sandboxMenu"));
    m_sandboxKeyAction =
        sandbox->addAction(tr("&Admin key…"), this, &MainWindow::sandboxKeyRequested);
    m_sandboxKeyAction->setToolTip(tr("The admin key of the MODE sandbox this profile points at"));
    m_copySandboxKeyAction = sandbox->addAction(tr("&Copy the admin key"), this, [this] {
        QApplication::clipboard()->setText(m_session->simulators()->sandbox()->adminKey());
        statusBar()->showMessage(tr("The sandbox's admin key is on the clipboard."), 5000);
    });
    m_copySandboxKeyAction->setObjectName(QStringLiteral("copySandboxKey"));
    sandbox->addAction(m_outboxAction);
    sandbox->addAction(tr("&Restart the local sandbox"), this,
                       &MainWindow::restartSandboxRequested);
    connect(sandbox, &QMenu::aboutToShow, this, [this, sandbox] {
        const bool local = m_session->profile().localSandbox;
        m_sandboxKeyAction->setEnabled(!local);  // the local sandbox's key is its own
        m_copySandboxKeyAction->setEnabled(
            !m_session->simulators()->sandbox()->adminKey().isEmpty());
        sandbox->actions().constLast()->setVisible(local);
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
    help->addAction(tr("&About ModeDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About ModeDesk"),
            tr("<b>ModeDesk %1</b><br>A desktop dashboard for fleets on the MODE IoT "
               "cloud (API v2.1).")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setLanguages(const QList<LanguageChoice> &choices, const QString &current)
{
    m_languageMenu->clear();
    qDeleteAll(m_languageMenu->findChildren<QActionGroup *>());  // from an earlier call
    auto *group = new QActionGroup(m_languageMenu);
    const auto add = [&](const QString &code, const QString &name) {
        QAction *action = m_languageMenu->addAction(name);
        action->setObjectName(QStringLiteral("language_") +
                              (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
    };
    add({}, tr("System language"));
    m_languageMenu->addSeparator();
    for (const LanguageChoice &choice : choices)
        add(choice.code, choice.name);
    m_languageMenu->setEnabled(true);
}

void MainWindow::setAppearance(const QString &current)
{
    const auto actions = m_appearanceMenu->actions();
    for (QAction *action : actions)
        action->setChecked(action->objectName() == QStringLiteral("appearance_") + current);
}

QKeySequence MainWindow::pageShortcut(int index)
{
    // Ctrl+1…9, then Ctrl+0 for the tenth page.
    if (index < 9)
        return QKeySequence(QStringLiteral("Ctrl+%1").arg(index + 1));
    return index == 9 ? QKeySequence(QStringLiteral("Ctrl+0")) : QKeySequence();
}

namespace {
// A menu entry's words without its mnemonic: "&Rename home…" -> "Rename home",
// Japanese "名前の変更(&R)…" -> "名前の変更".
QString plainLabel(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("\\(&.\\)|&(?=.)"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.remove(accelerator);
}
}  // namespace

QList<std::pair<QKeySequence, QString>> MainWindow::shortcuts() const
{
    // Read from the menus, where each shortcut is defined once: this list cannot drift.
    QList<std::pair<QKeySequence, QString>> list;
    const std::function<void(const QMenu *)> collect = [&](const QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->shortcut().isEmpty())
                list.append({action->shortcut(), plainLabel(action->text())});
        }
    };
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    return list;
}

void MainWindow::showShortcuts()
{
    QString rows;
    // Keys in the platform's own words (Strg on a German desktop, ⌘ on a Mac).
    for (const auto &[keys, what] : shortcuts())
        rows +=
            QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(keys.toString(QKeySequence::NativeText).toHtmlEscaped(), what.toHtmlEscaped());
    QMessageBox::information(this, tr("Keyboard shortcuts"),
                             QStringLiteral("<table>%1</table>").arg(rows));
}

}  // namespace ModeDesk
