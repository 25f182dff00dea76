// The one CSV codec: what it writes it reads back unchanged (commas, quotes,
// line breaks, edge spaces, JSON payloads), and it reads what spreadsheets
// save (BOM, CRLF, semicolons). Also the claim-code check used before any
// claim is sent, and bulk onboarding's reading of headers and duplicates.
#include "bulkclaim.h"
#include "claimcode.h"
#include "csv.h"

#include <QTemporaryDir>
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

    void bulkImportReadsHeadersAndSkipsDuplicates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("codes.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "\xEF\xBB\xBF# exported from the warehouse\r\n"
            "Tag;Claim code;Name\r\n"
            "porch;abcd-efgh-jklm;\"Porch, left\"\r\n"
            "attic;ABCDEFGHJKLM;Attic\r\n"
            "cellar;NOPE-NOPE-NOPE;Cellar\r\n"
            "yard;WXYZ-2345-6789;Yard\r\n");
        file.close();
        BulkClaim bulk;
        QStringList problems;
        QVERIFY(bulk.loadCsv(path, &problems));
        QCOMPARE(bulk.rowCount(), 2);
        QCOMPARE(bulk.row(0).claimCode, QStringLiteral("ABCD-EFGH-JKLM"));
        QCOMPARE(bulk.row(0).name, QStringLiteral("Porch, left"));
        QCOMPARE(bulk.row(0).tag, QStringLiteral("porch"));
        QCOMPARE(problems.size(), 2);  // the duplicate and the bad code; not the header
        QVERIFY(problems.at(0).contains(QStringLiteral("line 4")));
        QVERIFY(problems.at(0).contains(QStringLiteral("line 3")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("line 5")));

        // Export, then import: the same rows come back.
        const QString results = dir.filePath(QStringLiteral("results.csv"));
        QVERIFY(bulk.exportCsv(results));
        BulkClaim again;
        problems.clear();
        QVERIFY(again.loadCsv(results, &problems));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        QCOMPARE(again.rowCount(), bulk.rowCount());
        for (int i = 0; i < bulk.rowCount(); ++i) {
            QCOMPARE(again.row(i).claimCode, bulk.row(i).claimCode);
            QCOMPARE(again.row(i).name, bulk.row(i).name);
            QCOMPARE(again.row(i).tag, bulk.row(i).tag);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
