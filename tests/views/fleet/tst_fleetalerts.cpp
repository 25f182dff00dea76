// The Fleet and Alerts views through the real window (offscreen): the fleet
// filtered, sorted, all shown selected and sent a command through the
// composer, a device's home opened; an alert rule typed into the editor
// (which names the wrong field), the alert it raises on the window, in the
// notification and in the list, and acknowledged.
#include "alertgroupsmodel.h"
#include "alertnotifier.h"
#include "alertruledialog.h"
#include "alertspage.h"
#include "claimpanel.h"
#include "commandcomposer.h"
#include "dashboardfixture.h"
#include "devicespage.h"
#include "eventlogmodel.h"
#include "fleet.h"
#include "fleetpage.h"
#include "modelroles.h"
#include "socketprobe.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QMenu>
#include <QSpinBox>
#include <QTreeView>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestFleetAlerts : public DashboardTestBase
{
    Q_OBJECT

private slots:
    void cleanup() { resetDashboard(); }

    void theFleetIsFilteredSortedSelectedAndCommanded()
    {
        const TestUser user = signedInUser();
        QCOMPARE(m_sandbox->http()
                     .post(QStringLiteral("/sandbox/fleet"),
                           {{QStringLiteral("userId"), user.id},
                            {QStringLiteral("homes"), 3},
                            {QStringLiteral("devicesPerHome"), 4},
                            {QStringLiteral("deviceClasses"),
                             QJsonArray{QStringLiteral("sensor"), QStringLiteral("thermostat")}}},
                           m_sandbox->adminKey())
                     .status,
                 201);
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTest::mouseClick(window->findChild<QPushButton *>(QStringLiteral("fleetButton")),
                          Qt::LeftButton);
        QCOMPARE(window->currentView(), MainWindow::View::Fleet);
        FleetPage *page = window->fleetPage();
        QTRY_COMPARE(page->filter()->rowCount(), 12);
        QTRY_VERIFY(page->countsLabel()->text().startsWith(QStringLiteral("12 devices")));

        // Filter by text, then by class and home from their pickers.
        typeInto(page->filterEdit(), QStringLiteral("thermostat"));
        QCOMPARE(page->filter()->rowCount(), 6);
        typeInto(page->filterEdit(), QStringLiteral(" thermostat "));  // pasted with spaces
        QCOMPARE(page->filter()->rowCount(), 6);
        page->filterEdit()->clear();
        QTRY_VERIFY(page->classBox()->findText(QStringLiteral("sensor")) > 0);
        page->classBox()->setCurrentIndex(page->classBox()->findText(QStringLiteral("sensor")));
        QCOMPARE(page->filter()->rowCount(), 6);
        // The home picker fills from the fleet's counts, a moment after the rows.
        QTRY_VERIFY(page->homeBox()->findText(QStringLiteral("Fleet home 2")) > 0);
        page->homeBox()->setCurrentIndex(page->homeBox()->findText(QStringLiteral("Fleet home 2")));
        QCOMPARE(page->filter()->rowCount(), 2);
        QVERIFY(page->countsLabel()->text().startsWith(QStringLiteral("2 of 12 devices shown")));
        // A row of the per-home counts picks that home.
        page->classBox()->setCurrentIndex(0);
        QTableView *homes = page->homesTable();
        QTRY_COMPARE(homes->model()->rowCount(), 3);
        homes->setCurrentIndex(homes->model()->index(2, 0));
        QTest::mouseClick(homes->viewport(), Qt::LeftButton, {},
                          homes->visualRect(homes->model()->index(2, 0)).center());
        QCOMPARE(page->homeBox()->currentText(), QStringLiteral("Fleet home 3"));
        QCOMPARE(page->filter()->rowCount(), 4);
        page->homeBox()->setCurrentIndex(0);

        // The homes arriving (the first one picked in the list) left the operator here.
        QCOMPARE(window->currentView(), MainWindow::View::Fleet);
        // Refresh on the Fleet page reads the whole fleet again (not only the chosen home).
        QSignalSpy reloaded(session->fleet(), &Fleet::loadFinished);
        window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
        QTRY_COMPARE(reloaded.count(), 1);
        QCOMPARE(page->filter()->rowCount(), 12);

        // Columns: the timestamps give way when all do not fit; the user's own
        // choice (the Columns menu) stands after that.
        window->resize(1280, 720);
        QTRY_VERIFY(page->table()->isColumnHidden(FleetModel::LastConnectColumn));
        QVERIFY(page->table()->horizontalHeader()->length() <=
                page->table()->viewport()->width());  // no sideways scrolling
        QSignalSpy columnsChosen(page, &FleetPage::hiddenColumnsChanged);
        emit page->columnsMenu()->aboutToShow();
        QAction *tag = nullptr;
        for (QAction *action : page->columnsMenu()->actions()) {
            if (action->text() == QStringLiteral("Tag"))
                tag = action;
        }
        QVERIFY(tag && tag->isChecked());
        tag->setChecked(false);
        QVERIFY(page->table()->isColumnHidden(FleetModel::TagColumn));
        QCOMPARE(columnsChosen.count(), 1);
        QVERIFY(columnsChosen.first().first().value<QList<int>>().contains(FleetModel::TagColumn));
        page->setHiddenColumns({});  // as the Dashboard restores a choice: every column
        QVERIFY(!page->table()->isColumnHidden(FleetModel::TagColumn));
        QVERIFY(!page->table()->isColumnHidden(FleetModel::LastConnectColumn));
        window->resize(1100, 700);
        QCoreApplication::sendPostedEvents();  // the resize and the layout it asks for
        QVERIFY(!page->table()->isColumnHidden(FleetModel::LastConnectColumn));  // as chosen

        // Sorted by a click on the Name header: descending on the second click.
        QHeaderView *header = page->table()->horizontalHeader();
        const QPoint name(header->sectionViewportPosition(FleetModel::NameColumn) + 10, 5);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, name);
        QCOMPARE(page->table()->model()->index(0, FleetModel::NameColumn).data().toString(),
                 QStringLiteral("sensor-1"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, name);
        QCOMPARE(page->table()->model()->index(0, FleetModel::NameColumn).data().toString(),
                 QStringLiteral("thermostat-4"));

        // Every thermostat of every home, to the composer: one batch across homes.
        typeInto(page->filterEdit(), QStringLiteral("thermostat"));
        QVERIFY(!page->commandButton()->isEnabled());
        page->selectAllShown();
        QCOMPARE(page->selectedDeviceIds().size(), 6);
        QVERIFY(page->countsLabel()->text().contains(QStringLiteral("6 selected")));
        QTest::mouseClick(page->commandButton(), Qt::LeftButton);
        CommandComposer *composer = window->composer();
        QCOMPARE(window->currentView(), MainWindow::View::Home);
        QCOMPARE(window->tabs()->currentWidget(), composer);
        QVERIFY(composer->hasFleetTargets());
        QVERIFY(composer->fleetBanner()->text().contains(QStringLiteral("6 device")));
        QVERIFY(composer->fleetBanner()->text().contains(QStringLiteral("3 home")));
        // None of them is connected: the banner says so, and by default only the
        // online ones are sent to; Send says why nothing would go.
        QVERIFY(
            composer->fleetBanner()->text().contains(QStringLiteral("All of them are offline")));
        QVERIFY(composer->onlineOnlyBox()->isChecked());
        // It cannot be pressed, and its tooltip says what to do.
        QVERIFY(composer->sendButton()->text().contains(QStringLiteral("none online")));
        QVERIFY(!composer->sendButton()->isEnabled());
        QVERIFY(composer->sendButton()->toolTip().contains(QStringLiteral("online now")));
        QSignalSpy batch(composer->history(), &CommandHistory::batchFinished);
        typeInto(composer->actionEdit(), QStringLiteral("ping"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QCOMPARE(composer->history()->size(), 0);
        composer->setFleetTargets(page->selectedDeviceIds());  // picked again: a fresh start
        QVERIFY(!composer->sendButton()->isEnabled());
        composer->onlineOnlyBox()->setChecked(false);  // send anyway: each says what happened
        QVERIFY(composer->sendButton()->isEnabled());
        QVERIFY(!composer->status()->isShowingError());
        QVERIFY(composer->sendButton()->text().contains(QStringLiteral("6")));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(batch.count(), 1);
        // The fleet's devices are not connected: each says so, none is left out.
        QCOMPARE(batch.first().at(2).toInt() + batch.first().at(3).toInt(), 6);
        QSet<qint64> targets;
        for (int row = 0; row < composer->history()->size(); ++row)
            targets.insert(composer->history()->at(row).deviceId);
        QCOMPARE(targets.size(), 6);
        QSet<QString> homesSent;  // the history says which home each went to
        for (int row = 0; row < composer->history()->size(); ++row)
            homesSent.insert(composer->historyModel()
                                 ->index(row, CommandHistoryModel::HomeColumn)
                                 .data()
                                 .toString());
        QCOMPARE(homesSent.size(), 3);
        QVERIFY(homesSent.contains(QStringLiteral("Fleet home 2")));
        composer->clearFleetTargets();
        QVERIFY(!composer->fleetBanner()->isVisible());

        // A device's home opens on its Devices page, the device picked.
        window->showView(MainWindow::View::Fleet);
        page->table()->setCurrentIndex(page->table()->model()->index(0, 0));
        const qint64 homeId = page->table()->model()->index(0, 0).data(HomeRole).toLongLong();
        const qint64 deviceId = page->table()->model()->index(0, 0).data(IdRole).toLongLong();
        QVERIFY(page->openHomeButton()->isEnabled());
        QTest::mouseClick(page->openHomeButton(), Qt::LeftButton);
        QCOMPARE(session->home()->homeId(), homeId);
        QCOMPARE(window->currentView(), MainWindow::View::Home);
        QCOMPARE(window->tabs()->currentWidget(), window->devicesPage());
        QTRY_COMPARE(window->devicesPage()->currentSourceRow(),
                     session->home()->devices()->rowOf(deviceId));

        // Another profile has its own command history; coming back brings this one's.
        // What was chosen in this one's is not shown (nor resent) in the other's.
        const int sent = composer->history()->size();
        composer->historyTable()->setCurrentIndex(composer->historyModel()->index(0, 0));
        QVERIFY(!composer->detailsView()->toPlainText().isEmpty());
        QVERIFY(composer->resendButton()->isEnabled());
        ConnectionProfile other = m_profile;
        other.id = QStringLiteral("elsewhere");
        session->setProfile(other);
        QCOMPARE(composer->history()->size(), 0);
        QVERIFY(composer->detailsView()->toPlainText().isEmpty());
        QVERIFY(!composer->resendButton()->isEnabled());
        session->setProfile(m_profile);
        QCOMPARE(composer->history()->size(), sent);
    }

    void aRuleTypedInRaisesAnAlertThatFindsTheOperator()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Cold store"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 1);
        window->showView(MainWindow::View::Alerts);
        AlertsPage *page = window->alertsPage();

        // A reading already in: the editor checks fields against what came in.
        QCOMPARE(m_sandbox->http()
                     .put(QStringLiteral("/devices/%1/event").arg(hw.id),
                          {{QStringLiteral("eventType"), QStringLiteral("reading")},
                           {QStringLiteral("eventData"),
                            QJsonObject{{QStringLiteral("temperature"), 3}}}},
                          hw.apiKey)
                     .status,
                 204);
        QTRY_VERIFY(session->eventLog()
                        ->fieldSighting(QStringLiteral("reading"),
                                        FieldPath::parse(QStringLiteral("temperature")))
                        .withField > 0);

        bool checked = false;
        answerNextModal([&](QWidget *w) {
            auto *dialog = qobject_cast<AlertRuleDialog *>(w);
            QVERIFY(dialog);
            QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());  // no name yet
            QVERIFY(dialog->problemLabel()->text().startsWith(QStringLiteral("Name:")));
            typeInto(dialog->nameEdit(), QStringLiteral("Cold store too warm"));
            dialog->kindBox()->setCurrentIndex(
                dialog->kindBox()->findData(int(AlertRule::Kind::Threshold)));
            typeInto(dialog->fieldEdit(), QStringLiteral("temperature["));
            QVERIFY(dialog->problemLabel()->text().startsWith(QStringLiteral("Field:")));
            QVERIFY(!ok->isEnabled());
            typeInto(dialog->fieldEdit(), QStringLiteral("temperature"));
            typeInto(dialog->eventTypeEdit(), QStringLiteral("reading"));
            dialog->thresholdBox()->setValue(8);
            dialog->durationBox()->setValue(0);
            dialog->severityBox()->setCurrentIndex(
                dialog->severityBox()->findData(int(AlertRule::Severity::High)));
            dialog->scopeBox()->setCurrentIndex(
                dialog->scopeBox()->findData(int(AlertRule::Scope::Device)));
            QVERIFY(dialog->problemLabel()->text().startsWith(QStringLiteral("Scope:")));
            typeInto(dialog->deviceEdit(), QString::number(hw.id));
            QVERIFY(dialog->problem().isEmpty());
            QVERIFY(ok->isEnabled());
            QVERIFY(dialog->warningLabel()->isHidden());
            // A misspelt field or type is named, with what the readings do have.
            typeInto(dialog->fieldEdit(), QStringLiteral("temprature"));
            QVERIFY(!dialog->warningLabel()->isHidden());
            QVERIFY(dialog->warningLabel()->text().startsWith(QStringLiteral("Field:")));
            QVERIFY(dialog->warningLabel()->text().contains(QStringLiteral("“temprature”")));
            QVERIFY(dialog->warningLabel()->text().contains(QStringLiteral("temperature")));
            QVERIFY(ok->isEnabled());  // a warning: the devices may not have sent it yet
            typeInto(dialog->fieldEdit(), QStringLiteral("temperature"));
            typeInto(dialog->eventTypeEdit(), QStringLiteral("readng"));
            QVERIFY(dialog->warningLabel()->text().startsWith(QStringLiteral("Event type:")));
            QVERIFY(dialog->warningLabel()->text().contains(QStringLiteral("reading")));
            typeInto(dialog->eventTypeEdit(), QStringLiteral("reading"));
            QVERIFY(dialog->warningLabel()->isHidden());
            checked = true;
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        page->addRule();
        QVERIFY(checked);
        QCOMPARE(session->alerts()->rules()->rowCount(), 1);
        QCOMPARE(page->rulesTable()
                     ->model()
                     ->index(0, AlertRulesModel::ConditionColumn)
                     .data()
                     .toString(),
                 QStringLiteral("reading.temperature > 8 for 0 s"));

        QCOMPARE(m_sandbox->http()
                     .put(QStringLiteral("/devices/%1/event").arg(hw.id),
                          {{QStringLiteral("eventType"), QStringLiteral("reading")},
                           {QStringLiteral("eventData"),
                            QJsonObject{{QStringLiteral("temperature"), 12.5}}}},
                          hw.apiKey)
                     .status,
                 204);
        QTRY_COMPARE(page->logTable()->model()->rowCount(), 1);
        QVERIFY(!page->countsLabel()->text().contains(QStringLiteral("wait")));
        session->alerts()->setLinkLive(false);  // as the stream says when it drops
        QVERIFY(page->countsLabel()->text().contains(
            QStringLiteral("the rules wait while the live link is down")));
        session->alerts()->setLinkLive(true);
        QVERIFY(!page->countsLabel()->text().contains(QStringLiteral("wait")));
        QCOMPARE(page->logTable()->model()->index(0, AlertLogModel::StateColumn).data().toString(),
                 QStringLiteral("Alerting"));
        QCOMPARE(page->logTable()->model()->index(0, AlertLogModel::HomeColumn).data().toString(),
                 QStringLiteral("Cold store"));
        QVERIFY(window->windowTitle().startsWith(QStringLiteral("(1 alert")));
        QVERIFY(window->findChild<QPushButton *>(QStringLiteral("alertsButton"))
                    ->text()
                    .contains(QStringLiteral("1 new")));
        QTRY_COMPARE(window->alertNotifier()->messageCount(), 1);
        QVERIFY(
            window->alertNotifier()->lastMessage().contains(QStringLiteral("Cold store too warm")));
        QVERIFY(page->countsLabel()->text().contains(QStringLiteral("1 alerting now")));

        QTest::mouseClick(page->acknowledgeAllButton(), Qt::LeftButton);
        QCOMPARE(session->alerts()->unacknowledgedCount(), 0);
        QVERIFY(!window->windowTitle().startsWith(QStringLiteral("(")));
        page->unacknowledgedOnly()->setChecked(true);
        QCOMPARE(page->logTable()->model()->rowCount(), 0);
        page->unacknowledgedOnly()->setChecked(false);

        // Another profile: its own (empty) rules, alert log, event log and commands.
        QVERIFY(session->eventLog()->rowCount() > 0);
        session->drop();
        ConnectionProfile other = m_profile;
        other.id = QStringLiteral("another");
        session->setProfile(other);
        QCOMPARE(session->alerts()->rules()->rowCount(), 0);
        QCOMPARE(page->logTable()->model()->rowCount(), 0);
        QCOMPARE(session->eventLog()->rowCount(), 0);
    }

    // A rule over a whole home raises six alerts at once: one row on the page, one
    // desktop message; the row opens to the six, is acknowledged in one go, stays open
    // as entries come, and what is over is cleared. Removing the rule says so.
    void aBurstOfAlertsIsOneRowOneMessageAndClears()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Depot"));
        for (int i = 0; i < 6; ++i)
            m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 6);
        window->showView(MainWindow::View::Alerts);
        AlertsPage *page = window->alertsPage();
        AlertRule rule;
        rule.name = QStringLiteral("Depot offline");
        rule.kind = AlertRule::Kind::Offline;
        rule.seconds = 60;
        rule.scope = AlertRule::Scope::Home;
        rule.homeId = home;
        rule.severity = AlertRule::Severity::High;
        QVERIFY(session->alerts()->addRule(rule).isEmpty());
        // Rules are evaluated only while the live link is (under load it may take a moment).
        QTRY_VERIFY(session->alerts()->isEvaluating());
        session->alerts()->checkClock(QDateTime::currentDateTimeUtc().addSecs(120));

        QTreeView *log = page->logTable();
        QCOMPARE(log->model()->rowCount(), 1);
        const QModelIndex group = log->model()->index(0, 0);
        QCOMPARE(log->model()->rowCount(group), 6);
        QCOMPARE(group.siblingAtColumn(AlertLogModel::DeviceColumn).data().toString(),
                 QStringLiteral("6 devices"));
        QTRY_COMPARE(window->alertNotifier()->messageCount(), 1);
        QVERIFY2(window->alertNotifier()->lastMessage().contains(
                     QStringLiteral("Depot offline: 6 devices")),
                 qPrintable(window->alertNotifier()->lastMessage()));

        log->expand(group);
        // One entry acknowledged while only those not acknowledged show: it leaves the
        // view (the groups are rebuilt with it picked), and it is that one that was.
        page->unacknowledgedOnly()->setChecked(true);
        const QModelIndex entry = log->model()->index(2, 0, log->model()->index(0, 0));
        const qint64 entryId = page->groups()->alertIdsOf(entry).value(0);
        log->selectionModel()->setCurrentIndex(
            entry, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);
        QCOMPARE(session->alerts()->unacknowledgedCount(), 5);
        QVERIFY(session->alerts()
                    ->log()
                    ->record(session->alerts()->log()->rowOf(entryId))
                    .acknowledged);
        QCOMPARE(log->model()->rowCount(log->model()->index(0, 0)), 5);
        QVERIFY(log->isExpanded(log->model()->index(0, 0)));
        page->unacknowledgedOnly()->setChecked(false);
        // The rule's row: all of its entries at once.
        log->selectionModel()->select(
            log->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(page->acknowledgeButton()->isEnabled());
        QTest::mouseClick(page->acknowledgeButton(), Qt::LeftButton);
        QCOMPARE(session->alerts()->unacknowledgedCount(), 0);

        // Removed: six recoveries join the row, which stays open; the status says what happened.
        page->rulesTable()->selectRow(0);
        clickYes();
        QTest::mouseClick(page->removeRuleButton(), Qt::LeftButton);
        QCOMPARE(session->alerts()->rules()->rowCount(), 0);
        QCOMPARE(log->model()->rowCount(), 1);
        QCOMPARE(log->model()->rowCount(log->model()->index(0, 0)), 12);
        QVERIFY(log->isExpanded(log->model()->index(0, 0)));
        QVERIFY2(page->status()->text().contains(QStringLiteral("Removed the rule")),
                 qPrintable(page->status()->text()));
        QCOMPARE(window->alertNotifier()->messageCount(), 1);  // recoveries are not news
        // Opt-in: the page at a laptop's size, to look at.
        if (const QString folder = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR");
            !folder.isEmpty()) {
            window->resize(1280, 720);
            QApplication::processEvents();
            QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("alerts-burst.png"))));
        }

        QTest::mouseClick(page->clearRecoveredButton(), Qt::LeftButton);
        QCOMPARE(log->model()->rowCount(), 0);
        QVERIFY2(page->status()->text().contains(QStringLiteral("12")),
                 qPrintable(page->status()->text()));
    }

    // One store of devices: a change made on any page (a claim, a rename and retag,
    // a removal, a home renamed) is on every page that shows the device as soon as
    // the server took it, with nothing read again: the home's Devices page, the
    // Fleet, the composer's targets, the event log's names and the alert log.
    void aChangeAnywhereShowsEverywhereAtOnce()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Fleet home 27"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->homeId(), home);
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);
        QTRY_VERIFY(!session->fleet()->isLoading());
        QTRY_COMPARE(session->events()->health().state, LinkState::Live);
        QSignalSpy devicesRead(session->fleet(), &Fleet::homeLoaded);

        // An alert of the device, and an event of it in the log.
        AlertRule rule;
        rule.name = QStringLiteral("Too warm");
        rule.kind = AlertRule::Kind::Threshold;
        rule.field = QStringLiteral("temperature");
        rule.threshold = 8;
        rule.seconds = 0;
        QCOMPARE(session->alerts()->addRule(rule), QString());
        QCOMPARE(m_sandbox->http()
                     .put(QStringLiteral("/devices/%1/event").arg(hw.id),
                          {{QStringLiteral("eventType"), QStringLiteral("reading")},
                           {QStringLiteral("eventData"),
                            QJsonObject{{QStringLiteral("temperature"), 12}}}},
                          hw.apiKey)
                     .status,
                 204);
        AlertsPage *alerts = window->alertsPage();
        QAbstractItemModel *alertLog = alerts->logTable()->model();
        QTRY_COMPARE(alertLog->rowCount(), 1);
        QTRY_VERIFY(session->eventLog()->rowCount() > 0);

        FleetPage *fleet = window->fleetPage();
        QAbstractItemModel *targets = window->composer()->targets()->model();
        const auto fleetName = [fleet] {
            return fleet->table()->model()->index(0, FleetModel::NameColumn).data().toString();
        };
        const auto logDeviceName = [session] {
            const QModelIndex cell = session->eventLog()->index(session->eventLog()->rowCount() - 1,
                                                                EventLogModel::DeviceColumn);
            return cell.data().toString();
        };

        // Renamed and retagged on the Devices page.
        window->showView(MainWindow::View::Home);
        DevicesPage *devices = window->devicesPage();
        devices->table()->selectRow(0);
        typeInto(devices->nameEdit(), QStringLiteral("Porch sensor"));
        typeInto(devices->tagEdit(), QStringLiteral("front"));
        QTest::keyClick(devices->nameEdit(), Qt::Key_Return);
        QTRY_COMPARE(session->home()->devices()->record(0).name, QStringLiteral("Porch sensor"));
        QCOMPARE(session->home()->devices()->record(0).tag, QStringLiteral("front"));
        QCOMPARE(fleetName(), QStringLiteral("Porch sensor"));
        QCOMPARE(targets->index(0, DevicesModel::NameColumn).data().toString(),
                 QStringLiteral("Porch sensor"));
        QCOMPARE(targets->index(0, DevicesModel::TagColumn).data().toString(),
                 QStringLiteral("front"));
        QVERIFY2(logDeviceName().contains(QStringLiteral("Porch sensor")),
                 qPrintable(logDeviceName()));
        QCOMPARE(alertLog->index(0, AlertLogModel::DeviceColumn).data().toString(),
                 QStringLiteral("Porch sensor"));

        // The home renamed: the alert log says the new name, and a filter finds it.
        QVERIFY(await(session->renameHome(home, QStringLiteral("Maple Court 27"))).ok());
        QCOMPARE(alertLog->index(0, AlertLogModel::HomeColumn).data().toString(),
                 QStringLiteral("Maple Court 27"));
        typeInto(alerts->filterEdit(), QStringLiteral("Maple"));
        QTRY_COMPARE(alertLog->rowCount(), 1);
        alerts->filterEdit()->clear();
        QCOMPARE(fleet->table()->model()->index(0, FleetModel::HomeColumn).data().toString(),
                 QStringLiteral("Maple Court 27"));

        // Claimed on the Provisioning page: a row everywhere at once.
        const TestDevice spare = m_sandbox->provisionClaimable(1).constFirst();
        ClaimPanel *claim = window->provisioning()->claimPanel();
        typeInto(claim->codeEdit(), spare.claimCode);
        typeInto(claim->nameEdit(), QStringLiteral("Gate"));
        QTest::mouseClick(claim->claimButton(), Qt::LeftButton);
        QTRY_COMPARE(session->home()->devices()->rowCount(), 2);
        QCOMPARE(session->fleet()->devices()->rowCount(), 2);
        QCOMPARE(fleet->table()->model()->rowCount(), 2);
        QCOMPARE(targets->rowCount(), 2);

        // Removed on the Devices page: gone everywhere at once.
        devices->selectDevice(hw.id);
        clickYes();
        QTest::mouseClick(devices->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);
        QCOMPARE(session->fleet()->devices()->rowCount(), 1);
        QCOMPARE(fleet->table()->model()->rowCount(), 1);
        QCOMPARE(targets->rowCount(), 1);
        QCOMPARE(targets->index(0, DevicesModel::NameColumn).data().toString(),
                 QStringLiteral("Gate"));
        // None of it was read again: the answers to the changes were enough.
        QCOMPARE(devicesRead.count(), 0);
    }
};

QTEST_MAIN(TestFleetAlerts)
#include "tst_fleetalerts.moc"
