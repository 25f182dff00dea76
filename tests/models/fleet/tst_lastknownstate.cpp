// The homes and devices as last seen (LastKnownState), kept per profile for the
// next start: shown at once and greyed, then replaced in place by the server's;
// still shown, marked, while the server cannot be reached; gone at sign-out.
// The file never holds a key, and one that is broken, too big or another
// user's is not trusted. Sessions talk to a real sandbox, some through a
// DelayProxy (a distant cloud), and their models are watched by
// QAbstractItemModelTester.
#include "delayproxy.h"
#include "lastknownstate.h"
#include "modelroles.h"
#include "profilefiles.h"
#include "sandboxfixture.h"
#include "session.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

int rowOfName(FleetModel *devices, const QString &name)
{
    for (int row = 0; row < devices->rowCount(); ++row) {
        if (devices->record(row).device.name == name)
            return row;
    }
    return -1;
}
}  // namespace

class TestLastKnownState : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestUser m_user;

    ConnectionProfile profile(const QUrl &url) const
    {
        ConnectionProfile p;
        p.id = QStringLiteral("cloud");
        p.name = QStringLiteral("Cloud");
        p.apiUrl = url;
        p.projectId = 1001;  // the sandbox's; read once, as it may be stopped later
        return p;
    }

    std::unique_ptr<Session> newSession(const QUrl &url)
    {
        auto session = std::make_unique<Session>();
        session->setDataFolder(m_dir->path());
        session->setProfile(profile(url));
        return session;
    }

    QString stateFile(Session *session) const
    {
        return session->files()->path(ProfileFiles::File::LastKnownState);
    }

    // A first run: signed in, the whole fleet read, then quit (the state is kept). The
    // state is per server: the next run must use the same address.
    QString firstRun(const QUrl &url)
    {
        auto session = newSession(url);
        QSignalSpy loaded(session->fleet(), &Fleet::loadFinished);
        session->useKey(m_user.key, m_user.id);
        if (!loaded.wait(10000))
            return {};
        const QString file = stateFile(session.get());
        session->drop();
        session.reset();  // waits for the write
        return file;
    }

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxFixture>();
        QVERIFY(m_sandbox->start());
        m_dir = std::make_unique<QTemporaryDir>();
        m_user = m_sandbox->signUp(QStringLiteral("Ana"));
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_dir.reset();
    }

    // What is written reads back the same, and a device's key is never written.
    void aSnapshotRoundTripsWithoutKeys()
    {
        LastKnownSnapshot snapshot;
        snapshot.userId = 7;
        snapshot.homesAsOf = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000).toUTC();
        Home home;
        home.id = 3;
        home.projectId = 1;
        home.name = QStringLiteral("Kunde Müller");
        home.creationTime = snapshot.homesAsOf;
        snapshot.homes = {home};
        snapshot.devicesAsOf.insert(3, snapshot.homesAsOf.addSecs(60));
        Device device;
        device.id = 11;
        device.projectId = 1;
        device.homeId = 3;
        device.deviceClass = QStringLiteral("thermostat");
        device.name = QStringLiteral("Flur");
        device.isConnected = true;
        device.lastConnectTime = snapshot.homesAsOf;
        device.apiKey = QStringLiteral("v1.secret-device-key");
        snapshot.devices = {device};

        const QByteArray bytes = LastKnownState::encode(snapshot);
        QVERIFY(!bytes.contains("secret-device-key"));
        const auto decoded = LastKnownState::decode(bytes);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(decoded.value->userId, 7);
        QCOMPARE(decoded.value->homes, snapshot.homes);
        QCOMPARE(decoded.value->devicesAsOf, snapshot.devicesAsOf);
        device.apiKey.clear();
        QCOMPARE(decoded.value->devices, QList<Device>{device});

        // Devices of a home the file does not list are not believed.
        snapshot.devices[0].homeId = 4;
        QVERIFY(LastKnownState::decode(LastKnownState::encode(snapshot)).value->devices.isEmpty());
        // Not this format, no user, not JSON: refused with a reason.
        QVERIFY(!LastKnownState::decode("{\"format\": 99, \"userId\": 7}").ok());
        QVERIFY(!LastKnownState::decode("{\"format\": 1}").ok());
        QVERIFY(!LastKnownState::decode("<html>").ok());
    }

    // A broken file is set aside and not read again; another user's is not shown; a file
    // larger than the bound is not read at all.
    void anUntrustedFileShowsNothing()
    {
        ProfileFiles files;
        files.setFolder(m_dir->path());
        files.setProfile(QStringLiteral("p"), QStringLiteral("https://api.example"));
        LastKnownState state(&files);
        QSignalSpy loaded(&state, &LastKnownState::loaded);
        const QString path = files.path(ProfileFiles::File::LastKnownState);

        QVERIFY(files.save(ProfileFiles::File::LastKnownState, "{\"format\": 1, \"userId\":")
                    .isEmpty());
        state.load(0);
        QVERIFY(loaded.wait());
        QVERIFY(loaded.takeFirst().at(0).value<LastKnownSnapshot>().isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".bad")));

        LastKnownSnapshot mine;
        mine.userId = 5;
        mine.homesAsOf = QDateTime::currentDateTimeUtc();
        Home home;
        home.id = 1;
        home.name = QStringLiteral("A");
        mine.homes = {home};
        state.save(mine);
        state.load(6);  // someone else signed in on this profile
        QVERIFY(loaded.wait());
        QVERIFY(loaded.takeFirst().at(0).value<LastKnownSnapshot>().isEmpty());
        QVERIFY(QFile::exists(path));  // theirs stays until replaced
        state.load(5);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.takeFirst().at(0).value<LastKnownSnapshot>().homes.size(), 1);

        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(LastKnownState::MaxFileBytes + 1));  // sparse: no disk used
        big.close();
        state.load(5);
        QVERIFY(loaded.wait());
        QVERIFY(loaded.takeFirst().at(0).value<LastKnownSnapshot>().isEmpty());

        state.forget();
        state.waitForDone();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".bad")));
    }

    // The next start, a second from the server: the homes and devices as last seen are shown
    // before the server has answered anything, greyed and with their time; then the
    // server's replace them in place (a renamed device renamed, a removed one gone, a
    // new one added), with no reset of the store.
    void theLastRunShowsAtOnceThenTheServersInPlace()
    {
        const qint64 alpha = m_sandbox->createHome(m_user, QStringLiteral("Alpha"));
        const qint64 beta = m_sandbox->createHome(m_user, QStringLiteral("Beta"));
        const TestDevice kept = m_sandbox->addDeviceToHome(alpha, m_user);
        const TestDevice renamed = m_sandbox->addDeviceToHome(alpha, m_user);
        const TestDevice removed = m_sandbox->addDeviceToHome(beta, m_user);
        QCOMPARE(m_sandbox->http()
                     .patch(QStringLiteral("/devices/%1").arg(renamed.id),
                            {{QStringLiteral("name"), QStringLiteral("Porch")}}, m_user.key)
                     .status,
                 204);
        DelayProxy proxy(m_sandbox->server().baseUrl().port(), 1000);
        const quint16 port = proxy.start();
        QVERIFY(port != 0);
        const QUrl distant(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString file = firstRun(distant);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(m_user.key.toUtf8()));

        // Meanwhile, elsewhere: a rename, a removal, a new device.
        QCOMPARE(m_sandbox->http()
                     .patch(QStringLiteral("/devices/%1").arg(renamed.id),
                            {{QStringLiteral("name"), QStringLiteral("Front door")}}, m_user.key)
                     .status,
                 204);
        QCOMPARE(
            m_sandbox->http().del(QStringLiteral("/devices/%1").arg(removed.id), m_user.key).status,
            204);
        const TestDevice added = m_sandbox->addDeviceToHome(beta, m_user);

        auto session = newSession(distant);
        FleetModel *devices = session->fleet()->devices();
        QAbstractItemModelTester storeTester(devices, Fatal);
        QAbstractItemModelTester homesTester(session->homes(), Fatal);
        QSignalSpy resets(devices, &QAbstractItemModel::modelReset);
        QElapsedTimer clock;
        clock.start();
        session->resumeKey(m_user.key);
        QTRY_COMPARE_WITH_TIMEOUT(devices->rowCount(), 3, 2000);
        // Before any answer (a round trip is 1 s): the last run's, greyed.
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(session->userId(), m_user.id);
        QCOMPARE(session->homes()->rowCount(), 2);
        QVERIFY(session->homes()->lastKnownAsOf().isValid());
        QCOMPARE(session->homes()->index(0, 0).data(StateRole).toInt(), int(ItemState::Unknown));
        QVERIFY(session->homes()
                    ->index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("last seen")));
        QVERIFY(session->fleet()->lastKnownSince().isValid());
        const int porch = rowOfName(devices, QStringLiteral("Porch"));
        QVERIFY(porch >= 0);
        QCOMPARE(devices->index(porch, FleetModel::NameColumn).data(StateRole).toInt(),
                 int(ItemState::Unknown));
        QVERIFY(devices->index(porch, FleetModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("not confirmed")));
        QTRY_COMPARE(session->fleet()->byHome()->rowCount(), 2);

        // The server's answers replace them in place.
        QTRY_VERIFY_WITH_TIMEOUT(!session->fleet()->lastKnownSince().isValid(), 20000);
        QTRY_VERIFY(!session->homes()->lastKnownAsOf().isValid());
        QTRY_COMPARE(devices->rowCount(), 3);
        QCOMPARE(resets.count(), 0);
        QVERIFY(rowOfName(devices, QStringLiteral("Porch")) < 0);
        const int front = rowOfName(devices, QStringLiteral("Front door"));
        QVERIFY(front >= 0);
        QVERIFY(!devices->index(front, FleetModel::NameColumn).data(StateRole).isValid());
        QVERIFY(devices->contains(kept.id));
        QVERIFY(devices->contains(added.id));
        QVERIFY(!devices->contains(removed.id));
    }

    // The server cannot be reached at the next start: the last run's state stays shown,
    // marked, and the session goes on (it is the technician in a basement).
    void theLastRunStaysReadableWhileTheServerIsAway()
    {
        const qint64 home = m_sandbox->createHome(m_user, QStringLiteral("Basement"));
        m_sandbox->addDeviceToHome(home, m_user);
        const QUrl url = m_sandbox->server().baseUrl();
        QVERIFY(!firstRun(url).isEmpty());

        m_sandbox->stop();  // nobody listens there now
        auto session = newSession(url);
        QSignalSpy problems(session.get(), &Session::homesProblem);
        QSignalSpy failed(session.get(), &Session::signInFailed);
        session->resumeKey(m_user.key);
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 1);
        QTRY_VERIFY(problems.count() > 0);  // the homes could not be read, and that is said
        QVERIFY2(problems.last().at(0).toString().contains(QStringLiteral("as last seen")),
                 qPrintable(problems.last().at(0).toString()));
        QTRY_COMPARE(session->fleet()->homesFailed(), 1);
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(session->fleet()->devices()->rowCount(), 1);
        QVERIFY(session->fleet()->lastKnownSince().isValid());
        QVERIFY(session->homes()->lastKnownAsOf().isValid());
    }

    // Started while the server was away, then it comes back: the live link's first Live
    // reads again what could not be read (the homes, every home's devices, the user), so
    // the rows are confirmed and the homes' problem is void, with nobody pressing a key.
    void whatCouldNotBeReadIsReadOnceTheServerIsBack()
    {
        QTemporaryDir data;
        SandboxFixture sandbox(AccountMode::Email, data.filePath(QStringLiteral("cloud.db")));
        QVERIFY(sandbox.start());
        const TestUser user = sandbox.signUp(QStringLiteral("Bea"));
        for (int i = 0; i < 2; ++i)
            sandbox.addDeviceToHome(sandbox.createHome(user), user);
        const QUrl url = sandbox.server().baseUrl();
        {
            auto session = newSession(url);
            QSignalSpy loaded(session->fleet(), &Fleet::loadFinished);
            session->useKey(user.key, user.id);
            QVERIFY(loaded.wait(10000));
            session->drop();
        }

        sandbox.stop();
        auto session = newSession(url);
        QSignalSpy problems(session.get(), &Session::homesProblem);
        QSignalSpy gone(session.get(), &Session::homesProblemGone);
        session->resumeKey(user.key);
        QTRY_VERIFY_WITH_TIMEOUT(problems.count() > 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(session->fleet()->homesFailed(), 2, 10000);
        QVERIFY(session->user().name.isEmpty());

        QVERIFY(sandbox.start());  // the same port and database: the same cloud, back
        QTRY_VERIFY_WITH_TIMEOUT(session->events()->health().state == LinkState::Live, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!session->fleet()->lastKnownSince().isValid(), 10000);
        QTRY_VERIFY(!session->homes()->lastKnownAsOf().isValid());
        QCOMPARE(session->fleet()->homesFailed(), 0);
        QCOMPARE(session->fleet()->devices()->rowCount(), 2);
        QTRY_COMPARE(session->user().name, QStringLiteral("Bea"));
        QCOMPARE(gone.count(), 1);
        QCOMPARE(gone.first().at(0).toString(), problems.last().at(0).toString());
        QCOMPARE(session->state(), Session::State::SignedIn);
    }

    // Signed out: nothing of the account stays; a key the server no longer takes: the same.
    void signingOutForgetsTheLastRun()
    {
        const qint64 home = m_sandbox->createHome(m_user, QStringLiteral("Home"));
        m_sandbox->addDeviceToHome(home, m_user);
        const QString file = firstRun(m_sandbox->server().baseUrl());
        QVERIFY(QFile::exists(file));

        auto session = newSession(m_sandbox->server().baseUrl());
        session->resumeKey(m_user.key);
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 1);
        QSignalSpy out(session.get(), &Session::signedOut);
        session->signOut();
        QVERIFY(out.wait());
        session.reset();
        QVERIFY(!QFile::exists(file));

        // A kept key the server does not know: refused, and its state is not kept either.
        m_user = m_sandbox->signUp(QStringLiteral("Bo"));  // Ana's key ended with her session
        m_sandbox->addDeviceToHome(m_sandbox->createHome(m_user), m_user);
        const QString again = firstRun(m_sandbox->server().baseUrl());
        QVERIFY(QFile::exists(again));
        session = newSession(m_sandbox->server().baseUrl());
        QSignalSpy failed(session.get(), &Session::signInFailed);
        session->resumeKey(QStringLiteral("not-a-key-the-server-knows"));
        QVERIFY(failed.wait());
        QCOMPARE(session->state(), Session::State::SignedOut);
        QCOMPARE(session->fleet()->devices()->rowCount(), 0);
        session.reset();
        QVERIFY(!QFile::exists(again));
    }

    // Quit right after Sign out, before the server answered: nothing is kept either; and
    // the files of every server the profile pointed at go (its address edited since).
    void signingOutForgetsAtOnceAndEveryServer()
    {
        m_sandbox->addDeviceToHome(m_sandbox->createHome(m_user), m_user);
        DelayProxy proxy(m_sandbox->server().baseUrl().port(), 400);
        const quint16 port = proxy.start();
        QVERIFY(port != 0);
        const QUrl distant(QStringLiteral("http://127.0.0.1:%1").arg(port));
        const QString direct = firstRun(m_sandbox->server().baseUrl());
        const QString far = firstRun(distant);
        QVERIFY(QFile::exists(direct));
        QVERIFY(QFile::exists(far));
        QVERIFY(direct != far);

        auto session = newSession(distant);
        session->resumeKey(m_user.key);
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 1);
        session->signOut();  // the server answers in 400 ms; the user quits before
        session.reset();
        QVERIFY(!QFile::exists(far));
        QVERIFY(!QFile::exists(direct));
    }

    // The kept key is another user's than the state kept (signed in anew, then a crash
    // before the state was saved): the check corrects it, and that user's homes show.
    void anotherUsersStateGivesWayToTheKeys()
    {
        m_sandbox->addDeviceToHome(m_sandbox->createHome(m_user, QStringLiteral("Ana's")), m_user);
        const QString file = firstRun(m_sandbox->server().baseUrl());
        QVERIFY(QFile::exists(file));
        const TestUser bo = m_sandbox->signUp(QStringLiteral("Bo"));
        const qint64 bosHome = m_sandbox->createHome(bo, QStringLiteral("Bo's"));

        auto session = newSession(m_sandbox->server().baseUrl());
        QSignalSpy rejected(session.get(), &Session::keyRejected);
        session->resumeKey(bo.key);
        QTRY_COMPARE(session->userId(), bo.id);
        QTRY_COMPARE(session->homes()->rowCount(), 1);
        QTRY_COMPARE(session->homes()->record(0).id, bosHome);
        QVERIFY(!session->homes()->lastKnownAsOf().isValid());
        QTRY_COMPARE(session->fleet()->devices()->rowCount(), 0);
        QCOMPARE(session->state(), Session::State::SignedIn);
        QCOMPARE(rejected.count(), 0);  // Bo's key is good: nobody is asked to sign in
    }
};

QTEST_MAIN(TestLastKnownState)
#include "tst_lastknownstate.moc"
