#include "mainwindow.h"

#include "alertnotifier.h"
#include "alertspage.h"
#include "chartpage.h"
#include "commandcomposer.h"
#include "devicespage.h"
#include "elidedlabel.h"
#include "eventspage.h"
#include "fleetpage.h"
#include "historypage.h"
#include "homespanel.h"
#include "keyvaluespage.h"
#include "linkstatuswidget.h"
#include "memberspage.h"
#include "modelformat.h"
#include "pageregistry.h"
#include "provisioningpage.h"
#include "session.h"
#include "simulatorpage.h"
#include "statusline.h"
#include "themecolours.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ModeDesk {

namespace {
QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(colour.isValid() ? colour : QColor(Qt::gray));
    return QIcon(pixmap);
}
}  // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_profiles(new QComboBox(this))
    , m_user(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_signedOut(new QLabel(this))
    , m_homes(new HomesPanel(session, this))
    , m_leftPane(new QWidget(this))
    , m_homeTitle(new ElidedLabel(this))
    , m_homeInfo(new ElidedLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_devices(new DevicesPage(session, this))
    , m_members(new MembersPage(session, this))
    , m_keyValues(new KeyValuesPage(session, this))
    , m_modules(new TablePage(session->home()->smartModules(), tr("Filter smart modules"), this))
    , m_events(new EventsPage(session, this))
    , m_chartPage(new ChartPage(session, this))
    , m_history(new HistoryPage(session, this))
    , m_fleet(new FleetPage(session->fleet(), this))
    , m_views(new QStackedWidget(this))
    , m_fleetButton(new QPushButton(tr("Fleet: every device"), this))
    , m_alerts(new AlertsPage(session, this))
    , m_alertsButton(new QPushButton(this))
    , m_notifier(new AlertNotifier(session->alerts(), this))
    , m_composer(new CommandComposer(session, this))
    , m_simulator(new SimulatorPage(session, this))
    , m_provisioning(new ProvisioningPage(session, this))
    , m_link(new LinkStatusWidget(this))
    , m_reconnect(new QToolButton(this))
    , m_profileBadge(new QLabel(this))
    , m_backendNotice(new QLabel(this))
    , m_restartSandbox(new QPushButton(tr("Restart now"), this))
    , m_importNotice(new QLabel(this))
    , m_importShow(new QPushButton(tr("Show"), this))
{
    setWindowTitle(tr("ModeDesk"));
    // 1280x800, or less on a smaller screen: the status bar must be on it.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1280, 800);
    resize(QSize(1280, 800).boundedTo(available));

    // Signed out: one clear message and the way forward.
    auto *signedOutPage = new QWidget(this);
    auto *signedOutLayout = new QVBoxLayout(signedOutPage);
    m_signedOut->setAlignment(Qt::AlignCenter);
    m_signedOut->setWordWrap(true);
    auto *signIn = new QPushButton(tr("Sign in…"), signedOutPage);
    signIn->setObjectName(QStringLiteral("signInButton"));
    connect(signIn, &QPushButton::clicked, this, &MainWindow::signInRequested);
    signedOutLayout->addStretch();
    signedOutLayout->addWidget(m_signedOut);
    signedOutLayout->addWidget(signIn, 0, Qt::AlignCenter);
    signedOutLayout->addStretch();

    // Signed in: homes on the left, the chosen home on the right.
    auto *homePane = new QWidget(this);
    auto *homeLayout = new QVBoxLayout(homePane);
    homeLayout->setContentsMargins(0, 0, 0, 0);
    // The home's name and what is known of it; a name of any length is cut to the window.
    QFont titleFont = m_homeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_homeTitle->setFont(titleFont);
    m_homeTitle->setObjectName(QStringLiteral("homeTitle"));
    m_homeInfo->setObjectName(QStringLiteral("homeInfo"));
    homeLayout->addWidget(m_homeTitle);
    homeLayout->addWidget(m_homeInfo);
    for (const PageRegistry::PageInfo &info : PageRegistry::pages())
        m_tabs->addTab(pageWidget(info.page), PageRegistry::title(info));
    m_modules->table()->horizontalHeader()->resizeSection(SmartModulesModel::IdColumn, 160);
    m_modules->table()->horizontalHeader()->resizeSection(SmartModulesModel::TypeColumn, 140);
    m_modules->table()->horizontalHeader()->resizeSection(SmartModulesModel::StatusColumn, 110);
    homeLayout->addWidget(m_tabs, 1);
    // The left side picks what the right side shows: the fleet, or a home.
    auto *leftLayout = new QVBoxLayout(m_leftPane);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_fleetButton->setObjectName(QStringLiteral("fleetButton"));
    m_fleetButton->setCheckable(true);
    m_fleetButton->setToolTip(tr("Every device of every home, in one list (Ctrl+Shift+F)"));
    m_alertsButton->setObjectName(QStringLiteral("alertsButton"));
    m_alertsButton->setCheckable(true);
    m_alertsButton->setToolTip(tr("Alert rules and the alerts they raised (Ctrl+Shift+A)"));
    leftLayout->addWidget(m_fleetButton);
    leftLayout->addWidget(m_alertsButton);
    leftLayout->addWidget(m_homes, 1);
    m_views->addWidget(homePane);
    m_views->addWidget(m_fleet);
    m_views->addWidget(m_alerts);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("homesSplitter"));
    splitter->addWidget(m_leftPane);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1000});
    splitter->setHandleWidth(8);
    splitter->setChildrenCollapsible(false);
    m_homes->setMinimumWidth(220);

    auto *signedInPage = new QWidget(this);
    auto *signedInLayout = new QVBoxLayout(signedInPage);
    signedInLayout->setContentsMargins(8, 6, 8, 0);
    signedInLayout->addWidget(splitter);
    m_stack->addWidget(signedOutPage);
    m_stack->addWidget(signedInPage);
    setCentralWidget(m_stack);

    statusBar()->addWidget(m_profileBadge);
    m_backendNotice->setObjectName(QStringLiteral("backendNotice"));
    m_backendNotice->setAccessibleName(tr("Server status"));
    m_restartSandbox->setObjectName(QStringLiteral("restartSandbox"));
    m_restartSandbox->setFlat(true);
    statusBar()->addWidget(m_backendNotice);
    statusBar()->addWidget(m_restartSandbox);
    m_backendNotice->hide();
    m_restartSandbox->hide();
    connect(m_restartSandbox, &QPushButton::clicked, this, &MainWindow::restartSandboxRequested);
    // A bulk import left unfinished (by the last run, say) is offered wherever the user is.
    m_importNotice->setObjectName(QStringLiteral("importNotice"));
    m_importNotice->setTextFormat(Qt::PlainText);
    m_importShow->setObjectName(QStringLiteral("importShow"));
    m_importShow->setFlat(true);
    statusBar()->addWidget(m_importNotice);
    statusBar()->addWidget(m_importShow);
    connect(m_importShow, &QPushButton::clicked, this, [this] {
        showPage(m_tabs->indexOf(m_provisioning));
        m_provisioning->showBulk();
    });
    BulkClaim *bulk = session->bulkClaim();
    connect(bulk, &BulkClaim::rowsReset, this, &MainWindow::updateImportNotice);
    connect(bulk, &BulkClaim::stateChanged, this, &MainWindow::updateImportNotice);
    connect(bulk, &BulkClaim::targetChanged, this, &MainWindow::updateImportNotice);
    connect(bulk, &BulkClaim::finished, this, &MainWindow::updateImportNotice);
    updateImportNotice();
    // A profile's file that cannot be read: said as its owner words it. (The bulk import
    // says its own on its page.)
    connect(session->files(), &ProfileFiles::readFailed, this,
            [this](ProfileFiles::File file, const QString &sentence) {
                if (file != ProfileFiles::File::BulkClaim)
                    statusBar()->showMessage(sentence);
            });
    // One that cannot be written: said once, with what it costs.
    connect(session->files(), &ProfileFiles::writeFailed, this,
            [this](ProfileFiles::File file, const QString &reason) {
                QString what;
                switch (file) {
                    case ProfileFiles::File::ClaimLedger:
                        what =
                            tr("Which device each claimed code became could not be saved (%1): "
                               "a later claim of such a code may not tell this home from "
                               "another.");
                        break;
                    case ProfileFiles::File::AlertRules:
                    case ProfileFiles::File::AlertLog:
                        what =
                            tr("The alerts could not be saved (%1): they are lost at the next "
                               "start.");
                        break;
                    case ProfileFiles::File::CommandHistory:
                        what = tr("The command history could not be saved (%1).");
                        break;
                    case ProfileFiles::File::CommandTemplates:
                        what = tr("The command templates could not be saved (%1).");
                        break;
                    case ProfileFiles::File::LastKnownState:
                        what =
                            tr("The homes and devices as last seen could not be saved (%1): "
                               "the next start waits for the server to show them.");
                        break;
                    case ProfileFiles::File::BulkClaim:
                        return;
                }
                statusBar()->showMessage(what.arg(reason));
            });
    statusBar()->addPermanentWidget(m_link);
    // While the live link waits to try again: try now (the server is back, say).
    m_reconnect->setText(tr("Reconnect now"));
    m_reconnect->setObjectName(QStringLiteral("reconnectNow"));
    m_reconnect->setAutoRaise(true);
    m_reconnect->hide();
    statusBar()->addPermanentWidget(m_reconnect);
    connect(m_reconnect, &QToolButton::clicked, session->events(), &EventStream::reconnectNow);
    m_profiles->setMinimumWidth(220);
    m_profiles->setAccessibleName(tr("Connection profile"));
    m_user->setAccessibleName(tr("Signed-in user"));
    buildActions();

    connect(m_homes, &HomesPanel::homePicked, m_session, &Session::showHome);
    connect(m_homes, &HomesPanel::userPickedHome, this, [this] { showView(View::Home); });
    connect(m_homes, &HomesPanel::preferredHomeGone, this, [this](const QString &shown) {
        statusBar()->showMessage(
            tr("The home open last time is no longer there: showing %1 instead.").arg(shown));
    });
    connect(m_homes->list(), &QAbstractItemView::clicked, this, [this] { showView(View::Home); });
    connect(m_fleetButton, &QPushButton::clicked, this,
            [this] { showView(currentView() == View::Fleet ? View::Home : View::Fleet); });
    connect(m_alertsButton, &QPushButton::clicked, this,
            [this] { showView(currentView() == View::Alerts ? View::Home : View::Alerts); });
    connect(session->alerts(), &Alerts::countsChanged, this, &MainWindow::updateAlertCount);
    connect(m_notifier, &AlertNotifier::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showView(View::Alerts);
    });
    connect(m_alerts, &AlertsPage::homeRequested, this, [this](qint64 homeId) {
        m_homes->selectHome(homeId);
        m_session->showHome(homeId);
        showView(View::Home);
    });
    connect(m_fleet, &FleetPage::commandRequested, this, [this](const QList<qint64> &ids) {
        m_composer->setFleetTargets(ids);
        showView(View::Home);
        m_tabs->setCurrentWidget(m_composer);
    });
    connect(m_fleet, &FleetPage::homeRequested, this, [this](qint64 homeId, qint64 deviceId) {
        m_homes->selectHome(homeId);
        m_session->showHome(homeId);
        showView(View::Home);
        m_tabs->setCurrentWidget(m_devices);
        m_devices->selectDevice(deviceId);
    });
    connect(m_history, &HistoryPage::chartRequested, this, [this](const QString &seriesId) {
        m_chartPage->addHistorySeries(seriesId);
        m_tabs->setCurrentWidget(m_chartPage);
    });
    // The header reads the homes model and the devices model: it follows both.
    connect(session, &Session::homeChanged, this, &MainWindow::updateHomeHeader);
    for (QAbstractItemModel *model :
         {static_cast<QAbstractItemModel *>(session->homes()),
          static_cast<QAbstractItemModel *>(session->home()->devices())}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateHomeHeader);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateHomeHeader);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateHomeHeader);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateHomeHeader);
    }
    connect(session, &Session::stateChanged, this, &MainWindow::updateState);
    connect(session, &Session::userChanged, this, &MainWindow::updateState);
    connect(session, &Session::profileChanged, this, &MainWindow::updateState);
    // Another profile: no message of the last one stays on any page.
    connect(session, &Session::profileChanged, this, [this] { clearStatusLines(false); });
    // The server is back after an outage: the errors it caused are stale.
    connect(session, &Session::readingAgain, this, [this] { clearStatusLines(true); });
    connect(session->events(), &EventStream::healthChanged, m_link, &LinkStatusWidget::setHealth);
    connect(session->events(), &EventStream::healthChanged, this, [this](const StreamHealth &h) {
        m_reconnect->setVisible(h.state == LinkState::Reconnecting);
    });
    connect(session->home(), &HomeController::loadingChanged, this, &MainWindow::updateHomeHeader);
    // Each list's trouble on the page that shows it.
    connect(session->home(), &HomeController::loadProblem, this,
            [this](HomeController::Part part, const QString &sentence, const QString &detail) {
                StatusLine *line = m_devices->status();
                switch (part) {
                    case HomeController::Part::Devices:
                        break;
                    case HomeController::Part::Members:
                        line = m_members->status();
                        break;
                    case HomeController::Part::KeyValues:
                        line = m_keyValues->status();
                        break;
                    case HomeController::Part::SmartModules:
                        line = m_modules->status();
                        break;
                }
                line->showError(sentence, detail);
            });
    connect(session, &Session::homesProblem, m_homes->status(),
            qOverload<const QString &, const QString &>(&StatusLine::showError));
    connect(session, &Session::homesProblemGone, this, [this](const QString &sentence) {
        if (m_homes->status()->text() == sentence)  // not a later word about another thing
            m_homes->status()->clear();
    });
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        const QString id = m_profiles->itemData(index).toString();
        if (id == m_session->profile().id)
            return;
        m_profiles->setCurrentIndex(m_profiles->findData(m_session->profile().id));
        runWhenImportStopped(tr("An import is claiming devices into “%1”. Switch the profile? "
                                "The claims on their way finish first; the import can be "
                                "continued when this profile is open again."),
                             tr("&Stop and switch"), [this, id] { emit profileChosen(id); });
    });
    setSignedOutMessage(tr("Not signed in."));
    updateAlertCount();
}

void MainWindow::showPage(int index)
{
    showView(View::Home);
    m_tabs->setCurrentIndex(index);
}

void MainWindow::showView(View view)
{
    m_views->setCurrentIndex(int(view));
    m_fleetButton->setChecked(view == View::Fleet);
    m_alertsButton->setChecked(view == View::Alerts);
    if (view == View::Fleet)
        m_fleet->filterEdit()->setFocus();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_views->currentIndex());
}

void MainWindow::updateAlertCount()
{
    const int unacknowledged = m_session->alerts()->unacknowledgedCount();
    // No accelerators on these two: Ctrl+Shift+F and Ctrl+Shift+A reach them from anywhere.
    m_alertsButton->setText(unacknowledged > 0 ? tr("Alerts (%1 new)").arg(unacknowledged)
                                               : tr("Alerts"));
    updateState();  // the window title carries the count too
}

bool MainWindow::runWhenImportStopped(const QString &question, const QString &stopLabel,
                                      const std::function<void()> &then)
{
    BulkClaim *bulk = m_session->bulkClaim();
    if (!bulk->isRunning()) {
        then();
        return true;
    }
    if (m_waitingForImport)
        return false;  // already stopping for an earlier request: that one goes on
    if (bulk->state() != BulkClaim::State::Stopping) {
        QMessageBox box(QMessageBox::Question, tr("An import is running"),
                        question.arg(bulk->targetHomeName()), QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("importRunningQuestion"));
        box.setTextFormat(Qt::PlainText);
        QPushButton *stop = box.addButton(stopLabel, QMessageBox::AcceptRole);
        box.addButton(tr("&Keep importing"), QMessageBox::RejectRole);
        box.setDefaultButton(stop);
        box.exec();
        if (box.clickedButton() != stop)
            return false;
        if (!bulk->isRunning()) {  // it finished while the question was open
            then();
            return true;
        }
    }
    // The claims on their way are answered before anything is let go: none is lost.
    m_waitingForImport = true;
    auto *wait = new QTimer(this);
    wait->setSingleShot(true);
    const auto go = [this, wait, then] {
        wait->disconnect(this);
        m_session->bulkClaim()->disconnect(wait);
        wait->deleteLater();
        m_waitingForImport = false;
        statusBar()->clearMessage();
        then();
    };
    connect(bulk, &BulkClaim::settled, wait, go);
    connect(wait, &QTimer::timeout, this, go);  // a server that never answers: do not hang
    wait->start(20'000);
    statusBar()->showMessage(tr("Stopping the import: waiting for the claims on their way…"));
    bulk->stop();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeAgreed || !m_session->bulkClaim()->isRunning()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    runWhenImportStopped(tr("An import is claiming devices into “%1”. Quit anyway? The claims on "
                            "their way finish first; the next start offers to continue the "
                            "import."),
                         tr("&Stop and quit"), [this] {
                             m_closeAgreed = true;
                             close();
                         });
}

void MainWindow::updateImportNotice()
{
    BulkClaim *bulk = m_session->bulkClaim();
    const bool unfinished = bulk->isUnfinished();
    const int left = bulk->count(BulkClaimRow::Status::Pending);
    m_importNotice->setText(
        unfinished ? tr("Unfinished import into “%1”: %n row(s) to claim.", nullptr, left)
                         .arg(bulk->targetHomeName())
                   : QString());
    m_importNotice->setVisible(unfinished);
    m_importShow->setVisible(unfinished);
}

QWidget *MainWindow::pageWidget(PageRegistry::Page page) const
{
    switch (page) {
        case PageRegistry::Page::Devices:
            return m_devices;
        case PageRegistry::Page::Members:
            return m_members;
        case PageRegistry::Page::KeyValues:
            return m_keyValues;
        case PageRegistry::Page::SmartModules:
            return m_modules;
        case PageRegistry::Page::Events:
            return m_events;
        case PageRegistry::Page::Chart:
            return m_chartPage;
        case PageRegistry::Page::History:
            return m_history;
        case PageRegistry::Page::Commands:
            return m_composer;
        case PageRegistry::Page::Simulator:
            return m_simulator;
        case PageRegistry::Page::Provisioning:
            return m_provisioning;
    }
    return nullptr;
}

void MainWindow::setProfiles(const QList<ConnectionProfile> &profiles, const QString &currentId)
{
    m_profiles->clear();
    for (const ConnectionProfile &p : profiles)
        m_profiles->addItem(swatch(p.colour), p.name, p.id);
    m_profiles->setCurrentIndex(m_profiles->findData(currentId));
    updateState();
}

void MainWindow::setSignedOutMessage(const QString &text)
{
    m_signedOut->setText(text);
}

void MainWindow::clearStatusLines(bool errorsOnly)
{
    const auto lines = findChildren<StatusLine *>();
    for (StatusLine *line : lines) {
        if (!errorsOnly || line->isShowingError())
            line->clear();
    }
}

void MainWindow::setBackendNotice(const QString &text, bool offerRestart, const QString &detail)
{
    m_backendNotice->setText(text);
    m_backendNotice->setToolTip(detail);
    m_backendNotice->setStyleSheet(ThemeColours::errorTextStyle(palette()));
    m_backendNotice->setVisible(!text.isEmpty());
    m_restartSandbox->setVisible(!text.isEmpty() && offerRestart);
}

QString MainWindow::homeHeaderText() const
{
    return m_homeTitle->fullText() + QLatin1Char('\n') + m_homeInfo->fullText();
}

QString MainWindow::backendNotice() const
{
    return m_backendNotice->text();
}

void MainWindow::updateState()
{
    const bool signedIn = m_session->state() == Session::State::SignedIn;
    m_stack->setCurrentIndex(signedIn ? 1 : 0);
    const ConnectionProfile &p = m_session->profile();
    m_outboxAction->setVisible(p.localSandbox);
    m_accountAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    const User &u = m_session->user();
    // The name is the server's: escaped, and cut so that a long one cannot widen the toolbar.
    const QString who = u.name.isEmpty() ? u.email + u.phoneNumber : u.name;
    // Who is not known yet (the server not reached, say): signed in, without a blank name.
    m_user->setText(
        !signedIn ? tr("Not signed in ")
        : who.isEmpty()
            ? tr("Signed in ")
            : tr("Signed in as <b>%1</b> ")
                  .arg(
                      m_user->fontMetrics().elidedText(who, Qt::ElideMiddle, 240).toHtmlEscaped()));
    m_user->setToolTip(signedIn ? ModelFormat::plainTip(who) : QString());
    m_profileBadge->setText(
        QStringLiteral("<span style='color:%1'>&#9632;</span> %2 &middot; %3")
            .arg(p.colour.name(), p.name.toHtmlEscaped(), p.apiUrl.toString().toHtmlEscaped()));
    const QString title = p.name.isEmpty() ? tr("ModeDesk") : tr("%1 — ModeDesk").arg(p.name);
    const int alerts = m_session->alerts()->unacknowledgedCount();
    setWindowTitle(alerts > 0 ? tr("(%n alert(s)) ", nullptr, alerts) + title : title);
    m_members->updateForProfile();
    if (p.accountMode == AccountMode::Byou && signedIn)
        m_link->setUnavailable(tr("No live updates: MODE offers none to BYOU projects"));
    updateHomeHeader();
}

void MainWindow::updateHomeHeader()
{
    const qint64 id = m_session->home()->homeId();
    const int row = m_session->homes()->rowOf(id);
    if (row < 0) {
        const bool none = m_session->homes()->rowCount() == 0;
        m_homeTitle->setFullText(none ? tr("No homes yet") : tr("Pick a home"));
        m_homeInfo->setFullText(none ? tr("Create one with New on the left.") : QString());
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    const Home home = m_session->homes()->record(row);
    DevicesModel *devices = m_session->home()->devices();
    QString counts =
        devices->isOnlineKnown() ? tr("%n device(s), %1 online", nullptr, devices->rowCount())
                                       .arg(devices->onlineCount())
        : devices->isLinkLive()
            ? tr("%n device(s), online state unknown (as last seen)", nullptr, devices->rowCount())
            : tr("%n device(s), online state unknown (no live link)", nullptr, devices->rowCount());
    if (m_session->home()->isLoading())
        counts = tr("loading…");
    m_homeTitle->setFullText(home.name);
    m_homeInfo->setFullText(
        tr("%1 · %2").arg(home.timezone.isEmpty() ? tr("no time zone") : home.timezone, counts));
}

}  // namespace ModeDesk
