// The live pages driven offscreen against a sandbox: the event log (pause,
// filter, record, replay, export), the chart's redraw limit, the command
// composer (validation, bulk send, linked replies, home events), the device
// simulator (the full round trip), and screenshots under load.
#include "dashboardfixture.h"
#include "profilefiles.h"

#include <QChart>
#include <QLineSeries>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestLivePages : public DashboardTestBase
{
    Q_OBJECT

private slots:
    void cleanup() { resetDashboard(); }

    void eventLogPauseFilterRecordReplayExport()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Lab"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sensor"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Live);
        EventsPage *page = m_dashboard->window()->eventsPage();
        m_dashboard->window()->showPage(4);
        EventLogModel *log = m_dashboard->session()->eventLog();
        const auto send = [&](int n) {
            m_sandbox->http().put(QStringLiteral("/devices/%1/event").arg(hw.id),
                                  {{QStringLiteral("eventType"), QStringLiteral("reading")},
                                   {QStringLiteral("eventData"),
                                    QJsonObject{{QStringLiteral("n"), n},
                                                {QStringLiteral("unit"), QStringLiteral("lux")}}}},
                                  hw.apiKey);
        };
        for (int n = 0; n < 3; ++n)
            send(n);
        QTRY_COMPARE(log->rowCount(), 3);

        // Pause: events keep arriving and wait; the button says how many.
        QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
        send(3);
        send(4);
        QTRY_COMPARE(log->pendingCount(), 2);
        QCOMPARE(log->rowCount(), 3);
        QVERIFY(page->pauseButton()->text().contains(QStringLiteral("2 new")));
        QTest::mouseClick(page->pauseButton(), Qt::LeftButton);
        QCOMPARE(log->rowCount(), 5);

        // Filter on text inside the payload; the details show all of it.
        QTest::keyClicks(page->textFilter(), QStringLiteral("\"n\":4"));
        QTRY_COMPARE(page->filter()->rowCount(), 1);
        QVERIFY2(page->summary()->text().contains(QStringLiteral("1 shown")),
                 qPrintable(page->summary()->text()));
        page->table()->setCurrentIndex(page->filter()->index(0, 0));
        QTRY_VERIFY(page->details()->toPlainText().contains(QStringLiteral("\"unit\": \"lux\"")));
        page->textFilter()->clear();

        // Record, then replay into a log of its own (never the live one), export.
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("session.jsonl"));
        QVERIFY(page->startRecording(recording));
        send(5);
        send(6);
        QTRY_COMPARE(m_dashboard->session()->recorder()->recordedCount(), qint64(2));
        page->stopRecording();
        QTRY_COMPARE(log->rowCount(), 7);
        QVERIFY(page->replay(recording));
        Replay *replay = m_dashboard->session()->replay();
        QTRY_VERIFY(replay->isFinished());
        QCOMPARE(replay->log()->rowCount(), 2);
        QCOMPARE(log->rowCount(), 7);  // the live log is untouched
        QCOMPARE(page->shownLog(), replay->log());
        QCOMPARE(page->filter()->rowCount(), 2);
        QVERIFY(page->replayBanner()->isVisible());
        QVERIFY(m_dashboard->window()->chartPage()->showsReplay());
        // Live events keep arriving, into the live log only.
        send(7);
        QTRY_COMPARE(log->rowCount(), 8);
        QCOMPARE(page->filter()->rowCount(), 2);
        const QString csv = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(page->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 3);  // header + the 2 replayed events, once each
        // A recording that cannot be read changes nothing on screen.
        QVERIFY(!page->replay(dir.filePath(QStringLiteral("missing.jsonl"))));
        QCOMPARE(page->filter()->rowCount(), 2);
        // Back to live: everything live is there, in order.
        QTest::mouseClick(
            page->replayBanner()->findChild<QPushButton *>(QStringLiteral("backToLive")),
            Qt::LeftButton);
        QCOMPARE(page->shownLog(), log);
        QCOMPARE(page->filter()->rowCount(), 8);
        QVERIFY(!page->replayBanner()->isVisible());
        QVERIFY(!m_dashboard->window()->chartPage()->showsReplay());

        // The details follow the selection: a filter that hides the chosen event clears them.
        page->table()->setCurrentIndex(page->filter()->index(0, 0));
        QTRY_VERIFY(!page->details()->toPlainText().isEmpty());
        QTest::keyClicks(page->textFilter(), QStringLiteral("no such text"));
        QTRY_COMPARE(page->filter()->rowCount(), 0);
        QVERIFY(page->details()->toPlainText().isEmpty());
    }

    // "modedesk recording.jsonl" (a double-click in the file manager): the
    // recording plays on the Events page once the dashboard is ready.
    void aRecordingOpenedFromTheFileManagerIsReplayed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("opened.jsonl"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int n = 1; n <= 3; ++n) {
            file.write(QStringLiteral("{\"homeId\":7,\"eventType\":\"replayed\",\"eventData\":"
                                      "{\"n\":%1},\"timestamp\":\"2026-11-25T10:00:0%1.000Z\"}\n")
                           .arg(n)
                           .toUtf8());
        }
        file.close();
        startSandbox(AccountMode::Email);
        const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        m_sandbox->createHome(user, QStringLiteral("Den"));
        startDashboard(AccountMode::Email, user.key);
        m_dashboard->openRecording(path);
        waitSignedIn();
        MainWindow *window = m_dashboard->window();
        QTRY_COMPARE(window->tabs()->currentWidget(), window->eventsPage());
        EventLogModel *log = m_dashboard->session()->replay()->log();
        QTRY_COMPARE(log->rowCount(), 3);
        QCOMPARE(log->at(0).event.eventType, QStringLiteral("replayed"));
        QCOMPARE(window->eventsPage()->shownLog(), log);
    }

    void chartPlotsAFieldAtMostTwentyTimesASecond()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Plant"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sprinkler"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Live);
        MainWindow *window = m_dashboard->window();
        window->showPage(5);
        ChartPage *page = window->chartPage();
        QVERIFY(
            !page->addSeries(QStringLiteral("sprinkler-status"), QStringLiteral("zones[x]"), 0));
        QVERIFY(page->addSeries(QStringLiteral("sprinkler-status"),
                                QStringLiteral("eventData.zones[7]"), hw.id));
        const int before = page->chartView()->redrawCount();
        QElapsedTimer clock;
        clock.start();
        int sent = 0;
        while (clock.elapsed() < 1000) {
            m_sandbox->http().put(
                QStringLiteral("/devices/%1/event").arg(hw.id),
                {{QStringLiteral("eventType"), QStringLiteral("sprinkler-status")},
                 {QStringLiteral("eventData"),
                  QJsonObject{
                      {QStringLiteral("zones"), QJsonArray{0, 0, 0, 0, 0, 0, 0, sent % 2}}}}},
                hw.apiKey);
            ++sent;
        }
        QTRY_COMPARE(page->data()->pointCount(0), qsizetype(sent));
        const int redraws = page->chartView()->redrawCount() - before;
        QVERIFY2(redraws >= 1 && redraws <= 25,
                 qPrintable(QStringLiteral("%1 redraws for %2 events").arg(redraws).arg(sent)));
        QVERIFY(sent > redraws);
        // The line is on the plot, in its series' colour.
        LiveChartView *view = page->chartView();
        view->redraw();
        QVERIFY(view->plottedPoints() > 0);
        const QColor colour = qobject_cast<QLineSeries *>(view->chart()->series().first())->color();
        const QImage shot = view->grab().toImage();
        // Inside the plot only: the legend shows the colour too.
        const QRect plot = view->chart()->plotArea().toRect().adjusted(1, 1, -1, -1);
        int painted = 0;
        for (int y = plot.top(); y <= plot.bottom(); ++y) {
            for (int x = plot.left(); x <= plot.right(); ++x)
                painted += shot.pixelColor(x, y) == colour;
        }
        QVERIFY2(painted > 20, qPrintable(QStringLiteral("%1 pixels of the line").arg(painted)));
    }

    // A zoom belongs to one home's chart; a view that does not follow now says so; another
    // home or profile is live again. The first series the chart picks itself is one
    // that changes, not a flat 0.
    void aHeldChartSaysSoAndAnotherHomeIsLive()
    {
        const TestUser user = signedInUser();
        const qint64 plant = m_sandbox->createHome(user, QStringLiteral("Plant"));
        const qint64 office = m_sandbox->createHome(user, QStringLiteral("Office"));
        const TestDevice hw = m_sandbox->addDeviceToHome(plant, user, QStringLiteral("sprinkler"));
        Session *session = m_dashboard->session();
        MainWindow *window = m_dashboard->window();
        session->reloadHomes();
        QTRY_COMPARE(session->homes()->rowCount(), 2);
        window->homesPanel()->selectHome(plant);
        QTRY_COMPARE(session->home()->homeId(), plant);
        QTRY_COMPARE(session->events()->health().state, LinkState::Live);
        window->showPage(5);
        ChartPage *page = window->chartPage();
        // The flow rate is first in each event and stays 0; the pressure changes.
        for (int i = 0; i < 4; ++i)
            m_sandbox->http().put(
                QStringLiteral("/devices/%1/event").arg(hw.id),
                {{QStringLiteral("eventType"), QStringLiteral("sprinkler-status")},
                 {QStringLiteral("eventData"),
                  QJsonObject{{QStringLiteral("flowRate"), 0},
                              {QStringLiteral("pressure"), 2.0 + i * 0.1}}}},
                hw.apiKey);
        QTRY_COMPARE(page->data()->seriesCount(), 1);
        QTRY_COMPARE(page->data()->spec(0).field.toString(), QStringLiteral("eventData.pressure"));

        QVERIFY(page->isLive());
        QVERIFY(page->liveNote()->isHidden());
        const auto [from, to] = page->chartView()->shownRange();
        page->chartView()->zoomTime(0.5, (from + to) / 2);
        QVERIFY(!page->isLive());
        QVERIFY(!page->liveNote()->isHidden());
        QVERIFY(page->liveNote()->text().contains(QStringLiteral("Back to live")));
        // The way back on the note itself.
        emit page->liveNote()->linkActivated(QStringLiteral("live"));
        QVERIFY(page->isLive());
        QVERIFY(page->liveNote()->isHidden());
        // Paused: said as well.
        page->chartView()->setPaused(true);
        QVERIFY(page->liveNote()->text().startsWith(QStringLiteral("Paused at")));

        // Another home: live again; so is another profile.
        page->chartView()->zoomTime(0.5, (from + to) / 2);
        window->homesPanel()->selectHome(office);
        QTRY_COMPARE(session->home()->homeId(), office);
        QVERIFY(page->isLive());
        QVERIFY(page->liveNote()->isHidden());
        page->chartView()->zoomTime(0.5, (from + to) / 2);
        QVERIFY(!page->isLive());
        ConnectionProfile other = m_profile;
        other.id = QStringLiteral("another");
        session->setProfile(other);
        QVERIFY(page->isLive());
    }

    void composerValidatesSendsInBulkAndLinksReplies()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Farm"));
        const TestDevice a = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sprinkler"));
        const TestDevice b = m_sandbox->addDeviceToHome(home, user, QStringLiteral("sprinkler"));
        m_sandbox->addDeviceToHome(home, user, QStringLiteral("sprinkler"));  // stays offline
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 3);
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Live);
        SocketProbe socketA, socketB;
        QVERIFY(socketA.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(a.id)),
                             a.apiKey));
        QVERIFY(socketB.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(b.id)),
                             b.apiKey));

        CommandComposer *composer = m_dashboard->window()->composer();
        m_dashboard->window()->showPage(6);
        QTest::keyClicks(composer->actionEdit(), QStringLiteral("sprinkler-on"));

        // Invalid JSON: the line and column are named, nothing is sent.
        composer->parametersEditor()->setText(
            QStringLiteral("{\n  \"zone\": 2,\n  \"duration\": ?\n}"));
        composer->targetFilter()->setText(QStringLiteral("sprinkler"));
        composer->selectMatching();
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY(composer->status()->isShowingError());
        QVERIFY2(composer->status()->text().contains(QStringLiteral("Line 3, column")),
                 qPrintable(composer->status()->text()));
        QCOMPARE(composer->history()->size(), 0);
        composer->parametersEditor()->setText(QStringLiteral("[1, 2]"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY(composer->status()->text().contains(QStringLiteral("JSON object")));
        // Fixing what was wrong takes the message away (it no longer holds).
        composer->parametersEditor()->setText(QStringLiteral("{\"zone\": 2}"));
        QVERIFY(!composer->status()->isShowingError());
        QVERIFY(composer->status()->text().isEmpty());

        // Bulk send to all three: two deliver, the offline one says why.
        composer->parametersEditor()->setText(QStringLiteral("{\"zone\": 2, \"duration\": 60}"));
        QVERIFY(composer->sendButton()->text().contains(QStringLiteral("3 devices")));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->history()->size(), 3);
        QTRY_VERIFY(composer->sendButton()->isEnabled());
        int delivered = 0, offline = 0;
        for (int row = 0; row < 3; ++row) {
            const CommandRecord &r = composer->history()->at(row);
            delivered += r.outcome == CommandOutcome::Delivered;
            offline += r.outcome == CommandOutcome::NotDelivered &&
                       r.detail.contains(QStringLiteral("offline"));
        }
        QCOMPARE(delivered, 2);
        QCOMPARE(offline, 1);
        QVERIFY(composer->status()->isShowingError());  // says 1 device did not get it
        QVERIFY(socketA.waitForFrames(1));
        QCOMPARE(socketA.frames()
                     .first()
                     .value(QStringLiteral("parameters"))
                     .toObject()
                     .value(QStringLiteral("zone"))
                     .toInt(),
                 2);

        // Device A answers with an event: it is linked to the command.
        m_sandbox->http().put(
            QStringLiteral("/devices/%1/event").arg(a.id),
            {{QStringLiteral("eventType"), QStringLiteral("sprinkler-status")},
             {QStringLiteral("eventData"),
              QJsonObject{{QStringLiteral("zone"), 2}, {QStringLiteral("on"), true}}}},
            a.apiKey);
        QTRY_VERIFY([&] {
            for (int row = 0; row < composer->history()->size(); ++row) {
                const CommandRecord &r = composer->history()->at(row);
                if (r.deviceId == a.id && !r.linkedEvents.isEmpty())
                    return r.linkedEvents.first().eventType == QStringLiteral("sprinkler-status");
            }
            return false;
        }());

        // Templates and history outlive the session; a resend is one click.
        composer->saveTemplate(QStringLiteral("Zone 2 for a minute"));
        // Both in the dashboard's data folder: the templates shared, the history the profile's.
        ProfileFiles files;
        files.setFolder(m_dir->path());
        CommandTemplates reloaded(&files);
        reloaded.open();
        QCOMPARE(reloaded.forClasses({QStringLiteral("sprinkler")})
                     .last()
                     .command.parameters.value(QStringLiteral("duration"))
                     .toInt(),
                 60);
        files.setProfile(m_profile.id);
        CommandHistory history(nullptr, nullptr, &files);
        history.open();
        QCOMPARE(history.size(), 3);
        composer->resend(0);
        QTRY_COMPARE(composer->history()->size(), 4);
    }

    void simulatorRoundTrip()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Bench"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("thermostat"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        QTRY_COMPARE(m_dashboard->session()->events()->health().state, LinkState::Live);
        MainWindow *window = m_dashboard->window();

        // The simulator plays the device, and answers set-setpoint by a rule.
        SimulatorPage *simulator = window->simulator();
        SimulatedDevice *device =
            simulator->addDevice(hw.id, hw.apiKey, QStringLiteral("Bench thermostat"));
        QTRY_COMPARE(device->link()->state(), LinkState::Live);
        // The rules table edits the device's rules in place: the default ping -> pong
        // becomes set-setpoint -> setpoint-changed; bad JSON is refused with the reason.
        ReplyRulesModel *rules = simulator->rules();
        QCOMPARE(rules->rowCount(), 1);
        QVERIFY(rules->setData(rules->index(0, ReplyRulesModel::ActionColumn),
                               QStringLiteral("set-setpoint")));
        QVERIFY(rules->setData(rules->index(0, ReplyRulesModel::ReplyTypeColumn),
                               QStringLiteral("setpoint-changed")));
        QVERIFY(!rules->setData(rules->index(0, ReplyRulesModel::ReplyDataColumn),
                                QStringLiteral("{\"source\": simulator}")));
        QVERIFY(simulator->status()->isShowingError());
        QVERIFY(!rules->setData(rules->index(0, ReplyRulesModel::ActionColumn), QString()));
        QVERIFY(rules->setData(rules->index(0, ReplyRulesModel::ReplyDataColumn),
                               QStringLiteral("{\"source\": \"simulator\"}")));
        QCOMPARE(device->rules().constFirst().action, QStringLiteral("set-setpoint"));
        QCOMPARE(device->rules().size(), 1);

        // The chart watches the reply's field.
        QVERIFY(window->chartPage()->addSeries(QStringLiteral("setpoint-changed"),
                                               QStringLiteral("setpoint"), 0));

        // The composer sends the command.
        CommandComposer *composer = window->composer();
        composer->selectMatching();
        composer->actionEdit()->setText(QStringLiteral("set-setpoint"));
        composer->parametersEditor()->setText(QStringLiteral("{\"setpoint\": 23.5}"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);

        // It reaches the device...
        QTRY_COMPARE(simulator->commandLog()->count(), 1);
        QVERIFY(simulator->commandLog()->item(0)->text().contains(QStringLiteral("set-setpoint")));
        // ...whose reply reaches the log, the chart, and the command's history entry.
        EventLogModel *log = m_dashboard->session()->eventLog();
        QTRY_VERIFY([&] {
            for (int row = 0; row < log->rowCount(); ++row) {
                const Event &e = log->at(row).event;
                if (e.eventType == QStringLiteral("setpoint-changed"))
                    return e.eventData.value(QStringLiteral("setpoint")).toDouble() == 23.5 &&
                           e.eventData.value(QStringLiteral("source")).toString() ==
                               QStringLiteral("simulator");
            }
            return false;
        }());
        QTRY_COMPARE(window->chartPage()->data()->pointCount(0), qsizetype(1));
        QTRY_COMPARE(composer->history()->at(0).linkedEvents.size(), qsizetype(1));

        // A generator sends on its own.
        Generator generator;
        generator.eventType = QStringLiteral("sim-reading");
        generator.ratePerSecond = 50;
        device->startGenerator(generator);
        QTRY_VERIFY(device->generatedCount() >= 5);
        device->stopGenerator();
    }

    // A real device played by its id and key goes by the name the fleet knows it by;
    // switching to a profile on another server stops it, and the page says so.
    void aDevicePlayedByIdAndKeyIsNamedAndItsStopIsSaid()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Bench"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("thermostat"));
        Session *session = m_dashboard->session();
        session->reloadHomes();
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 1);
        const QString name = session->fleet()->devices()->record(0).device.name;
        QVERIFY(!name.isEmpty());
        SimulatorPage *simulator = m_dashboard->window()->simulator();
        QVERIFY(!simulator->addByIdAndKey(QStringLiteral("twelve"), hw.apiKey));
        QVERIFY(simulator->status()->isShowingError());
        SimulatedDevice *device = simulator->addByIdAndKey(QString::number(hw.id), hw.apiKey);
        QVERIFY(device);
        QCOMPARE(device->name(), name);

        session->drop();
        ConnectionProfile other = m_profile;
        other.id = QStringLiteral("elsewhere");
        other.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
        session->setProfile(other);
        QVERIFY(simulator->devices().isEmpty());
        QTRY_VERIFY2(simulator->status()->text().contains(QStringLiteral("simulated device")),
                     qPrintable(simulator->status()->text()));
        QVERIFY(simulator->status()->text().startsWith(QStringLiteral("1 ")));
    }

    void simulatorMakesAndRedeemsDevices()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Shop"));
        SimulatorPage *simulator = m_dashboard->window()->simulator();
        simulator->setSandboxAdmin(m_sandbox->server().baseUrl(), m_sandbox->adminKey(),
                                   {QStringLiteral("sensor")});
        simulator->createSandboxDevice(QStringLiteral("sensor"));
        QTRY_COMPARE(simulator->devices().size(), 1);
        QTRY_COMPARE(simulator->devices().first()->link()->state(), LinkState::Live);
        // Claim mode from the simulator, then a claim by the user.
        QTRY_VERIFY(simulator->status()->text().contains(QStringLiteral("claim code")));
        const QString status = simulator->status()->text();
        const QString code =
            status.section(QStringLiteral("claim code "), 1).section(QLatin1Char(')'), 0, 0);
        QVERIFY(await(simulator->devices().first()->setClaimable(120)).ok());
        const HttpResult claimed = m_sandbox->http().post(
            QStringLiteral("/devices"),
            {{QStringLiteral("homeId"), home}, {QStringLiteral("claimCode"), code}}, user.key);
        QVERIFY2(claimed.status == 201,
                 qPrintable(code + QLatin1Char(' ') + QString::fromUtf8(claimed.body)));

        const QString token =
            m_sandbox->http()
                .postForm(QStringLiteral("/homes/%1/deviceProvisioning").arg(home),
                          QUrlQuery({{QStringLiteral("deviceClass"), QStringLiteral("camera")}}),
                          user.key)
                .object()
                .value(QStringLiteral("token"))
                .toString();
        simulator->redeemToken(token);
        QTRY_COMPARE(simulator->devices().size(), 2);
        QTRY_VERIFY(simulator->status()->text().contains(QStringLiteral("Joined home")));
        simulator->redeemToken(token);  // used: a clear error, nothing added
        QTRY_VERIFY(simulator->status()->isShowingError());
        QCOMPARE(simulator->devices().size(), 2);
    }

    void homeEventsKeepTheirProjectKeyWithTheProfile()
    {
        signedInUser();
        const qint64 home = m_sandbox->createHome(
            TestUser{m_dashboard->session()->userId(), m_dashboard->session()->key(), {}, {}});
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        CommandComposer *composer = m_dashboard->window()->composer();
        const QString key = m_sandbox->createProjectKey({QStringLiteral("events")});
        composer->setProjectKey(key);
        for (QCheckBox *box : composer->findChildren<QCheckBox *>())
            box->setChecked(true);
        composer->actionEdit()->setText(QStringLiteral("alarm"));
        composer->parametersEditor()->setText(QStringLiteral("{\"level\": 3}"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_VERIFY(composer->status()->text().contains(QStringLiteral("Home event")));
        QTRY_VERIFY([&] {  // the event came back on the user's own stream
            EventLogModel *log = m_dashboard->session()->eventLog();
            for (int row = 0; row < log->rowCount(); ++row)
                if (log->at(row).event.eventType == QStringLiteral("alarm"))
                    return true;
            return false;
        }());
        // Kept in the secret store with the profile (user key + project key).
        QTRY_COMPARE(m_secrets->count(), 2);
    }

    // Documentation screenshots of the live pages under load; runs only when
    // MODEDESK_SCREENSHOT_DIR names a folder to write them to.
    void screenshotsUnderLoad()
    {
        const QString folder = qEnvironmentVariable("MODEDESK_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set MODEDESK_SCREENSHOT_DIR to write screenshots");
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Greenhouse"));
        QList<TestDevice> devices;
        QList<std::shared_ptr<SocketProbe>> sockets;
        for (const char *cls : {"thermostat", "sensor", "sprinkler"}) {
            devices.append(m_sandbox->addDeviceToHome(home, user, QLatin1String(cls)));
            sockets.append(std::make_shared<SocketProbe>());
            QVERIFY(sockets.last()->open(
                m_sandbox->url(QStringLiteral("/devices/%1/command").arg(devices.last().id)),
                devices.last().apiKey));
        }
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 3);
        MainWindow *window = m_dashboard->window();
        ChartPage *chart = window->chartPage();
        chart->addSeries(QStringLiteral("climate"), QStringLiteral("temperature"),
                         devices.at(0).id);
        chart->addSeries(QStringLiteral("climate"), QStringLiteral("temperature"),
                         devices.at(1).id);
        chart->addSeries(QStringLiteral("climate"), QStringLiteral("humidity"), devices.at(1).id);
        QElapsedTimer clock;
        clock.start();
        int n = 0;
        while (clock.elapsed() < 6000) {
            const TestDevice &d = devices.at(n % 2);
            const double t = n / 40.0;
            m_sandbox->http().put(
                QStringLiteral("/devices/%1/event").arg(d.id),
                {{QStringLiteral("eventType"), QStringLiteral("climate")},
                 {QStringLiteral("eventData"),
                  QJsonObject{{QStringLiteral("temperature"),
                               std::round((21 + 3 * std::sin(t + d.id)) * 10) / 10},
                              {QStringLiteral("humidity"),
                               std::round((50 + 10 * std::cos(t / 3)) * 10) / 10},
                              {QStringLiteral("zones"), QJsonArray{0, n % 2, 1}}}}},
                d.apiKey);
            ++n;
        }
        CommandComposer *composer = window->composer();
        composer->selectMatching();
        composer->actionEdit()->setText(QStringLiteral("set-setpoint"));
        composer->parametersEditor()->setText(
            QStringLiteral("{\n  \"setpoint\": 22.5,\n  \"mode\": \"eco\"\n}"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->history()->size(), 3);
        QTest::qWait(300);
        for (const auto &[page, name] :
             {std::pair{4, "events"}, std::pair{5, "chart"}, std::pair{6, "commands"}}) {
            window->showPage(page);
            if (page == 4)
                window->eventsPage()->table()->selectRow(
                    window->eventsPage()->filter()->rowCount() - 1);
            QTest::qWait(400);
            QVERIFY(window->grab().save(
                QDir(folder).filePath(QStringLiteral("load-%1.png").arg(QLatin1String(name)))));
        }
        // The provisioning page: a token with its QR code, and a small bulk import.
        ProvisioningPage *provisioning = window->provisioning();
        provisioning->tokenPanel()->requestToken(QStringLiteral("thermostat"),
                                                 QStringLiteral("lobby"));
        QTRY_VERIFY(!provisioning->tokenPanel()->token().isEmpty());
        QTemporaryDir csvDir;
        QFile csv(csvDir.filePath(QStringLiteral("codes.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        for (int i = 0; i < 6; ++i) {
            const TestDevice d = m_sandbox->provisionDevice(QStringLiteral("sensor"));
            if (i != 2)
                m_sandbox->http().postForm(
                    QStringLiteral("/deviceRegistration"),
                    QUrlQuery({{QStringLiteral("deviceId"), QString::number(d.id)},
                               {QStringLiteral("claimable"), QStringLiteral("true")}}),
                    d.apiKey);
            csv.write(QStringLiteral("%1,Shelf sensor %2,shelf-%2\n")
                          .arg(d.claimCode)
                          .arg(i + 1)
                          .toUtf8());
        }
        csv.write("QQQQ-QQQQ-QQQQ,Mistyped\n");
        csv.close();
        BulkClaimPanel *bulk = provisioning->bulkPanel();
        QVERIFY(bulk->importCsv(csv.fileName()));
        QSignalSpy done(bulk->import(), &BulkClaim::finished);
        QVERIFY(bulk->import()->start());
        QTRY_COMPARE(done.count(), 1);
        window->showPage(PageRegistry::indexOf(QStringLiteral("provisioning")));
        provisioning->showBulk();
        QTest::qWait(300);
        QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("provisioning.png"))));
        qInfo("%d events sent while recording the screenshots", n);
    }
};

QTEST_MAIN(TestLivePages)
#include "tst_livepages.moc"
