// The sandbox under wrong logins: PBKDF2 (100,000 rounds, ~100 ms each) runs
// off the serving thread, so an unrelated GET stays quick while 8 wrong
// logins are in flight. Figures (one run, so the ratio holds on a noisy machine):
//   sandbox_get_p99_idle_ms             an unrelated GET's p99, nothing else going on
//   sandbox_get_p99_8_wrong_logins_ms   the same with 8 wrong logins always in flight
//   sandbox_wrong_logins_per_s          how many wrong logins were answered meanwhile
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

    // Two managers (Qt opens at most 6 connections per host each) keep 8 in flight.
    QNetworkAccessManager loginsA, loginsB;
    int answered = 0;
    bool stop = false;
    const QByteArray form =
        QUrlQuery({{QStringLiteral("projectId"), QString::number(sandbox.projectId())},
                   {QStringLiteral("appId"), sandbox.appId()},
                   {QStringLiteral("email"), user.login},
                   {QStringLiteral("password"), QStringLiteral("certainly-wrong")}})
            .toString(QUrl::FullyEncoded)
            .toUtf8();
    std::function<void(QNetworkAccessManager *)> login = [&](QNetworkAccessManager *nam) {
        if (stop)
            return;
        QNetworkRequest request(sandbox.url(QStringLiteral("/auth/user")));
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = nam->post(request, form);
        QObject::connect(reply, &QNetworkReply::finished, nam, [&, reply, nam] {
            ++answered;
            reply->deleteLater();
            login(nam);
        });
    };
    for (int i = 0; i < 4; ++i) {
        login(&loginsA);
        login(&loginsB);
    }
    QElapsedTimer busy;
    busy.start();
    const std::vector<double> underLoad = measureGets(getter, getUrl, user.key, 8'000);
    const double seconds = busy.elapsed() / 1000.0;
    stop = true;

    Bench::print("sandbox_get_p99_idle_ms", p99(idle), "ms");
    Bench::print("sandbox_get_p99_8_wrong_logins_ms", p99(underLoad), "ms");
    Bench::print("sandbox_wrong_logins_per_s", answered / seconds, "logins/s");
    return 0;
}
