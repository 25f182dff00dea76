// The local MODE sandbox as ModeDesk's own child process: started with demo
// data on a free port, its data in the app data folder, stopped on exit.
// It is supervised: if it dies, stopped() says so at once and it is started
// again on the same port and database, with a growing pause between tries.
// What it announces on stdout (URL, admin key, demo credentials) is read
// from the pipe: no secret ever goes on a command line.
#pragma once

#include "modeobjects.h"

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace ModeDesk {

struct LocalSandboxInfo {
    QUrl url;
    QString adminKey;
    qint64 projectId = 0;
    QString appId;
    AccountMode accountMode = AccountMode::Email;
    QString demoLogin;
    QString demoPassword;
    qint64 demoHomeId = 0;
    QString spareClaimCode;
    QStringList deviceClasses;
};

class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    explicit LocalSandbox(QObject *parent = nullptr);
    ~LocalSandbox() override;

    // Next to the modedesk executable (or in the build tree's sandbox/).
    static QString executablePath();

    void start(const QString &databasePath, AccountMode mode);
    void stop();
    // Starts it again now on the same port and database (the user asked, or it died).
    void restart();
    bool isReady() const { return m_ready; }
    // It died and a restart is pending (or under way).
    bool isRecovering() const { return m_recovering; }
    // The pause before the next automatic restart.
    int restartDelayMs() const { return m_restartDelayMs; }
    const LocalSandboxInfo &info() const { return m_info; }
    qint64 processId() const { return m_process.processId(); }

signals:
    // Running and announced (also after a restart; the URL stays the same then).
    void ready(const ModeDesk::LocalSandboxInfo &info);
    void failed(const QString &reason);
    // It died while in use; a restart follows after delayMs.
    void stopped(const QString &reason, int delayMs);

private:
    void readOutput();
    void parseLine(const QString &line);
    void finishStartup();
    void launch(int port);
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void scheduleRestart(const QString &reason);

    QProcess m_process;
    QTimer m_startupTimeout;
    QTimer m_restartTimer;
    QString m_databasePath;
    AccountMode m_mode = AccountMode::Email;
    int m_port = 0;  // kept across restarts, so every client finds it again
    int m_restartDelayMs = 500;
    int m_failedRestarts = 0;
    bool m_recovering = false;
    bool m_stopping = false;
    QByteArray m_buffer;
    LocalSandboxInfo m_info;
    bool m_ready = false;
    QString m_stderrTail;
};

}  // namespace ModeDesk
