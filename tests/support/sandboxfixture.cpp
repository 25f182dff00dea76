#include "sandboxfixture.h"

#include <QJsonArray>

namespace ModeDesk::Testing {

SandboxFixture::SandboxFixture(AccountMode mode, const QString &databasePath, bool demo)
{
    m_options.accountMode = mode;
    m_options.databasePath = databasePath;
    m_options.demo = demo;
    m_options.adminKey = QStringLiteral("test-admin-key");
    m_options.passwordIterations = 1000;  // correctness, not cost, is tested here
    m_options.demoEventIntervalMs = 200;
    // Flows that sign up and then ask for a code at once; tests of the limits set their own.
    m_options.limits.smsResendMs = 0;
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    m_server = std::make_unique<Sandbox::SandboxServer>(m_options);
    if (!m_server->start()) {
        qWarning() << "sandbox failed to start:" << m_server->errorString();
        return false;
    }
    // Restarts reuse the port so that clients can reconnect to the same URL.
    m_options.port = m_server->port();
    m_http = std::make_unique<HttpProbe>(m_server->baseUrl());
    return true;
}

void SandboxFixture::stop()
{
    m_http.reset();
    m_server.reset();
}

QUrl SandboxFixture::url(const QString &path) const
{
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    return url;
}

QString SandboxFixture::createProjectKey(const QStringList &permissions, const QString &name)
{
    const HttpResult result =
        m_http->post(QStringLiteral("/sandbox/projectKeys"),
                     {{QStringLiteral("name"), name},
                      {QStringLiteral("permissions"), QJsonArray::fromStringList(permissions)}},
                     adminKey());
    return result.object().value(QStringLiteral("key")).toString();
}

TestUser SandboxFixture::signUp(const QString &name)
{
    TestUser user;
    const int n = ++m_userCounter;
    const qint64 project = projectId();
    switch (m_server->accountMode()) {
        case AccountMode::Email: {
            user.login = QStringLiteral("user%1@example.com").arg(n);
            user.password = QStringLiteral("correct-horse-%1").arg(n);
            const HttpResult created = m_http->post(QStringLiteral("/users"),
                                                    {{QStringLiteral("projectId"), project},
                                                     {QStringLiteral("name"), name},
                                                     {QStringLiteral("email"), user.login},
                                                     {QStringLiteral("password"), user.password}});
            user.id = created.object().value(QStringLiteral("id")).toInteger();
            const QString token = lastMessageTo(user.login, QStringLiteral("verification"))
                                      .value(QStringLiteral("token"))
                                      .toString();
            m_http->postForm(QStringLiteral("/auth/user/emailVerification"),
                             QUrlQuery({{QStringLiteral("token"), token}}));
            const HttpResult auth = m_http->post(QStringLiteral("/auth/user"),
                                                 {{QStringLiteral("projectId"), project},
                                                  {QStringLiteral("appId"), appId()},
                                                  {QStringLiteral("email"), user.login},
                                                  {QStringLiteral("password"), user.password}});
            user.key = auth.object().value(QStringLiteral("token")).toString();
            break;
        }
        case AccountMode::Phone: {
            user.login = QStringLiteral("+1555010%1").arg(n, 4, 10, QLatin1Char('0'));
            const HttpResult created = m_http->post(QStringLiteral("/users"),
                                                    {{QStringLiteral("projectId"), project},
                                                     {QStringLiteral("name"), name},
                                                     {QStringLiteral("phoneNumber"), user.login}});
            user.id = created.object().value(QStringLiteral("id")).toInteger();
            const QString code = lastMessageTo(user.login).value(QStringLiteral("code")).toString();
            const HttpResult auth = m_http->post(QStringLiteral("/auth/user"),
                                                 {{QStringLiteral("projectId"), project},
                                                  {QStringLiteral("appId"), appId()},
                                                  {QStringLiteral("phoneNumber"), user.login},
                                                  {QStringLiteral("code"), code}});
            user.key = auth.object().value(QStringLiteral("token")).toString();
            break;
        }
        case AccountMode::Byou: {
            if (m_byouKey.isEmpty())
                m_byouKey = createProjectKey({QStringLiteral("byou")}, QStringLiteral("byou"));
            const HttpResult created = m_http->post(
                QStringLiteral("/users"),
                {{QStringLiteral("projectId"), project}, {QStringLiteral("name"), name}},
                m_byouKey);
            user.id = created.object().value(QStringLiteral("id")).toInteger();
            user.login = QString::number(user.id);
            const HttpResult auth = m_http->post(
                QStringLiteral("/auth/user"),
                {{QStringLiteral("projectId"), project}, {QStringLiteral("userId"), user.id}},
                m_byouKey);
            user.key = auth.object().value(QStringLiteral("token")).toString();
            break;
        }
    }
    return user;
}

TestDevice SandboxFixture::provisionDevice(const QString &deviceClass, const QString &name)
{
    const HttpResult created = m_http->post(
        QStringLiteral("/sandbox/devices"),
        {{QStringLiteral("deviceClass"), deviceClass}, {QStringLiteral("name"), name}}, adminKey());
    const QJsonObject o = created.object();
    return {o.value(QStringLiteral("id")).toInteger(), o.value(QStringLiteral("apiKey")).toString(),
            o.value(QStringLiteral("claimCode")).toString(), deviceClass};
}

TestDevice SandboxFixture::addDeviceToHome(qint64 homeId, const TestUser &owner,
                                           const QString &deviceClass)
{
    const TestDevice device = provisionDevice(deviceClass, deviceClass + QStringLiteral(" unit"));
    m_http->postForm(QStringLiteral("/deviceRegistration"),
                     QUrlQuery({{QStringLiteral("deviceId"), QString::number(device.id)},
                                {QStringLiteral("claimable"), QStringLiteral("true")}}),
                     device.apiKey);
    m_http->post(
        QStringLiteral("/devices"),
        {{QStringLiteral("homeId"), homeId}, {QStringLiteral("claimCode"), device.claimCode}},
        owner.key);
    return device;
}

qint64 SandboxFixture::createHome(const TestUser &user, const QString &name)
{
    return m_http->post(QStringLiteral("/homes"), {{QStringLiteral("name"), name}}, user.key)
        .object()
        .value(QStringLiteral("id"))
        .toInteger();
}

QList<TestDevice> SandboxFixture::provisionClaimable(int count, const QString &deviceClass)
{
    QList<TestDevice> devices;
    for (int i = 0; i < count; ++i) {
        devices.append(provisionDevice(deviceClass));
        openClaimWindow(devices.constLast().claimCode);
    }
    return devices;
}

void SandboxFixture::addDeviceClass(const QString &deviceClass)
{
    m_http->post(QStringLiteral("/sandbox/deviceClasses"), {{QStringLiteral("id"), deviceClass}},
                 adminKey());
}

void SandboxFixture::openClaimWindow(const QString &claimCode)
{
    m_http->post(QStringLiteral("/sandbox/claimMode"), {{QStringLiteral("claimCode"), claimCode}},
                 adminKey());
}

QJsonArray SandboxFixture::devicesOf(qint64 homeId, const TestUser &member)
{
    return m_http->get(QStringLiteral("/devices?homeId=%1").arg(homeId), member.key).array();
}

QJsonArray SandboxFixture::outbox()
{
    return m_http->get(QStringLiteral("/sandbox/outbox"), adminKey()).array();
}

QJsonObject SandboxFixture::lastMessageTo(const QString &recipient, const QString &purpose)
{
    const QJsonArray messages = outbox();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value(QStringLiteral("to")).toString() == recipient &&
            (purpose.isEmpty() || message.value(QStringLiteral("purpose")).toString() == purpose))
            return message;
    }
    return {};
}

}  // namespace ModeDesk::Testing
