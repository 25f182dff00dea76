// An in-process MODE sandbox on a free loopback port, plus the steps most
// tests need: project keys, signed-up users in any account mode, devices.
#pragma once

#include "httpprobe.h"
#include "sandboxserver.h"

#include <memory>

namespace ModeDesk::Testing {

struct TestUser {
    qint64 id = 0;
    QString key;       // a user session key
    QString login;     // email, phone number or user id
    QString password;  // email mode
};

struct TestDevice {
    qint64 id = 0;
    QString apiKey;
    QString claimCode;
    QString deviceClass;
};

class SandboxFixture
{
public:
    explicit SandboxFixture(AccountMode mode = AccountMode::Email,
                            const QString &databasePath = QStringLiteral(":memory:"),
                            bool demo = false);
    ~SandboxFixture();

    // Before start(): what the server is told (limits, say).
    Sandbox::SandboxOptions &options() { return m_options; }
    // Starts the server; QVERIFY(fixture.start()) in initTestCase/init.
    bool start();
    void stop();

    Sandbox::SandboxServer &server() { return *m_server; }
    HttpProbe &http() { return *m_http; }
    QUrl url(const QString &path = {}) const;
    QString adminKey() const { return m_server->adminKey(); }
    qint64 projectId() const { return m_server->projectId(); }
    QString appId() const { return m_server->appIds().value(0); }

    QString createProjectKey(const QStringList &permissions,
                             const QString &name = QStringLiteral("test"));
    // Registers, verifies and signs in a user the way the account mode requires.
    TestUser signUp(const QString &name = QStringLiteral("Test User"));
    // A pre-provisioned device (not in any home), with its key and claim code.
    TestDevice provisionDevice(const QString &deviceClass = QStringLiteral("sensor"),
                               const QString &name = {});
    // A device claimed into the home (claimable window opened by the device).
    TestDevice addDeviceToHome(qint64 homeId, const TestUser &owner,
                               const QString &deviceClass = QStringLiteral("sensor"));
    qint64 createHome(const TestUser &user, const QString &name = QStringLiteral("Home"));
    // Pre-provisioned devices in claim mode (their setup button pressed), in no home.
    QList<TestDevice> provisionClaimable(int count,
                                         const QString &deviceClass = QStringLiteral("sensor"));
    // A device class of the project (admin route).
    void addDeviceClass(const QString &deviceClass);
    // Opens a pre-provisioned device's claim window (admin route).
    void openClaimWindow(const QString &claimCode);
    // The devices of a home as its member sees them.
    QJsonArray devicesOf(qint64 homeId, const TestUser &member);

    QJsonArray outbox();
    // The newest outbox message to a recipient (and of a purpose, if given).
    QJsonObject lastMessageTo(const QString &recipient, const QString &purpose = {});

private:
    Sandbox::SandboxOptions m_options;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_http;
    QString m_byouKey;
    int m_userCounter = 0;
};

}  // namespace ModeDesk::Testing
