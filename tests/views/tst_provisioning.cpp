// Field provisioning against a sandbox: claiming by code (each failure
// explained), on-demand tokens with QR codes and the device that joins, and
// a 200-row bulk import with bad rows, retry, export and resume.
#include "dashboardfixture.h"

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestProvisioning : public DashboardTestBase
{
    Q_OBJECT

private slots:
    void cleanup() { resetDashboard(); }

    void provisioningClaimFlow()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Site A"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        ProvisioningPage *page = m_dashboard->window()->provisioning();
        const TestDevice hw =
            m_sandbox->provisionDevice(QStringLiteral("sensor"), QStringLiteral("Door sensor"));

        // Not a code at all (O is not in the label alphabet): refused before sending.
        page->claim(QStringLiteral("NOPE-NOPE-NOPE"));
        QVERIFY(page->claimStatus()->isShowingError());
        QVERIFY(page->claimStatus()->text().contains(QStringLiteral("no I, O, 0 or 1")));
        page->claim(QStringLiteral("ZZZZ-ZZZZ-ZZZZ"));
        QTRY_VERIFY(page->claimStatus()->isShowingError());
        QVERIFY(page->claimStatus()->text().contains(QStringLiteral("Check the label")));
        page->claim(hw.claimCode);
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("claim mode")));
        QVERIFY(page->claimStatus()->text().contains(QStringLiteral("10 minutes")));
        m_sandbox->http().postForm(
            QStringLiteral("/deviceRegistration"),
            QUrlQuery({{QStringLiteral("deviceId"), QString::number(hw.id)},
                       {QStringLiteral("claimable"), QStringLiteral("true")}}),
            hw.apiKey);
        page->claim(hw.claimCode.toLower());
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("is now in this home")));
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        page->claim(hw.claimCode);
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("already belongs")));

        // Rehearsal: the simulator makes a device in claim mode and fills in its code.
        m_dashboard->window()->simulator()->setSandboxAdmin(
            m_sandbox->server().baseUrl(), m_sandbox->adminKey(), {QStringLiteral("sensor")});
        page->rehearseClaim();
        QTRY_VERIFY(!page->claimCode()->text().isEmpty());
        page->claim(page->claimCode()->text());
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 2);
    }

    // The demo's spare sensor: its code shows on the page, one click puts it in
    // claim mode (its key is only a digest in the sandbox), and the claim succeeds.
    void theDemosSpareDeviceCanBeClaimed()
    {
        m_sandbox =
            std::make_unique<SandboxFixture>(AccountMode::Email, QStringLiteral(":memory:"), true);
        QVERIFY(m_sandbox->start());
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Workbench"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        const QString spare = m_sandbox->server().demoCredentials()->spareClaimCode;
        ProvisioningPage *page = m_dashboard->window()->provisioning();
        QVERIFY(!page->spareButton()->isVisibleTo(page));  // not told of a local sandbox yet
        m_dashboard->session()->simulators()->setSandboxAdmin(m_sandbox->server().baseUrl(),
                                                              m_sandbox->adminKey(),
                                                              {QStringLiteral("sensor")}, spare);
        QVERIFY(page->spareButton()->isVisibleTo(page));
        // Claiming before its setup button is pressed fails, and says why.
        page->claim(spare);
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("claim mode")));
        QTest::mouseClick(page->spareButton(), Qt::LeftButton);
        QTRY_COMPARE(page->claimCode()->text(), spare);
        page->claim(page->claimCode()->text());
        QTRY_VERIFY(page->claimStatus()->text().contains(QStringLiteral("is now in this home")));
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 1);
        QVERIFY(!page->spareButton()->isVisibleTo(page));  // claimed: no stale hint
        // Claimed: its window cannot open again.
        const HttpResult again =
            m_sandbox->http().post(QStringLiteral("/sandbox/claimMode"),
                                   {{QStringLiteral("claimCode"), spare}}, m_sandbox->adminKey());
        QCOMPARE(again.status, 403);
        QCOMPARE(again.reason(), QStringLiteral("DEVICE_ALREADY_IN_HOME"));
    }

    void provisioningTokenFlow()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Site B"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        ProvisioningPage *page = m_dashboard->window()->provisioning();
        page->requestToken(QStringLiteral("toaster"), {});
        QTRY_VERIFY(page->tokenStatus()->isShowingError());
        page->requestToken(QStringLiteral("camera"), QStringLiteral("porch"));
        QTRY_VERIFY(!page->token().isEmpty());
        QVERIFY(!page->tokenQr().isNull());
        QVERIFY(page->tokenQr().width() >= 150);  // large enough to scan off a screen
        QTRY_VERIFY(page->countdown()->text().startsWith(QStringLiteral("Valid for 14:")));
        QTemporaryDir dir;
        QVERIFY(page->saveQr(dir.filePath(QStringLiteral("token.png"))));
        // The simulator plays the device that redeems the token; the page says which one joined.
        page->rehearseToken();
        QTRY_VERIFY_WITH_TIMEOUT(
            page->tokenStatus()->text().contains(QStringLiteral("joined the home")), 10000);
        QCOMPARE(m_dashboard->session()->home()->devices()->record(0).tag, QStringLiteral("porch"));
    }

    void bulkOnboarding200Rows()
    {
        const TestUser user = signedInUser();
        const qint64 home = m_sandbox->createHome(user, QStringLiteral("Warehouse"));
        m_dashboard->session()->reloadHomes();
        QTRY_COMPARE(m_dashboard->session()->home()->homeId(), home);
        // 180 good codes, 10 devices not in claim mode, 10 unknown codes, 2 garbage lines.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("codes.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("claimCode,name,tag\n");
        QList<TestDevice> sleepy;
        for (int i = 0; i < 190; ++i) {
            const TestDevice d = m_sandbox->provisionDevice(QStringLiteral("sensor"));
            if (i < 180)
                m_sandbox->http().postForm(
                    QStringLiteral("/deviceRegistration"),
                    QUrlQuery({{QStringLiteral("deviceId"), QString::number(d.id)},
                               {QStringLiteral("claimable"), QStringLiteral("true")}}),
                    d.apiKey);
            else
                sleepy.append(d);
            file.write(QStringLiteral("%1,Sensor %2,\"aisle, %3\"\n")
                           .arg(d.claimCode)
                           .arg(i)
                           .arg(i % 7)
                           .toUtf8());
        }
        for (int i = 0; i < 10; ++i)
            file.write(QStringLiteral("ZZZZ-ZZZZ-ZZZ%1\n")  // well formed, but no device has it
                           .arg(QStringLiteral("ABCDEFGHJK").at(i))
                           .toUtf8());
        file.write("not a code\n;;;\n");
        file.close();

        ProvisioningPage *page = m_dashboard->window()->provisioning();
        page->bulk()->setStateFile(dir.filePath(QStringLiteral("state.json")));
        QVERIFY(page->importCsv(csv));
        QCOMPARE(page->bulk()->rowCount(), 200);
        QVERIFY(page->bulkStatus()->text().contains(QStringLiteral("skipped")));
        QSignalSpy finished(page->bulk(), &BulkClaim::finished);
        page->startBulk();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Claimed), 180);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Failed), 20);
        for (int row = 0; row < 200; ++row) {
            const BulkClaim::Row &r = page->bulk()->row(row);
            if (row < 180)
                QCOMPARE(r.message, QStringLiteral("claimed and named"));
            else if (row < 190)
                QVERIFY2(r.message.contains(QStringLiteral("claim mode")), qPrintable(r.message));
            else
                QVERIFY2(r.message.contains(QStringLiteral("unknown claim code")),
                         qPrintable(r.message));
        }
        QTRY_COMPARE(m_dashboard->session()->home()->devices()->rowCount(), 180);

        // A resumed import knows what is done.
        BulkClaim resumed;
        QVERIFY(resumed.resume(dir.filePath(QStringLiteral("state.json"))));
        QCOMPARE(resumed.count(BulkClaim::Status::Claimed), 180);
        QCOMPARE(resumed.count(BulkClaim::Status::Failed), 20);

        // The technician puts the sleepy ones in claim mode, then retries the failed rows.
        for (const TestDevice &d : std::as_const(sleepy))
            m_sandbox->http().postForm(
                QStringLiteral("/deviceRegistration"),
                QUrlQuery({{QStringLiteral("deviceId"), QString::number(d.id)},
                           {QStringLiteral("claimable"), QStringLiteral("true")}}),
                d.apiKey);
        page->bulk()->retryFailed();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Claimed), 190);
        QCOMPARE(page->bulk()->count(BulkClaim::Status::Failed), 10);

        const QString results = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(page->bulk()->exportCsv(results));
        QFile exported(results);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QCOMPARE(text.count('\n'), 201);
        QVERIFY(text.contains("\"aisle, 3\""));
        QCOMPARE(text.count(",claimed,"), 190);
    }
};

QTEST_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
