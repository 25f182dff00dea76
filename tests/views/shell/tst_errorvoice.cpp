// Every page says its failure in one voice: a whole sentence in the user's
// language (German here), from ErrorText, that says what to do; the wire's
// words ("Server replied 404 … to GET http://…") only in Details. Walked for
// each kind of failure: the server stopped, 404, 403, 500, and an answer that
// is not JSON.
#include "hostiledashboard.h"
#include "fleetpage.h"
#include "statusline.h"
#include "uilanguage.h"

#include <QRegularExpression>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestErrorVoice : public HostileDashboardTest
{
    Q_OBJECT

    UiLanguage m_language;

private slots:
    void initTestCase()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QLocale::setDefault(german);
        QVERIFY(m_language.install(german, QStringLiteral(MODEDESK_QM_DIR)));
    }

    void init() { startServer(); }
    void cleanup() { stopAll(); }

    void everyPageSaysItsFailureInGerman_data()
    {
        QTest::addColumn<int>("status");  // 0: the server stopped
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("server stopped") << 0 << QByteArray();
        QTest::newRow("404") << 404 << QByteArray(R"({"reason":"NOT_FOUND"})");
        QTest::newRow("403") << 403 << QByteArray(R"({"reason":"FORBIDDEN"})");
        QTest::newRow("500") << 500 << QByteArray(R"({"reason":"INTERNAL_ERROR"})");
        QTest::newRow("malformed") << 200 << QByteArray("<html><body>Bad gateway</body></html>");
    }

    void everyPageSaysItsFailureInGerman()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        startDashboard();
        Session *session = m_dashboard->session();
        QTRY_COMPARE(session->home()->devices()->rowCount(), 1);
        QTRY_VERIFY(!session->home()->isLoading());
        QTRY_VERIFY(!session->fleet()->isLoading());

        if (status == 0) {
            m_server.reset();  // nothing listens on its port any more
        } else {
            for (const QString &path :
                 {QStringLiteral("/devices?"), QStringLiteral("/homes/1/members"),
                  QStringLiteral("/homes/1/kv"), QStringLiteral("/homes/1/smartModules")})
                m_server->on(path, HostileServer::json(body, status));
        }
        // The user presses Refresh on the home, and on the Fleet.
        session->home()->refresh();
        window()->showView(MainWindow::View::Fleet);
        window()->findChild<QAction *>(QStringLiteral("refreshAction"))->trigger();

        const QList<std::pair<const char *, StatusLine *>> pages{
            {"Devices", window()->devicesPage()->status()},
            {"Members", window()->membersPage()->status()},
            {"Key-values", window()->keyValuesPage()->status()},
            {"Smart modules", window()->smartModulesPage()->status()},
            {"Fleet", window()->fleetPage()->status()},
        };
        // What a German sentence that says what to do looks like, and English that slipped in.
        static const QRegularExpression whatToDo(
            QStringLiteral("\\b(Prüfen|Versuchen|Aktualisieren|Warten|Fragen|Melden) Sie\\b"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression english(
            QStringLiteral("\\b(the|could|not|Server replied|Try|Check|Refresh)\\b"));
        for (const auto &[page, line] : pages) {
            QTRY_VERIFY2_WITH_TIMEOUT(line->isShowingError(), page, 15000);
            const QString said = line->text();
            QVERIFY2(whatToDo.match(said).hasMatch(), qPrintable(QStringLiteral("%1: %2")
                                                                     .arg(QLatin1String(page), said)));
            QVERIFY2(!english.match(said).hasMatch(), qPrintable(QStringLiteral("%1: %2")
                                                                     .arg(QLatin1String(page), said)));
            // The wire's words are kept, for Details.
            QVERIFY2(!line->detail().isEmpty(), page);
        }
    }
};

QTEST_MAIN(TestErrorVoice)
#include "tst_errorvoice.moc"
