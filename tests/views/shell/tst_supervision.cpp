// The local sandbox as the dashboard's child process, killed while in use:
// the window says so within 2 s (devices unknown, not online; the status bar
// names the stopped sandbox), the sandbox comes back on the same port and
// database, and everything reconnects: the event stream, a simulated
// device; the stale error clears.
#include "dashboardfixture.h"

#include <QStatusBar>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestSupervision : public QObject
{
    Q_OBJECT

private slots:
    void aKilledSandboxIsRestartedAndEverythingReconnects()
    {
#ifndef Q_OS_UNIX
        QSKIP("kills the child with SIGKILL");
#else
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        MemorySecretStore secrets;
        Dashboard dashboard(&settings, &secrets, Dashboard::Options{dir.path(), true});
        dashboard.window()->resize(1280, 800);
        dashboard.window()->show();
        QSignalSpy ready(&dashboard, &Dashboard::ready);
        dashboard.start();
        QVERIFY(ready.wait(20000));
        Session *session = dashboard.session();
        MainWindow *window = dashboard.window();
        DevicesModel *devices = session->home()->devices();
        QTRY_COMPARE_WITH_TIMEOUT(devices->onlineCount(), 3, 10000);
        const QUrl url = session->profile().apiUrl;

        // A simulated device of our own, made by the sandbox's admin API.
        SimulatorPage *simulator = window->simulator();
        simulator->createSandboxDevice(QStringLiteral("sensor"));
        QTRY_COMPARE_WITH_TIMEOUT(simulator->devices().size(), 1, 5000);
        SimulatedDevice *simulated = simulator->devices().constFirst();
        QTRY_COMPARE_WITH_TIMEOUT(simulated->link()->state(), LinkState::Live, 5000);

        const qint64 pid = dashboard.localSandbox()->processId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QElapsedTimer sinceKill;
        sinceKill.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            window->backendNotice().startsWith(QStringLiteral("Local sandbox stopped")), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(devices->onlineCount(), 0, 2000);
        QVERIFY2(sinceKill.elapsed() <= 2000, qPrintable(QString::number(sinceKill.elapsed())));
        QCOMPARE(devices->index(0, DevicesModel::StatusColumn).data().toString(),
                 QStringLiteral("Unknown"));
        QVERIFY(window->homeHeaderText().contains(QStringLiteral("online state unknown")));
        // What failed during the outage (a write is not retried) stays on screen until the
        // link is back.
        window->devicesPage()->status()->track(
            session->fleet()->updateDevice(devices->record(0).id, {QStringLiteral("x"), {}}),
            QStringLiteral("Saving…"), QStringLiteral("Saved."));
        QTRY_VERIFY_WITH_TIMEOUT(window->devicesPage()->status()->isShowingError(), 5000);

        // It comes back by itself on the same port and database; the session survives.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.localSandbox()->isReady(), 15000);
        QCOMPARE(dashboard.localSandbox()->info().url, url);
        QVERIFY(dashboard.localSandbox()->processId() != pid);
        QTRY_COMPARE_WITH_TIMEOUT(session->events()->health().state, LinkState::Live, 10000);
        QCOMPARE(session->state(), Session::State::SignedIn);
        QTRY_COMPARE_WITH_TIMEOUT(devices->onlineCount(), 3, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(simulated->link()->state(), LinkState::Live, 10000);
        QCOMPARE(window->backendNotice(), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!window->devicesPage()->status()->isShowingError(), 5000);

        // The user can restart it too.
        const qint64 second = dashboard.localSandbox()->processId();
        emit window->restartSandboxRequested();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.localSandbox()->isReady(), 15000);
        QVERIFY(dashboard.localSandbox()->processId() != second);
        QCOMPARE(dashboard.localSandbox()->info().url, url);
        QTRY_COMPARE_WITH_TIMEOUT(devices->onlineCount(), 3, 10000);
#endif
    }
};

QTEST_MAIN(TestSupervision)
#include "tst_supervision.moc"
