// The dashboard's owners at internet distance: a delay proxy (each chunk half
// the round trip each way, a new connection's first bytes one more) between
// the Session and an in-process sandbox holding 1,000 homes of 10 devices,
// at 0, 100 and 250 ms RTT. From the sign-in's answer (as the dashboard gets
// it), per RTT, in ms, each with about how many round trips that is:
//   distance_first_devices_<rtt>  the first home's devices in their model
//   distance_live_<rtt>           the live link Live
//   distance_click_first_devices_<rtt>, distance_click_live_<rtt>: the same two from
//                                 the click on Sign in (its round trips included)
//   distance_fleet_first_rows_unseen_<rtt>  the Fleet's first rows, a first sign-in
//   distance_fleet_1000x10_<rtt>  the Fleet complete (10,000 devices)
//   distance_switch_home_<rtt>    another home picked -> its devices shown
// and distance_connections_<rtt>, the connections opened until the fleet was
// complete. The first home is picked when the homes arrive, as the homes
// panel does. Then the next start of the same profile (the key kept, the fleet
// seen before), from resumeKey:
//   distance_fleet_first_rows_<rtt>  the Fleet's rows as last seen, on screen
//   distance_resume_confirmed_<rtt>  every row confirmed by the server
#include "benchutil.h"
#include "delayproxy.h"
#include "devicesmodel.h"
#include "fleet.h"
#include "fleetsandbox.h"
#include "homesmodel.h"
#include "session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <optional>

using namespace ModeDesk;
using namespace ModeDesk::Testing;
using ModeDesk::Bench::print;

namespace {

constexpr int Homes = 1'000;
constexpr int DevicesPerHome = 10;

// "distance_live_250", or over HTTP/2 "distance_live_h2_250".
QString figure(const char *base, const QString &tag, int rtt)
{
    return QStringLiteral("%1_%2%3").arg(QLatin1String(base), tag).arg(rtt);
}

void printFigure(const QString &name, double ms, int rtt)
{
    print(qPrintable(name), ms, "ms", 0);
    if (rtt > 0)
        std::printf("# %s: about %.1f round trips\n", qPrintable(name), ms / rtt);
}

// The next start of the profile (its key kept, its fleet seen before): the rows as last
// seen, then every row confirmed.
bool measureResume(const ConnectionProfile &profile, const QString &dataFolder, const QString &key,
                   int rtt, const QString &tag)
{
    Session session;
    session.setDataFolder(dataFolder);
    session.setProfile(profile);
    double firstRows = -1, confirmed = -1;
    QElapsedTimer clock;
    clock.start();
    const auto note = [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        Fleet *fleet = session.fleet();
        if (firstRows < 0 && fleet->devices()->rowCount() > 0)
            firstRows = now;
        if (confirmed < 0 && fleet->devices()->rowCount() == Homes * DevicesPerHome &&
            !fleet->isLoading() && !fleet->lastKnownSince().isValid())
            confirmed = now;
    };
    QObject::connect(session.fleet()->devices(), &QAbstractItemModel::rowsInserted, &session, note);
    QObject::connect(session.fleet(), &Fleet::loadFinished, &session, note);
    QObject::connect(session.fleet(), &Fleet::lastKnownChanged, &session, note);
    session.resumeKey(key);
    if (!Bench::runUntil([&] { return firstRows >= 0 && confirmed >= 0; }, 60'000))
        return false;
    printFigure(figure("distance_fleet_first_rows", tag, rtt), firstRows, rtt);
    printFigure(figure("distance_resume_confirmed", tag, rtt), confirmed, rtt);
    session.drop();
    return true;
}

// One sign-in at one distance, then the next start; false if something did not come.
bool measure(const Bench::FleetSandbox *sandbox, quint16 serverPort, int rtt,
             const QString &scheme = QStringLiteral("http"), const QString &tag = {})
{
    Bench::ThreadedServer<DelayProxy> proxy(serverPort, rtt);
    if (proxy.port() == 0)
        return false;
    QTemporaryDir data;
    ConnectionProfile profile;
    profile.id = QStringLiteral("distance-%1").arg(rtt);
    profile.name = profile.id;
    profile.apiUrl = QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.port()));
    profile.projectId = sandbox->projectId;
    profile.appId = sandbox->appId;
    std::optional<Session> first(std::in_place);
    Session &session = *first;
    session.connection()->setBackgroundHttp2(!tag.isEmpty());  // the fleet's streams too
    session.setDataFolder(data.path());
    session.setProfile(profile);

    // The sign-in (POST /auth/user) as the dialog makes it; the clock starts at its answer
    // (and, for the figures from the click, at the click).
    QElapsedTimer click;
    click.start();
    std::optional<ClientAuthentication> answer;
    bool refused = false;
    session.accounts()
        ->signInWithEmail(sandbox->projectId, sandbox->appId, sandbox->user.login,
                          sandbox->user.password)
        ->then(
            &session, [&answer](const ClientAuthentication &a) { answer = a; },
            [&refused](const ApiError &) { refused = true; });
    if (!Bench::runUntil([&] { return answer || refused; }, 30'000) || !answer)
        return false;
    const ClientAuthentication auth = *answer;
    const double signInMs = click.nsecsElapsed() / 1e6;

    // As the homes panel: the first home is shown when the homes arrive.
    QObject::connect(&session, &Session::homesLoaded, &session, [&session] {
        if (session.home()->homeId() == 0 && session.homes()->rowCount() > 0)
            session.showHome(session.homes()->record(0).id);
    });
    double firstDevices = -1, live = -1, firstRows = -1, fleetDone = -1;
    QElapsedTimer clock;
    clock.start();
    // Each figure taken the moment its model or link says so (no polling).
    const auto note = [&] {
        const double now = clock.nsecsElapsed() / 1e6;
        if (firstDevices < 0 && session.home()->devices()->rowCount() == DevicesPerHome)
            firstDevices = now;
        if (live < 0 && session.events()->health().state == LinkState::Live)
            live = now;
        if (firstRows < 0 && session.fleet()->devices()->rowCount() > 0)
            firstRows = now;
        if (fleetDone < 0 && session.fleet()->devices()->rowCount() == Homes * DevicesPerHome &&
            !session.fleet()->isLoading())
            fleetDone = now;
    };
    QObject::connect(session.home()->devices(), &QAbstractItemModel::rowsInserted, &session, note);
    QObject::connect(session.home()->devices(), &QAbstractItemModel::modelReset, &session, note);
    QObject::connect(session.home()->devices(), &QAbstractItemModel::layoutChanged, &session, note);
    QObject::connect(session.fleet()->devices(), &QAbstractItemModel::rowsInserted, &session, note);
    QObject::connect(session.fleet(), &Fleet::loadFinished, &session, note);
    QObject::connect(session.events(), &EventStream::healthChanged, &session, note);
    session.useKey(auth.token, auth.userId);
    const auto done = [&] {
        return firstDevices >= 0 && live >= 0 && fleetDone >= 0;
    };
    if (!Bench::runUntil(done, 80'000))
        return false;
    printFigure(figure("distance_first_devices", tag, rtt), firstDevices, rtt);
    printFigure(figure("distance_live", tag, rtt), live, rtt);
    printFigure(figure("distance_click_first_devices", tag, rtt), signInMs + firstDevices, rtt);
    printFigure(figure("distance_click_live", tag, rtt), signInMs + live, rtt);
    printFigure(figure("distance_fleet_first_rows_unseen", tag, rtt), firstRows, rtt);
    printFigure(figure("distance_fleet_1000x10", tag, rtt), fleetDone, rtt);
    print(qPrintable(figure("distance_connections", tag, rtt)), proxy.server()->connectionsOpened(),
          "connections", 0);

    // Another home: its devices are in the store already; its members, pairs and
    // modules are read. Shown when the home says it is loaded.
    const qint64 other = session.homes()->record(Homes / 2).id;
    clock.restart();
    session.showHome(other);
    if (!Bench::runUntil(
            [&session, other] {
                return session.home()->homeId() == other && !session.home()->isLoading() &&
                       session.home()->devices()->rowCount() == DevicesPerHome;
            },
            30'000))
        return false;
    printFigure(figure("distance_switch_home", tag, rtt), clock.nsecsElapsed() / 1e6, rtt);
    if (scheme == QLatin1String("https") && !session.connection()->isHttp2()) {
        std::fprintf(stderr, "the server offered HTTP/2 but it was not used\n");
        return false;
    }
    session.drop();  // quit: the fleet as last seen is kept
    first.reset();
    if (!tag.isEmpty())
        return true;  // the next start is the same over HTTP/2 (and would pass 90 s)
    return measureResume(profile, data.path(), auth.token, rtt, tag);
}

// nghttpx (Debian's nghttp2-proxy), when installed, in front of the sandbox: HTTP/2 over
// TLS with a certificate made here for 127.0.0.1, trusted by this process only.
class Http2Front
{
public:
    ~Http2Front()
    {
        m_nghttpx.kill();
        m_nghttpx.waitForFinished(3000);
    }

    // The front's port, 0 if it cannot run here (why on stderr).
    quint16 start(quint16 backendPort)
    {
        const QString nghttpx = QStandardPaths::findExecutable(
            QStringLiteral("nghttpx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (nghttpx.isEmpty() || openssl.isEmpty()) {
            std::fprintf(stderr, "# HTTP/2 figures left out: nghttpx or openssl not installed\n");
            return 0;
        }
        const QString key = m_dir.filePath(QStringLiteral("h2.key"));
        const QString certificate = m_dir.filePath(QStringLiteral("h2.crt"));
        QProcess make;
        make.start(openssl,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!make.waitForFinished(30'000) || make.exitCode() != 0)
            return 0;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(QSslCertificate::fromPath(certificate));
        QSslConfiguration::setDefaultConfiguration(tls);
        QTcpServer probe;  // a free port for the front
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        m_nghttpx.start(nghttpx, {QStringLiteral("--frontend=127.0.0.1,%1").arg(port),
                                  QStringLiteral("--backend=127.0.0.1,%1").arg(backendPort),
                                  QStringLiteral("--workers=1"), QStringLiteral("--no-ocsp"),
                                  QStringLiteral("--log-level=ERROR"), key, certificate});
        // Polled every 50 ms, not every millisecond: each look is a connection to it.
        QElapsedTimer waited;
        waited.start();
        bool up = false;
        while (!up && waited.elapsed() < 10'000) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            up = socket.waitForConnected(200);
            if (!up)
                QThread::msleep(50);
        }
        return up ? port : 0;
    }

private:
    QTemporaryDir m_dir;
    QProcess m_nghttpx;
};

}  // namespace

int main(int argc, char **argv)
{
    Bench::preferOffscreen();
    QApplication app(argc, argv);
    Bench::ThreadedServer<Bench::FleetSandbox> server(Homes, DevicesPerHome);
    if (server.port() == 0) {
        std::fprintf(stderr, "the sandbox did not start or could not make the fleet\n");
        return 1;
    }
    // With arguments, only those round trips (to profile one): bench_distance 0
    QList<int> rtts{0, 100, 250};
    if (const QStringList chosen = app.arguments().mid(1); !chosen.isEmpty()) {
        rtts.clear();
        for (const QString &rtt : chosen) {
            bool number = false;
            rtts.append(rtt.toInt(&number));
            if (!number || rtts.last() < 0) {
                std::fprintf(stderr, "usage: bench_distance [round trip in ms ...]\n");
                return 2;
            }
        }
    }
    for (int rtt : std::as_const(rtts)) {
        if (!measure(server.server(), server.port(), rtt)) {
            std::fprintf(stderr, "at %d ms the dashboard did not get there in time\n", rtt);
            return 1;
        }
    }
    // What HTTP/2 would give the fleet (its reads as streams), when this machine can offer
    // it: the dashboard keeps background reads on HTTP/1.1 (ServerConnection says why).
    Http2Front front;
    if (const quint16 port = rtts.contains(250) ? front.start(server.port()) : 0; port != 0) {
        for (int rtt : {250}) {
            if (!measure(server.server(), port, rtt, QStringLiteral("https"),
                         QStringLiteral("h2_"))) {
                std::fprintf(stderr, "over HTTP/2 at %d ms the dashboard did not get there\n", rtt);
                return 1;
            }
        }
    }
    return 0;
}
