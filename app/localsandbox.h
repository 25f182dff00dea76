// The local MODE sandbox as ModeDesk's own child process: started with demo
// data on a free port, its data in the app data folder, stopped on exit.
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
    bool isReady() const { return m_ready; }
    const LocalSandboxInfo &info() const { return m_info; }

signals:
    void ready(const ModeDesk::LocalSandboxInfo &info);
    void failed(const QString &reason);

private:
    void readOutput();
    void parseLine(const QString &line);
    void finishStartup();

    QProcess m_process;
    QTimer m_startupTimeout;
    QByteArray m_buffer;
    LocalSandboxInfo m_info;
    bool m_ready = false;
    QString m_stderrTail;
};

}  // namespace ModeDesk
