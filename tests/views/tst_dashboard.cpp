// The dashboard as a user drives it: QTest types and clicks in the real
// window (offscreen) against an in-process sandbox. Sign in (each account
// mode and a pasted key), create a home, add a member, set and delete KV
// pairs, see a device come online, rename it, sign out.
#include "accountdialog.h"
#include "awaitcall.h"
#include "chartdata.h"
#include "chartpage.h"
#include "commandcomposer.h"
#include "dashboard.h"
#include "devicespage.h"
#include "eventlogfilter.h"
#include "eventspage.h"
#include "homespanel.h"
#include "jsoneditor.h"
#include "keyvaluespage.h"
#include "livechartview.h"
#include "mainwindow.h"
#include "memberspage.h"
#include "memorysecretstore.h"
#include "profilestore.h"
#include "provisioningpage.h"
#include "sandboxfixture.h"
#include "signindialog.h"
#include "simulatorpage.h"
#include "socketprobe.h"
#include "statusline.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cmath>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

// Answers the next modal dialog (QInputDialog, QMessageBox) as a user would.
void answerNextModal(std::function<void(QWidget *)> answer)
{
    QTimer::singleShot(0, qApp, [answer] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        answer(QApplication::activeModalWidget());
    });
}

void clickYes()
{
    answerNextModal([](QWidget *w) {
        auto *box = qobject_cast<QMessageBox *>(w);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

}  // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Dashboard> m_dashboard;
    ConnectionProfile m_profile;

    void startSandbox(AccountMode mode)
    {
        m_sandbox = std::make_unique<SandboxFixture>(mode);
        QVERIFY(m_sandbox->start());
    }

    void startDashboard(AccountMode mode, const QString &storedKey = {})
    {
        if (!m_sandbox)
            startSandbox(mode);
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_profile = ProfileStore::newProfile();
        m_profile.name = QStringLiteral("Test sandbox");
        m_profile.apiUrl = m_sandbox->server().baseUrl();
        m_profile.projectId = m_sandbox->projectId();
        m_profile.appId = m_sandbox->appId();
        m_profile.accountMode = mode;
        ProfileStore(m_settings.get()).save(m_profile);
        if (!storedKey.isEmpty())
            m_secrets->write(ProfileStore::secretName(m_profile.id), storedKey, nullptr,
                             [](const QString &) {});
        m_dashboard = std::make_unique<Dashboard>(m_settings.get(), m_secrets.get(),
                                                  Dashboard::Options{m_dir->path(), false});
        m_dashboard->window()->resize(1280, 800);
        m_dashboard->window()->show();
        m_dashboard->start(m_profile.id);
    }

    // The sign-in dialog once it shows (nullptr, failing the test, if it never does).
    SignInDialog *signInDialog()
    {
        if (!QTest::qWaitFor([this] { return m_dashboard->signInDialog() != nullptr; }, 5000))
            QTest::qFail("the sign-in dialog did not show", __FILE__, __LINE__);
        return m_dashboard->signInDialog();
    }

    void waitSignedIn()
    {
        QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->session()->state(), Session::State::SignedIn, 10000);
    }

    TestUser signedInUser()
    {
        startSandbox(AccountMode::Email);
        TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        startDashboard(AccountMode::Email, user.key);
        [&] {
            waitSignedIn();
        }();
        return user;
    }

private slots:
    void cleanup()
    {
        m_dashboard.reset();
        m_secrets.reset();
        m_settings.reset();
        m_sandbox.reset();
    }

    void signInWithEmail()
    {
        startDashboard(AccountMode::Email);
        const TestUser user = m_sandbox->signUp(QStringLiteral("Ana"));
        SignInDialog *dialog = signInDialog();
        typeInto(dialog->field(QStringLiteral("email")), user.login);
        typeInto(dialog->field(QStringLiteral("password")), QStringLiteral("wrong-password"));
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        QTRY_VERIFY(dialog->status()->isShowingError());
        QVERIFY2(dialog->status()->text().contains(QStringLiteral("Wrong password")),
                 qPrintable(dialog->status()->text()));
        typeInto(dialog->field(QStringLiteral("password")), user.password);
        QTest::keyClick(dialog->field(QStringLiteral("password")), Qt::Key_Return);
        waitSignedIn();
        QCOMPARE(m_dashboard->session()->userId(), user.id);
        // The key went to the secret store, and nowhere else.
        QCOMPARE(m_secrets->count(), 1);
        const QString ini = QString::fromUtf8([&] {
            m_settings->sync();
            QFile f(m_settings->fileName());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }());
        QVERIFY(!ini.contains(m_dashboard->session()->key()));
        QVERIFY(!ini.contains(user.password));
    }

    void signUpAndSignInWithPhone()
    {
        startDashboard(AccountMode::Phone);
        SignInDialog *dialog = signInDialog();
        dialog->tabs()->setCurrentIndex(1);
        typeInto(dialog->field(QStringLiteral("newName")), QStringLiteral("Bo"));
        typeInto(dialog->field(QStringLiteral("newPhone")), QStringLiteral("+15550123456"));
        QTest::mouseClick(dialog->button(QStringLiteral("signUp")), Qt::LeftButton);
        QTRY_COMPARE(dialog->tabs()->currentIndex(), 0);
        const QString code = m_sandbox->lastMessageTo(QStringLiteral("+15550123456"))
                                 .value(QStringLiteral("code"))
                                 .toString();
        QVERIFY(!code.isEmpty());
        typeInto(dialog->field(QStringLiteral("code")), code);
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        waitSignedIn();

        // Signing in again later: ask for a code, read it, use it.
        m_dashboard->signOut();
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        m_dashboard->showSignIn();
        dialog = signInDialog();
        typeInto(dialog->field(QStringLiteral("phone")), QStringLiteral("+15550123456"));
        QTest::mouseClick(dialog->button(QStringLiteral("sendCode")), Qt::LeftButton);
        QTRY_VERIFY(dialog->status()->text().contains(QStringLiteral("Code sent")));
        typeInto(dialog->field(QStringLiteral("code")),
                 m_sandbox->lastMessageTo(QStringLiteral("+15550123456"))
                     .value(QStringLiteral("code"))
                     .toString());
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        waitSignedIn();
    }

    void signInWithByou()
    {
        startDashboard(AccountMode::Byou);
        const QString projectKey = m_sandbox->createProjectKey({QStringLiteral("byou")});
        const TestUser user = m_sandbox->signUp();
        SignInDialog *dialog = signInDialog();
        typeInto(dialog->field(QStringLiteral("projectKey")), projectKey);
        typeInto(dialog->field(QStringLiteral("userId")), QString::number(user.id));
        QTest::mouseClick(dialog->button(QStringLiteral("signIn")), Qt::LeftButton);
        waitSignedIn();
        QCOMPARE(m_dashboard->session()->userId(), user.id);
        // BYOU projects have no live socket: said so, and still signed in.
        QTest::qWait(300);
        QCOMPARE(m_dashboard->session()->state(), Session::State::SignedIn);
    }

    void signInWithAPastedKey()
    {
        startDashboard(AccountMode::Email);
        const TestUser user = m_sandbox->signUp();
        const TestDevice device = m_sandbox->provisionDevice();
        SignInDialog *dialog = signInDialog();
        dialog->tabs()->setCurrentIndex(dialog->tabs()->count() - 1);
        typeInto(dialog->field(QStringLiteral("apiKey")), device.apiKey);
        QTest::mouseClick(dialog->button(QStringLiteral("useKey")), Qt::LeftButton);
        QTRY_VERIFY(dialog->status()->text().contains(QStringLiteral("device key")));
        typeInto(dialog->field(QStringLiteral("apiKey")), user.key);
        QTest::mouseClick(dialog->button(QStringLiteral("useKey")), Qt::LeftButton);
        waitSignedIn();
    }

    void aStoredKeySignsInAndARevokedOneAsksAgain()
    {
        const TestUser user = signedInUser();
        QCOMPARE(m_dashboard->session()->userId(), user.id);
        // Someone ends the session elsewhere: the dashboard notices and asks.
        m_sandbox->http().del(QStringLiteral("/userSession"), user.key);
        QVERIFY(signInDialog() != nullptr);
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(m_secrets->count(), 0);
    }

    void createAHomeAddAMemberAndEditKeyValues()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));

        answerNextModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Beach House"));
            input->accept();
        });
        window->homesPanel()->createHome();
        QTRY_COMPARE(m_dashboard->session()->homes()->rowCount(), 1);
        QTRY_VERIFY(m_dashboard->session()->home()->homeId() != 0);
        QTRY_VERIFY(!m_dashboard->session()->home()->isLoading());

        // Add a member.
        window->showPage(1);
        MembersPage *members = window->membersPage();
        typeInto(members->inviteEdit(), bo.login);
        QTest::mouseClick(members->addButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->home()->members()->rowCount(), 2);

        // Set a pair; an invalid JSON edit is refused and loses nothing.
        window->showPage(2);
        KeyValuesPage *kv = window->keyValuesPage();
        typeInto(kv->keyEdit(), QStringLiteral("scene"));
        kv->valueEditor()->setText(QStringLiteral("{\"lights\": on}"));
        QVERIFY(!kv->valueEditor()->isValid());
        QPushButton *save = kv->saveButton();
        QVERIFY(!save->isEnabled());
        QString problem;
        kv->valueEditor()->value(nullptr, &problem);
        QVERIFY2(problem.startsWith(QStringLiteral("Line 1, column")), qPrintable(problem));
        QCOMPARE(kv->valueEditor()->text(),
                 QStringLiteral("{\"lights\": on}"));  // still there to fix
        kv->valueEditor()->setText(QStringLiteral("{\"lights\": true, \"level\": 70}"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->home()->keyValues()->rowCount(), 1);
        const qint64 home = m_dashboard->session()->home()->homeId();
        const HttpResult stored =
            m_sandbox->http().get(QStringLiteral("/homes/%1/kv/scene").arg(home), bo.key);
        QCOMPARE(stored.object()
                     .value(QStringLiteral("value"))
                     .toObject()
                     .value(QStringLiteral("level"))
                     .toInt(),
                 70);

        // Someone else changes it: the row updates live and is highlighted.
        const TestUser ana{m_dashboard->session()->userId(), m_dashboard->session()->key(), {}, {}};
        m_sandbox->http().put(QStringLiteral("/homes/%1/kv/mode").arg(home),
                              {{QStringLiteral("value"), QStringLiteral("away")}}, ana.key);
        QTRY_COMPARE(m_dashboard->session()->home()->keyValues()->rowCount(), 2);

        // Delete it (confirming the question).
        kv->table()->selectRow(0);
        QTRY_COMPARE(kv->keyEdit()->text(), QStringLiteral("mode"));
        clickYes();
        QTest::mouseClick(kv->deleteButton(), Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->home()->keyValues()->rowCount(), 1);
        QCOMPARE(
            m_sandbox->http().get(QStringLiteral("/homes/%1/kv/mode").arg(home), ana.key).status,
            404);
    }

    void seeADeviceComeOnlineAndRenameIt()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Workshop"));
        const TestDevice hw = m_sandbox->addDeviceToHome(home, user, QStringLiteral("thermostat"));
        MainWindow *window = m_dashboard->window();
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        DevicesModel *devices = m_dashboard->session()->home()->devices();
        QCOMPARE(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                 QStringLiteral("Offline"));

        SocketProbe socket;
        QVERIFY(socket.open(m_sandbox->url(QStringLiteral("/devices/%1/command").arg(hw.id)),
                            hw.apiKey));
        QTRY_COMPARE(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                     QStringLiteral("Online"));
        QTableView *table = window->devicesPage()->table();
        QCOMPARE(table->model()->index(0, DevicesModel::StatusColumn).data().toString(),
                 QStringLiteral("Online"));

        table->selectRow(0);
        QLineEdit *nameEdit = window->devicesPage()->nameEdit();
        QTRY_COMPARE(nameEdit->text(), QStringLiteral("thermostat unit"));
        typeInto(nameEdit, QStringLiteral("Attic thermostat"));
        QTest::keyClick(nameEdit, Qt::Key_Return);
        QTRY_COMPARE(m_sandbox->http()
                         .get(QStringLiteral("/devices/%1").arg(hw.id), user.key)
                         .object()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("Attic thermostat"));
        QTRY_COMPARE(devices->record(0).name, QStringLiteral("Attic thermostat"));
    }

    void signOutEndsTheSession()
    {
        const TestUser user = signedInUser();
        QCOMPARE(m_secrets->count(), 1);
        m_dashboard->signOut();
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(m_secrets->count(), 0);
        // The key stops working on the server at once.
        QTRY_COMPARE(m_sandbox->http().get(QStringLiteral("/userSession"), user.key).status, 401);
    }

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
        page->table()->setCurrentIndex(page->filter()->index(0, 0));
        QTRY_VERIFY(page->details()->toPlainText().contains(QStringLiteral("\"unit\": \"lux\"")));
        page->textFilter()->clear();

        // Record, replay into the same log, export.
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("session.jsonl"));
        QVERIFY(page->startRecording(recording));
        send(5);
        send(6);
        QTRY_COMPARE(m_dashboard->session()->recorder()->recordedCount(), qint64(2));
        page->stopRecording();
        QTRY_COMPARE(log->rowCount(), 7);
        QVERIFY(page->replay(recording));
        QTRY_COMPARE(log->rowCount(), 9);
        const QString csv = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(page->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 10);  // header + 9 events
        QVERIFY(!page->replay(dir.filePath(QStringLiteral("missing.jsonl"))));
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
        QTemporaryDir storage;
        composer->setStorageFolder(storage.path());
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
        QCOMPARE(composer->history()->rowCount(), 0);
        composer->parametersEditor()->setText(QStringLiteral("[1, 2]"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QVERIFY(composer->status()->text().contains(QStringLiteral("JSON object")));

        // Bulk send to all three: two deliver, the offline one says why.
        composer->parametersEditor()->setText(QStringLiteral("{\"zone\": 2, \"duration\": 60}"));
        QVERIFY(composer->sendButton()->text().contains(QStringLiteral("3 devices")));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->history()->rowCount(), 3);
        QTRY_VERIFY(composer->sendButton()->isEnabled());
        int delivered = 0, offline = 0;
        for (int row = 0; row < 3; ++row) {
            const CommandRecord &r = composer->history()->at(row);
            delivered += r.result == QStringLiteral("delivered");
            offline += r.failed && r.result.contains(QStringLiteral("offline"));
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
            for (int row = 0; row < composer->history()->rowCount(); ++row) {
                const CommandRecord &r = composer->history()->at(row);
                if (r.deviceId == a.id && !r.linkedEvents.isEmpty())
                    return r.linkedEvents.first().eventType == QStringLiteral("sprinkler-status");
            }
            return false;
        }());

        // Templates and history outlive the session; a resend is one click.
        composer->saveTemplate(QStringLiteral("Zone 2 for a minute"));
        CommandTemplates reloaded;
        QVERIFY(reloaded.load(storage.filePath(QStringLiteral("command-templates.json"))));
        QCOMPARE(reloaded.forClasses({QStringLiteral("sprinkler")})
                     .last()
                     .command.parameters.value(QStringLiteral("duration"))
                     .toInt(),
                 60);
        CommandHistory history;
        QVERIFY(history.setStorage(storage.filePath(QStringLiteral("command-history.jsonl"))));
        QCOMPARE(history.rowCount(), 3);
        composer->resend(0);
        QTRY_COMPARE(composer->history()->rowCount(), 4);
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
        simulator->rulesTable()->setRowCount(0);
        simulator->rulesTable()->insertRow(0);
        simulator->rulesTable()->setItem(0, 0,
                                         new QTableWidgetItem(QStringLiteral("set-setpoint")));
        simulator->rulesTable()->setItem(0, 1,
                                         new QTableWidgetItem(QStringLiteral("setpoint-changed")));
        simulator->rulesTable()->setItem(
            0, 2, new QTableWidgetItem(QStringLiteral("{\"source\": \"simulator\"}")));
        simulator->applyRules();
        QCOMPARE(device->rules().size(), 1);

        // The chart watches the reply's field.
        QVERIFY(window->chartPage()->addSeries(QStringLiteral("setpoint-changed"),
                                               QStringLiteral("setpoint"), 0));

        // The composer sends the command.
        CommandComposer *composer = window->composer();
        QTemporaryDir storage;
        composer->setStorageFolder(storage.path());
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

    void accountPageEditsAndSignsOut()
    {
        const TestUser user = signedInUser();
        m_dashboard->showAccount();
        AccountDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_dashboard->window()->findChild<AccountDialog *>()) != nullptr);
        QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().contains(QStringLiteral("Key identity (GET /auth): user"));
        }));
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) {
            return l->text().startsWith(QStringLiteral("Session started"));
        }));
        QLineEdit *name = nullptr;
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->accessibleName() == QStringLiteral("Name"))
                name = edit;
        QTRY_COMPARE(name->text(), QStringLiteral("Ana"));
        typeInto(name, QStringLiteral("Ana Lima"));
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&Save changes"))
                QTest::mouseClick(b, Qt::LeftButton);
        QTRY_COMPARE(m_sandbox->http()
                         .get(QStringLiteral("/users/%1").arg(user.id), user.key)
                         .object()
                         .value(QStringLiteral("name"))
                         .toString(),
                     QStringLiteral("Ana Lima"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signOut")),
                          Qt::LeftButton);
        QTRY_COMPARE(m_dashboard->session()->state(), Session::State::SignedOut);
        QTRY_COMPARE(m_sandbox->http().get(QStringLiteral("/userSession"), user.key).status, 401);
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
        QTemporaryDir storage;
        composer->setStorageFolder(storage.path());
        composer->selectMatching();
        composer->actionEdit()->setText(QStringLiteral("set-setpoint"));
        composer->parametersEditor()->setText(
            QStringLiteral("{\n  \"setpoint\": 22.5,\n  \"mode\": \"eco\"\n}"));
        QTest::mouseClick(composer->sendButton(), Qt::LeftButton);
        QTRY_COMPARE(composer->history()->rowCount(), 3);
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
        provisioning->requestToken(QStringLiteral("thermostat"), QStringLiteral("lobby"));
        QTRY_VERIFY(!provisioning->token().isEmpty());
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
        provisioning->bulk()->setStateFile(csvDir.filePath(QStringLiteral("state.json")));
        QVERIFY(provisioning->importCsv(csv.fileName()));
        QSignalSpy done(provisioning->bulk(), &BulkClaim::finished);
        provisioning->startBulk();
        QTRY_COMPARE(done.count(), 1);
        window->showPage(8);
        QTest::qWait(300);
        QVERIFY(window->grab().save(QDir(folder).filePath(QStringLiteral("provisioning.png"))));
        qInfo("%d events sent while recording the screenshots", n);
    }

    void provisioningClaimFlow()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Site A"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        ProvisioningPage *page = m_dashboard->window()->provisioning();
        const TestDevice hw =
            m_sandbox->provisionDevice(QStringLiteral("sensor"), QStringLiteral("Door sensor"));

        page->claim(QStringLiteral("ZZZZ-ZZZZ-ZZZZ"));
        QTRY_VERIFY(page->claimStatus()->isShowingError());
        QVERIFY(page->claimStatus()->text().contains(QStringLiteral("Check the label")));
        page->claim(hw.claimCode);
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("claim mode")));
        QVERIFY(page->claimStatus()->text().contains(QStringLiteral("10 minutes")));
        m_sandbox->http().postForm(
            QStringLiteral("/deviceRegistration"),
            QUrlQuery({{QStringLiteral("deviceId"), QString::number(hw.id)},
                       {QStringLiteral("claimable"), QStringLiteral("true")}}),
            hw.apiKey);
        page->claim(hw.claimCode.toLower());
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("is now in this home")));
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        page->claim(hw.claimCode);
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("already belongs")));

        // Rehearsal: the simulator makes a device in claim mode and fills in its code.
        m_dashboard->window()->simulator()->setSandboxAdmin(
            m_sandbox->server().baseUrl(), m_sandbox->adminKey(), {QStringLiteral("sensor")});
        page->rehearseClaim();
        QTRY_VERIFY(!page->claimCode()->text().isEmpty());
        page->claim(page->claimCode()->text());
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 2);
    }

    void provisioningTokenFlow()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Site B"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        ProvisioningPage *page = m_dashboard->window()->provisioning();
        page->requestToken(QStringLiteral("toaster"), {});
        QTRY_VERIFY(page->tokenStatus()->isShowingError());
        page->requestToken(QStringLiteral("camera"), QStringLiteral("porch"));
        QTRY_VERIFY(!page->token().isEmpty());
        QVERIFY(!page->tokenQr().isNull());
        QVERIFY(page->tokenQr().width() >= 150);  // large enough to scan off a screen
        QTRY_VERIFY(page->countdown()->text().startsWith(QStringLiteral("Valid for 14:")));
        QTemporaryDir dir;
        QVERIFY(page->saveQr(dir.filePath(QStringLiteral("token.png"))));
        // The simulator plays the device that redeems the token; the page says which one joined.
        page->rehearseToken();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->tokenStatus()->text().contains(QStringLiteral("joined the home")), 10000);
        QCOMPARE(m_dashboard->session()->home()->devices()->record(0).tag, QStringLiteral("porch"));
    }

    void bulkOnboarding200Rows()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Warehouse"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        // 180 good codes, 10 devices not in claim mode, 10 unknown codes, 2 garbage lines.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("codes.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("claimCode,name,tag\n");
        QList<TestDevice> sleepy;
        for (int i = 0; i < 190; ++i) {
            const TestDevice d = m_sandbox->provisionDevice(QStringLiteral("sensor"));
            if (i < 180)
                m_sandbox->http().postForm(
                    QStringLiteral("/deviceRegistration"),
                    QUrlQuery({{QStringLiteral("deviceId"), QString::number(d.id)},
                               {QStringLiteral("claimable"), QStringLiteral("true")}}),
                    d.apiKey);
            else
                sleepy.append(d);
            file.write(QStringLiteral("%1,Sensor %2,\"aisle, %3\"\n")
                           .arg(d.claimCode)
                           .arg(i)
                           .arg(i % 7)
                           .toUtf8());
        }
        for (int i = 0; i < 10; ++i)
            file.write(QStringLiteral("ZZZZ-ZZZZ-%1\n").arg(1000 + i).toUtf8());
        file.write("not a code\n;;;\n");
        file.close();

        ProvisioningPage *page = m_dashboard->window()->provisioning();
        page->bulk()->setStateFile(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(page->importCsv(csv));
        QCOMPARE(page->bulk()->rowCount(), 200);
        QVERIFY(page->bulkStatus()->text().contains(QStringLiteral("skipped")));
        QSignalSpy finished(page->bulk(), &BulkClaim::finished);
        page->startBulk();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Claimed), 180);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Failed), 20);
        for (int row = 0; row < 200; ++row) {
            const BulkClaim::Row &r = page->bulk()->row(row);
            if (row < 180)
                QCOMPARE(r.message, QStringLiteral("claimed and named"));
            else if (row < 190)
                QVERIFY2(r.message.contains(QStringLiteral("claim mode")), qPrintable(r.message));
            else
                QVERIFY2(r.message.contains(QStringLiteral("unknown claim code")),
                         qPrintable(r.message));
        }
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 180);

        // A resumed import knows what is done.
        BulkClaim resumed;
        QVERIFY(resumed.resume(dir.filePath(QStringLiteral("state.json"))));
        QCOMPARE(resumed.count(BulkClaim::Status::Claimed), 180);
        QCOMPARE(resumed.count(BulkClaim::Status::Failed), 20);

        // The technician puts the sleepy ones in claim mode, then retries the failed rows.
        for (const TestDevice &d : std::as_const(sleepy))
            m_sandbox->http().postForm(
                QStringLiteral("/deviceRegistration"),
                QUrlQuery({{QStringLiteral("deviceId"), QString::number(d.id)},
                           {QStringLiteral("claimable"), QStringLiteral("true")}}),
                d.apiKey);
        page->bulk()->retryFailed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Claimed), 190);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Failed), 10);

        const QString results = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(page->bulk()->exportCsv(results));
        QFile exported(results);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QCOMPARE(text.count('\n'), 201);
        QVERIFY(text.contains("\"aisle, 3\""));
        QCOMPARE(text.count(",claimed,"), 190);
    }

    void serverTroubleIsShownWhereTheUserLooks()
    {
        signedInUser();
        MainWindow *window = m_dashboard->window();
        m_sandbox->http().post(QStringLiteral("/sandbox/faults"),
                               {{QStringLiteral("path"), QStringLiteral("/homes")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("status"), 503}},
                               m_sandbox->adminKey());
        answerNextModal([](QWidget *w) {
            auto *input = qobject_cast<QInputDialog *>(w);
            input->setTextValue(QStringLiteral("Busy"));
            input->accept();
        });
        window->homesPanel()->createHome();
        QTRY_VERIFY(window->homesPanel()->status()->isShowingError());
        QVERIFY(window->homesPanel()->status()->text().contains(QStringLiteral("busy")));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
