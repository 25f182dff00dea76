// The one CSV codec: what it writes it reads back unchanged (commas, quotes,
// line breaks, edge spaces, JSON payloads), and it reads what spreadsheets
// save (BOM, CRLF, semicolons). Also the claim-code check used before any
// claim is sent, and bulk onboarding's reading of headers and duplicates.
#include "bulkclaimfile.h"
#include "claimcode.h"
#include "csv.h"

#include <QDateTime>
#include <QTest>

using namespace ModeDesk;

namespace {
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromUtf8(item));
    return out;
}
}  // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void writesWhatItReads_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << strings({"a", "b", "c"});
        QTest::newRow("comma") << strings({"Hall, upstairs", "x"});
        QTest::newRow("semicolon") << strings({"a;b", "c"});
        QTest::newRow("quotes") << strings({R"(say "hi")", R"("")"});
        QTest::newRow("line break") << strings({"two\nlines", "end"});
        QTest::newRow("edge spaces") << strings({" padded ", "x"});
        QTest::newRow("json") << strings({R"({"zones":[1,2],"label":"a, b"})", "7"});
        QTest::newRow("empty fields") << strings({"", "", "x"});
        QTest::newRow("unicode") << strings({"温度 °C", "Zürich"});
    }

    void writesWhatItReads()
    {
        QFETCH(QStringList, fields);
        const QByteArray text =
            Csv::record(strings({"h1", "h2"})) + Csv::record(fields) + Csv::record(strings({"z"}));
        const QList<Csv::Record> records = Csv::parse(text);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).fields, fields);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).fields, strings({"z"}));
    }

    void readsWhatSpreadsheetsSave()
    {
        const QByteArray text =
            "\xEF\xBB\xBF"
            "code;name\r\n\r\nABCD-EFGH-JKLM ; Porch \r\n"
            "\"WXYZ-2345-6789\";\"Multi\r\nline\"\r\n";
        const QList<Csv::Record> records = Csv::parse(text);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, strings({"code", "name"}));
        QCOMPARE(records.at(1).fields, strings({"ABCD-EFGH-JKLM", "Porch"}));
        QCOMPARE(records.at(1).line, 3);
        QCOMPARE(records.at(2).fields, strings({"WXYZ-2345-6789", "Multi\nline"}));
        // An unclosed quote ends with the document, losing nothing.
        QCOMPARE(Csv::parse("a,\"open").constFirst().fields, strings({"a", "open"}));
        QVERIFY(Csv::parse("").isEmpty());
    }

    void claimCodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("canonical")
            << QString::fromUtf8("ABCD-EFGH-JKLM") << QString::fromUtf8("ABCD-EFGH-JKLM");
        QTest::newRow("lower, no dashes")
            << QString::fromUtf8("abcdefghjklm") << QString::fromUtf8("ABCD-EFGH-JKLM");
        QTest::newRow("spaces") << QString::fromUtf8(" abcd efgh jklm ")
                                << QString::fromUtf8("ABCD-EFGH-JKLM");
        QTest::newRow("digits") << QString::fromUtf8("2345-6789-WXYZ")
                                << QString::fromUtf8("2345-6789-WXYZ");
        QTest::newRow("has O") << QString::fromUtf8("NOPE-NOPE-NOPE") << QString::fromUtf8("");
        QTest::newRow("has 0") << QString::fromUtf8("AB0D-EFGH-JKLM") << QString::fromUtf8("");
        QTest::newRow("has 1") << QString::fromUtf8("AB1D-EFGH-JKLM") << QString::fromUtf8("");
        QTest::newRow("too short") << QString::fromUtf8("ABCD-EFGH") << QString::fromUtf8("");
        QTest::newRow("too long") << QString::fromUtf8("ABCD-EFGH-JKLM-N") << QString::fromUtf8("");
        QTest::newRow("symbol") << QString::fromUtf8("ABCD-EFGH-JK#M") << QString::fromUtf8("");
        QTest::newRow("empty") << QString::fromUtf8("") << QString::fromUtf8("");
    }

    void claimCodes()
    {
        QFETCH(QString, text);
        QFETCH(QString, normalized);
        QCOMPARE(ClaimCode::normalized(text), normalized);
        QCOMPARE(ClaimCode::problem(text).isEmpty(), !normalized.isEmpty());
    }

    void claimCodeProblemsSayWhy()
    {
        QVERIFY(ClaimCode::problem(QStringLiteral("NOPE-NOPE-NOPE")).contains(QStringLiteral("O")));
        QVERIFY(ClaimCode::problem(QStringLiteral("ABCD")).contains(QStringLiteral("12")));
    }

    void separatorIsToldFromTheFirstLine()
    {
        // A name with commas in a ';' file, and one with ';' in a ',' file, stay whole.
        QCOMPARE(Csv::parse("code;name\nABCD-EFGH-JKLM;Küche, oben\n").at(1).fields,
                 strings({"ABCD-EFGH-JKLM", "Küche, oben"}));
        QCOMPARE(Csv::parse("code,name\nABCD-EFGH-JKLM,a;b\n").at(1).fields,
                 strings({"ABCD-EFGH-JKLM", "a;b"}));
        QCOMPARE(Csv::parse("code\tname\nABCD-EFGH-JKLM\tx, y; z\n").at(1).fields,
                 strings({"ABCD-EFGH-JKLM", "x, y; z"}));
        // Separators inside quotes on the first line do not count.
        QCOMPARE(Csv::separatorOf(QStringLiteral("\"a;b;c\",d")), QLatin1Char(','));
        QCOMPARE(Csv::separatorOf(QStringLiteral("one column")), QLatin1Char(','));
        // Rows of separators only (what a spreadsheet leaves below the data) are blank.
        QCOMPARE(Csv::parse("a;b\n;;\n;\n").size(), 1);
    }

    void readsLatin1WhenTheBytesAreNotUtf8()
    {
        // An older Excel's "CSV (Trennzeichen-getrennt)" is Windows-1252, not UTF-8.
        const QByteArray latin1 =
            "\xDC"
            "bernahmecode;Name\r\nABCD-EFGH-JKLM;K\xFC"
            "che\r\n";
        const QList<Csv::Record> records = Csv::parse(latin1);
        QCOMPARE(records.at(0).fields.first(), QStringLiteral("Übernahmecode"));
        QCOMPARE(records.at(1).fields.at(1), QStringLiteral("Küche"));
    }

    void bulkImportReadsHeadersAndSkipsDuplicates()
    {
        const BulkClaimFile::Import import = BulkClaimFile::readCsv(
            "\xEF\xBB\xBF# exported from the warehouse\r\n"
            "Tag;Claim code;Name\r\n"
            "porch;abcd-efgh-jklm;\"Porch; left\"\r\n"
            "attic;ABCDEFGHJKLM;Attic\r\n"
            "cellar;NOPE-NOPE-NOPE;Cellar\r\n"
            "yard;WXYZ-2345-6789;Yard, back\r\n");
        QVERIFY(import.error.isEmpty());
        // Every record is a row; the ones that cannot be claimed are skipped, with why.
        QCOMPARE(import.rows.size(), 4);
        QCOMPARE(import.rows.at(0).claimCode, QStringLiteral("ABCD-EFGH-JKLM"));
        QCOMPARE(import.rows.at(0).name, QStringLiteral("Porch; left"));
        QCOMPARE(import.rows.at(0).tag, QStringLiteral("porch"));
        QCOMPARE(import.rows.at(0).status, BulkClaimRow::Status::Pending);
        QCOMPARE(import.rows.at(1).status, BulkClaimRow::Status::Skipped);
        QCOMPARE(import.rows.at(1).outcome, BulkClaimRow::Outcome::Duplicate);
        QCOMPARE(import.rows.at(1).otherRow, 1);  // the table's row number, not the file's line
        QCOMPARE(import.rows.at(1).sourceLine, 4);
        QCOMPARE(import.rows.at(2).status, BulkClaimRow::Status::Skipped);
        QCOMPARE(import.rows.at(2).outcome, BulkClaimRow::Outcome::NotACode);
        QCOMPARE(import.rows.at(2).claimCode, QStringLiteral("NOPE-NOPE-NOPE"));
        QVERIFY(!import.rows.at(2).detail.isEmpty());
        QCOMPARE(import.rows.at(3).name, QStringLiteral("Yard, back"));

        // Export, then import: the same rows come back.
        const QByteArray exported = BulkClaimFile::writeCsv(import.rows, {});
        const BulkClaimFile::Import again = BulkClaimFile::readCsv(exported);
        QCOMPARE(again.rows.size(), import.rows.size());
        for (int i = 0; i < import.rows.size(); ++i) {
            QCOMPARE(again.rows.at(i).claimCode, import.rows.at(i).claimCode);
            QCOMPARE(again.rows.at(i).name, import.rows.at(i).name);
            QCOMPARE(again.rows.at(i).tag, import.rows.at(i).tag);
            QCOMPARE(again.rows.at(i).status, import.rows.at(i).status);
        }
    }

    // What a German Excel saves: a BOM, CRLF, ';', and the page's own column titles.
    void bulkImportReadsAGermanSpreadsheet()
    {
        const BulkClaimFile::Import import = BulkClaimFile::readCsv(
            "\xEF\xBB\xBF\xC3\x9C"
            "bernahmecode;Name;Tag\r\n"
            "abcd-efgh-jklm;Wassermelder K\xC3\xBC"
            "che, unten;EG\r\n"
            "WXYZ-2345-6789;Wassermelder Bad;OG\r\n;;\r\n");
        QVERIFY2(import.error.isEmpty(), qPrintable(import.error));
        QCOMPARE(import.rows.size(), 2);
        QCOMPARE(import.rows.at(0).claimCode, QStringLiteral("ABCD-EFGH-JKLM"));
        QCOMPARE(import.rows.at(0).name, QStringLiteral("Wassermelder Küche, unten"));
        QCOMPARE(import.rows.at(0).tag, QStringLiteral("EG"));
        // The same file without its header imports the same rows.
        const BulkClaimFile::Import bare = BulkClaimFile::readCsv(
            "abcd-efgh-jklm;Wassermelder K\xC3\xBC"
            "che, unten;EG\r\nWXYZ-2345-6789;Bad;OG\r\n");
        QCOMPARE(bare.rows.size(), 2);
        QCOMPARE(bare.rows.at(0).name, import.rows.at(0).name);
    }

    void bulkImportReadsJapaneseAndEnglishTitles()
    {
        const BulkClaimFile::Import ja = BulkClaimFile::readCsv(
            QStringLiteral("名前,登録コード,タグ\nセンサー 1,ABCD-EFGH-JKLM,倉庫\n").toUtf8());
        QCOMPARE(ja.rows.size(), 1);
        QCOMPARE(ja.rows.at(0).name, QStringLiteral("センサー 1"));
        QCOMPARE(ja.rows.at(0).tag, QStringLiteral("倉庫"));
        const BulkClaimFile::Import en =
            BulkClaimFile::readCsv("Name,Claim Code\nDoor,ABCD-EFGH-JKLM\n");
        QCOMPARE(en.rows.at(0).claimCode, QStringLiteral("ABCD-EFGH-JKLM"));
        QCOMPARE(en.rows.at(0).name, QStringLiteral("Door"));
        // Titles that name columns but not the code: refused, naming what it needs.
        const BulkClaimFile::Import none = BulkClaimFile::readCsv("Name;Tag\nDoor;x\n");
        QVERIFY(none.rows.isEmpty());
        QVERIFY(none.error.contains(QStringLiteral("Claim code")));
    }

    void bulkStateIsCheckedWhenRead()
    {
        BulkClaimFile::State state;
        state.server = QStringLiteral("https://api.example.com");
        state.homeId = 4;
        state.homeName = QStringLiteral("Kunde Weber");
        state.startedAt = QDateTime::currentDateTimeUtc();
        BulkClaimRow claiming;
        claiming.claimCode = QStringLiteral("ABCD-EFGH-JKLM");
        claiming.status = BulkClaimRow::Status::Claiming;
        BulkClaimRow naming;
        naming.claimCode = QStringLiteral("WXYZ-2345-6789");
        naming.name = QStringLiteral("Bad");
        naming.status = BulkClaimRow::Status::Naming;
        naming.deviceId = 77;
        state.rows = {claiming, naming};
        BulkClaimFile::State read;
        QString error;
        QVERIFY(BulkClaimFile::readState(BulkClaimFile::writeState(state), &read, &error));
        QCOMPARE(read.homeId, qint64(4));
        QCOMPARE(read.homeName, QStringLiteral("Kunde Weber"));
        // What was on its way is checked at the next start, not taken as done or failed.
        QCOMPARE(read.rows.at(0).status, BulkClaimRow::Status::Pending);
        QVERIFY(read.rows.at(0).uncertain);
        QCOMPARE(read.rows.at(1).status, BulkClaimRow::Status::Pending);
        QCOMPARE(read.rows.at(1).deviceId, qint64(77));

        const auto refused = [](const QByteArray &text) {
            BulkClaimFile::State s;
            QString why;
            return !BulkClaimFile::readState(text, &s, &why) && !why.isEmpty();
        };
        QVERIFY(refused("not json"));
        QVERIFY(refused(R"({"version":1,"rows":[]})"));               // no home
        QVERIFY(refused(R"({"version":1,"homeId":"4","rows":[]})"));  // a home id as text
        QVERIFY(refused(R"({"version":2,"homeId":4,"rows":[]})"));    // another version
        QVERIFY(refused(R"({"version":1,"homeId":4,"rows":[{"status":"pending"}]})"));
        QVERIFY(refused(R"({"version":1,"homeId":4,"rows":[{"code":"A","status":"won"}]})"));
        QVERIFY(refused(R"({"version":1,"homeId":4,"rows":[{"code":"A","status":"claimed"}]})"));
        QVERIFY(refused(
            R"({"version":1,"homeId":4,"rows":[{"code":"A","status":"pending","deviceId":-3}]})"));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
