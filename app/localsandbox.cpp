#include "localsandbox.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>

namespace ModeDesk {

namespace {
constexpr int StartupTimeoutMs = 15'000;
constexpr int StopGraceMs = 3'000;
constexpr int FirstRestartDelayMs = 500;
constexpr int MaxRestartDelayMs = 30'000;
constexpr int RestartsOnTheSamePort = 3;
}  // namespace

LocalSandbox::LocalSandbox(QObject *parent) : QObject(parent)
{
    m_startupTimeout.setSingleShot(true);
    connect(&m_startupTimeout, &QTimer::timeout, this, [this] {
        if (m_info.url.isValid()) {
            finishStartup();  // announced its URL; the rest is optional
        } else if (m_recovering) {
            m_process.kill();  // a restart that hangs: finished() schedules the next try
        } else {
            emit failed(tr("The local sandbox did not start within %1 seconds.")
                            .arg(StartupTimeoutMs / 1000));
        }
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderrTail =
            (m_stderrTail + QString::fromUtf8(m_process.readAllStandardError())).right(2000);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_startupTimeout.stop();
        if (m_recovering) {  // the executable is being replaced, say: try again later
            scheduleRestart(tr("cannot run %1: %2").arg(executablePath(), m_process.errorString()));
            return;
        }
        emit failed(tr("Cannot run %1: %2").arg(executablePath(), m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, &LocalSandbox::onFinished);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, [this] { launch(m_port); });
}

void LocalSandbox::onFinished(int code, QProcess::ExitStatus status)
{
    m_startupTimeout.stop();
    const bool wasReady = m_ready;
    m_ready = false;
    if (m_stopping)
        return;
    const QString detail = m_stderrTail.trimmed().section(QLatin1Char('\n'), -1);
    if (!wasReady && !m_recovering) {
        emit failed(
            tr("The local sandbox stopped at start (exit code %1): %2").arg(code).arg(detail));
        return;
    }
    scheduleRestart(status == QProcess::CrashExit
                        ? tr("the local sandbox stopped unexpectedly")
                        : tr("the local sandbox exited (code %1)").arg(code));
}

void LocalSandbox::scheduleRestart(const QString &reason)
{
    // It died in use (or a restart failed): try again, waiting longer each time.
    if (m_recovering) {
        m_restartDelayMs = std::min(m_restartDelayMs * 2, MaxRestartDelayMs);
        // The port may have been taken meanwhile: after a few tries, any free one
        // (the dashboard then follows the new URL).
        if (++m_failedRestarts >= RestartsOnTheSamePort)
            m_port = 0;
    }
    m_recovering = true;
    qCWarning(lcApp).noquote() << reason << "; restarting in" << m_restartDelayMs << "ms";
    emit stopped(reason, m_restartDelayMs);
    m_restartTimer.start(m_restartDelayMs);
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

QString LocalSandbox::executablePath()
{
    const QString name = QStringLiteral("modedesk-sandbox");
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {here.filePath(name), here.filePath(QStringLiteral("../sandbox/") + name),
          here.filePath(QStringLiteral("../../sandbox/") + name)}) {
#ifdef Q_OS_WIN
        const QString path = candidate + QStringLiteral(".exe");
#else
        const QString &path = candidate;
#endif
        if (QFileInfo(path).isExecutable())
            return QFileInfo(path).canonicalFilePath();
    }
    return here.filePath(name);
}

void LocalSandbox::start(const QString &databasePath, AccountMode mode)
{
    stop();
    m_databasePath = databasePath;
    m_mode = mode;
    m_port = 0;
    m_restartDelayMs = FirstRestartDelayMs;
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    launch(0);
}

void LocalSandbox::restart()
{
    if (m_databasePath.isEmpty())
        return;
    m_restartTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_stopping = true;  // this exit is ours: no automatic restart for it
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
        m_stopping = false;
        m_ready = false;
    }
    m_recovering = true;
    launch(m_port);
}

void LocalSandbox::launch(int port)
{
    m_info = {};
    m_ready = false;
    m_buffer.clear();
    m_stderrTail.clear();
    m_process.setProgram(executablePath());
    m_process.setArguments({QStringLiteral("--port"), QString::number(port), QStringLiteral("--db"),
                            m_databasePath, QStringLiteral("--account-mode"),
                            accountModeName(m_mode), QStringLiteral("--demo"),
                            QStringLiteral("--exit-on-stdin-close")});
    m_startupTimeout.start(StartupTimeoutMs);
    m_process.start();
}

void LocalSandbox::stop()
{
    m_startupTimeout.stop();
    m_restartTimer.stop();
    m_recovering = false;
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    const auto done = qScopeGuard([this] { m_stopping = false; });
    m_process.terminate();
    if (!m_process.waitForFinished(StopGraceMs)) {
        m_process.kill();
        m_process.waitForFinished(StopGraceMs);
    }
}

void LocalSandbox::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    qsizetype end;
    while ((end = m_buffer.indexOf('\n')) >= 0) {
        parseLine(QString::fromUtf8(m_buffer.left(end)).trimmed());
        m_buffer.remove(0, end + 1);
    }
}

void LocalSandbox::parseLine(const QString &line)
{
    static const QRegularExpression listening(QStringLiteral("^listening on (\\S+)$"));
    static const QRegularExpression project(
        QStringLiteral("^project id: (\\d+) account mode: (\\w+) app ids: ([^,\\s]+)"));
    static const QRegularExpression admin(QStringLiteral("^admin key: (\\S+)$"));
    static const QRegularExpression home(QStringLiteral("^demo home id: (\\d+)$"));
    static const QRegularExpression emailUser(
        QStringLiteral("^demo user: (\\S+) password: (\\S+)$"));
    static const QRegularExpression otherUser(QStringLiteral("^demo user(?: id)?: (\\S+)"));
    static const QRegularExpression classes(QStringLiteral("^device classes: (\\S+)$"));
    static const QRegularExpression spare(QStringLiteral("^spare device claim code: (\\S+)$"));
    QRegularExpressionMatch m;
    if ((m = listening.match(line)).hasMatch()) {
        m_info.url = QUrl(m.captured(1));
    } else if ((m = project.match(line)).hasMatch()) {
        m_info.projectId = m.captured(1).toLongLong();
        parseAccountMode(m.captured(2), &m_info.accountMode);
        m_info.appId = m.captured(3);
    } else if ((m = admin.match(line)).hasMatch()) {
        m_info.adminKey = m.captured(1);
    } else if ((m = home.match(line)).hasMatch()) {
        m_info.demoHomeId = m.captured(1).toLongLong();
    } else if ((m = emailUser.match(line)).hasMatch()) {
        m_info.demoLogin = m.captured(1);
        m_info.demoPassword = m.captured(2);
    } else if ((m = otherUser.match(line)).hasMatch()) {
        m_info.demoLogin = m.captured(1);
    } else if ((m = classes.match(line)).hasMatch()) {
        m_info.deviceClasses = m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    } else if ((m = spare.match(line)).hasMatch()) {
        m_info.spareClaimCode = m.captured(1);
        finishStartup();  // the last line it prints
    }
}

void LocalSandbox::finishStartup()
{
    if (m_ready)
        return;
    m_startupTimeout.stop();
    m_ready = true;
    m_recovering = false;
    m_failedRestarts = 0;
    m_restartDelayMs = FirstRestartDelayMs;
    m_port = m_info.url.port();
    qCInfo(lcApp).noquote() << "local sandbox ready on" << m_info.url.toString();
    emit ready(m_info);
}

}  // namespace ModeDesk
