// The event log: a ring buffer that counts what it evicts, pause with
// catch-up, filters (device, type, text inside eventData), recording to
// JSON Lines and replay through the same log, and CSV/JSON export.
#include "eventlogfilter.h"
#include "eventlogmodel.h"
#include "eventrecording.h"
#include "modelroles.h"

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

    // A large log is filtered in slices: the old answer stays on show until
    // the new one is whole, events that arrive or leave meanwhile are counted
    // right, and the answer is the one a plain string search gives.
    void filtersALargeLogInSlicesWithoutLosingArrivals()
    {
        EventLogModel log;
        log.setCapacity(150'000);
        for (int from = 0; from < 120'000; from += 10'000)
            log.append(makeEvents(from, 10'000, 7 + from % 3));
        EventLogFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&log);
        filter.setSliceMilliseconds(1);
        QSignalSpy filtering(&filter, &EventLogFilter::filteringChanged);

        filter.setText(QStringLiteral("\"n\":1"));
        QVERIFY(filter.isFiltering());
        QCOMPARE(filtering.count(), 1);
        QCOMPARE(filter.rowCount(), 120'000);  // still the old answer
        QVERIFY(filter.filteringPercent() < 100);
        // Meanwhile: new events (some match), and old ones leave the log.
        log.append(makeEvents(120'000, 20'000, 9));
        log.append(makeEvents(140'000, 20'000, 9));
        QVERIFY(log.evictedCount() > 0);
        QTRY_VERIFY(!filter.isFiltering());
        QCOMPARE(filtering.count(), 2);
        // While the answer grows, a later arrival is filtered as it comes.
        log.append({makeEvent(1'000'001), makeEvent(2'000'000)});

        int expected = 0;
        for (int row = 0; row < log.rowCount(); ++row) {
            const QString text = log.data(log.index(row, 0), FilterRole).toString();
            expected += text.contains(QStringLiteral("\"n\":1"), Qt::CaseInsensitive);
        }
        QCOMPARE(filter.rowCount(), expected);
        for (int row = 0; row < filter.rowCount(); row += 997) {
            const QModelIndex source = filter.mapToSource(filter.index(row, 0));
            QVERIFY(source.data(FilterRole).toString().contains(QStringLiteral("\"n\":1")));
            QCOMPARE(filter.mapFromSource(source).row(), row);
        }
        QCOMPARE(filter.index(filter.rowCount() - 1, 0).data(EventLogModel::SequenceRole),
                 log.index(log.rowCount() - 2, 0).data(EventLogModel::SequenceRole));

        // A longer text narrows the rows on show: the same answer, sooner.
        filter.setText(QStringLiteral("\"n\":11"));
        QTRY_VERIFY(!filter.isFiltering());
        for (int row = 0; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row, EventLogModel::PayloadColumn)
                        .data()
                        .toString()
                        .contains(QStringLiteral("\"n\":11")));
        filter.setText({});
        QVERIFY(!filter.isFiltering());  // showing everything needs no search
        QCOMPARE(filter.rowCount(), log.rowCount());
    }

    // A new answer is one layout change: the chosen event stays chosen while
    // it is on show, and is let go when the answer hides it.
    void aNewAnswerKeepsTheChosenEvent()
    {
        EventLogModel log;
        log.append(makeEvents(0, 300));
        EventLogFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&log);
        const QPersistentModelIndex kept = filter.index(123, 0);   // "n":123
        const QPersistentModelIndex hidden = filter.index(45, 0);  // "n":45
        QSignalSpy resets(&filter, &QAbstractItemModel::modelReset);
        filter.setText(QStringLiteral("\"n\":12"));
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data(EventLogModel::SequenceRole).toLongLong(), 124);
        QVERIFY(!hidden.isValid());
        filter.setText(QStringLiteral("\"n\":123"));  // narrowing
        QCOMPARE(kept.row(), 0);
        filter.setText({});
        QCOMPARE(kept.row(), 123);
        QCOMPARE(resets.count(), 0);
    }

    // Another log (a replay) under a filter: nothing unfiltered is ever on
    // show, and the answer is whole however the criteria move meanwhile.
    void anotherLogIsShownOnlyFiltered()
    {
        EventLogModel live;
        live.append(makeEvents(0, 10));
        EventLogModel replay;
        replay.setCapacity(200'000);
        for (int from = 0; from < 200'000; from += 20'000)
            replay.append(makeEvents(from, 20'000));
        EventLogFilter filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&live);
        filter.setText(QStringLiteral("\"n\":7"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSliceMilliseconds(1);
        filter.setSourceModel(&replay);
        QVERIFY(filter.isFiltering());
        QVERIFY(filter.rowCount() < 1000);           // never the 200,000 unfiltered
        filter.setText(QStringLiteral("\"n\":7"));   // the same: still answered
        filter.setText(QStringLiteral("\"n\":77"));  // longer, while the first answer is partial
        QTRY_VERIFY(!filter.isFiltering());
        int expected = 0;
        for (int row = 0; row < replay.rowCount(); ++row)
            expected += replay.data(replay.index(row, 0), FilterRole)
                            .toString()
                            .contains(QStringLiteral("\"n\":77"));
        QCOMPARE(filter.rowCount(), expected);
        filter.setText(QStringLiteral("\"n\":7"));
        QTRY_VERIFY(!filter.isFiltering());
        QVERIFY(filter.rowCount() > expected);
    }

    // The quick byte search must answer as a Unicode-aware search would.
    void textFilterFoldsCaseLikeAStringSearch()
    {
        EventLogModel log;
        auto withPayload = [](const QString &text) {
            Event e = makeEvent(0);
            e.eventData = {{QStringLiteral("t"), text}};
            return e;
        };
        log.append({withPayload(QStringLiteral("Temperature")),
                    withPayload(QStringLiteral("x\u212Ay")),  // KELVIN SIGN folds to k
                    withPayload(QStringLiteral("Stra\u00DFe")),
                    makeEvent(1, 7, QStringLiteral("Alarm"))});
        EventLogFilter filter;
        filter.setSourceModel(&log);
        const QStringList needles{QStringLiteral("TEMP"),       QStringLiteral("xky"),
                                  QStringLiteral("STRA\u00DF"), QStringLiteral("alarm {"),
                                  QStringLiteral("\"t\":"),     QStringLiteral("nothing")};
        for (const QString &needle : needles) {
            filter.setText(needle);
            int expected = 0;
            for (int row = 0; row < log.rowCount(); ++row)
                expected += log.data(log.index(row, 0), FilterRole)
                                .toString()
                                .contains(needle, Qt::CaseInsensitive);
            QCOMPARE(filter.rowCount(), expected);
        }
        filter.setText(QStringLiteral("xky"));
        QCOMPARE(filter.rowCount(), 1);

        // Another log (a replay) is filtered by the same criteria.
        EventLogModel other;
        other.append({withPayload(QStringLiteral("XKY")), makeEvent(2)});
        filter.setSourceModel(&other);
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
        // RFC 4180 line ends (CRLF), as spreadsheets write them.
        QVERIFY(csv.data().startsWith("time,homeId,deviceId,deviceClass,eventType,eventData\r\n"));
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
