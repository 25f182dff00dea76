// Command outcomes per target, against the sandbox's demo devices (which
// answer ping with pong, refuse what they do not know with command-rejected,
// and send a status every 200 ms here): replied by the awaited event and
// never overwritten by a periodic status; rejected by the device; no reply
// within the window; not delivered to an offline device; each batch counts
// its own calls. Actions that are not names are refused before sending.
#include "apiclient.h"
#include "commandhistory.h"
#include "commandhistorymodel.h"
#include "commandtemplates.h"
#include "eventstream.h"
#include "modelroles.h"
#include "profilefiles.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

class TestCommandHistory : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<EventStream> m_stream;
    QList<Device> m_devices;

private slots:
    void init()
    {
        m_sandbox =
            std::make_unique<SandboxFixture>(AccountMode::Email, QStringLiteral(":memory:"), true);
        QVERIFY(m_sandbox->start());
        const auto demo = m_sandbox->server().demoCredentials();
        QVERIFY(demo.has_value());
        const QString key = m_sandbox->http()
                                .postForm(QStringLiteral("/auth/user"),
                                          QUrlQuery({{QStringLiteral("projectId"),
                                                      QString::number(m_sandbox->projectId())},
                                                     {QStringLiteral("appId"), m_sandbox->appId()},
                                                     {QStringLiteral("email"), demo->login},
                                                     {QStringLiteral("password"), demo->password}}))
                                .object()
                                .value(QStringLiteral("token"))
                                .toString();
        QVERIFY(!key.isEmpty());
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox->server().baseUrl());
        m_api->setKey(key);
        m_stream = std::make_unique<EventStream>();
        m_stream->start(m_sandbox->server().baseUrl(), key);
        QTRY_COMPARE(m_stream->health().state, LinkState::Live);
        ApiCall<QList<Device>> *call = m_api->getDevices(demo->homeId);
        QSignalSpy done(call, &ApiCallBase::finished);
        call->then(
            this, [this](const QList<Device> &devices) { m_devices = devices; },
            [](const ApiError &) {});
        QVERIFY(done.wait());
        QCOMPARE(m_devices.size(), 3);
        QTRY_VERIFY(std::all_of(m_devices.cbegin(), m_devices.cend(),
                                [](const Device &d) { return d.isConnected; }));
    }

    void cleanup()
    {
        m_stream.reset();
        m_api.reset();
        m_sandbox.reset();
    }

    void aPingIsAnsweredByItsPongNotByTheNextStatus()
    {
        CommandHistory history(m_api.get());
        CommandHistoryModel table(&history);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        connect(m_stream.get(), &EventStream::eventsReceived, &history,
                &CommandHistory::linkEvents);
        QList<CommandTarget> targets;
        for (const Device &d : std::as_const(m_devices))
            targets.append({d.id, d.name, {}});
        QSignalSpy finished(&history, &CommandHistory::batchFinished);
        QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
        const qint64 batch =
            history.send(targets, {QStringLiteral("ping"), {}}, QStringLiteral("pong"));
        QCOMPARE(inserted.count(), 1);  // the batch goes in as one insertion
        QCOMPARE(table.rowCount(), 3);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toLongLong(), batch);
        QCOMPARE(finished.first().at(2).toInt(), 3);
        const auto allReplied = [&history] {
            for (int row = 0; row < history.size(); ++row) {
                if (history.at(row).outcome != CommandOutcome::Replied)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY(allReplied());
        // Periodic statuses keep coming (every 200 ms): they are context, not the answer.
        // Waited for by what they leave, not by the clock: three more per command.
        QTRY_VERIFY([&history] {
            for (int row = 0; row < history.size(); ++row) {
                if (history.at(row).linkedEvents.size() < 4)
                    return false;
            }
            return true;
        }());
        QVERIFY(allReplied());
        for (int row = 0; row < history.size(); ++row) {
            const CommandRecord &r = history.at(row);
            QCOMPARE(r.reply->eventType, QStringLiteral("pong"));
            QCOMPARE(table.outcomeText(r), QStringLiteral("replied: pong"));
            QCOMPARE(table.index(row, CommandHistoryModel::ResultColumn).data(StateRole).toInt(),
                     int(ItemState::Good));
            QVERIFY(r.linkedEvents.size() > 1);  // the statuses, kept as context
            QVERIFY(table.details(row).contains(QStringLiteral("\"echo\"")));
        }
    }

    void anUnknownActionIsRejectedByTheDevice()
    {
        CommandHistory history(m_api.get());
        CommandHistoryModel table(&history);
        connect(m_stream.get(), &EventStream::eventsReceived, &history,
                &CommandHistory::linkEvents);
        history.send({{m_devices.first().id, m_devices.first().name, {}}},
                     {QStringLiteral("dance"), {}}, QString());
        QTRY_COMPARE(history.at(0).outcome, CommandOutcome::Rejected);
        QVERIFY(table.outcomeText(history.at(0))
                    .startsWith(QStringLiteral("rejected by the device")));
        QVERIFY(history.at(0).detail.contains(QStringLiteral("unknown action")));
        QCOMPARE(table.index(0, CommandHistoryModel::ResultColumn).data(StateRole).toInt(),
                 int(ItemState::Bad));
    }

    void noReplyWithinTheWindowIsSaid()
    {
        CommandHistory history(m_api.get());
        CommandHistoryModel table(&history);
        history.setLinkWindowMs(1000);
        connect(m_stream.get(), &EventStream::eventsReceived, &history,
                &CommandHistory::linkEvents);
        // The thermostat does set-setpoint; we await a type it never sends.
        const auto thermostat = std::find_if(
            m_devices.cbegin(), m_devices.cend(),
            [](const Device &d) { return d.deviceClass == QStringLiteral("thermostat"); });
        history.send({{thermostat->id, thermostat->name, {}}},
                     {QStringLiteral("set-setpoint"), {{QStringLiteral("setpoint"), 20}}},
                     QStringLiteral("setpoint-confirmed"));
        QTRY_COMPARE(history.at(0).outcome, CommandOutcome::Delivered);
        QVERIFY(table.outcomeText(history.at(0)).contains(QStringLiteral("waiting for")));
        QTRY_COMPARE_WITH_TIMEOUT(history.at(0).outcome, CommandOutcome::NoReply, 3000);
        QCOMPARE(table.outcomeText(history.at(0)),
                 QStringLiteral("no “setpoint-confirmed” within 1 s"));
    }

    void anOfflineDeviceIsNotDeliveredAndBatchesCountAlone()
    {
        const TestUser user = m_sandbox->signUp();
        const qint64 home = m_sandbox->createHome(user);
        const TestDevice offline = m_sandbox->addDeviceToHome(home, user);
        ApiClient api;
        api.setBaseUrl(m_sandbox->server().baseUrl());
        api.setKey(user.key);
        CommandHistory history(&api);
        QSignalSpy finished(&history, &CommandHistory::batchFinished);
        const qint64 first = history.send(
            {{offline.id, QStringLiteral("A"), {}}, {offline.id, QStringLiteral("A again"), {}}},
            {QStringLiteral("ping"), {}}, QStringLiteral("pong"));
        const qint64 second = history.resend(0);  // while the first is in flight
        QTRY_COMPARE(finished.count(), 2);
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const qint64 batch = args.at(0).toLongLong();
            QVERIFY(batch == first || batch == second);
            QCOMPARE(args.at(2).toInt(), 0);
            QCOMPARE(args.at(3).toInt(), batch == first ? 2 : 1);
        }
        QCOMPARE(history.at(0).outcome, CommandOutcome::NotDelivered);
        QVERIFY(history.at(0).detail.contains(QStringLiteral("offline")));
    }

    void actionsAreNamesNotJson_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("set-setpoint") << true;
        QTest::newRow("dotted") << QStringLiteral("fw.update:v2") << true;
        QTest::newRow("json typo") << QStringLiteral("set-setpoint{\"setpoint\": 23,}") << false;
        QTest::newRow("space") << QStringLiteral("turn on") << false;
        QTest::newRow("leading dash") << QStringLiteral("-x") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void actionsAreNamesNotJson()
    {
        QFETCH(QString, action);
        QFETCH(bool, ok);
        QCOMPARE(CommandHistory::actionProblem(action).isEmpty(), ok);
    }

    void theJsonTypoSaysWhere()
    {
        QVERIFY(CommandHistory::actionProblem(QStringLiteral("set-setpoint{\"setpoint\": 23,}"))
                    .contains(QStringLiteral("Parameters")));
    }

    void templatesKeepTheirTextAndReplyType()
    {
        const QList<CommandTemplate> defaults = CommandTemplates::defaults();
        QCOMPARE(defaults.first().name,
                 QStringLiteral("Set to 21 ") + QChar(0xb0) + QStringLiteral("C"));
        QTemporaryDir dir;
        ProfileFiles files;
        files.setFolder(dir.path());
        CommandTemplates templates(&files);
        templates.open();  // no file yet: the built-in ones
        QCOMPARE(templates.replyTypeFor(QStringLiteral("ping")), QStringLiteral("pong"));
        templates.upsert({QStringLiteral("valve"),
                          QStringLiteral("Open"),
                          {QStringLiteral("open"), {}},
                          QStringLiteral("valve-opened")});
        QVERIFY(templates.save());
        CommandTemplates again(&files);
        again.open();
        QCOMPARE(again.replyTypeFor(QStringLiteral("open")), QStringLiteral("valve-opened"));

        // A file that cannot be read is said, the built-in ones offered, and the file
        // kept beside when the templates are saved again.
        QFile broken(files.path(ProfileFiles::File::CommandTemplates));
        QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
        broken.write("[{\"name\": ");
        broken.close();
        QSignalSpy unreadable(&files, &ProfileFiles::readFailed);
        CommandTemplates third(&files);
        third.open();
        QCOMPARE(unreadable.count(), 1);
        QVERIFY(unreadable.first().at(1).toString().contains(QStringLiteral("built-in")));
        QCOMPARE(third.replyTypeFor(QStringLiteral("ping")), QStringLiteral("pong"));
        QVERIFY(third.save());
        QVERIFY(QFile::exists(files.path(ProfileFiles::File::CommandTemplates) +
                              QStringLiteral(".bak")));
    }

    void historySurvivesARestartWithOutcomes()
    {
        QTemporaryDir dir;
        ProfileFiles files;
        files.setFolder(dir.path());
        files.setProfile(QStringLiteral("p1"));
        {
            CommandHistory history(m_api.get(), nullptr, &files);
            history.open();
            connect(m_stream.get(), &EventStream::eventsReceived, &history,
                    &CommandHistory::linkEvents);
            history.send({{m_devices.first().id, m_devices.first().name, QStringLiteral("Depot")}},
                         {QStringLiteral("ping"), {}}, QStringLiteral("pong"));
            QTRY_COMPARE(history.at(0).outcome, CommandOutcome::Replied);
        }
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("command-history-p1.jsonl"))));
        CommandHistory reloaded(nullptr, nullptr, &files);
        CommandHistoryModel table(&reloaded);
        QAbstractItemModelTester tester(&table,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        reloaded.open();
        QCOMPARE(table.rowCount(), 1);
        QCOMPARE(reloaded.at(0).outcome, CommandOutcome::Replied);
        QCOMPARE(reloaded.at(0).reply->eventType, QStringLiteral("pong"));
        // Which home it went to stays with it (the fleet sends across homes).
        QCOMPARE(table.index(0, CommandHistoryModel::HomeColumn).data().toString(),
                 QStringLiteral("Depot"));
        // Another profile: its own history, empty.
        files.setProfile(QStringLiteral("p2"));
        reloaded.open();
        QCOMPARE(table.rowCount(), 0);
    }
};

QTEST_MAIN(TestCommandHistory)
#include "tst_commandhistory.moc"
