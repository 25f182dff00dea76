// The sandbox under password work: PBKDF2 (100,000 rounds, ~100 ms each) runs
// off the serving thread, so an unrelated GET stays quick while 8 wrong
// logins, or 8 sign-ups, are in flight. Figures (one run, so the ratios hold
// on a noisy machine):
//   sandbox_get_p99_idle_ms             an unrelated GET's p99, nothing else going on
//   sandbox_get_p99_8_wrong_logins_ms   the same with 8 wrong logins always in flight
//   sandbox_wrong_logins_per_s          how many wrong logins were answered meanwhile
//   sandbox_get_p99_8_signups_ms        the same with 8 sign-ups (new passwords hashed)
//   sandbox_signups_per_s               how many sign-ups were created (201) meanwhile
#include "benchutil.h"
#include "sandboxfixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {

double p99(std::vector<double> samples)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples.at(std::min(samples.size() - 1, size_t(samples.size() * 0.99)));
}

// GETs one after another (a pause of 10 ms between) for durationMs; their latencies.
std::vector<double> measureGets(QNetworkAccessManager &nam, const QUrl &url, const QString &key,
                                int durationMs)
{
    std::vector<double> latencies;
    QElapsedTimer total;
    total.start();
    QEventLoop loop;
    std::function<void()> next = [&] {
        if (total.elapsed() > durationMs) {
            loop.quit();
            return;
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "ModeCloud " + key.toUtf8());
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, clock] {
            latencies.push_back(clock->nsecsElapsed() / 1e6);
            reply->deleteLater();
            QTimer::singleShot(10, &loop, next);
        });
    };
    next();
    loop.exec();
    return latencies;
}

constexpr int MeasureMs = 8'000;
constexpr int InFlight = 8;

QByteArray form(SandboxFixture &sandbox, const QList<std::pair<QString, QString>> &fields)
{
    QUrlQuery query({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                     {QStringLiteral("appId"), sandbox.appId()}});
    for (const auto &[name, value] : fields)
        query.addQueryItem(name, value);
    return query.toString(QUrl::FullyEncoded).toUtf8();
}

// Keeps InFlight form POSTs (made by `next`) in flight while GETs are timed,
// counting those answered with `expectedStatus`; waits until the last POST is
// answered, so that runs do not overlap.
std::vector<double> measureWhileInFlight(
    QNetworkAccessManager &getter, const QUrl &getUrl, const QString &key, int expectedStatus,
    int *answered, const std::function<std::pair<QNetworkRequest, QByteArray>()> &next)
{
    // Two managers (Qt opens at most 6 connections per host each) keep 8 in flight.
    QNetworkAccessManager posterA, posterB;
    *answered = 0;
    int pending = 0;
    bool stop = false;
    std::function<void(QNetworkAccessManager *)> post = [&](QNetworkAccessManager *nam) {
        if (stop)
            return;
        auto [request, body] = next();
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam->post(request, body);
        ++pending;
        QObject::connect(reply, &QNetworkReply::finished, nam, [&, reply, nam] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() ==
                expectedStatus)
                ++*answered;
            --pending;
            reply->deleteLater();
            post(nam);
        });
    };
    for (int i = 0; i < InFlight / 2; ++i) {
        post(&posterA);
        post(&posterB);
    }
    const std::vector<double> latencies = measureGets(getter, getUrl, key, MeasureMs);
    stop = true;
    QElapsedTimer drain;
    drain.start();
    while (pending > 0 && drain.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    return latencies;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SandboxFixture sandbox;
    sandbox.options().passwordIterations = 100'000;         // what a real start uses
    sandbox.options().limits.passwordFailures = 1'000'000;  // measure hashing, not the lockout
    if (!sandbox.start())
        return 1;
    const TestUser user = sandbox.signUp(QStringLiteral("Bench"));
    const QUrl getUrl = sandbox.url(QStringLiteral("/users/%1").arg(user.id));
    QNetworkAccessManager getter;

    const std::vector<double> idle = measureGets(getter, getUrl, user.key, 2'000);
    int answered = 0;

    const std::vector<double> underLogins =
        measureWhileInFlight(getter, getUrl, user.key, 403, &answered, [&] {
            QNetworkRequest request(sandbox.url(QStringLiteral("/auth/user")));
            return std::make_pair(
                request,
                form(sandbox, {{QStringLiteral("email"), user.login},
                               {QStringLiteral("password"), QStringLiteral("certainly-wrong")}}));
        });
    const double loginsPerSecond = answered / (MeasureMs / 1000.0);

    int signUps = 0;
    int created = 0;
    const std::vector<double> underSignUps =
        measureWhileInFlight(getter, getUrl, user.key, 201, &created, [&] {
            QNetworkRequest request(sandbox.url(QStringLiteral("/users")));
            const QString email = QStringLiteral("bench%1@example.com").arg(++signUps);
            return std::make_pair(
                request,
                form(sandbox, {{QStringLiteral("name"), QStringLiteral("Bench")},
                               {QStringLiteral("email"), email},
                               {QStringLiteral("password"), QStringLiteral("a-new-one-1")}}));
        });

    Bench::print("sandbox_get_p99_idle_ms", p99(idle), "ms");
    Bench::print("sandbox_get_p99_8_wrong_logins_ms", p99(underLogins), "ms");
    Bench::print("sandbox_wrong_logins_per_s", loginsPerSecond, "logins/s");
    Bench::print("sandbox_get_p99_8_signups_ms", p99(underSignUps), "ms");
    Bench::print("sandbox_signups_per_s", created / (MeasureMs / 1000.0), "sign-ups/s");
    return 0;
}
