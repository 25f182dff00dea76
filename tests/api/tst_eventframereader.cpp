// EventFrameReader: the quick reader takes MODE's own frames, reads each
// exactly as the codec (Json::parse + decode<Event>) would, and leaves every
// frame it is not sure of to the codec, whose answer (or error) stands.
#include "eventframereader.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace ModeDesk;

namespace {

Json::Decoded<Event> byCodec(const QString &frame)
{
    const Json::Decoded<QJsonValue> parsed = Json::parse(frame.toUtf8());
    if (!parsed.ok())
        return Json::Decoded<Event>::failure(parsed.error);
    return Json::decode<Event>(*parsed.value);
}

// The quick reader's answer, when it gives one, is the codec's to the byte.
bool agreesWithCodec(EventFrameReader &reader, const QString &frame, QString *why = nullptr)
{
    const std::optional<Event> quick = reader.readQuickly(frame);
    if (!quick)
        return true;
    const Json::Decoded<Event> codec = byCodec(frame);
    if (!codec.ok()) {
        if (why)
            *why = QStringLiteral("quick accepted what the codec refuses: ") + codec.error;
        return false;
    }
    if (!(*quick == *codec.value) || Json::serialize(quick->eventData.toObject()) !=
                                         Json::serialize(codec.value->eventData.toObject())) {
        if (why)
            *why = QStringLiteral("quick read %1, the codec %2")
                       .arg(QString::fromUtf8(Json::serialize(Json::encode(*quick))),
                            QString::fromUtf8(Json::serialize(Json::encode(*codec.value))));
        return false;
    }
    return true;
}

const char *const ModeFrame =
    R"({"eventType":"thermostat-status","homeId":1,"originDeviceId":42,)"
    R"("originDeviceClass":"thermostat","timestamp":"2026-11-25T10:00:00.000Z",)"
    R"("eventData":{"temperature":20.5,"humidity":41,"zones":[0,1,0,0]}})";

}  // namespace

class TestEventFrameReader : public QObject
{
    Q_OBJECT

private slots:
    void readsModeFramesQuickly_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("thermostat") << QString::fromUtf8(ModeFrame);
        Event full;
        full.eventType = QStringLiteral("_keyValueSaved_");
        full.homeId = 9007199254740991;
        full.originProjectKeyId = QStringLiteral("k-1");
        full.originProjectKeyName = QStringLiteral("ops \"key\" / 東京");
        full.originDeviceIp = QStringLiteral("10.0.0.7");
        full.timestamp = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::utc());
        full.eventData = QJsonDocument::fromJson(
                             "{\"key\":\"mode\\nline\\ttab\\\\\",\"value\":{\"a\":[true,false,null,"
                             "-1.5e-3,1E+20,0.001,123456789012345,-9007199254740991],\"b\":{},"
                             "\"c\":[],\"\\u00fc\":\"\\u00fc \\ud83d\\ude00\"}}")
                             .object();
        QVERIFY(!full.eventData.isEmpty());
        QTest::newRow("every field, as the sandbox writes it")
            << QString::fromUtf8(Json::serialize(Json::encode(full)));
        QTest::newRow("spaced and reordered") << QStringLiteral(
            " {\r\n \"eventData\" : { } ,\t\"eventType\":\"x\" , "
            "\"homeId\":null,\"timestamp\":\"\",\"extra\":[{\"deep\":[[]]}]}\n");
        QTest::newRow("spaced after a compact start") << QStringLiteral(
            "{\"eventType\":\"a\",\"homeId\":5,\"originDeviceClass\":\"c\", "
            "\"originDeviceId\":3,\"eventData\":{\"v\":1}}");
        QTest::newRow("payload beyond ASCII, early and late") << QStringLiteral(
            "{\"eventType\":\"a\",\"eventData\":{\"\u6e29\u5ea6\":\"caf\u00e9\","
            "\"temperature-reading\":\"ok\",\"n\":\"\U0001F600\"}}");
        QTest::newRow("escaped strings") << QStringLiteral(
            "{\"eventType\":\"a\",\"eventData\":{\"s\":\"\\\"\\\\\\/"
            "\\b\\f\\n\\r\\t\\u00e9\\u4e2d\"}}");
    }

    void readsModeFramesQuickly()
    {
        QFETCH(QString, frame);
        EventFrameReader reader;
        const std::optional<Event> quick = reader.readQuickly(frame);
        QVERIFY2(quick.has_value(), "a plain MODE frame must not need the codec");
        QString why;
        QVERIFY2(agreesWithCodec(reader, frame, &why), qPrintable(why));
        QVERIFY(reader.read(frame).ok());
        QCOMPARE(reader.handedOver(), 0);
    }

    void readsNumbersAsQtDoes()
    {
        EventFrameReader reader;
        const QStringList numbers = {QStringLiteral("0"),
                                     QStringLiteral("7"),
                                     QStringLiteral("-7"),
                                     QStringLiteral("20.5"),
                                     QStringLiteral("0.1"),
                                     QStringLiteral("0.30000000000000004"),
                                     QStringLiteral("1e22"),
                                     QStringLiteral("1e-22"),
                                     QStringLiteral("123.456e-5"),
                                     QStringLiteral("2.0"),
                                     QStringLiteral("9007199254740992"),
                                     QStringLiteral("-0"),
                                     QStringLiteral("-0.0"),
                                     QStringLiteral("1e23"),
                                     QStringLiteral("1e400"),
                                     QStringLiteral("1e-400"),
                                     QStringLiteral("12345678901234567890"),
                                     QStringLiteral("0.000000000000000000000001"),
                                     QStringLiteral("3.141592653589793"),
                                     QStringLiteral("-2.5E+3")};
        for (const QString &n : numbers) {
            const QString frame =
                QStringLiteral(R"({"eventType":"n","eventData":{"v":%1}})").arg(n);
            QString why;
            QVERIFY2(agreesWithCodec(reader, frame, &why),
                     qPrintable(n + QStringLiteral(": ") + why));
            const Json::Decoded<Event> read = reader.read(frame);
            const Json::Decoded<Event> codec = byCodec(frame);
            QCOMPARE(read.ok(), codec.ok());
            if (codec.ok())
                QCOMPARE(Json::serialize(read.value->eventData.toObject()),
                         Json::serialize(codec.value->eventData.toObject()));
        }
    }

    // What the quick reader leaves alone still reads, through the codec.
    void handsTheUnusualToTheCodec_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("repeated key")
            << QStringLiteral(R"({"eventType":"a","eventData":{"v":1,"v":2}})");
        QTest::newRow("repeated field")
            << QStringLiteral(R"({"eventType":"a","homeId":1,"homeId":2})");
        QTest::newRow("escaped key") << QStringLiteral(R"({"event\u0054ype":"a"})");
        QTest::newRow("surrogate pair escape") << QStringLiteral(R"({"eventType":"\ud83d\ude00"})");
        QTest::newRow("big integer")
            << QStringLiteral(R"({"eventType":"a","eventData":{"v":123456789012345678}})");
        // Qt reads ".5" as a number, which strict JSON does not allow.
        QTest::newRow("bare fraction")
            << QStringLiteral(R"({"eventType":"a","eventData":{"v":.5}})");
        QString deep = QStringLiteral(R"({"eventType":"a","eventData":{"v":)");
        for (int i = 0; i < 100; ++i)
            deep += u'[';
        for (int i = 0; i < 100; ++i)
            deep += u']';
        QTest::newRow("deep") << deep + QStringLiteral("}}");
    }

    void handsTheUnusualToTheCodec()
    {
        QFETCH(QString, frame);
        EventFrameReader reader;
        QVERIFY(!reader.readQuickly(frame).has_value());
        const Json::Decoded<Event> read = reader.read(frame);
        const Json::Decoded<Event> codec = byCodec(frame);
        QVERIFY2(codec.ok(), qPrintable(codec.error));
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(*read.value, *codec.value);
        QCOMPARE(reader.handedOver(), 1);
    }

    void refusesWhatTheCodecRefuses_data()
    {
        QTest::addColumn<QString>("frame");
        QTest::newRow("not JSON") << QStringLiteral("hello");
        QTest::newRow("cut short") << QString::fromUtf8(ModeFrame).chopped(3);
        QTest::newRow("trailing garbage") << QString::fromUtf8(ModeFrame) + QStringLiteral("x");
        QTest::newRow("array") << QStringLiteral("[1,2]");
        QTest::newRow("no eventType") << QStringLiteral(R"({"eventData":{}})");
        QTest::newRow("eventType a number") << QStringLiteral(R"({"eventType":5})");
        QTest::newRow("eventData an array")
            << QStringLiteral(R"({"eventType":"a","eventData":[]})");
        QTest::newRow("homeId a string") << QStringLiteral(R"({"eventType":"a","homeId":"1"})");
        QTest::newRow("homeId a fraction") << QStringLiteral(R"({"eventType":"a","homeId":1.5})");
        QTest::newRow("bad time") << QStringLiteral(R"({"eventType":"a","timestamp":"yesterday"})");
        QTest::newRow("trailing comma") << QStringLiteral(R"({"eventType":"a",})");
        QTest::newRow("single quotes") << QStringLiteral(R"({'eventType':'a'})");
        QTest::newRow("leading zero")
            << QStringLiteral(R"({"eventType":"a","eventData":{"v":01}})");
        QTest::newRow("bad literal")
            << QStringLiteral(R"({"eventType":"a","eventData":{"v":tru}})");
    }

    void refusesWhatTheCodecRefuses()
    {
        QFETCH(QString, frame);
        EventFrameReader reader;
        QVERIFY(!reader.readQuickly(frame).has_value());
        const Json::Decoded<Event> read = reader.read(frame);
        const Json::Decoded<Event> codec = byCodec(frame);
        QVERIFY(!codec.ok());
        QVERIFY(!read.ok());
        QCOMPARE(read.error, codec.error);  // the codec's own words name the problem
    }

    // Frames mangled at random: whatever the quick reader accepts, the codec
    // reads the same way (the fuzzer, fuzz_eventframe, goes much further).
    void agreesOnMangledFrames()
    {
        EventFrameReader reader;
        QRandomGenerator random(13);
        const QString base = QString::fromUtf8(ModeFrame);
        const QString alphabet = QStringLiteral("{}[]\",:.-+eE0123456789 \\u/ntfal\u00e9");
        int quick = 0;
        for (int round = 0; round < 20'000; ++round) {
            QString frame = base;
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(frame.size()));
                const QChar c = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                    case 0:
                        frame[at] = c;
                        break;
                    case 1:
                        frame.insert(at, c);
                        break;
                    default:
                        frame.remove(at, 1);
                }
            }
            QString why;
            QVERIFY2(agreesWithCodec(reader, frame, &why),
                     qPrintable(frame + QStringLiteral("\n") + why));
            quick += reader.readQuickly(frame).has_value();
        }
        QVERIFY(quick > 1000);  // the mangling left plenty of valid frames to compare
    }

    // The payload is kept as compact text, whatever spacing the frame had.
    void keepsThePayloadCompact()
    {
        EventFrameReader reader;
        const std::optional<Event> event = reader.readQuickly(QStringLiteral(
            "{\"eventType\":\"a\",\"eventData\": { \"s\" : \"a b\\\" c\" ,\n\"v\":[ 1 , 2 ] } }"));
        QVERIFY(event.has_value());
        QCOMPARE(event->eventData.json(), QByteArray("{\"s\":\"a b\\\" c\",\"v\":[1,2]}"));
        const std::optional<Event> empty =
            reader.readQuickly(QStringLiteral(R"({"eventType":"a","eventData":{ }})"));
        QVERIFY(empty->eventData.isEmpty());
        QCOMPARE(empty->eventData.json(), QByteArray("{}"));
    }

    // Escapes in the payload are kept as Qt writes them, so that the log shows
    // and finds "café", not "caf\u00e9" (members keep their order).
    void keepsThePayloadAsQtWritesIt()
    {
        EventFrameReader reader;
        const QString frame = QStringLiteral(
            "{\"eventType\":\"a\",\"eventData\":{\"z\":1,\"a\":\"caf\\u00e9 \\u003cb\\u003e "
            "\\/ \\t \\u0001 \\\" \\\\\"}}");
        const std::optional<Event> event = reader.readQuickly(frame);
        QVERIFY(event.has_value());
        const QByteArray expected = "{\"z\":1,\"a\":\"caf\xc3\xa9 <b> / \\t \\u0001 \\\" \\\\\"}";
        QCOMPARE(event->eventData.json(), expected);
        QString why;
        QVERIFY2(agreesWithCodec(reader, frame, &why), qPrintable(why));
        // Each string exactly as Qt writes it.
        const QJsonObject object = event->eventData.toObject();
        QCOMPARE(Json::serialize(object.value(QStringLiteral("a"))),
                 Json::serialize(byCodec(frame).value->eventData.value(QStringLiteral("a"))));
    }

    // The stream reads into the event at its queue's end: the same event,
    // or the codec's error for a frame that is none.
    void readsIntoAHeldEvent()
    {
        EventFrameReader reader;
        const QString frame = QString::fromUtf8(ModeFrame);
        Event held;
        QString error;
        QVERIFY(reader.read(frame, held, error));
        QVERIFY(error.isEmpty());
        QCOMPARE(held, *byCodec(frame).value);
        Event broken;
        const QString notAnEvent = QStringLiteral(R"({"eventType":7})");
        QVERIFY(!reader.read(notAnEvent, broken, error));
        QCOMPARE(error, byCodec(notAnEvent).error);
    }

    void sharesRepeatedTypes()
    {
        EventFrameReader reader;
        const QString frame = QString::fromUtf8(ModeFrame);
        const Event a = *reader.readQuickly(frame);
        const Event b = *reader.readQuickly(frame);
        QCOMPARE(a.eventType.constData(), b.eventType.constData());
        QCOMPARE(a.originDeviceClass.constData(), b.originDeviceClass.constData());
    }
};

QTEST_GUILESS_MAIN(TestEventFrameReader)
#include "tst_eventframereader.moc"
