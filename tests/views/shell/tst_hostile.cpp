// The whole dashboard against a broken or hostile MODE-shaped server
// (tests/support/hostileserver.h), through the real window: an answer too
// large, one that drips, one cut short, nulls where values must be, a value
// too big or too deep, markup and a 10,000-character name, a revoked key.
// Each time the window stays responsive (a probe timer measures how long the
// UI thread is held), memory stays bounded, the page that asked says what
// happened in plain words, and what is valid still shows.
#include "hostiledashboard.h"

#include <QFile>
#include <QMessageBox>
#include <QToolButton>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MODEDESK_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(MODEDESK_UNDER_ASAN)
#define MODEDESK_UNDER_ASAN 1
#endif
#if defined(MODEDESK_UNDER_ASAN) && defined(Q_OS_LINUX)
// AddressSanitizer's runtime (GCC's and Clang's): the bytes the program holds now.
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

namespace {
// The longest the UI thread was held, in ms, while the probe ran.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_clock.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_worst = qMax(m_worst, m_clock.restart()); });
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

// The memory the program holds, in MiB (Linux); -1 elsewhere. Resident memory,
// except under AddressSanitizer: there freed blocks wait in a 256 MiB quarantine
// before they are given back, which would read as growth, so what is allocated.
qint64 memoryHeldMiB()
{
#if defined(MODEDESK_UNDER_ASAN) && defined(Q_OS_LINUX)
    return qint64(__sanitizer_get_current_allocated_bytes() / (1024 * 1024));
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
#endif
}
}  // namespace

class TestHostile : public HostileDashboardTest
{
    Q_OBJECT

private slots:
    void init() { startServer(); }
    void cleanup() { stopAll(); }

    // A gigabyte of key-values, and members announced as a gigabyte: dropped at the
    // bound, the memory given back, said on their pages; the devices still show.
    void aHugeAnswerIsDroppedAndSaidOnItsPage()
    {
        HostileServer::Reply endless;
        endless.way = HostileServer::Reply::Way::Endless;
        endless.body = "[";
        endless.bytes = 1024LL * 1024 * 1024;
        m_server->on(QStringLiteral("/homes/1/kv"), endless);
        HostileServer::Reply announced = endless;
        announced.way = HostileServer::Reply::Way::Announced;
        m_server->on(QStringLiteral("/homes/1/members"), announced);
        const qint64 before = memoryHeldMiB();
        StallProbe probe;
        startDashboard();
        QTRY_VERIFY_WITH_TIMEOUT(window()->keyValuesPage()->status()->isShowingError(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(window()->membersPage()->status()->isShowingError(), 30000);
        const QString said = window()->keyValuesPage()->status()->text();
        QVERIFY2(said.contains(QStringLiteral("too large")) &&
                     said.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("Server replied")));
        QVERIFY(window()->keyValuesPage()->status()->detail().contains(QStringLiteral("GET")));
        QCOMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        QTRY_COMPARE(m_server->openStreams(), 0);  // nothing is read any more
        QVERIFY2(probe.worstMs() < 200, qPrintable(QString::number(probe.worstMs())));
        const qint64 after = memoryHeldMiB();
        qInfo("memory held: %lld -> %lld MiB", before, after);
        if (before >= 0)
            QVERIFY2(after - before < 300,
                     qPrintable(QStringLiteral("%1 -> %2 MiB").arg(before).arg(after)));
    }

    // A body that drips a byte every 100 ms: the call's deadline ends it, with the
    // server named; the other pages are not held up.
    void aDrippingAnswerEndsAtItsDeadline()
    {
        HostileServer::Reply drip = HostileServer::json(R"([{"userId":2,"name":"Slow"}])");
        drip.way = HostileServer::Reply::Way::Drip;
        drip.intervalMs = 300;  // 29 bytes: 9 s, three times the deadline
        m_server->on(QStringLiteral("/homes/1/members"), drip);
        StallProbe probe;
        startDashboard();
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(window()->membersPage()->status()->isShowingError(), 15000);
        QVERIFY2(window()->membersPage()->status()->text().contains(QStringLiteral("in time")),
                 qPrintable(window()->membersPage()->status()->text()));
        QVERIFY(probe.worstMs() < 200);
    }

    // A device list cut short (its status came, not its body) is no answer: said, not shown.
    void aCutShortAnswerIsNoAnswer()
    {
        HostileServer::Reply cut = HostileServer::json("[{\"id\":7,\"homeId\":1,\"name\":\"Do");
        cut.way = HostileServer::Reply::Way::CutShort;
        cut.bytes = 4000;
        m_server->on(QStringLiteral("/devices?"), cut);
        startDashboard();
        QTRY_VERIFY_WITH_TIMEOUT(window()->devicesPage()->status()->isShowingError(), 10000);
        QVERIFY(window()->devicesPage()->status()->detail().contains(QStringLiteral("cut short")));
        QCOMPARE(m_dashboard->session()->home()->devices()->rowCount(), 0);
    }

    // Nulls where values must be: that home is left out and counted, the valid one shows.
    void nullsAreRefusedAndTheValidEntriesKept()
    {
        m_server->on(QStringLiteral("/homes?"),
                     HostileServer::json(R"([{"id":null,"name":null,"timezone":null},)"
                                         R"({"id":1,"name":"Real home"}])"));
        startDashboard();
        QTRY_COMPARE(m_dashboard->session()->homes()->rowCount(), 1);
        QCOMPARE(m_dashboard->session()->homes()->record(0).name, QStringLiteral("Real home"));
        StatusLine *status = window()->homesPanel()->status();
        QTRY_VERIFY(status->isShowingError());
        QVERIFY2(status->text().contains(QStringLiteral("could not be read")),
                 qPrintable(status->text()));
        QVERIFY(status->detail().contains(QStringLiteral("Home.id is null")));
        // Said once: a reload with the same answer does not say it again.
        status->clear();
        QSignalSpy loaded(m_dashboard->session(), &Session::homesLoaded);
        m_dashboard->session()->reloadHomes();
        QVERIFY(loaded.wait());
        QVERIFY(status->text().isEmpty());
    }

    // A 5 MB value and one nested 100,000 deep: the pairs load, the deep one says it
    // cannot be read, the big one is shown in part, read-only; nothing holds the window.
    void bigAndDeepValuesStayCheap()
    {
        QByteArray big = "[";
        for (int i = 0; i < 250'000; ++i)
            big += (i ? ",\"" : "\"") + QByteArray::number(i) + "-sensor-reading\"";
        big += "]";
        const QByteArray deep = QByteArray(100'000, '[') + QByteArray(100'000, ']');
        m_server->on(QStringLiteral("/homes/1/kv"),
                     HostileServer::json(R"([{"key":"big","value":)" + big + R"(},)" +
                                         R"({"key":"deep","value":)" + deep + R"(},)" +
                                         R"({"key":"ok","value":21.5}])"));
        startDashboard();
        KvModel *pairs = m_dashboard->session()->home()->keyValues();
        QTRY_COMPARE_WITH_TIMEOUT(pairs->rowCount(), 3, 10000);
        const int deepRow = pairs->rowOf(QStringLiteral("deep"));
        QVERIFY(!pairs->record(deepRow).unreadable.isEmpty());
        QVERIFY(pairs->index(deepRow, KvModel::ValueColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("cannot be read")));
        KeyValuesPage *page = window()->keyValuesPage();
        window()->showPage(PageRegistry::indexOf(QStringLiteral("kv")));
        StallProbe probe;
        const int bigRow = pairs->rowOf(QStringLiteral("big"));
        QVERIFY(pairs->index(bigRow, KvModel::ValueColumn).data(Qt::ToolTipRole).toString().size() <
                3000);
        page->table()->selectRow(page->proxy()->mapFromSource(pairs->index(bigRow, 0)).row());
        auto *note = page->findChild<QLabel *>(QStringLiteral("jsonNote"));
        QTRY_VERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("MB")), qPrintable(note->text()));
        QVERIFY(page->findChild<JsonEditor *>()->isReadOnly());
        page->table()->selectRow(page->proxy()->mapFromSource(pairs->index(deepRow, 0)).row());
        QTRY_VERIFY(note->text().contains(QStringLiteral("could not be read")));
        QVERIFY2(probe.worstMs() < 200, qPrintable(QString::number(probe.worstMs())));
    }

    // Markup in a name is shown as written: in the header, the list and the question.
    void markupInNamesIsShownAsWritten()
    {
        const QString name = QStringLiteral("<b>x</b><img src=\"http://127.0.0.1:9/a.png\">");
        m_server->on(
            QStringLiteral("/homes?"),
            HostileServer::json(QStringLiteral(R"([{"id":1,"name":"%1"}])")
                                    .arg(QString(name).replace(u'"', QStringLiteral("\\\"")))
                                    .toUtf8()));
        startDashboard();
        QTRY_VERIFY(window()->homeHeaderText().startsWith(name));
        auto *title = window()->findChild<QLabel *>(QStringLiteral("homeTitle"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QString asked;
        Qt::TextFormat format = Qt::AutoText;
        answerNextModal([&](QWidget *w) {
            auto *box = qobject_cast<QMessageBox *>(w);
            QVERIFY(box);
            asked = box->text();
            format = box->textFormat();
            box->reject();
        });
        window()->homesPanel()->deleteHome();
        QVERIFY(asked.contains(name));
        QCOMPARE(format, Qt::PlainText);
    }

    // A 10,000-character name: cut in the header (whole in its tooltip), the window as wide
    // as it was.
    void aLongNameDoesNotWidenTheWindow()
    {
        const QString name(10'000, QLatin1Char('W'));
        m_server->on(
            QStringLiteral("/homes?"),
            HostileServer::json(QStringLiteral(R"([{"id":1,"name":"%1"}])").arg(name).toUtf8()));
        startDashboard();
        QTRY_VERIFY(window()->homeHeaderText().startsWith(name));
        QVERIFY2(window()->width() <= 1280, qPrintable(QString::number(window()->width())));
        QVERIFY(window()->minimumSizeHint().width() <= 1280);
        auto *title = window()->findChild<QLabel *>(QStringLiteral("homeTitle"));
        QVERIFY(title->text().size() < 1000);
        QVERIFY(title->toolTip().contains(name));
    }

    // A key revoked while in use: the sign-in asks again, in plain words.
    void aRevokedKeyReadsInPlainWords()
    {
        m_server->on(QStringLiteral("/homes/1/kv"),
                     HostileServer::json(R"({"reason":"UNAUTHENTICATED_CLIENT"})", 401));
        startDashboard(false);
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = m_dashboard->signInDialog()) != nullptr, 10000);
        const QString said = signIn->findChild<StatusLine *>()->text();
        QVERIFY2(said.contains(QStringLiteral("no longer works")), qPrintable(said));
        QVERIFY(!said.contains(QStringLiteral("Server replied")));
        QVERIFY(!said.contains(QStringLiteral("UNAUTHENTICATED_CLIENT")));
        signIn->reject();
    }
};

QTEST_MAIN(TestHostile)
#include "tst_hostile.moc"
