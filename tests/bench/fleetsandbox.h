// A sandbox holding one user's fleet (homes x devices, made through the
// sandbox's /sandbox/fleet route), for the fleet benchmarks. Made on the
// server's own thread: run it with Bench::ThreadedServer.
#pragma once

#include "sandboxfixture.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>

namespace ModeDesk::Bench {

class FleetSandbox : public QObject
{
public:
    FleetSandbox(int homes, int devicesPerHome) : m_homes(homes), m_devicesPerHome(devicesPerHome)
    {}

    quint16 start()
    {
        m_fixture = std::make_unique<Testing::SandboxFixture>();
        if (!m_fixture->start())
            return 0;
        user = m_fixture->signUp(QStringLiteral("Fleet operator"));
        projectId = m_fixture->projectId();
        appId = m_fixture->appId();
        QElapsedTimer timer;
        timer.start();
        const Testing::HttpResult made =
            m_fixture->http().post(QStringLiteral("/sandbox/fleet"),
                                   {{QStringLiteral("userId"), user.id},
                                    {QStringLiteral("homes"), m_homes},
                                    {QStringLiteral("devicesPerHome"), m_devicesPerHome}},
                                   m_fixture->adminKey());
        if (made.status != 201)
            return 0;
        setupMs = double(timer.elapsed());
        return m_fixture->server().port();
    }

    // Read on the benchmark's thread once start() has returned.
    Testing::TestUser user;
    qint64 projectId = 0;
    QString appId;
    double setupMs = 0;

private:
    int m_homes;
    int m_devicesPerHome;
    std::unique_ptr<Testing::SandboxFixture> m_fixture;
};

}  // namespace ModeDesk::Bench
