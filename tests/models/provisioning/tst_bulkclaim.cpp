// The owners of claiming, against a real in-process sandbox: a bulk import
// claims into the home it was loaded for; outcomes are true and idempotent
// (a device already in the home is a success, one in another home says so);
// failed rows are corrected in place and retried; a server that does not
// answer pauses the import, which goes on by itself; the state is kept per
// profile and checked when read. Also one device by its code, the claim
// ledger and the profile's files.
#include "apiclient.h"
#include "awaitcall.h"
#include "bulkclaim.h"
#include "bulkclaimfile.h"
#include "bulkclaimmodel.h"
#include "claimledger.h"
#include "deviceclaim.h"
#include "fleet.h"
#include "homesmodel.h"
#include "profilefiles.h"
#include "sandboxadmin.h"
#include "sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ModeDesk;
using namespace ModeDesk::Testing;

namespace {
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
using Status = BulkClaimRow::Status;
using RowOutcome = BulkClaimRow::Outcome;

BulkClaimRow rowFor(const TestDevice &device, const QString &name = {}, const QString &tag = {})
{
    BulkClaimRow row;
    row.claimCode = device.claimCode;
    row.name = name;
    row.tag = tag;
    return row;
}
}  // namespace

class TestBulkClaim : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxFixture> m_sandbox;
    TestUser m_user;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<HomesModel> m_homes;
    std::unique_ptr<Fleet> m_fleet;  // the store of devices the claims show in
    std::unique_ptr<ProfileFiles> m_files;
    std::unique_ptr<ClaimLedger> m_ledger;
    std::unique_ptr<BulkClaim> m_bulk;
    std::unique_ptr<BulkClaimModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_mueller = 0;
    qint64 m_schmidt = 0;

    // The owner as a Session makes it, for the profile "p1" on this sandbox.
    void makeOwner()
    {
        m_files = std::make_unique<ProfileFiles>();
        m_files->setFolder(m_dir->path());
        m_files->setProfile(QStringLiteral("p1"));
        m_ledger = std::make_unique<ClaimLedger>(m_files.get());
        m_bulk =
            std::make_unique<BulkClaim>(m_api.get(), m_fleet.get(), m_files.get(), m_ledger.get());
        m_model = std::make_unique<BulkClaimModel>(m_bulk.get());
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), Fatal);
        m_bulk->setServer(QStringLiteral("sandbox"));
    }

    void dropOwner()
    {
        m_tester.reset();
        m_model.reset();
        m_bulk.reset();
        m_ledger.reset();
        m_files.reset();
    }

    void runToTheEnd(int timeoutMs = 20000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_bulk->isRunning(), timeoutMs);
    }

    int devicesIn(qint64 home) { return int(m_sandbox->devicesOf(home, m_user).size()); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_sandbox = std::make_unique<SandboxFixture>(AccountMode::Email,
                                                     m_dir->filePath(QStringLiteral("s.db")));
        QVERIFY(m_sandbox->start());
        m_user = m_sandbox->signUp(QStringLiteral("Jonas"));
        m_mueller = m_sandbox->createHome(m_user, QStringLiteral("Kunde Müller"));
        m_schmidt = m_sandbox->createHome(m_user, QStringLiteral("Kunde Schmidt"));
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(m_sandbox->server().baseUrl());
        m_api->setKey(m_user.key);
        m_homes = std::make_unique<HomesModel>();
        m_fleet = std::make_unique<Fleet>(m_api.get(), m_homes.get());
        m_homes->resetRecords(*await(m_api->getHomes(m_user.id)).value);
        makeOwner();
    }

    void cleanup()
    {
        dropOwner();
        m_fleet.reset();
        m_homes.reset();
        m_api.reset();
        m_sandbox.reset();
        m_dir.reset();
    }

    void anImportClaimsIntoTheHomeItWasLoadedFor()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(5);
        QList<BulkClaimRow> rows;
        for (int i = 0; i < devices.size(); ++i)
            rows.append(rowFor(devices.at(i), QStringLiteral("Melder %1").arg(i + 1),
                               QStringLiteral("EG")));
        m_bulk->setRows(rows, m_mueller, QStringLiteral("müller.csv"));
        QCOMPARE(m_bulk->targetHomeName(), QStringLiteral("Kunde Müller"));
        QSignalSpy claimed(m_bulk.get(), &BulkClaim::deviceClaimed);
        QVERIFY(m_bulk->start());
        // Once a row is claimed, the target is fixed: its other rows go where it went.
        QTRY_VERIFY(claimed.count() > 0);
        QVERIFY(!m_bulk->canChangeTarget());
        QVERIFY(!m_bulk->setTarget(m_schmidt));
        runToTheEnd();
        QCOMPARE(m_bulk->count(Status::Claimed), 5);
        QCOMPARE(devicesIn(m_mueller), 5);
        QCOMPARE(devicesIn(m_schmidt), 0);
        const QJsonArray inHome = m_sandbox->devicesOf(m_mueller, m_user);
        for (const QJsonValue &d : inHome)
            QVERIFY(d.toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .startsWith(QStringLiteral("Melder ")));
        QVERIFY(m_bulk->outcomeText(0).contains(QStringLiteral("claimed and named")));
        QVERIFY(m_bulk->summary().contains(QStringLiteral("Kunde Müller")));
        QCOMPARE(m_ledger->size(), 5);
    }

    void aDeviceAlreadyInTheHomeIsASuccess()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(4);
        m_bulk->setRows({rowFor(devices.at(0)), rowFor(devices.at(1), QStringLiteral("Bad"))},
                        m_mueller);
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->count(Status::Claimed), 2);

        // Another ModeDesk (no ledger here) claimed one into this home and named it as the CSV
        // does.
        m_sandbox->http().post(QStringLiteral("/devices"),
                               {{QStringLiteral("homeId"), m_mueller},
                                {QStringLiteral("claimCode"), devices.at(2).claimCode}},
                               m_user.key);
        const qint64 third = m_sandbox->devicesOf(m_mueller, m_user)
                                 .last()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger();
        m_sandbox->http().patch(QStringLiteral("/devices/%1").arg(third),
                                {{QStringLiteral("name"), QStringLiteral("Flur")}}, m_user.key);
        // Someone else's customer has the fourth.
        const TestUser other = m_sandbox->signUp(QStringLiteral("Other"));
        const qint64 elsewhere = m_sandbox->createHome(other, QStringLiteral("Nachbar"));
        m_sandbox->http().post(QStringLiteral("/devices"),
                               {{QStringLiteral("homeId"), elsewhere},
                                {QStringLiteral("claimCode"), devices.at(3).claimCode}},
                               other.key);

        // The corrected CSV again: what is there is a success, with its device.
        m_bulk->setRows({rowFor(devices.at(0)), rowFor(devices.at(1), QStringLiteral("Bad oben")),
                         rowFor(devices.at(2), QStringLiteral("Flur")), rowFor(devices.at(3))},
                        m_mueller);
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->row(0).status, Status::Claimed);
        QCOMPARE(m_bulk->row(0).outcome, RowOutcome::AlreadyHere);
        QVERIFY(m_bulk->row(0).deviceId != 0);
        QVERIFY2(m_bulk->outcomeText(0).contains(QStringLiteral("already in this home (device")),
                 qPrintable(m_bulk->outcomeText(0)));
        // Already here, and named as the corrected file says.
        QCOMPARE(m_bulk->row(1).outcome, RowOutcome::AlreadyHere);
        QTRY_COMPARE(
            m_sandbox->http()
                .get(QStringLiteral("/devices/%1").arg(m_bulk->row(1).deviceId), m_user.key)
                .object()
                .value(QStringLiteral("name"))
                .toString(),
            QStringLiteral("Bad oben"));
        // Found by the name it was to get.
        QCOMPARE(m_bulk->row(2).outcome, RowOutcome::AlreadyHere);
        QCOMPARE(m_bulk->row(2).deviceId, third);
        // In a home MODE does not name, and nothing here tells which: said as such.
        QCOMPARE(m_bulk->row(3).status, Status::Failed);
        QCOMPARE(m_bulk->row(3).outcome, RowOutcome::InUnknownHome);
        QVERIFY2(m_bulk->outcomeText(3).contains(
                     QStringLiteral("cannot tell whether it is “Kunde Müller”")),
                 qPrintable(m_bulk->outcomeText(3)));
        QCOMPARE(devicesIn(m_mueller), 3);
        QVERIFY(m_bulk->summary().contains(QStringLiteral("3 already there")));
    }

    void failedRowsAreCorrectedInPlaceAndRetried()
    {
        const QList<TestDevice> ready = m_sandbox->provisionClaimable(1);
        const TestDevice sleepy = m_sandbox->provisionDevice();
        const TestDevice typo = m_sandbox->provisionClaimable(1).constFirst();
        BulkClaimRow unknown;
        unknown.claimCode = QStringLiteral("ZZZZ-ZZZZ-ZZZZ");
        BulkClaimRow longName = rowFor(ready.at(0), QString(300, QLatin1Char('x')));
        m_bulk->setRows({unknown, rowFor(sleepy), longName}, m_mueller);
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->row(0).outcome, RowOutcome::UnknownCode);
        QCOMPARE(m_bulk->row(1).outcome, RowOutcome::NotClaimable);
        QCOMPARE(m_bulk->row(2).status, Status::Failed);
        QCOMPARE(m_bulk->row(2).outcome, RowOutcome::NamingFailed);  // claimed, name refused
        QVERIFY(m_bulk->row(2).deviceId != 0);
        QVERIFY(!m_bulk->canEdit(2, BulkClaim::Field::Code));  // it is that device now
        QVERIFY(m_bulk->canEdit(2, BulkClaim::Field::Name));

        // The typo is corrected, the sleepy device put in claim mode, the name shortened.
        QString problem;
        QVERIFY(m_bulk->edit(0, BulkClaim::Field::Code, typo.claimCode.toLower(), &problem));
        QCOMPARE(m_bulk->row(0).claimCode, typo.claimCode);
        QCOMPARE(m_bulk->row(0).status, Status::Pending);
        QVERIFY(m_bulk->edit(2, BulkClaim::Field::Name, QStringLiteral("Keller"), &problem));
        QCOMPARE(m_bulk->row(2).status, Status::Pending);
        // A code that is no code is kept, skipped, and says why.
        QVERIFY(m_bulk->edit(1, BulkClaim::Field::Code, QStringLiteral("OOPS"), &problem));
        QCOMPARE(m_bulk->row(1).status, Status::Skipped);
        QVERIFY(m_bulk->edit(1, BulkClaim::Field::Code, sleepy.claimCode, &problem));
        m_sandbox->openClaimWindow(sleepy.claimCode);
        m_bulk->retryFailed();
        runToTheEnd();
        QCOMPARE(m_bulk->count(Status::Claimed), 3);
        QCOMPARE(devicesIn(m_mueller), 3);
        QCOMPARE(m_sandbox->http()
                     .get(QStringLiteral("/devices/%1").arg(m_bulk->row(2).deviceId), m_user.key)
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Keller"));
        // A claimed row is not edited here (the Devices page renames devices).
        QVERIFY(!m_bulk->edit(2, BulkClaim::Field::Name, QStringLiteral("x"), &problem));
        QVERIFY(problem.contains(QStringLiteral("Devices page")));
        // Through the table: an edit goes to the owner; a duplicate is marked and lifted.
        BulkClaimRow a, b;
        a.claimCode = b.claimCode = QStringLiteral("ABCD-EFGH-JKLM");
        m_bulk->setRows({a, b}, m_mueller);
        QCOMPARE(m_bulk->row(1).outcome, RowOutcome::Duplicate);
        QVERIFY(m_model->setData(m_model->index(1, BulkClaimModel::CodeColumn),
                                 QStringLiteral("wxyz2345 6789")));
        QCOMPARE(m_bulk->row(1).claimCode, QStringLiteral("WXYZ-2345-6789"));
        QCOMPARE(m_bulk->row(1).status, Status::Pending);
        QVERIFY(m_model->flags(m_model->index(1, BulkClaimModel::NameColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(1, BulkClaimModel::OutcomeColumn)) &
                  Qt::ItemIsEditable));
    }

    // 503s pause the import, which goes on by itself: rows wait, none fails.
    void aBusyServerPausesTheImport()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(12);
        QList<BulkClaimRow> rows;
        for (const TestDevice &d : devices)
            rows.append(rowFor(d, QStringLiteral("Sensor %1").arg(d.id)));
        m_bulk->setRows(rows, m_mueller);
        m_sandbox->http().post(QStringLiteral("/sandbox/faults"),
                               {{QStringLiteral("path"), QStringLiteral("/devices")},
                                {QStringLiteral("method"), QStringLiteral("POST")},
                                {QStringLiteral("status"), 503},
                                {QStringLiteral("count"), 6}},
                               m_sandbox->adminKey());
        QSignalSpy states(m_bulk.get(), &BulkClaim::stateChanged);
        QVERIFY(m_bulk->start());
        runToTheEnd(30000);
        QVERIFY(states.contains({QVariant::fromValue(BulkClaim::State::WaitingForServer)}));
        QCOMPARE(m_bulk->count(Status::Claimed), 12);
        QCOMPARE(m_bulk->count(Status::Failed), 0);
        QCOMPARE(devicesIn(m_mueller), 12);
    }

    // The server goes away mid-import: the rows wait, and it finishes once the server is back.
    void aDeadServerPausesAndTheImportGoesOnWhenItIsBack()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(10);
        QList<BulkClaimRow> rows;
        for (const TestDevice &d : devices)
            rows.append(rowFor(d, QStringLiteral("Sensor %1").arg(d.id)));
        m_bulk->setRows(rows, m_mueller);
        m_bulk->setParallel(1);
        // Stopped right after the third row is done: the fourth is on its way to nobody.
        bool stopped = false;
        connect(m_bulk.get(), &BulkClaim::rowChanged, this, [&](int row) {
            if (!stopped && row == 2 && m_bulk->row(2).status == Status::Claimed) {
                stopped = true;
                m_sandbox->stop();
            }
        });
        QVERIFY(m_bulk->start());
        QTRY_VERIFY(stopped);
        QTRY_COMPARE(m_bulk->state(), BulkClaim::State::WaitingForServer);
        QVERIFY(m_bulk->count(Status::Failed) == 0);
        QCOMPARE(m_bulk->count(Status::Claimed), 3);
        QVERIFY(m_bulk->outcomeText(3).contains(QStringLiteral("waiting for the server")));
        QVERIFY(m_sandbox->start());  // same port, same database
        runToTheEnd(30000);
        QCOMPARE(m_bulk->count(Status::Claimed), 10);
        QCOMPARE(devicesIn(m_mueller), 10);
        for (const QJsonValue &d : m_sandbox->devicesOf(m_mueller, m_user))
            QVERIFY(d.toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .startsWith(QStringLiteral("Sensor ")));
    }

    // ModeDesk stopped with claims on their way (a crash, a pulled plug): the next start
    // checks the home before it claims again, and places what went through.
    void claimsOnTheirWayAtAStopAreCheckedNotAssumed()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(5);
        BulkClaimFile::State state;
        state.server = QStringLiteral("sandbox");
        state.homeId = m_mueller;
        state.homeName = QStringLiteral("Kunde Müller");
        state.sourceName = QStringLiteral("müller.csv");
        state.startedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
        state.interrupted = true;  // what a running import saves
        for (const TestDevice &d : devices) {
            BulkClaimRow row = rowFor(d, QStringLiteral("Sensor %1").arg(d.id));
            row.status = Status::Claiming;  // all were on their way when ModeDesk stopped
            state.rows.append(row);
        }
        // What the server did meanwhile: the first claim went through and was named, the
        // second went through without its name; the others never arrived.
        const auto claimOnServer = [this](const TestDevice &d) {
            return m_sandbox->http()
                .post(QStringLiteral("/devices"),
                      {{QStringLiteral("homeId"), m_mueller},
                       {QStringLiteral("claimCode"), d.claimCode}},
                      m_user.key)
                .object()
                .value(QStringLiteral("id"))
                .toInteger();
        };
        const qint64 named = claimOnServer(devices.at(0));
        m_sandbox->http().patch(QStringLiteral("/devices/%1").arg(named),
                                {{QStringLiteral("name"), state.rows.at(0).name}}, m_user.key);
        const qint64 unnamed = claimOnServer(devices.at(1));
        QVERIFY(m_files->save(ProfileFiles::File::BulkClaim, BulkClaimFile::writeState(state))
                    .isEmpty());

        dropOwner();
        makeOwner();                                  // the next start
        QCOMPARE(m_bulk->targetHomeId(), m_mueller);  // the saved import, with its home
        QCOMPARE(m_bulk->sourceName(), QStringLiteral("müller.csv"));
        QVERIFY(m_bulk->isUnfinished());
        QVERIFY(m_bulk->row(0).uncertain);
        QVERIFY(m_bulk->outcomeText(0).contains(QStringLiteral("may have claimed")));
        QVERIFY(m_bulk->start());
        runToTheEnd();
        // Nothing claimed twice, nothing in another home; every row true and named.
        QCOMPARE(m_bulk->count(Status::Claimed), 5);
        QCOMPARE(m_bulk->row(0).deviceId, named);
        QCOMPARE(m_bulk->row(0).outcome, RowOutcome::AlreadyHere);
        QCOMPARE(m_bulk->row(1).deviceId, unnamed);
        QCOMPARE(m_bulk->row(1).outcome, RowOutcome::AlreadyHere);
        QCOMPARE(devicesIn(m_mueller), 5);
        QCOMPARE(devicesIn(m_schmidt), 0);
        for (const QJsonValue &d : m_sandbox->devicesOf(m_mueller, m_user))
            QVERIFY(d.toObject()
                        .value(QStringLiteral("name"))
                        .toString()
                        .startsWith(QStringLiteral("Sensor ")));
    }

    // A code in a home before the import, while another device joins the target meanwhile:
    // the newcomer is not taken for it (no attempt of ours can have put it there).
    void aNewcomerIsNotTakenForACodeThatWasElsewhere()
    {
        const TestUser other = m_sandbox->signUp(QStringLiteral("Other"));
        const qint64 theirs = m_sandbox->createHome(other, QStringLiteral("Nachbar"));
        const TestDevice elsewhere = m_sandbox->provisionClaimable(1).constFirst();
        m_sandbox->http().post(QStringLiteral("/devices"),
                               {{QStringLiteral("homeId"), theirs},
                                {QStringLiteral("claimCode"), elsewhere.claimCode}},
                               other.key);
        const TestDevice joining = m_sandbox->provisionClaimable(1).constFirst();
        m_bulk->setRows({rowFor(elsewhere, QStringLiteral("Flur"))}, m_mueller);
        // Someone claims another device into the target while the import runs.
        connect(m_bulk.get(), &BulkClaim::stateChanged, this, [&](BulkClaim::State state) {
            if (state == BulkClaim::State::Running)
                m_sandbox->http().post(QStringLiteral("/devices"),
                                       {{QStringLiteral("homeId"), m_mueller},
                                        {QStringLiteral("claimCode"), joining.claimCode}},
                                       m_user.key);
        });
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->row(0).status, Status::Failed);
        QCOMPARE(m_bulk->row(0).outcome, RowOutcome::InUnknownHome);
        QCOMPARE(m_bulk->row(0).deviceId, qint64(0));
        // Nothing was renamed.
        for (const QJsonValue &d : m_sandbox->devicesOf(m_mueller, m_user))
            QVERIFY(d.toObject().value(QStringLiteral("name")).toString() !=
                    QStringLiteral("Flur"));
    }

    // A code ModeDesk claimed into one of the user's homes: that home is named.
    void aCodeInAnotherOfTheUsersHomesNamesIt()
    {
        const TestDevice device = m_sandbox->provisionClaimable(1).constFirst();
        m_bulk->setRows({rowFor(device)}, m_schmidt);
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->row(0).status, Status::Claimed);
        const qint64 id = m_bulk->row(0).deviceId;
        // The claim is in the fleet's store at once: it knows the home.
        QTRY_COMPARE(m_fleet->homeNameOf(id), QStringLiteral("Kunde Schmidt"));
        m_bulk->setRows({rowFor(device)}, m_mueller);
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->row(0).outcome, RowOutcome::InAnotherHome);
        QVERIFY2(m_bulk->outcomeText(0).contains(
                     QStringLiteral("in your home “Kunde Schmidt”, not “Kunde Müller”")),
                 qPrintable(m_bulk->outcomeText(0)));
    }

    // Stop: no new claims, the ones on their way are answered, settled() once; what is left
    // is offered to continue (and only then). The target is fixed once claiming began.
    void aStopSettlesAndLeavesTheRestToContinue()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(30);
        QList<BulkClaimRow> rows;
        for (const TestDevice &d : devices)
            rows.append(rowFor(d, QStringLiteral("Sensor %1").arg(d.id)));
        m_bulk->setRows(rows, m_mueller);
        m_bulk->setParallel(2);
        QVERIFY(m_bulk->canChangeTarget());
        QSignalSpy settled(m_bulk.get(), &BulkClaim::settled);
        QVERIFY(m_bulk->start());
        QVERIFY(!m_bulk->canChangeTarget());
        QTRY_VERIFY(m_bulk->count(Status::Claimed) >= 3);
        m_bulk->stop();
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(m_bulk->state(), BulkClaim::State::Idle);
        QVERIFY(m_bulk->count(Status::Pending) > 0);
        QCOMPARE(m_bulk->count(Status::Claiming) + m_bulk->count(Status::Naming), 0);
        QVERIFY(m_bulk->isUnfinished());
        QCOMPARE(devicesIn(m_mueller), m_bulk->count(Status::Claimed));
        QVERIFY(!m_bulk->setTarget(m_schmidt));
        // Continued, it goes through; a finished import is not "unfinished" after an edit.
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->count(Status::Claimed), 30);
        QVERIFY(!m_bulk->isUnfinished());
        BulkClaimRow extra;
        extra.claimCode = QStringLiteral("ZZZZ-ZZZZ-ZZZZ");
        QList<BulkClaimRow> more = m_bulk->rows();
        more.append(extra);
        m_bulk->setRows(more, m_mueller);
        QVERIFY(!m_bulk->isUnfinished());  // never started: nothing stopped
    }

    // Stopped while the target's devices are read (rows that may have been claimed):
    // it settles as soon as that answer is in.
    void aStopDuringALookupSettles()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(3);
        QList<BulkClaimRow> rows;
        for (const TestDevice &d : devices) {
            BulkClaimRow row = rowFor(d);
            row.uncertain = true;
            rows.append(row);
        }
        m_bulk->setRows(rows, m_mueller);
        QSignalSpy settled(m_bulk.get(), &BulkClaim::settled);
        QVERIFY(m_bulk->start());  // asks the target's devices first
        m_bulk->stop();
        QTRY_COMPARE(settled.count(), 1);
        QCOMPARE(m_bulk->state(), BulkClaim::State::Idle);
        QCOMPARE(m_bulk->count(Status::Pending), 3);
    }

    // Claim windows on their way when the import is replaced: the button comes back.
    void claimWindowsOfAReplacedImportDoNotHang()
    {
        SandboxAdmin admin(m_api->connection());
        admin.configure(m_sandbox->adminKey(), {QStringLiteral("sensor")}, {});
        m_bulk->setRows(
            {rowFor(m_sandbox->provisionDevice()), rowFor(m_sandbox->provisionDevice())},
            m_mueller);
        m_bulk->openClaimWindows(&admin);
        QVERIFY(m_bulk->isOpeningClaimWindows());
        m_bulk->setRows({rowFor(m_sandbox->provisionDevice())}, m_mueller);
        QVERIFY(!m_bulk->isOpeningClaimWindows());
        QSignalSpy opened(m_bulk.get(), &BulkClaim::claimWindowsOpened);
        m_bulk->openClaimWindows(&admin);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toInt(), 1);
    }

    void theSavedImportIsPerProfileAndCheckedWhenRead()
    {
        const QList<TestDevice> devices = m_sandbox->provisionClaimable(2);
        m_bulk->setRows({rowFor(devices.at(0)), rowFor(devices.at(1))}, m_schmidt);
        QVERIFY(QFile::exists(m_files->path(ProfileFiles::File::BulkClaim)));
        // Another profile has none; back on this one, it is there again.
        m_bulk->close();
        m_files->setProfile(QStringLiteral("p2"));
        m_bulk->setServer(QStringLiteral("sandbox"));
        QCOMPARE(m_bulk->rows().size(), 0);
        m_bulk->close();
        m_files->setProfile(QStringLiteral("p1"));
        m_bulk->setServer(QStringLiteral("sandbox"));
        QCOMPARE(m_bulk->rows().size(), 2);
        QCOMPARE(m_bulk->targetHomeId(), m_schmidt);
        // Another server behind the same profile: another file, and the import is not there.
        const QString here = m_files->path(ProfileFiles::File::BulkClaim);
        m_bulk->close();
        m_files->setProfile(QStringLiteral("p1"), QStringLiteral("https://elsewhere.example"));
        QVERIFY(m_files->path(ProfileFiles::File::BulkClaim) != here);
        m_bulk->setServer(QStringLiteral("https://elsewhere.example"));
        QCOMPARE(m_bulk->rows().size(), 0);
        m_bulk->close();
        m_files->setProfile(QStringLiteral("p1"));
        // The same file read for another server (an edited profile) is not this server's.
        m_bulk->setServer(QStringLiteral("elsewhere"));
        QCOMPARE(m_bulk->rows().size(), 0);

        // A damaged file is refused, said, and kept aside.
        QFile file(m_files->path(ProfileFiles::File::BulkClaim));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"homeId":"x","rows":[]})");
        file.close();
        QSignalSpy problems(m_bulk.get(), &BulkClaim::problem);
        m_bulk->setServer(QStringLiteral("sandbox"));
        QCOMPARE(m_bulk->rows().size(), 0);
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("damaged")));
        QVERIFY(
            QFile::exists(m_files->path(ProfileFiles::File::BulkClaim) + QStringLiteral(".bad")));
    }

    void aSaveThatFailsIsSaid()
    {
        m_files->setFolder(m_dir->filePath(QStringLiteral("s.db")));  // a file, not a folder
        QSignalSpy problems(m_bulk.get(), &BulkClaim::problem);
        BulkClaimRow row;
        row.claimCode = QStringLiteral("ABCD-EFGH-JKLM");
        m_bulk->setRows({row}, m_mueller);
        QCOMPARE(problems.count(), 1);
        QVERIFY(problems.first().first().toString().contains(QStringLiteral("cannot be saved")));
    }

    void theSandboxPutsEveryRowInClaimMode()
    {
        SandboxAdmin admin(m_api->connection());
        QList<BulkClaimRow> rows;
        for (int i = 0; i < 3; ++i)
            rows.append(rowFor(m_sandbox->provisionDevice()));
        BulkClaimRow unknown;
        unknown.claimCode = QStringLiteral("ZZZZ-ZZZZ-ZZZZ");
        rows.append(unknown);
        m_bulk->setRows(rows, m_mueller);
        QVERIFY(!admin.isAvailable());
        QVERIFY(admin.unavailableReason().contains(QStringLiteral("admin key")));
        admin.useKey(QStringLiteral("wrong"));
        QTRY_COMPARE(admin.access(), SandboxAdmin::Access::Refused);
        admin.useKey(m_sandbox->adminKey());
        QTRY_COMPARE(admin.access(), SandboxAdmin::Access::Granted);
        QVERIFY(admin.deviceClasses().contains(QStringLiteral("sensor")));
        QSignalSpy opened(m_bulk.get(), &BulkClaim::claimWindowsOpened);
        m_bulk->openClaimWindows(&admin);
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).toInt(), 3);
        QCOMPARE(m_bulk->row(0).outcome, RowOutcome::InClaimMode);
        QCOMPARE(m_bulk->row(3).outcome, RowOutcome::UnknownCode);
        QVERIFY(m_bulk->start());
        runToTheEnd();
        QCOMPARE(m_bulk->count(Status::Claimed), 3);
    }

    void oneDeviceByItsCodeSaysWhereItIs()
    {
        DeviceClaim claims(m_api.get(), m_fleet.get(), m_ledger.get());
        QTRY_VERIFY(!m_fleet->isLoading());
        QSignalSpy finished(&claims, &DeviceClaim::finished);
        const auto outcome = [&finished] {
            return finished.takeLast().first().value<DeviceClaim::Outcome>();
        };
        const TestDevice device = m_sandbox->provisionClaimable(1).constFirst();
        claims.claim(m_mueller, QStringLiteral("Kunde Müller"), device.claimCode.toLower());
        QTRY_COMPARE(finished.count(), 1);
        DeviceClaim::Outcome o = outcome();
        QCOMPARE(o.kind, DeviceClaim::Outcome::Kind::Claimed);
        QVERIFY(o.text.contains(QStringLiteral("Kunde Müller")));
        // Again, into the same home: already there, nothing to do (the ledger knows the device).
        claims.claim(m_mueller, QStringLiteral("Kunde Müller"), device.claimCode);
        QTRY_COMPARE(finished.count(), 1);
        o = outcome();
        QCOMPARE(o.kind, DeviceClaim::Outcome::Kind::AlreadyHere);
        QVERIFY(o.text.contains(QStringLiteral("nothing to do")));
        // Into another of the user's homes: it names the home it is in (the fleet knows).
        QCOMPARE(m_fleet->homeNameOf(o.device.id), QStringLiteral("Kunde Müller"));
        claims.claim(m_schmidt, QStringLiteral("Kunde Schmidt"), device.claimCode);
        QTRY_COMPARE(finished.count(), 1);
        o = outcome();
        QCOMPARE(o.kind, DeviceClaim::Outcome::Kind::InAnotherHome);
        QVERIFY2(
            o.text.contains(QStringLiteral("your home “Kunde Müller”, not in “Kunde Schmidt”")),
            qPrintable(o.text));
        // Not a code: nothing is sent.
        claims.claim(m_mueller, QStringLiteral("Kunde Müller"), QStringLiteral("NOPE-NOPE-NOPE"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(outcome().kind, DeviceClaim::Outcome::Kind::Failed);
    }

    void theLedgerRemembersAcrossRuns()
    {
        m_ledger->record(QStringLiteral("ABCD-EFGH-JKLM"), 11, m_mueller);
        m_ledger->record(QStringLiteral("WXYZ-2345-6789"), 12, m_mueller);
        m_ledger->record(QStringLiteral("ABCD-EFGH-JKLM"), 13,
                         m_schmidt);  // released, claimed again
        ClaimLedger again(m_files.get());
        QCOMPARE(again.size(), 2);
        QCOMPARE(again.find(QStringLiteral("ABCD-EFGH-JKLM")).deviceId, qint64(13));
        QCOMPARE(again.codeOf(12), QStringLiteral("WXYZ-2345-6789"));
        QVERIFY(again.codeOf(11).isEmpty());
        // Another profile has its own.
        m_files->setProfile(QStringLiteral("p2"));
        QCOMPARE(m_ledger->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkClaim)
#include "tst_bulkclaim.moc"
