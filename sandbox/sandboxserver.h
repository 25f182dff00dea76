// The local MODE sandbox: one object that opens the database, serves the
// whole MODE API v2.1 over HTTP and WebSockets, and (in demo mode) plays
// simulated devices. Used by modedesk-sandbox, by the dashboard's tests
// in-process, and by nothing else.
#pragma once

#include "demosimulator.h"
#include "sandboxoptions.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <optional>

namespace ModeDesk::Sandbox {

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Opens the database and starts listening; false with errorString() on failure.
    bool start();
    QString errorString() const;

    quint16 port() const;
    QUrl baseUrl() const;  // http://127.0.0.1:PORT
    QString adminKey() const;
    qint64 projectId() const;
    AccountMode accountMode() const;
    QStringList appIds() const;
    QStringList deviceClasses() const;
    std::optional<DemoCredentials> demoCredentials() const;
    // Moves the sandbox's time on by ms at once: claim windows, codes, tokens, rate
    // windows and exports expire as if that time had passed (tests, instead of sleeping).
    void advanceClock(qint64 ms);

private:
    class Private;
    std::unique_ptr<Private> d;
};

}  // namespace ModeDesk::Sandbox
