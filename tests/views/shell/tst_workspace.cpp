// The window on a laptop and across runs: every page fits 1280x720 in every
// language it speaks, each page's main table keeps its rows and its column
// titles whole, and what the user arranged comes back at the next start.
#include "dashboardfixture.h"
#include "eventspage.h"
#include "fleet.h"
#include "fleetpage.h"
#include "statusline.h"
#include "uilanguage.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QProgressBar>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTreeView>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestWorkspace : public DashboardTestBase
{
    Q_OBJECT

public:
    // Offscreen, the screen is a laptop's (1280x720): Qt's own (800x600, 800x800 from
    // 6.5) is smaller than the window, and from Qt 6.8 on restoreGeometry() fits a
    // window to its screen, so a size could not come back whole on it. The path is
    // relative: the platform's options are split at ':', a drive letter's included.
    static void initMain()
    {
        if (qEnvironmentVariable("QT_QPA_PLATFORM") == QStringLiteral("offscreen")) {
            const QString screen =
                QDir::current().relativeFilePath(QStringLiteral(MODEDESK_LAPTOP_SCREEN));
            qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + screen.toLocal8Bit());
        }
    }

private slots:
    void cleanup() { resetDashboard(); }

    // The window fits a 1280x720 screen in every language it speaks.
    void everyPageFits1280x720InEveryLanguage()
    {
        for (const QString &code :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
            UiLanguage language;
            QVERIFY(language.install(QLocale(code), QStringLiteral(MODEDESK_QM_DIR)));
            signedInUser();
            MainWindow *window = m_dashboard->window();
            QApplication::processEvents();
            const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
            QString parts;
            for (int i = 0; i < window->tabs()->count(); ++i) {
                const QSize page = window->tabs()->widget(i)->minimumSizeHint();
                parts += QStringLiteral(" %1=%2x%3")
                             .arg(window->tabs()->tabText(i))
                             .arg(page.width())
                             .arg(page.height());
            }
            for (QWidget *w : {static_cast<QWidget *>(window->homesPanel()),
                               static_cast<QWidget *>(window->statusBar()),
                               static_cast<QWidget *>(window->findChild<QToolBar *>())}) {
                parts += QStringLiteral(" %1=%2x%3")
                             .arg(QString::fromLatin1(w->metaObject()->className()))
                             .arg(w->minimumSizeHint().width())
                             .arg(w->minimumSizeHint().height());
            }
            QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 720,
                     qPrintable(QStringLiteral("%1: %2x%3;%4")
                                    .arg(code)
                                    .arg(minimum.width())
                                    .arg(minimum.height())
                                    .arg(parts)));
            resetDashboard();
        }
    }

    // Quit and start again: the window's size, the home on screen, the page, the homes
    // panel, the splitters, the Fleet's filter and the chart's window come back as they
    // were left. A home that went meanwhile gives way to the first, with a word.
    void theWorkspaceComesBackAtTheNextStart()
    {
        startSandbox(AccountMode::Email);
        const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        const qint64 alpha = m_sandbox->createHome(user, QStringLiteral("Alpha"));
        const qint64 beta = m_sandbox->createHome(user, QStringLiteral("Beta"));
        startDashboard(AccountMode::Email, user.key);
        waitSignedIn();
        MainWindow *window = m_dashboard->window();
        QTRY_COMPARE(m_dashboard->session()->homes()->rowCount(), 2);
        window->homesPanel()->selectHome(beta);
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), beta);
        window->showPage(2);
        QVERIFY2(window->screen()->availableGeometry().width() >= 1280,
                 "the screen is smaller than a laptop's: run offscreen or on a larger screen");
        window->resize(1180, 680);
        auto *homesSplitter = window->findChild<QSplitter *>(QStringLiteral("homesSplitter"));
        QVERIFY(homesSplitter);
        homesSplitter->setSizes({300, 880});
        const QList<int> splitSizes = homesSplitter->sizes();
        window->findChild<QAction *>(QStringLiteral("homesPanelAction"))->trigger();
        QVERIFY(!window->isHomesPanelShown());
        auto *fleetText = window->fleetPage()->findChild<QLineEdit *>();
        typeInto(fleetText, QStringLiteral("thermo"));
        auto *chartWindow = window->chartPage()->findChild<QComboBox *>();
        for (QComboBox *box : window->chartPage()->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QStringLiteral("Time window"))
                chartWindow = box;
        }
        chartWindow->setCurrentIndex(chartWindow->findData(3'600'000LL));

        // Quit; the settings file stays, as it does on disk.
        const auto restart = [this] {
            m_dashboard.reset();
            m_dashboard = std::make_unique<Dashboard>(m_settings.get(), m_secrets.get(),
                                                      Dashboard::Options{m_dir->path(), false});
            m_dashboard->window()->show();
            m_dashboard->start(m_profile.id);
            waitSignedIn();
        };
        restart();
        window = m_dashboard->window();
        QCOMPARE(window->size(), QSize(1180, 680));
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), beta);
        QCOMPARE(window->currentView(), MainWindow::View::Home);
        QCOMPARE(window->tabs()->currentIndex(), 2);
        QVERIFY(!window->isHomesPanelShown());
        QVERIFY(!window->homesPanel()->isVisible());
        // Shown again (F9): as wide as it was.
        window->findChild<QAction *>(QStringLiteral("homesPanelAction"))->trigger();
        QVERIFY(window->homesPanel()->isVisible());
        QTRY_COMPARE(
            window->findChild<QSplitter *>(QStringLiteral("homesSplitter"))->sizes().first(),
            splitSizes.first());
        QCOMPARE(window->fleetPage()->findChild<QLineEdit *>()->text(), QStringLiteral("thermo"));
        QCOMPARE(window->chartPage()->viewState().value(QStringLiteral("windowMs")).toLongLong(),
                 3'600'000LL);

        // The home shown last is deleted elsewhere: the first comes instead, and that is said.
        QCOMPARE(m_sandbox->http().del(QStringLiteral("/homes/%1").arg(beta), user.key).status,
                 204);
        restart();
        window = m_dashboard->window();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), alpha);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("Alpha")),
                 qPrintable(window->statusBar()->currentMessage()));
    }

    // The next start with the server away (a basement, a plane): the homes and the fleet
    // as last seen are on screen at once, greyed, the Fleet page says since when, and no
    // sign-in is asked for. (Confirmed in place when it is back: tst_lastknownstate.)
    void theLastRunIsOnScreenWhileTheServerIsAway()
    {
        QTemporaryDir cloud;  // a database that outlives a restart of the server
        const auto closeFirst = qScopeGuard([this] { resetDashboard(); });  // before it goes
        m_sandbox = std::make_unique<SandboxFixture>(AccountMode::Email,
                                                     cloud.filePath(QStringLiteral("cloud.db")));
        QVERIFY(m_sandbox->start());
        const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Kunde Weber"));
        m_sandbox->addDeviceToHome(home, user);
        m_sandbox->addDeviceToHome(home, user);
        startDashboard(AccountMode::Email, user.key);
        waitSignedIn();
        QTRY_VERIFY(!m_dashboard->session()->fleet()->isLoading() &&
                    m_dashboard->session()->fleet()->devices()->rowCount() == 2);

        m_dashboard.reset();  // quit
        m_sandbox->stop();
        m_dashboard = std::make_unique<Dashboard>(m_settings.get(), m_secrets.get(),
                                                  Dashboard::Options{m_dir->path(), false});
        MainWindow *window = m_dashboard->window();
        window->resize(1280, 720);
        window->show();
        m_dashboard->start(m_profile.id);
        Session *session = m_dashboard->session();
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 2);
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(session->homes()->rowCount(), 1);
        QTRY_COMPARE(session->home()->homeId(), home);
        QVERIFY(!m_dashboard->signInDialog());
        window->showView(MainWindow::View::Fleet);
        auto *status = window->fleetPage()->findChild<StatusLine *>();
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(QStringLiteral("as last seen")),
                     qPrintable(status->text()));
        QTRY_COMPARE(session->fleet()->homesFailed(), 1);  // and why it is not fresh
        QTRY_VERIFY2(status->text().contains(QStringLiteral("as last seen")),
                     qPrintable(status->text()));
        QVERIFY(!m_dashboard->signInDialog());
        if (const QString dir = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR"); !dir.isEmpty())
            window->grab().save(QDir(dir).filePath(QStringLiteral("fleet-last-known.png")));
        // The home's own page says it too: its devices could not be loaded, and the
        // rows shown are the last run's.
        window->showView(MainWindow::View::Home);
        const QString devicesSaid = window->devicesPage()->status()->text();
        QVERIFY2(devicesSaid.contains(QStringLiteral("could not be loaded")) &&
                     devicesSaid.contains(QStringLiteral("as last seen")),
                 qPrintable(devicesSaid));
        if (const QString dir = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);  // laid out
            window->grab().save(QDir(dir).filePath(QStringLiteral("devices-last-known.png")));
        }

        // The server is back: the pages say so by themselves, with nobody pressing a key.
        QVERIFY(m_sandbox->start());  // the same port and database
        QTRY_VERIFY_WITH_TIMEOUT(!session->fleet()->lastKnownSince().isValid(), 30000);
        QTRY_VERIFY2(!window->homesPanel()->status()->isShowingError(),
                     qPrintable(window->homesPanel()->status()->text()));
        QTRY_VERIFY2(!window->devicesPage()->status()->text().contains(
                         QStringLiteral("could not be loaded")),
                     qPrintable(window->devicesPage()->status()->text()));
        QTRY_COMPARE(session->user().name, QStringLiteral("Ana"));
        window->showView(MainWindow::View::Fleet);
        QTRY_VERIFY2(!status->text().contains(QStringLiteral("as last seen")),
                     qPrintable(status->text()));
        QTRY_VERIFY2(
            window->fleetPage()->countsLabel()->text().endsWith(QStringLiteral("0 online")),
            qPrintable(window->fleetPage()->countsLabel()->text()));
        if (const QString dir = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            window->grab().save(QDir(dir).filePath(QStringLiteral("fleet-server-back.png")));
        }

        // Gone again, mid-session: every row says "Unknown", and the Status column, sized
        // when they said "Offline", still holds the word whole.
        m_sandbox->stop();
        QTRY_VERIFY_WITH_TIMEOUT(session->events()->health().state != LinkState::Live, 15000);
        QTableView *table = window->fleetPage()->table();
        const auto firstStatus = [table] {
            return table->model()->index(0, FleetModel::StatusColumn).data().toString();
        };
        QTRY_COMPARE(firstStatus(), QStringLiteral("Unknown"));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const int needed = table->fontMetrics().horizontalAdvance(firstStatus()) + 28;
        QVERIFY2(table->columnWidth(FleetModel::StatusColumn) >= needed,
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(table->columnWidth(FleetModel::StatusColumn))
                                .arg(needed)));
    }

    // The Events page counts in words a reader expects: "1 event in the log (holds
    // 100,000)", not "1 events"; the spin box groups its digits the same way.
    void theEventCountReadsRight()
    {
        UiLanguage english;  // the plural forms come from the English catalogue
        QVERIFY(english.install(QLocale(QStringLiteral("en")), QStringLiteral(MODEDESK_QM_DIR)));
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Lab"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user);
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Live);
        m_sandbox->http().put(QStringLiteral("/devices/%1/event").arg(hw.id),
                              {{QStringLiteral("eventType"), QStringLiteral("reading")},
                               {QStringLiteral("eventData"), QJsonObject{}}},
                              hw.apiKey);
        EventsPage *page = m_dashboard->window()->eventsPage();
        // The digits grouped as the user's locale groups them (100,000 or 100.000).
        const QString holds = QLocale().toString(100'000);
        QTRY_VERIFY2(page->summary()->text().startsWith(
                         QStringLiteral("1 event in the log (holds %1)").arg(holds)),
                     qPrintable(page->summary()->text()));
        auto *capacity = page->findChild<QSpinBox *>();
        QVERIFY(capacity);
        QVERIFY2(capacity->text().contains(holds), qPrintable(capacity->text()));
    }

    // While the Fleet loads, its progress says "Homes loaded: 5 of 12" whole at 1280x720
    // in every language (Qt sized the bar for "100%" and cut the sentence), and the
    // window still fits the screen.
    void theFleetsProgressIsReadWholeInEveryLanguage()
    {
        for (const QString &code :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
            UiLanguage language;
            QVERIFY(language.install(QLocale(code), QStringLiteral(MODEDESK_QM_DIR)));
            startSandbox(AccountMode::Email);
            const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
            for (int i = 0; i < 12; ++i)
                m_sandbox->addDeviceToHome(m_sandbox->createHome(user), user);
            startDashboard(AccountMode::Email, user.key);
            waitSignedIn();
            MainWindow *window = m_dashboard->window();
            window->resize(1280, 720);
            window->showView(MainWindow::View::Fleet);
            Fleet *fleet = m_dashboard->session()->fleet();
            QTRY_VERIFY(fleet->homesTotal() == 12 && !fleet->isLoading());

            // Read anew: in progress until the answers come, which needs the event loop.
            fleet->refresh();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            auto *page = window->findChild<FleetPage *>();
            QVERIFY(page);
            auto *bar = page->findChild<QProgressBar *>();
            QVERIFY(bar);
            QVERIFY(bar->isVisible());
            const QString text = bar->text();
            QVERIFY2(text.contains(QStringLiteral("12")), qPrintable(text));
            const int needed = bar->fontMetrics().horizontalAdvance(text);
            QVERIFY2(bar->width() >= needed + 8, qPrintable(QStringLiteral("%1: “%2” %3 < %4")
                                                                .arg(code, text)
                                                                .arg(bar->width())
                                                                .arg(needed + 8)));
            QVERIFY2(window->minimumSizeHint().width() <= 1280,
                     qPrintable(QStringLiteral("%1: %2").arg(code).arg(
                         window->minimumSizeHint().width())));
            if (const QString dir = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR"); !dir.isEmpty())
                window->grab().save(
                    QDir(dir).filePath(QStringLiteral("fleet-loading-%1.png").arg(code)));
            QTRY_VERIFY(!fleet->isLoading());
            resetDashboard();
        }
    }

    // At 1280x720 (a laptop, or 1920x1080 at 150 %), in every language: each page's
    // main table shows at least its rows' worth, and no column title is cut.
    void everyTableHasRoomAt1280x720InEveryLanguage()
    {
        // The page's main table, and the rows it must show; a side table shows three.
        const QHash<QString, int> mainTables = {
            {QStringLiteral("devicesTable"), 10},   {QStringLiteral("membersTable"), 10},
            {QStringLiteral("keyValuesTable"), 10}, {QStringLiteral("eventLog"), 10},
            {QStringLiteral("commandTargets"), 10}, {QStringLiteral("commandHistory"), 6},
            {QStringLiteral("fleetTable"), 10},     {QStringLiteral("alertLog"), 10},
            {QStringLiteral("bulkClaimTable"), 10}};
        QString report;
        for (const QString &code :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")}) {
            UiLanguage language;
            QVERIFY(language.install(QLocale(code), QStringLiteral(MODEDESK_QM_DIR)));
            signedInUser();
            MainWindow *window = m_dashboard->window();
            window->resize(1280, 720);
            const auto check = [&](const QString &where) {
                QApplication::processEvents();
                for (QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
                    auto *table = qobject_cast<QTableView *>(view);
                    auto *tree = qobject_cast<QTreeView *>(view);
                    if (!view->isVisible() || (!table && !tree))
                        continue;
                    QHeaderView *header = table ? table->horizontalHeader() : tree->header();
                    const int rowHeight = table ? table->verticalHeader()->defaultSectionSize()
                                                : view->fontMetrics().height() + 6;
                    const int rows = view->viewport()->height() / qMax(1, rowHeight);
                    const QString name = view->accessibleName();
                    const int minimumRows = mainTables.value(view->objectName(), 3);
                    if (qEnvironmentVariableIsSet("MODEDESK_REPORT_ROWS"))
                        qInfo().noquote() << code << where << name << rows << "rows";
                    if (rows < minimumRows)
                        report +=
                            QStringLiteral("\n%1 %2 %3: %4 rows").arg(code, where, name).arg(rows);
                    for (int i = 0; i < header->count(); ++i) {
                        if (header->isSectionHidden(i) || header->sectionSize(i) == 0)
                            continue;
                        const bool last = header->visualIndex(i) == header->count() - 1;
                        if (last && header->stretchLastSection())
                            continue;  // takes what is left; its title is never the issue
                        if (header->sectionSize(i) < header->sectionSizeHint(i))
                            report +=
                                QStringLiteral("\n%1 %2 %3: column “%4” %5 < %6")
                                    .arg(code, where, name,
                                         view->model()->headerData(i, Qt::Horizontal).toString())
                                    .arg(header->sectionSize(i))
                                    .arg(header->sectionSizeHint(i));
                    }
                }
            };
            for (int i = 0; i < window->tabs()->count(); ++i) {
                window->showPage(i);
                check(window->tabs()->tabText(i));
                // Pages with tabs of their own (Provisioning): each of them.
                for (QTabWidget *inner : window->tabs()->widget(i)->findChildren<QTabWidget *>()) {
                    for (int j = 0; j < inner->count(); ++j) {
                        inner->setCurrentIndex(j);
                        check(window->tabs()->tabText(i) + QLatin1Char('/') + inner->tabText(j));
                    }
                    inner->setCurrentIndex(0);
                }
            }
            window->showView(MainWindow::View::Fleet);
            check(QStringLiteral("Fleet"));
            window->showView(MainWindow::View::Alerts);
            check(QStringLiteral("Alerts"));
            resetDashboard();
        }
        QVERIFY2(report.isEmpty(), qPrintable(report));
    }
};

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
