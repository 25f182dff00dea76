// RequestFramer: where each request's headers and body end, and its bounds,
// whatever pieces the bytes arrive in.
#include "requestframer.h"

#include <QTest>

using namespace ModeDesk::Sandbox;
using Step = RequestFramer::Step;

Q_DECLARE_METATYPE(QList<Step>)

namespace {

QList<Step> frame(const QByteArray &stream, qsizetype piece)
{
    RequestFramer framer({64, 100});
    QList<Step> steps;
    for (qsizetype at = 0; at < stream.size(); at += piece)
        framer.feed(stream.mid(at, piece), [&](Step step) { steps.append(step); });
    return steps;
}

}  // namespace

class TestRequestFramer : public QObject
{
    Q_OBJECT

private slots:
    void steps_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QList<Step>>("steps");
        QTest::newRow("a GET") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                               << QList<Step>{Step::HeadersStarted, Step::RequestComplete};
        QTest::newRow("LF line ends") << QByteArray("GET / HTTP/1.1\nHost: x\n\n")
                                      << QList<Step>{Step::HeadersStarted, Step::RequestComplete};
        QTest::newRow("a body, then the next request")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhelloGET / HTTP/1.1\r\n\r\n")
            << QList<Step>{Step::HeadersStarted, Step::BodyStarted, Step::RequestComplete,
                           Step::HeadersStarted, Step::RequestComplete};
        QTest::newRow("headers not done")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << QList<Step>{Step::HeadersStarted};
        QTest::newRow("headers too long")
            << QByteArray("GET / HTTP/1.1\r\nX: " + QByteArray(80, 'a') + "\r\n\r\nGET /")
            << QList<Step>{Step::HeadersStarted, Step::HeadersTooLarge};
        QTest::newRow("declared body too large")
            << QByteArray("PUT / HTTP/1.1\r\nContent-Length: 101\r\n\r\n")
            << QList<Step>{Step::HeadersStarted, Step::BodyTooLarge};
        QTest::newRow("chunked body too large")
            << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n" +
                          QByteArray(200, 'c'))
            << QList<Step>{Step::HeadersStarted, Step::BodyStarted, Step::BodyTooLarge};
        QTest::newRow("an upgrade request is a request like any other")
            << QByteArray("GET /ws HTTP/1.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n")
            << QList<Step>{Step::HeadersStarted, Step::RequestComplete};
        QTest::newRow("blank lines before a request start none")
            << QByteArray("\r\n\r\n\n\r\nGET / HTTP/1.1\r\n\r\n")
            << QList<Step>{Step::HeadersStarted, Step::RequestComplete};
        QTest::newRow("only blank lines") << QByteArray("\r\n\r\n\r\n") << QList<Step>{};
        QTest::newRow("mixed line ends")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\n\r\nGET / HTTP/1.1\nHost: x\r\n\n")
            << QList<Step>{Step::HeadersStarted, Step::RequestComplete, Step::HeadersStarted,
                           Step::RequestComplete};
        QTest::newRow("a length that is no number")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -5\r\n\r\n")
            << QList<Step>{Step::HeadersStarted, Step::RequestComplete};
    }

    void steps()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QList<Step>, steps);
        // Whole, and cut anywhere: a byte at a time, and in odd pieces.
        for (qsizetype piece : {stream.size(), qsizetype(1), qsizetype(3), qsizetype(7)})
            QCOMPARE(frame(stream, piece), steps);
    }

    void aChunkedBodyEndsWithItsReply()
    {
        RequestFramer framer({64, 100});
        QList<Step> steps;
        const auto record = [&](Step step) {
            steps.append(step);
        };
        framer.feed("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
                    record);
        QVERIFY(framer.midRequest());
        framer.replyWritten(record);
        QCOMPARE(steps,
                 (QList<Step>{Step::HeadersStarted, Step::BodyStarted, Step::RequestComplete}));
        QVERIFY(!framer.midRequest());
    }

    void bodyBytesCanBeSkipped()
    {
        RequestFramer framer({64, 100});
        QList<Step> steps;
        const auto record = [&](Step step) {
            steps.append(step);
        };
        framer.feed("POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\n", record);
        QCOMPARE(framer.bodyLeft(), 10);
        framer.skipBody(9);
        framer.feed("x", record);
        QCOMPARE(steps.last(), Step::RequestComplete);
        QCOMPARE(framer.bodyLeft(), 0);
    }
};

QTEST_APPLESS_MAIN(TestRequestFramer)
#include "tst_requestframer.moc"
