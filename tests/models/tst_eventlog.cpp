// The event log: a ring buffer that counts what it evicts, pause with
// catch-up, filters (device, type, text inside eventData), recording to
// JSON Lines and replay through the same log, and CSV/JSON export.
#include "eventlogfilter.h"
#include "eventlogmodel.h"
#include "eventrecording.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace ModeDesk;

namespace {
Event makeEvent(int n, qint64 device = 7, const QString &type = QStringLiteral("status"))
{
    Event e;
    e.eventType = type;
    e.homeId = 1;
    e.originDeviceId = device;
    e.originDeviceClass = QStringLiteral("sensor");
    e.timestamp = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000 + n * 10, QTimeZone::utc());
    e.eventData = {{QStringLiteral("n"), n}, {QStringLiteral("zones"), QJsonArray{0, n % 2}}};
    return e;
}

QList<Event> makeEvents(int from, int count, qint64 device = 7)
{
    QList<Event> list;
    for (int i = from; i < from + count; ++i)
        list.append(makeEvent(i, device));
    return list;
}
}  // namespace

class TestEventLog : public QObject
{
    Q_OBJECT

private slots:
    void ringBufferCountsWhatItEvicts()
    {
        EventLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setCapacity(5);
        QSignalSpy evicted(&log, &EventLogModel::evicted);
        log.append(makeEvents(0, 3));
        QCOMPARE(log.rowCount(), 3);
        log.append(makeEvents(3, 4));
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.evictedCount(), 2);
        QCOMPARE(log.at(0).event.eventData.value(QStringLiteral("n")).toInt(), 2);
        QCOMPARE(log.at(4).sequence, 7);
        QVERIFY(!evicted.isEmpty());
        // A batch larger than the log keeps its newest events.
        log.append(makeEvents(100, 12));
        QCOMPARE(log.rowCount(), 5);
        QCOMPARE(log.evictedCount(), 14);
        QCOMPARE(log.at(4).event.eventData.value(QStringLiteral("n")).toInt(), 111);
        QCOMPARE(log.at(4).sequence, 19);
        // Shrinking evicts too.
        log.setCapacity(2);
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.evictedCount(), 17);
    }

    // Rows are kept packed in chunks: across many chunk boundaries, with
    // evictions at both ends of a chunk, every row reads back whole and in
    // order, and events from several origins keep their own labels.
    void packedRowsReadBackWhole()
    {
        EventLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setCapacity(2500);
        int n = 0;
        for (int batch = 0; batch < 12; ++batch) {
            QList<Event> events;
            for (int i = 0; i < 777; ++i, ++n) {
                Event e = makeEvent(n, 1 + n % 3,
                                    n % 5 ? QStringLiteral("status") : QStringLiteral("alarm"));
                if (n % 7 == 0)
                    e.timestamp = {};  // the log's own time instead
                if (n % 11 == 0)
                    e.originProjectKeyName = QStringLiteral("ops");
                events.append(e);
            }
            log.append(events);
        }
        QCOMPARE(log.rowCount(), 2500);
        QCOMPARE(log.evictedCount(), qint64(n - 2500));
        for (int row = 0; row < log.rowCount(); ++row) {
            const int expected = n - 2500 + row;
            const LoggedEvent logged = log.at(row);
            QCOMPARE(logged.sequence, qint64(expected + 1));
            Event want =
                makeEvent(expected, 1 + expected % 3,
                          expected % 5 ? QStringLiteral("status") : QStringLiteral("alarm"));
            if (expected % 11 == 0)
                want.originProjectKeyName = QStringLiteral("ops");
            if (expected % 7 == 0) {
                want.timestamp = {};
                QVERIFY(logged.receivedAt.isValid());
            }
            QCOMPARE(logged.event, want);
            QCOMPARE(log.index(row, 0).data(EventLogModel::SequenceRole).toLongLong(),
                     qint64(expected + 1));
        }
        log.clear();
        QCOMPARE(log.rowCount(), 0);
        log.append(makeEvents(0, 3));
        QCOMPARE(log.at(0).sequence, qint64(n + 1));  // sequences are never reused
    }

    // Whenever a view looks (on any insert or removal), each row shows its
    // own sequence: consecutive, the newest last, even while a batch larger
    // than the whole log replaces it.
    void sequencesHoldWhileRowsChange()
    {
        EventLogModel log;
        log.setCapacity(100);
        bool consistent = true;
        const auto check = [&] {
            for (int row = 1; row < log.rowCount(); ++row) {
                consistent =
                    consistent &&
                    log.index(row, 0).data(EventLogModel::SequenceRole).toLongLong() ==
                        log.index(row - 1, 0).data(EventLogModel::SequenceRole).toLongLong() + 1;
            }
        };
        connect(&log, &QAbstractItemModel::rowsInserted, this, check);
        connect(&log, &QAbstractItemModel::rowsRemoved, this, check);
        log.append(makeEvents(0, 60));
        log.append(makeEvents(60, 250));  // larger than the log
        log.append(makeEvents(310, 70));
        QVERIFY(consistent);
        QCOMPARE(log.at(99).sequence, qint64(380));
        QCOMPARE(log.at(99).event.eventData.value(QStringLiteral("n")).toInt(), 379);
        QCOMPARE(log.evictedCount(), qint64(280));
    }

    void payloadIsShortInTheTableAndWholeOnDemand()
    {
        EventLogModel log;
        Event big = makeEvent(1);
        QJsonArray values;
        for (int i = 0; i < 5000; ++i)
            values.append(i);
        QJsonObject data = big.eventData.toObject();
        data.insert(QStringLiteral("values"), values);
        big.eventData = data;
        log.append({big});
        const QString shown = log.index(0, EventLogModel::PayloadColumn).data().toString();
        QVERIFY(shown.size() <= 160);
        QCOMPARE(log.at(0).event.eventData.value(QStringLiteral("values")).toArray().size(), 5000);
    }

    void pauseKeepsEventsForCatchUp()
    {
        EventLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.append(makeEvents(0, 2));
        log.setPaused(true);
        QSignalSpy pending(&log, &EventLogModel::pendingChanged);
        log.append(makeEvents(2, 3));
        log.append(makeEvents(5, 1));
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.pendingCount(), 4);
        QCOMPARE(pending.last().first().toInt(), 4);
        log.setPaused(false);
        QCOMPARE(log.rowCount(), 6);
        QCOMPARE(log.pendingCount(), 0);
        for (int row = 0; row < 6; ++row)
            QCOMPARE(log.at(row).event.eventData.value(QStringLiteral("n")).toInt(), row);
    }

    void filtersByDeviceTypeAndText()
    {
        EventLogModel log;
        log.append(makeEvents(0, 10, 7));
        log.append(makeEvents(10, 10, 8));
        log.append({makeEvent(99, 8, QStringLiteral("alarm"))});
        EventLogFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&log);
        QCOMPARE(filter.rowCount(), 21);
        filter.setDeviceId(8);
        QCOMPARE(filter.rowCount(), 11);
        filter.setEventType(QStringLiteral("alarm"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setEventType({});
        filter.setDeviceId(0);
        filter.setText(QStringLiteral("\"n\":13"));  // inside eventData
        QCOMPARE(filter.rowCount(), 1);
        filter.setText(QStringLiteral("ALARM"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void recordsAndReplaysThroughTheSameLog()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.jsonl"));
        EventRecorder recorder;
        QVERIFY(recorder.start(path));
        recorder.record(makeEvents(0, 50));
        recorder.record(makeEvents(50, 50, 9));
        QCOMPARE(recorder.recordedCount(), 100);
        recorder.stop();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write("this line is not an event\n\n");
        }

        EventReplayer replayer;
        QString error;
        QVERIFY2(replayer.load(path, &error), qPrintable(error));
        QCOMPARE(replayer.eventCount(), 100);
        QCOMPARE(replayer.skippedLines(), 1);
        EventLogModel log;
        connect(&replayer, &EventReplayer::eventsReplayed, &log, &EventLogModel::append);
        QSignalSpy finished(&replayer, &EventReplayer::finished);
        replayer.play();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(log.rowCount(), 100);
        QCOMPARE(log.at(0).event, makeEvent(0));
        QCOMPARE(log.at(99).event.originDeviceId, 9);

        // At the recorded pace (100 events 10 ms apart = ~1 s), sped up 10x.
        EventLogModel paced;
        connect(&replayer, &EventReplayer::eventsReplayed, &paced, &EventLogModel::append);
        QElapsedTimer clock;
        clock.start();
        replayer.play(10.0);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(clock.elapsed() >= 80);
        QCOMPARE(paced.rowCount(), 100);

        QVERIFY(!replayer.load(dir.filePath(QStringLiteral("missing.jsonl")), &error));
        QVERIFY(error.contains(QStringLiteral("Cannot open")));
    }

    void exportsTheFilteredView()
    {
        EventLogModel log;
        Event tricky = makeEvent(1, 7, QStringLiteral("note"));
        tricky.eventData = {{QStringLiteral("text"), QStringLiteral("a, \"quoted\"\nline")}};
        log.append({tricky});
        log.append(makeEvents(2, 3, 8));
        EventLogFilter filter;
        filter.setSourceModel(&log);
        filter.setDeviceId(7);

        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QVERIFY(EventExport::writeCsv(&csv, &filter, &log));
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.first(), QByteArray("time,homeId,deviceId,deviceClass,eventType,eventData"));
        QVERIFY(csv.data().contains("\"{\"\"text\"\":\"\"a, \\\"\"quoted\\\"\"\\nline\"\"}\""));
        QVERIFY(!csv.data().contains(",8,"));

        QBuffer json;
        json.open(QIODevice::WriteOnly);
        filter.setDeviceId(8);
        QVERIFY(EventExport::writeJson(&json, &filter, &log));
        const QJsonArray array = QJsonDocument::fromJson(json.data()).array();
        QCOMPARE(array.size(), 3);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("originDeviceId")).toInt(), 8);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
