// readDeviceList: the quick reader takes MODE's device lists, reads each
// exactly as the codec (Json::parse + decodeValidEntries<Device>) would, and
// leaves every body it is not sure of to the codec, whose answer (its valid
// entries and the count of the broken ones, or its error) stands.
#include "devicelistreader.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace ModeDesk;

namespace {

Json::Decoded<QList<Device>> byCodec(const QByteArray &body)
{
    const Json::Decoded<QJsonValue> parsed = Json::parse(body);
    if (!parsed.ok())
        return Json::Decoded<QList<Device>>::failure(parsed.error);
    return Json::decodeValidEntries<Device>(*parsed.value);
}

// The quick reader's answer, when it gives one, is the codec's; and the
// whole reader answers as the codec does, error text included.
bool agreesWithCodec(const QByteArray &body, QString *why)
{
    const Json::Decoded<QList<Device>> codec = byCodec(body);
    if (const std::optional<QList<Device>> quick = Json::readDeviceListQuickly(body)) {
        if (!codec.ok() || codec.dropped > 0) {
            *why = QStringLiteral("quick accepted what the codec refuses: ") + codec.error +
                   codec.dropReason;
            return false;
        }
        if (*quick != *codec.value) {
            *why = QStringLiteral("quick and the codec read different devices");
            return false;
        }
    }
    const Json::Decoded<QList<Device>> read = Json::readDeviceList(body);
    if (read.ok() != codec.ok() || read.error != codec.error || read.dropped != codec.dropped ||
        read.dropReason != codec.dropReason || (read.ok() && *read.value != *codec.value)) {
        *why = QStringLiteral("readDeviceList answered otherwise than the codec: ") + read.error +
               read.dropReason + QStringLiteral(" / ") + codec.error + codec.dropReason;
        return false;
    }
    return true;
}

Device fullDevice(qint64 id, const QString &name)
{
    Device d;
    d.id = id;
    d.projectId = 1001;
    d.homeId = 9007199254740991;
    d.deviceClass = QStringLiteral("thermostat");
    d.name = name;
    d.tag = QStringLiteral("floor-7");
    d.claimTime = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::utc());
    d.claimExpirationTime = d.claimTime.addDays(1);
    d.isConnected = true;
    d.lastConnectTime = d.claimTime.addSecs(60);
    d.lastDisconnectTime = d.claimTime.addSecs(30);
    d.lastCommandTime = d.claimTime.addSecs(90);
    d.lastEventTime = d.claimTime.addSecs(120);
    d.apiKey = QStringLiteral("v1.abc");
    return d;
}

QByteArray listOf(const QList<Device> &devices)
{
    QJsonArray array;
    for (const Device &d : devices)
        array.append(Json::encode(d));
    return Json::serialize(array);
}

const char *const ModeList =
    "[{\"id\":42,\"projectId\":1001,\"homeId\":7,\"deviceClass\":\"thermostat\","
    "\"name\":\"Hall\",\"tag\":\"\",\"claimTime\":\"2026-11-20T10:00:00.000Z\","
    "\"isConnected\":true,\"lastConnectTime\":\"2026-11-25T09:12:44.120Z\","
    "\"lastEventTime\":\"2026-11-25T10:02:11.517Z\"},"
    "{\"id\":43,\"projectId\":1001,\"homeId\":7,\"deviceClass\":\"sensor\",\"name\":null,"
    "\"isConnected\":false,\"lastDisconnectTime\":null}]";

}  // namespace

class TestDeviceListReader : public QObject
{
    Q_OBJECT

private slots:
    void readsModeListsQuickly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("as MODE writes it") << QByteArray(ModeList);
        QTest::newRow("every field, as the sandbox writes it")
            << listOf({fullDevice(1, QStringLiteral("Hall")),
                       fullDevice(2, QStringLiteral("東京 \"lab\" \\ 😀"))});
        QTest::newRow("empty") << QByteArray("[]");
        QTest::newRow("spaced") << QByteArray(
            " [ {\r\n \"id\" : 1 ,\t\"name\":\"a\"} ,{\"id\":2}]\n");
        QTest::newRow("escapes") << QByteArray(
            "[{\"id\":1,\"name\":\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\u4e2d\",\"tag\":\"x\\ty\"}]");
        QTest::newRow("unknown fields") << QByteArray(
            "[{\"id\":1,\"extra\":[{\"deep\":[[]]},1.5e3,true,null,\"s\"],\"more\":{}}]");
        QTest::newRow("time with an offset")
            << QByteArray("[{\"id\":1,\"lastEventTime\":\"2026-11-25T19:02:11.517+09:00\"}]");
    }

    void readsModeListsQuickly()
    {
        QFETCH(QByteArray, body);
        QVERIFY2(Json::readDeviceListQuickly(body).has_value(),
                 "a plain MODE list must not need the codec");
        QString why;
        QVERIFY2(agreesWithCodec(body, &why), qPrintable(why));
    }

    void readsEveryFieldRight()
    {
        const QList<Device> devices = {fullDevice(1, QStringLiteral("Hall")),
                                       fullDevice(2, QStringLiteral("東京"))};
        const std::optional<QList<Device>> read = Json::readDeviceListQuickly(listOf(devices));
        QVERIFY(read.has_value());
        QCOMPARE(*read, devices);
        const std::optional<QList<Device>> mode = Json::readDeviceListQuickly(ModeList);
        QCOMPARE(mode->size(), 2);
        QCOMPARE(
            mode->at(0).lastEventTime,
            QDateTime::fromString(QStringLiteral("2026-11-25T10:02:11.517Z"), Qt::ISODateWithMs));
        QVERIFY(mode->at(1).name.isEmpty());
        QVERIFY(!mode->at(1).isConnected);
    }

    // What the quick reader leaves alone still reads, through the codec.
    void handsTheUnusualToTheCodec_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("repeated field") << QByteArray("[{\"id\":1,\"name\":\"a\",\"name\":\"b\"}]");
        QTest::newRow("escaped key") << QByteArray("[{\"\\u0069d\":1}]");
        QTest::newRow("surrogate pair escape")
            << QByteArray("[{\"id\":1,\"name\":\"\\ud83d\\ude00\"}]");
        QTest::newRow("integral fraction") << QByteArray("[{\"id\":5.0}]");
        QTest::newRow("exponent") << QByteArray("[{\"id\":5e2}]");
        QTest::newRow("escaped time")
            << QByteArray("[{\"id\":1,\"claimTime\":\"2026-11-20T10:00:00.000\\u005a\"}]");
        // Qt lets a raw control character through; strict JSON does not.
        QTest::newRow("control character") << QByteArray("[{\"id\":1,\"name\":\"a\tb\"}]");
        QTest::newRow("noncharacter") << QByteArray("[{\"id\":1,\"name\":\"\xef\xbf\xbe\"}]");
        QByteArray deep = "[{\"id\":1,\"x\":";
        deep += QByteArray(100, '[') + QByteArray(100, ']') + "}]";
        QTest::newRow("deep") << deep;
    }

    void handsTheUnusualToTheCodec()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!Json::readDeviceListQuickly(body).has_value());
        QString why;
        QVERIFY2(agreesWithCodec(body, &why), qPrintable(why));
    }

    void refusesWhatTheCodecRefuses_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not JSON") << QByteArray("hello");
        QTest::newRow("cut short") << QByteArray(ModeList).chopped(3);
        QTest::newRow("trailing garbage") << QByteArray(ModeList) + "x";
        QTest::newRow("an object") << QByteArray("{\"id\":1}");
        QTest::newRow("an element not an object") << QByteArray("[{\"id\":1},2]");
        QTest::newRow("no id") << QByteArray("[{\"name\":\"a\"}]");
        QTest::newRow("id a string") << QByteArray("[{\"id\":\"1\"}]");
        QTest::newRow("id too big") << QByteArray("[{\"id\":9007199254740993}]");
        QTest::newRow("name a number") << QByteArray("[{\"id\":1,\"name\":5}]");
        QTest::newRow("isConnected a string") << QByteArray("[{\"id\":1,\"isConnected\":\"yes\"}]");
        QTest::newRow("bad time") << QByteArray("[{\"id\":1,\"claimTime\":\"yesterday\"}]");
        QTest::newRow("trailing comma") << QByteArray("[{\"id\":1},]");
        QTest::newRow("leading zero") << QByteArray("[{\"id\":01}]");
    }

    void refusesWhatTheCodecRefuses()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!Json::readDeviceListQuickly(body).has_value());
        // Refused whole (not a list of JSON), or a broken entry left out and counted.
        const auto codec = byCodec(body);
        QVERIFY(!codec.ok() || codec.dropped > 0);
        QString why;
        QVERIFY2(agreesWithCodec(body, &why), qPrintable(why));  // the codec's own words
    }

    // Bytes that are not well-formed UTF-8: whatever Qt makes of them stands.
    void leavesBrokenUtf8ToTheCodec_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone continuation") << QByteArray("\x80");
        QTest::newRow("invalid byte") << QByteArray("\xff");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("encoded surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("cut sequence") << QByteArray("\xe6\x9d");
    }

    void leavesBrokenUtf8ToTheCodec()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray body = "[{\"id\":1,\"name\":\"a" + bytes + "b\"}]";
        QVERIFY(!Json::readDeviceListQuickly(body).has_value());
        QString why;
        QVERIFY2(agreesWithCodec(body, &why), qPrintable(why));
    }

    // Braces inside strings do not make the reader reserve room for devices
    // that are not there (a hostile body of braces cannot take gigabytes).
    void bracesInStringsReserveNoMore()
    {
        const QByteArray braces(1'000'000, '{');
        const QByteArray body = "[{\"id\":1,\"name\":\"" + braces + "\"}]";
        const std::optional<QList<Device>> read = Json::readDeviceListQuickly(body);
        QVERIFY(read.has_value());
        QCOMPARE(read->size(), 1);
        QCOMPARE(read->at(0).name.size(), braces.size());
        QVERIFY(read->capacity() <= body.size() / 32 + 1);
    }

    // Lists mangled at random, bytes beyond ASCII included: whatever the
    // quick reader accepts, the codec reads the same way (fuzz_devicelist
    // goes much further).
    void agreesOnMangledLists()
    {
        QRandomGenerator random(17);
        const QByteArray base =
            listOf({fullDevice(1, QStringLiteral("東京")), fullDevice(2, QStringLiteral("b"))})
                .chopped(1) +
            ',' + QByteArray(ModeList).mid(1);
        const QByteArray alphabet = "{}[]\",:.-+eE0123456789 \\u/ntfal\xc3\xa9\xe6\x9d\xb1\x80";
        int quick = 0;
        for (int round = 0; round < 10'000; ++round) {
            QByteArray body = base;
            const int edits = 1 + random.bounded(3);
            for (int e = 0; e < edits; ++e) {
                const int at = random.bounded(int(body.size()));
                const char c = alphabet.at(random.bounded(int(alphabet.size())));
                switch (random.bounded(3)) {
                    case 0:
                        body[at] = c;
                        break;
                    case 1:
                        body.insert(at, c);
                        break;
                    default:
                        body.remove(at, 1);
                }
            }
            QString why;
            QVERIFY2(agreesWithCodec(body, &why),
                     qPrintable(QString::fromUtf8(body) + u'\n' + why));
            quick += Json::readDeviceListQuickly(body).has_value();
        }
        QVERIFY(quick > 500);  // the mangling left plenty of valid lists to compare
    }
};

QTEST_GUILESS_MAIN(TestDeviceListReader)
#include "tst_devicelistreader.moc"
