// The whole dashboard against a MODE-shaped server that answers badly on
// demand (tests/support/hostileserver.h): a profile pointing at it, a saved
// key, short deadlines and retries so that a failure shows within a test.
#pragma once

#include "dashboardfixture.h"
#include "hostileserver.h"

namespace ModeDesk::Testing {

class HostileDashboardTest : public QObject
{
protected:
    std::unique_ptr<HostileServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<Dashboard> m_dashboard;

    void startServer()
    {
        m_server = std::make_unique<HostileServer>();
        QVERIFY(m_server->start());
    }

    void startDashboard(bool waitSignedIn = true)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")),
                                                 QSettings::IniFormat);
        m_secrets = std::make_unique<MemorySecretStore>();
        ConnectionProfile profile = ProfileStore::newProfile();
        profile.name = QStringLiteral("Hostile");
        profile.apiUrl = m_server->baseUrl();
        profile.projectId = 1;
        profile.appId = QStringLiteral("app");
        ProfileStore(m_settings.get()).save(profile);
        m_secrets->write(ProfileStore::secretName(profile.id), QStringLiteral("a-key"), nullptr,
                         [](const QString &) {});
        m_dashboard = std::make_unique<Dashboard>(m_settings.get(), m_secrets.get(),
                                                  Dashboard::Options{m_dir->path(), false});
        m_dashboard->window()->resize(1280, 720);
        m_dashboard->window()->show();
        // A short deadline for reads, so that a drip ends within the test.
        m_dashboard->session()->connection()->setBounds(CallBounds::Kind::Read,
                                                        {64 * 1024 * 1024, 3000});
        m_dashboard->session()->connection()->setRetryPolicy({2, 50, 100});
        m_dashboard->start(profile.id);
        if (waitSignedIn)
            QTRY_COMPARE_WITH_TIMEOUT(m_dashboard->session()->state(), Session::State::SignedIn,
                                      10000);
    }

    void stopAll()
    {
        m_dashboard.reset();
        m_secrets.reset();
        m_settings.reset();
        m_dir.reset();
        m_server.reset();
    }

    MainWindow *window() { return m_dashboard->window(); }
};

}  // namespace ModeDesk::Testing
