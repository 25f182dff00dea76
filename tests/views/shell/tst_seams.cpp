// The seams between pages, driven through the real window: what one page
// changes, every other page shows; switching home or profile leaves nothing
// of the last one on screen; a dead link is never shown as "online". Each
// case is a bug found by hand, tested before its fix.
#include "dashboardfixture.h"
#include "linkstatuswidget.h"

#include <QStatusBar>
#include <QToolButton>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestSeams : public DashboardTestBase
{
    Q_OBJECT

private slots:
    void cleanup() { resetDashboard(); }

    void renamingAHomeRenamesTheHeader()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Field Office"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->homeId(), home);
        QTRY_VERIFY(window->homeHeaderText().contains(QStringLiteral("Field Office")));

        answerNextModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Field Office Berlin"));
            input->accept();
        });
        window->homesPanel()->renameHome();
        QTRY_VERIFY(window->homeHeaderText().contains(QStringLiteral("Field Office Berlin")));
        QCOMPARE(m_sandbox->http()
                     .get(QStringLiteral("/homes/%1").arg(home), user.key)
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Field Office Berlin"));

        // Renamed elsewhere: a refresh brings it to the list and the header alike.
        m_sandbox->http().patch(QStringLiteral("/homes/%1").arg(home),
                                {{QStringLiteral("name"), QStringLiteral("Berlin HQ")}}, user.key);
        session->reloadHomes();
        QTRY_VERIFY(window->homeHeaderText().contains(QStringLiteral("Berlin HQ")));
    }

    void removingAMemberThenSwitchingHomesLeavesNothingStale()
    {
        const TestUser user = signedInUser();
        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));
        const qint64 first = m_sandbox->createHome(user, QStringLiteral("A first"));
        const qint64 second = m_sandbox->createHome(user, QStringLiteral("B second"));
        m_sandbox->http().post(QStringLiteral("/homes/%1/members").arg(first),
                               {{QStringLiteral("email"), bo.login}}, user.key);
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->homeId(), first);
        QTRY_COMPARE(session->home()->members()->rowCount(), 2);
        window->showPage(1);
        MembersPage *members = window->membersPage();
        QVERIFY(!members->removeButton()->isEnabled());  // nothing picked yet

        const int boRow = session->home()->members()->rowOf(bo.id);
        const QModelIndex boIndex =
            members->proxy()->mapFromSource(session->home()->members()->index(boRow, 0));
        members->table()->selectRow(boIndex.row());
        QVERIFY(members->removeButton()->isEnabled());
        clickYes();
        QTest::mouseClick(members->removeButton(), Qt::LeftButton);
        QTRY_COMPARE(session->home()->members()->rowCount(), 1);
        QTRY_VERIFY(members->status()->text().startsWith(QStringLiteral("Removed")));
        // The row is gone, and with it the thing "Remove…" would act on.
        QVERIFY(!members->removeButton()->isEnabled());

        window->homesPanel()->selectHome(second);
        QTRY_COMPARE(session->home()->homeId(), second);
        QCOMPARE(members->status()->text(), QString());
        QVERIFY(!members->removeButton()->isEnabled());
    }

    void switchingToAnUnreachableProfileForgetsTheOldLink()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Lab"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);
        SocketProbe device;  // connecting is an event: the status bar shows a rate
        QVERIFY(device.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(hw.id)),
                            hw.apiKey));
        QTRY_VERIFY(window->linkStatus()->text().contains(QStringLiteral("events/s")));
        window->homesPanel()->status()->showError(QStringLiteral("an old problem"));

        ConnectionProfile cloud = ProfileStore::newProfile();
        cloud.name = QStringLiteral("Cloud (unreachable)");
        cloud.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));  // nothing listens there
        m_dashboard->addProfile(cloud);
        m_dashboard->activateProfile(cloud.id);
        QTRY_COMPARE(session->state(), Session::State::SignedOut);
        QTRY_VERIFY(!window->linkStatus()->text().contains(QStringLiteral("events/s")));
        QVERIFY(!window->linkStatus()->text().contains(QStringLiteral("last event")));
        QCOMPARE(window->homesPanel()->status()->text(), QString());
        QCOMPARE(session->home()->devices()->rowCount(), 0);
    }

    // Typing a filter that hides the picked row lets go of it: no page acts
    // on a row that is no longer in its list.
    void aFilterThatHidesThePickedRowLetsGoOfIt()
    {
        const TestUser user = signedInUser();
        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Depot"));
        m_sandbox->http().post(QStringLiteral("/homes/%1/members").arg(home),
                               {{QStringLiteral("email"), bo.login}}, user.key);
        m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->members()->rowCount(), 2);
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);

        window->showPage(1);
        MembersPage *members = window->membersPage();
        members->table()->selectRow(0);
        QVERIFY(members->removeButton()->isEnabled());
        QTest::keyClicks(members->filter(), QStringLiteral("nobody by this name"));
        QTRY_COMPARE(members->proxy()->rowCount(), 0);
        QVERIFY(!members->removeButton()->isEnabled());

        window->showPage(0);
        DevicesPage *devices = window->devicesPage();
        devices->table()->selectRow(0);
        QTRY_VERIFY(devices->summaryText().contains(QStringLiteral("sensor")));
        const QString picked = devices->summaryText();
        QTest::keyClicks(devices->filter(), QStringLiteral("no such device"));
        QTRY_COMPARE(devices->proxy()->rowCount(), 0);
        QTRY_VERIFY(devices->summaryText() != picked);
        QVERIFY(!devices->summaryText().contains(QStringLiteral("sensor")));
    }

    void aDeadLinkShowsNoDeviceOnline()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Depot"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);
        SocketProbe device;
        QVERIFY(device.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(hw.id)),
                            hw.apiKey));
        DevicesModel *devices = session->home()->devices();
        QTRY_COMPARE(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                     QStringLiteral("Online"));
        QTRY_VERIFY(window->homeHeaderText().contains(QStringLiteral("1 online")));
        window->devicesPage()->table()->selectRow(0);
        QTRY_VERIFY(window->devicesPage()->summaryText().contains(QStringLiteral("online")));

        m_sandbox->stop();  // the server goes away with the device still "connected"
        QTRY_COMPARE_WITH_TIMEOUT(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                                  QStringLiteral("Unknown"), 2000);
        QCOMPARE(devices->onlineCount(), 0);
        QVERIFY(window->homeHeaderText().contains(QStringLiteral("online state unknown")));
        QTRY_VERIFY(window->devicesPage()->summaryText().contains(QStringLiteral("unknown")));
        QVERIFY(!window->devicesPage()->summaryText().contains(QStringLiteral(">online<")));
    }

    void aSavedPairCarriesTheServersTime()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Loft"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->homeId(), home);
        QTRY_VERIFY(!session->home()->isLoading());
        window->showPage(2);
        KeyValuesPage *kv = window->keyValuesPage();
        typeInto(kv->keyEdit(), QStringLiteral("scene"));
        kv->valueEditor()->setText(QStringLiteral("{\"lights\": \"dim\"}"));
        QTest::mouseClick(kv->saveButton(), Qt::LeftButton);
        KvModel *pairs = session->home()->keyValues();
        QTRY_COMPARE(pairs->rowCount(), 1);
        const QDateTime server =
            QDateTime::fromString(m_sandbox->http()
                                      .get(QStringLiteral("/homes/%1/kv/scene").arg(home), user.key)
                                      .object()
                                      .value(QStringLiteral("modificationTime"))
                                      .toString(),
                                  Qt::ISODateWithMs);
        QVERIFY(server.isValid());
        QTRY_COMPARE(pairs->record(0).modificationTime, server);
    }

    void aCommandShowsItsOwnReplyAndRefusesTypos()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Bench"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);
        QTRY_COMPARE(session->events()->health().state, LinkState::Live);
        // The simulator plays the device: it answers ping with pong, and sends a status too.
        SimulatedDevice *device =
            window->simulator()->addDevice(hw.id, hw.apiKey, QStringLiteral("Bench sensor"));
        QTRY_COMPARE(device->link()->state(), LinkState::Live);

        CommandComposer *composer = window->composer();
        window->showPage(6);
        composer->selectMatching();
        // A typo that glues the parameters to the action: refused, with the reason.
        typeInto(composer->actionEdit(), QStringLiteral("set-setpoint{\"setpoint\": 23,}"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY(composer->status()->isShowingError());
        QVERIFY(composer->status()->text().contains(QStringLiteral("Parameters")));
        QCOMPARE(composer->history()->size(), 0);

        typeInto(composer->actionEdit(), QStringLiteral("ping"));
        QCOMPARE(composer->replyEdit()->text(), QStringLiteral("pong"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->history()->size(), 1);
        QTRY_COMPARE(composer->history()->at(0).outcome, CommandOutcome::Replied);
        // A status right after it is context, not the answer.
        QVERIFY(
            await(device->sendEvent(QStringLiteral("sensor-status"), {{QStringLiteral("t"), 1}}))
                .ok());
        QTRY_COMPARE(composer->history()->at(0).linkedEvents.size(), qsizetype(2));
        QCOMPARE(composer->historyModel()->index(0, CommandHistoryModel::ResultColumn).data().toString(),
                 QStringLiteral("replied: pong"));
        composer->historyTable()->selectRow(0);
        QTRY_VERIFY(composer->detailsView()->toPlainText().contains(QStringLiteral("pong at")));
        QVERIFY(composer->detailsView()->toPlainText().contains(QStringLiteral("sensor-status")));
    }

    void theWindowFitsA1280x720Screen()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        QTabWidget *tabs = window->tabs();
        for (int page = 0; page < tabs->count(); ++page) {
            window->showPage(page);
            QApplication::processEvents();
            const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
            QVERIFY2(minimum.height() <= 720 && minimum.width() <= 1280,
                     qPrintable(QStringLiteral("%1 needs %2x%3")
                                    .arg(tabs->tabText(page))
                                    .arg(minimum.width())
                                    .arg(minimum.height())));
        }
        window->resize(1280, 720);
        QApplication::processEvents();
        QCOMPARE(window->height(), 720);
    }

    // Found by hand: after another home was picked, Commands still said "Send to 3
    // devices", the chart kept the last home's line, and the log lost device names.
    void anotherHomeLeavesNoPageOnTheLastOne()
    {
        const TestUser user = signedInUser();
        const qint64 busy = m_sandbox->createHome(user, QStringLiteral("A busy"));
        const qint64 empty = m_sandbox->createHome(user, QStringLiteral("B empty"));
        QList<TestDevice> devices;
        for (int i = 0; i < 3; ++i)
            devices.append(m_sandbox->addDeviceToHome(busy, user, QStringLiteral("sensor")));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->homeId(), busy);
        QTRY_COMPARE(session->home()->devices()->rowCount(), 3);
        QTRY_COMPARE(session->events()->health().state, LinkState::Live);
        QVERIFY(window->chartPage()->addSeries(QStringLiteral("reading"), QStringLiteral("v"), 0));
        const auto sendReading = [&](int v) {
            m_sandbox->http().put(
                QStringLiteral("/devices/%1/event").arg(devices.first().id),
                {{QStringLiteral("eventType"), QStringLiteral("reading")},
                 {QStringLiteral("eventData"), QJsonObject{{QStringLiteral("v"), v}}}},
                devices.first().apiKey);
        };
        sendReading(1);
        QTRY_COMPARE(window->chartPage()->data()->pointCount(0), qsizetype(1));
        DevicesModel *model = session->home()->devices();
        const QString name = model->record(model->rowOf(devices.first().id)).name;
        CommandComposer *composer = window->composer();
        composer->selectMatching();
        QVERIFY(composer->sendButton()->text().contains(QStringLiteral("3 devices")));

        window->homesPanel()->selectHome(empty);
        QTRY_COMPARE(session->home()->homeId(), empty);
        QTRY_VERIFY(!session->home()->isLoading());
        QCOMPARE(composer->sendButton()->text(), QStringLiteral("&Send"));
        QCOMPARE(window->chartPage()->data()->pointCount(0), qsizetype(0));
        // An event of the other home still names its device in the log.
        sendReading(2);
        EventLogModel *log = session->eventLog();
        const auto rowOfSecond = [log] {
            for (int row = log->rowCount() - 1; row >= 0; --row) {
                if (log->at(row).event.eventData.value(QStringLiteral("v")).toInt() == 2)
                    return row;
            }
            return -1;
        };
        QTRY_VERIFY(rowOfSecond() >= 0);
        QCOMPARE(log->index(rowOfSecond(), EventLogModel::DeviceColumn).data().toString(), name);
        QCOMPARE(window->chartPage()->data()->pointCount(0), qsizetype(0));  // not this home's
    }

    // Every page's message is of the home and profile it was about: a home switch
    // clears the home's pages, a profile switch clears every page.
    void switchingHomeAndProfileClearsEveryPagesMessage()
    {
        const TestUser user = signedInUser();
        const qint64 first = m_sandbox->createHome(user, QStringLiteral("A"));
        const qint64 second = m_sandbox->createHome(user, QStringLiteral("B"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->home()->homeId(), first);
        const QList<StatusLine *> lines = window->findChildren<StatusLine *>();
        QVERIFY(lines.size() >= 8);
        const auto staleEverywhere = [&] {
            for (StatusLine *line : lines)
                line->showError(QStringLiteral("stale"));
        };
        // The home's own pages.
        const QList<StatusLine *> homePages{window->devicesPage()->status(),
                                            window->membersPage()->status(),
                                            window->keyValuesPage()->status(),
                                            window->composer()->status(),
                                            window->provisioning()->claimPanel()->status(),
                                            window->provisioning()->tokenPanel()->status()};
        staleEverywhere();
        window->homesPanel()->selectHome(second);
        QTRY_COMPARE(session->home()->homeId(), second);
        for (StatusLine *line : homePages)
            QVERIFY2(line->text().isEmpty(), line->parentWidget()->metaObject()->className());
        // Every page, on another profile.
        staleEverywhere();
        ConnectionProfile other = ProfileStore::newProfile();
        other.name = QStringLiteral("Elsewhere");
        other.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_dashboard->addProfile(other);
        m_dashboard->activateProfile(other.id);
        for (StatusLine *line : lines)
            QVERIFY2(line->text() != QStringLiteral("stale"),
                     line->parentWidget()->metaObject()->className());
    }

    void onePageTableForTabsShortcutsAndNames()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        const QList<PageRegistry::PageInfo> &pages = PageRegistry::pages();
        QCOMPARE(window->tabs()->count(), pages.size());
        for (int i = 0; i < pages.size(); ++i) {
            QCOMPARE(window->tabs()->tabText(i), PageRegistry::title(pages.at(i)));
            QCOMPARE(PageRegistry::indexOf(QLatin1String(pages.at(i).name)), i);
        }
        QCOMPARE(window->tabs()->widget(PageRegistry::indexOf(QStringLiteral("kv"))),
                 static_cast<QWidget *>(window->keyValuesPage()));
        QCOMPARE(window->tabs()->widget(PageRegistry::indexOf(QStringLiteral("provisioning"))),
                 static_cast<QWidget *>(window->provisioning()));
        QCOMPARE(PageRegistry::indexOf(QStringLiteral("nonsense")), -1);
        QCOMPARE(PageRegistry::title(pages.at(6), true), QStringLiteral("History"));
        // Ctrl+3 goes to the third page, as the Home menu says; Ctrl+0 to the tenth.
        window->activateWindow();
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE(window->tabs()->currentIndex(), 2);
        QTest::keyClick(window, Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(window->tabs()->currentIndex(), 9);
        // The help lists every shortcut as the menus define it, each key once.
        const QList<std::pair<QKeySequence, QString>> shortcuts = window->shortcuts();
        QSet<QString> keys;
        for (const auto &[sequence, what] : shortcuts) {
            QVERIFY2(!keys.contains(sequence.toString()), qPrintable(sequence.toString()));
            keys.insert(sequence.toString());
            QVERIFY(!what.contains(QLatin1Char('&')));
        }
        QVERIFY(shortcuts.contains(std::pair{QKeySequence(QStringLiteral("Ctrl+Shift+F")),
                                             QStringLiteral("Fleet: every device")}));
        QVERIFY(shortcuts.contains(std::pair{QKeySequence(Qt::Key_F2),
                                             QStringLiteral("Rename home")}));
        QVERIFY(shortcuts.contains(std::pair{QKeySequence(QStringLiteral("Ctrl+0")),
                                             PageRegistry::title(pages.at(9), true)}));
    }

    // The server was down and is back: "Reconnect now" in the status bar, and Refresh,
    // bring the live link back at once instead of after its backoff.
    void reconnectNowAndRefreshReconnectAtOnce()
    {
        QTemporaryDir db;
        m_sandbox = std::make_unique<SandboxFixture>(AccountMode::Email,
                                                     db.filePath(QStringLiteral("s.db")));
        QVERIFY(m_sandbox->start());
        signedInUser();
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        EventStreamOptions slow;
        slow.keepAlive = {30'000, 10'000, 20'000, 60'000, 60'000};  // the next try is far off
        session->setEventStreamOptions(slow);
        QTRY_COMPARE(session->events()->health().state, LinkState::Live);
        auto *reconnect = window->findChild<QToolButton *>(QStringLiteral("reconnectNow"));
        QVERIFY(reconnect && reconnect->isHidden());

        for (const bool viaRefresh : {false, true}) {
            m_sandbox->stop();
            QTRY_COMPARE(session->events()->health().state, LinkState::Reconnecting);
            QTRY_VERIFY(reconnect->isVisible());
            QVERIFY(m_sandbox->start());  // same port, same database
            QElapsedTimer back;
            back.start();
            if (viaRefresh)
                window->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();
            else
                QTest::mouseClick(reconnect, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(session->events()->health().state, LinkState::Live, 3000);
            QVERIFY2(back.elapsed() < 3000, qPrintable(QString::number(back.elapsed())));
            QTRY_VERIFY(reconnect->isHidden());
        }
        // The link's words are there for a screen reader too, and its name says the state.
        QVERIFY(window->findChild<LinkStatusWidget *>()->accessibleName().contains(
            QStringLiteral("Live")));
        QVERIFY(!window->findChild<LinkStatusWidget *>()->accessibleDescription().isEmpty());
    }

    void aKeychainFailureIsShown()
    {
        signedInUser();
        m_secrets->setFailure(QStringLiteral("the collection is locked"));
        m_dashboard->signOut();
        QTRY_VERIFY(m_dashboard->window()->statusBar()->currentMessage().contains(
            QStringLiteral("the collection is locked")));
        QCOMPARE(m_secrets->count(), 1);  // still stored, and the user was told
    }
};

QTEST_MAIN(TestSeams)
#include "tst_seams.moc"
