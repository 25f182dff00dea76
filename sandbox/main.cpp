// modedesk-sandbox: a local MODE API v2.1 server. The first line on stdout is
// always "listening on http://127.0.0.1:PORT" (other tools read it).
#include "logging.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <thread>

using namespace ModeDesk;
using namespace ModeDesk::Sandbox;

namespace {

bool parseOptions(const QCoreApplication &app, SandboxOptions *options, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A local MODE cloud (API v2.1) for ModeDesk: users, homes, devices, key-value stores, "
        "events and commands, kept in SQLite."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("SQLite database file (\":memory:\" for none)."),
                                QStringLiteral("FILE"), QStringLiteral(":memory:"));
    const QCommandLineOption mode(
        QStringLiteral("account-mode"),
        QStringLiteral("How users sign in: email, phone or byou. Fixed when the database is "
                       "created (default email)."),
        QStringLiteral("MODE"));
    const QCommandLineOption adminKey(
        QStringLiteral("admin-key"),
        QStringLiteral("Key for the /sandbox/ admin routes (random and printed if not given)."),
        QStringLiteral("KEY"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed a demo user, home and simulated devices."));
    const QCommandLineOption watchStdin(
        QStringLiteral("exit-on-stdin-close"),
        QStringLiteral(
            "Exit when standard input closes (a parent that dies takes the sandbox with it)."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to bind (default 127.0.0.1)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption deviceClass(
        QStringLiteral("device-class"),
        QStringLiteral("A device class the project has (repeat for several, e.g. valve, meter); "
                       "added if missing."),
        QStringLiteral("NAME"));
    const QCommandLineOption idleTimeout(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Close a keep-alive connection silent this long (default 60)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption headerTimeout(
        QStringLiteral("header-timeout"),
        QStringLiteral("Answer 408 to a request whose headers take longer (default 10)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption bodyTimeout(
        QStringLiteral("body-timeout"),
        QStringLiteral("Answer 408 to a request whose body takes longer (default 30)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption perPeer(
        QStringLiteral("max-connections-per-peer"),
        QStringLiteral("Open connections allowed from one address (default 256)."),
        QStringLiteral("N"));
    const QCommandLineOption socketQueue(
        QStringLiteral("max-socket-queue"),
        QStringLiteral("Unsent WebSocket data allowed per socket before it is closed "
                       "(default 8192)."),
        QStringLiteral("KIB"));
    parser.addOptions({port, db, mode, adminKey, demo, listen, watchStdin, deviceClass, idleTimeout,
                       headerTimeout, bodyTimeout, perPeer, socketQueue});
    parser.process(app);

    SandboxOptions::Connections &connections = options->connections;
    const auto milliseconds = [&](const QCommandLineOption &option, int *value) {
        if (!parser.isSet(option))
            return true;
        bool valid = false;
        const double seconds = parser.value(option).toDouble(&valid);
        if (!valid || seconds <= 0 || seconds > 86'400) {
            *error = QStringLiteral("--%1 takes seconds (more than 0, at most 86400)")
                         .arg(option.names().constFirst());
            return false;
        }
        *value = static_cast<int>(seconds * 1000);
        return true;
    };
    if (!milliseconds(idleTimeout, &connections.idleTimeoutMs) ||
        !milliseconds(headerTimeout, &connections.headerTimeoutMs) ||
        !milliseconds(bodyTimeout, &connections.bodyTimeoutMs))
        return false;
    if (parser.isSet(perPeer)) {
        bool valid = false;
        connections.maxPerPeer = parser.value(perPeer).toInt(&valid);
        if (!valid || connections.maxPerPeer < 1) {
            *error = QStringLiteral("--max-connections-per-peer takes a number of 1 or more");
            return false;
        }
        connections.maxTotal = qMax(connections.maxTotal, connections.maxPerPeer);
    }
    if (parser.isSet(socketQueue)) {
        bool valid = false;
        const qint64 kib = parser.value(socketQueue).toLongLong(&valid);
        if (!valid || kib < 64 || kib > 1024 * 1024) {
            *error = QStringLiteral("--max-socket-queue takes KiB, from 64 to 1048576");
            return false;
        }
        connections.maxSocketQueueBytes = kib * 1024;
    }

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        *error = QStringLiteral("--port takes a number from 0 to 65535");
        return false;
    }
    options->port = static_cast<quint16>(portNumber);
    options->databasePath = parser.value(db);
    if (parser.isSet(mode)) {
        AccountMode parsed{};
        if (!parseAccountMode(parser.value(mode), &parsed)) {
            *error = QStringLiteral("--account-mode takes email, phone or byou");
            return false;
        }
        options->accountMode = parsed;
    }
    if (!options->address.setAddress(parser.value(listen))) {
        *error = QStringLiteral("--listen takes an IP address");
        return false;
    }
    options->adminKey = parser.value(adminKey);
    options->demo = parser.isSet(demo);
    options->deviceClasses = parser.values(deviceClass);
    if (parser.isSet(watchStdin)) {
        // A blocking read on its own thread: portable, and EOF means the parent is gone.
        std::thread([] {
            char c;
            while (std::cin.get(c)) {
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                      Qt::QueuedConnection);
        }).detach();
    }
    return true;
}

void printDemo(QTextStream &out, const DemoCredentials &demo, AccountMode mode)
{
    out << "demo home id: " << demo.homeId << "\n";
    switch (mode) {
        case AccountMode::Email:
            out << "demo user: " << demo.login << " password: " << demo.password << "\n";
            break;
        case AccountMode::Phone:
            out << "demo user: " << demo.login
                << " (sign in with an SMS code: POST /auth/user/sms, then read the outbox)\n";
            break;
        case AccountMode::Byou:
            out << "demo user id: " << demo.login << " byou project key: " << demo.projectKey
                << "\n";
            break;
    }
    out << "spare device claim code: " << demo.spareClaimCode << "\n";
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("modedesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODEDESK_VERSION));

    SandboxOptions options;
    QString error;
    QTextStream err(stderr);
    if (!parseOptions(app, &options, &error)) {
        err << "modedesk-sandbox: " << error << "\n";
        return 2;
    }
    const bool adminKeyGiven = !options.adminKey.isEmpty();
    SandboxServer server(options);
    if (!server.start()) {
        err << "modedesk-sandbox: " << server.errorString() << "\n";
        return 1;
    }

    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << "\n";
    out << "project id: " << server.projectId()
        << " account mode: " << accountModeName(server.accountMode())
        << " app ids: " << server.appIds().join(QLatin1Char(',')) << "\n";
    out << "device classes: " << server.deviceClasses().join(QLatin1Char(',')) << "\n";
    if (!adminKeyGiven)
        out << "admin key: " << server.adminKey() << "\n";
    if (const auto demo = server.demoCredentials())
        printDemo(out, *demo, server.accountMode());
    out.flush();
    return app.exec();
}
